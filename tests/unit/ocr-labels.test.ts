// @vitest-environment node
/**
 * Label pictures through the real OCR engine in Node, as the check command reads them: flat text in
 * several fonts and sizes, light on dark, a JPEG, a WebP, a tilted label and a product-photo-like
 * picture, rendered once per run by Chromium (tests/ocr/labels.ts) into a temporary folder. Expected
 * values come from each label's printed list: the names read, and the verdict that list gets as text.
 * Speed is measured by `npm run bench`, not here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCompiledKb, loadMatcher } from '../../scripts/engine.ts';
import { startNodeReader, type NodeReader } from '../../scripts/ocr-node.ts';
import { DEFAULT_PROFILE, DEFAULT_SETTINGS } from '../../src/list/model.ts';
import { nameRecall, namesIn } from '../../src/ocr/judge.ts';
import type { LabelReading } from '../../src/ocr/read.ts';
import { analyzeComponents } from '../../src/score/analyze.ts';
import { renderLabels, type RenderedLabel } from '../ocr/labels.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const kb = loadCompiledKb();
const matcher = loadMatcher(kb);
const dir = mkdtempSync(join(tmpdir(), 'needle-labels-'));
let labels: RenderedLabel[] = [];
let reader: NodeReader;
const readings = new Map<string, LabelReading>();

beforeAll(async () => {
  labels = await renderLabels(dir);
  reader = await startNodeReader(kb);
  for (const label of labels) readings.set(label.id, await reader.read(label.file));
}, 120_000);
afterAll(async () => {
  await reader?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const reading = (id: string) => readings.get(id) as LabelReading;
const verdictOf = (text: string) => analyzeComponents([{ name: null, text }], null, matcher, DEFAULT_PROFILE, DEFAULT_SETTINGS).verdict;

describe('label pictures read by OCR', () => {
  it('reads at least 90 % of the names on every flat label, and on all of them together', () => {
    const flat = labels.filter((l) => l.kind === 'flat');
    expect(flat.length).toBeGreaterThanOrEqual(5);
    let found = 0;
    let total = 0;
    for (const label of flat) {
      const truth = namesIn(label.list);
      const recall = nameRecall(truth, reading(label.id).text);
      expect(recall, `${label.id}: ${reading(label.id).text}`).toBeGreaterThanOrEqual(0.9);
      found += recall * truth.length;
      total += truth.length;
    }
    expect(found / total).toBeGreaterThanOrEqual(0.9);
  });

  it('inverts light text on a dark ground and reads it', () => {
    const label = labels.find((l) => l.kind === 'dark') as RenderedLabel;
    expect(reading(label.id).inverted).toBe(true);
    expect(nameRecall(namesIn(label.list), reading(label.id).text)).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the tilt of a rotated label and reads it level', () => {
    const label = labels.find((l) => l.kind === 'rotated') as RenderedLabel;
    expect(reading(label.id).skew).toBeCloseTo(8, 0);
    expect(nameRecall(namesIn(label.list), reading(label.id).text)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads a JPEG and a product-photo-like picture', () => {
    for (const kind of ['jpeg', 'photo'] as const) {
      const label = labels.find((l) => l.kind === kind) as RenderedLabel;
      expect(nameRecall(namesIn(label.list), reading(label.id).text), label.id).toBeGreaterThanOrEqual(0.85);
    }
  });

  it('gives every picture the verdict its printed list gets as text', () => {
    for (const label of labels) expect(verdictOf(reading(label.id).text), label.id).toBe(verdictOf(label.list));
  });

  it('is what the check command prints for a WebP and a JPEG picture (source "image")', () => {
    const files = labels.filter((l) => l.format !== 'png');
    const run = spawnSync(process.execPath, ['scripts/check.ts', '--json', ...files.map((l) => l.file)], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { input: string; page: { source: string }; products: { verdict: string }[] });
    // A picture may show a product name over its list: a named component, so the worst verdict counts.
    const worst = (verdicts: string[]) => ['avoid', 'caution', 'unknown', 'suitable'].find((v) => verdicts.includes(v));
    expect(lines.map((l) => [l.input, l.page.source, worst(l.products.map((p) => p.verdict))])).toEqual(files.map((l) => [l.file, 'image', verdictOf(l.list)]));
  });
});
