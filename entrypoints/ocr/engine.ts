import { browser } from 'wxt/browser';
import kb from '../../src/knowledge/bundled-kb.ts';
import type { Gray } from '../../src/ocr/bitmap.ts';
import type { NameIndex } from '../../src/ocr/edits.ts';
import { onDemand } from '../../src/ocr/idle.ts';
import { knowledgeNames } from '../../src/ocr/judge.ts';
import { readLabel, type LabelReading } from '../../src/ocr/read.ts';
import { startEngine } from '../../src/ocr/tesseract.ts';

// The OCR engine in this page, from the extension's own files (copied in by wxt.config.ts): started
// on the first reading, stopped after a quiet minute.

const engine = onDemand(() =>
  startEngine({
    workerPath: browser.runtime.getURL('/ocr/worker.min.js'),
    corePath: browser.runtime.getURL('/ocr/tesseract-core-simd-lstm.wasm.js'),
    langPath: browser.runtime.getURL('/ocr'),
  }),
);

let known: NameIndex | undefined;

export function readPicture(picture: Gray): Promise<LabelReading> {
  known ??= knowledgeNames(kb);
  const names = known;
  return engine.use((running) => readLabel(picture, running, names));
}

/** Whether the engine is running now (the page shows it; tests read it). */
export function engineRunning(): boolean {
  return engine.running;
}
