import type { Gray } from './bitmap.ts';
import { toPgm } from './bitmap.ts';
import type { NameIndex } from './edits.ts';
import { better, judgePass, type PassJudgement } from './judge.ts';
import { labelText } from './lines.ts';
import { prepare } from './prepare.ts';

// The whole reading of one picture, the same in the extension page and the CLI: prepare the
// picture, read it with automatic layout and, when too few of the names look like real ones, again
// as one block of text; keep the better reading.

/** How the engine is asked to find the text: its automatic page layout, or one uniform block. */
export type Layout = 'auto' | 'block';

/** The OCR engine as the pipeline needs it (src/ocr/tesseract.ts provides it). */
export interface OcrEngine {
  /** Text of a picture file (PGM bytes), lines as printed. */
  recognize(file: Uint8Array, layout: Layout): Promise<string>;
}

/** Below this share of names near known ones, the second pass (one block) is tried. */
export const SECOND_PASS_BELOW = 0.8;

export interface LabelReading {
  /** The label's text, wrapped lines joined (lines.ts). */
  text: string;
  layout: Layout;
  judgement: PassJudgement;
  passes: number;
  scale: number;
  skew: number;
  inverted: boolean;
}

export async function readLabel(picture: Gray, engine: OcrEngine, known: NameIndex): Promise<LabelReading> {
  const prepared = prepare(picture);
  const file = toPgm(prepared.image);
  const pass = async (layout: Layout) => {
    const text = labelText(await engine.recognize(file, layout));
    return { text, layout, judgement: judgePass(text, known) };
  };
  let best = await pass('auto');
  let passes = 1;
  if (best.judgement.share < SECOND_PASS_BELOW) {
    const block = await pass('block');
    passes = 2;
    if (better(block.judgement, best.judgement)) best = block;
  }
  return { ...best, passes, scale: prepared.scale, skew: prepared.skew, inverted: prepared.inverted };
}
