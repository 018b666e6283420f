import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readKbSources } from '../../scripts/kb-sources.ts';
import { compileKnowledgeBase } from '../../src/knowledge/compile.ts';
import { crop, grayFromRgba, invert, resize, rotate, toPgm, type Gray } from '../../src/ocr/bitmap.ts';
import { boundedEdits, nameIndex } from '../../src/ocr/edits.ts';
import { onDemand, type IdleTimers } from '../../src/ocr/idle.ts';
import { better, judgePass, knowledgeNames, nameRecall } from '../../src/ocr/judge.ts';
import { labelText } from '../../src/ocr/lines.ts';
import { prepare, targetWidth } from '../../src/ocr/prepare.ts';
import { readLabel, type Layout, type OcrEngine } from '../../src/ocr/read.ts';
import { estimateSkew } from '../../src/ocr/skew.ts';

// The OCR pipeline's own steps, without the OCR engine: pixels, the rotation search, the two-pass
// choice, line joining and the on-demand worker. Real pictures through the real engine are in
// ocr-labels.test.ts.

const known = knowledgeNames(compileKnowledgeBase(readKbSources(resolve(import.meta.dirname, '../../data'))));

function blank(width: number, height: number, value = 255): Gray {
  return { width, height, data: new Uint8Array(width * height).fill(value) };
}

/** Dark "text lines": rows of word-like blocks with gaps, like a printed paragraph. */
function paragraph(width: number, lines: number): Gray {
  const image = blank(width, lines * 30 + 40);
  for (let line = 0; line < lines; line++) {
    for (let x = 20; x < width - 20; x++) {
      if (x % 37 > 30) continue; // gaps between words
      for (let y = 20 + line * 30; y < 32 + line * 30; y++) image.data[y * width + x] = 20;
    }
  }
  return image;
}

describe('pixels', () => {
  it('turns RGBA into grey by luma, transparent pixels into paper', () => {
    const rgba = [255, 0, 0, 255, 0, 0, 0, 0, 0, 0, 0, 255];
    expect([...grayFromRgba(rgba, 3, 1).data]).toEqual([76, 255, 0]);
  });

  it('keeps the proportions when resizing, both ways', () => {
    expect(resize(blank(500, 200), 1500)).toMatchObject({ width: 1500, height: 600 });
    const shrunk = resize(blank(4000, 3000, 100), 1000);
    expect(shrunk).toMatchObject({ width: 1000, height: 750 });
    expect(shrunk.data.every((v) => v === 100)).toBe(true);
  });

  it('turns by quarter turns exactly and by other angles onto a larger canvas', () => {
    const image: Gray = { width: 3, height: 2, data: Uint8Array.from([1, 2, 3, 4, 5, 6]) };
    expect(rotate(image, 90)).toEqual({ width: 2, height: 3, data: Uint8Array.from([4, 1, 5, 2, 6, 3]) });
    expect(rotate(image, 180).data).toEqual(Uint8Array.from([6, 5, 4, 3, 2, 1]));
    expect(rotate(image, -90)).toEqual({ width: 2, height: 3, data: Uint8Array.from([3, 6, 2, 5, 1, 4]) });
    const turned = rotate(blank(100, 50, 0), 30);
    expect(turned.width).toBe(Math.ceil(100 * Math.cos(Math.PI / 6) + 50 * Math.sin(Math.PI / 6)));
    expect(turned.data[0]).toBe(255); // a corner outside the picture is paper
  });

  it('crops inside the picture whatever the rectangle', () => {
    const image: Gray = { width: 3, height: 2, data: Uint8Array.from([1, 2, 3, 4, 5, 6]) };
    expect(crop(image, { x: 1, y: 0, width: 2, height: 2 })).toEqual({ width: 2, height: 2, data: Uint8Array.from([2, 3, 5, 6]) });
    expect(crop(image, { x: -5, y: 1, width: 99, height: 99 })).toEqual({ width: 3, height: 1, data: Uint8Array.from([4, 5, 6]) });
  });

  it('writes a binary PGM the engine reads', () => {
    const file = toPgm({ width: 2, height: 1, data: Uint8Array.from([0, 255]) });
    expect(new TextDecoder().decode(file.subarray(0, 11))).toBe('P5\n2 1\n255\n');
    expect([...file.subarray(11)]).toEqual([0, 255]);
  });
});

describe('preparing a picture', () => {
  it('enlarges narrow pictures towards 1600 px, at most threefold, and shrinks huge ones', () => {
    expect(targetWidth(blank(400, 100))).toBe(1200);
    expect(targetWidth(blank(800, 100))).toBe(1600);
    expect(targetWidth(blank(2000, 1000))).toBe(2000);
    expect(targetWidth(blank(6000, 4000))).toBe(3000);
    expect(targetWidth(blank(1000, 5000))).toBe(600);
  });

  it('finds the tilt of text lines and straightens it', () => {
    const level = paragraph(600, 8);
    expect(estimateSkew(level)).toBe(0);
    for (const degrees of [7, -12, 3]) expect(estimateSkew(rotate(level, degrees))).toBeCloseTo(degrees, 0);
    const prepared = prepare(rotate(level, 7));
    expect(prepared.skew).toBeCloseTo(7, 0);
    expect(estimateSkew(prepared.image)).toBe(0);
  });

  it('inverts light text on a dark ground', () => {
    const dark = invert(paragraph(600, 8));
    const prepared = prepare(dark);
    expect(prepared.inverted).toBe(true);
    expect(prepare(paragraph(600, 8)).inverted).toBe(false);
    // Paper is light again: most pixels are bright.
    expect(prepared.image.data.filter((v) => v > 128).length).toBeGreaterThan(prepared.image.data.length / 2);
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions and substitutions up to a bound', () => {
    expect(boundedEdits('glycerin', 'glycerin', 2)).toBe(0);
    expect(boundedEdits('glycerln', 'glycerin', 2)).toBe(1);
    expect(boundedEdits('niacinarnide', 'niacinamide', 2)).toBe(2);
    expect(boundedEdits('retinol', 'parfum', 2)).toBe(3);
    expect(boundedEdits('a', 'abcdef', 2)).toBe(3);
  });

  it('finds a knowledge-base name within two edits, and nothing for garble', () => {
    expect(known.near('Glycerin')).toBe('glycerin');
    expect(known.near('Phenoxyethano1')).toBe('phenoxyethanol');
    expect(known.near('Tocopheryl Acetale')).toBe('tocopheryl acetate');
    expect(known.near('Xq7 lmmr')).toBeNull();
    const small = nameIndex(['Aqua', 'Retinol'], (n) => n.toLowerCase());
    expect(small.near('Retino')).toBe('retinol');
    expect(small.near('Retinoic')).toBe('retinol');
    expect(small.near('Retinoate')).toBeNull();
  });
});

describe('joining the printed lines', () => {
  it('joins a wrapped list, a hyphen at a line end without a space', () => {
    expect(labelText('INGREDIENTS: Aqua, Glycerin, Tocopheryl\nAcetate, PEG-\n40 Hydrogenated Castor Oil, Retinol.')).toBe(
      'INGREDIENTS: Aqua, Glycerin, Tocopheryl Acetate, PEG-40 Hydrogenated Castor Oil, Retinol.',
    );
  });

  it('keeps a list printed one name a line, and paragraphs apart unless a comma runs on', () => {
    expect(labelText('Aqua\nGlycerin\nRetinol')).toBe('Aqua\nGlycerin\nRetinol');
    expect(labelText('Aqua, Glycerin,\n\nRetinol, Parfum.\n\nKeep cool.')).toBe('Aqua, Glycerin, Retinol, Parfum.\n\nKeep cool.');
    expect(labelText('‘Caprylic/Capric Triglyceride, Aqua\r\n')).toBe('Caprylic/Capric Triglyceride, Aqua');
  });
});

describe('judging a pass', () => {
  it('counts the names read that are near known ones', () => {
    const good = judgePass('Ingredients: Aqua, Glycerln, Niacinamide, Retinol', known);
    expect(good).toEqual({ names: 4, near: 4, share: 1 });
    const garbled = judgePass('Ingrcdicnts: Aqna, Gbyccrln, Nlaclnarnldc, Rctlnol', known);
    expect(garbled.share).toBeLessThan(0.8);
    expect(better(good, garbled)).toBe(true);
    expect(judgePass('', known)).toEqual({ names: 0, near: 0, share: 0 });
  });

  it('measures recall against the true list', () => {
    expect(nameRecall(['Aqua', 'Glycerin', 'Retinol', 'Parfum'], 'Aqua, Glycerln, Retlnol')).toBe(0.75);
  });
});

describe('reading a picture', () => {
  const GOOD = 'Ingredients: Aqua, Glycerin, Niacinamide,\nPanthenol, Retinol, Parfum.';
  const GARBLE = 'lngr3d: Aq7a, Gl/c3r, N1ac!n, Pa#th, R3t, P@rf.';

  function engine(texts: Record<Layout, string>): OcrEngine & { calls: Layout[] } {
    const calls: Layout[] = [];
    return { calls, recognize: async (_file, layout) => (calls.push(layout), texts[layout]) };
  }

  it('keeps the automatic layout when its names look real', async () => {
    const stub = engine({ auto: GOOD, block: GARBLE });
    const reading = await readLabel(paragraph(600, 4), stub, known);
    expect(stub.calls).toEqual(['auto']);
    expect(reading).toMatchObject({ layout: 'auto', passes: 1, text: 'Ingredients: Aqua, Glycerin, Niacinamide, Panthenol, Retinol, Parfum.' });
  });

  it('reads again as one block when too few names look real, and keeps the better', async () => {
    const stub = engine({ auto: GARBLE, block: GOOD });
    const reading = await readLabel(paragraph(600, 4), stub, known);
    expect(stub.calls).toEqual(['auto', 'block']);
    expect(reading).toMatchObject({ layout: 'block', passes: 2 });
    const worse = await readLabel(paragraph(600, 4), engine({ auto: 'Aqua, Glycerin, Niacinamide, Panthenol, Rqxtnzl, Pqzfwm.', block: GARBLE }), known);
    expect(worse).toMatchObject({ layout: 'auto', passes: 2 });
  });

  it('hands the engine the prepared picture as a PGM file', async () => {
    const files: Uint8Array[] = [];
    await readLabel(paragraph(500, 4), { recognize: async (file) => (files.push(file), GOOD) }, known);
    expect(new TextDecoder().decode(files[0]?.subarray(0, 20))).toMatch(/^P5\n1500 \d+\n255\n/);
  });
});

describe('the on-demand worker', () => {
  function fakeTimers(): IdleTimers & { fire(): void; pending: number } {
    const queue = new Map<number, () => void>();
    let next = 0;
    return {
      setTimeout: (run) => (queue.set(++next, run), next),
      clearTimeout: (handle) => void queue.delete(handle as number),
      fire: () => [...queue.entries()].forEach(([id, run]) => (queue.delete(id), run())),
      get pending() {
        return queue.size;
      },
    };
  }

  it('starts on first use, stays while used, and stops after the idle time', async () => {
    const stop = vi.fn(async () => undefined);
    const start = vi.fn(async () => ({ stop }));
    const timers = fakeTimers();
    const worker = onDemand(start, 60_000, timers);
    expect(worker.running).toBe(false);
    await Promise.all([worker.use(async () => 1), worker.use(async () => 2)]);
    expect(start).toHaveBeenCalledTimes(1);
    expect(worker.running).toBe(true);
    expect(timers.pending).toBe(1);
    timers.fire();
    await vi.waitFor(() => expect(stop).toHaveBeenCalledTimes(1));
    expect(worker.running).toBe(false);
    await worker.use(async () => 3);
    expect(start).toHaveBeenCalledTimes(2);
  });

  it('does not stop while a reading runs, and tries again after a failed start', async () => {
    const timers = fakeTimers();
    let fail = true;
    const worker = onDemand(
      async () => {
        if (fail) throw new Error('no model');
        return { stop: async () => undefined };
      },
      60_000,
      timers,
    );
    await expect(worker.use(async () => 1)).rejects.toThrow('no model');
    fail = false;
    let finish: (() => void) | undefined;
    const long = worker.use(() => new Promise<void>((done) => (finish = done)));
    await vi.waitFor(() => expect(finish).toBeDefined());
    expect(timers.pending).toBe(0);
    finish?.();
    await long;
    expect(timers.pending).toBe(1);
  });
});
