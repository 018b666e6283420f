import { createWorker, OEM, PSM, type ImageLike, type Worker } from 'tesseract.js';
import type { Layout, OcrEngine } from './read.ts';

// The OCR worker: tesseract.js with the bundled English LSTM model. Every file it loads comes from
// the paths given here (the extension's own files, or node_modules in the CLI); the library's
// defaults would fetch them from a CDN, which is remote code and a network request.

export interface EnginePaths {
  /** tesseract.js's worker script; the library's own in Node. */
  workerPath?: string;
  /** One tesseract-core build (.wasm.js); chosen by the library in Node. */
  corePath?: string;
  /** The folder holding eng.traineddata.gz. */
  langPath: string;
}

export interface RunningEngine extends OcrEngine {
  stop(): Promise<void>;
}

const PAGE_SEG_MODE: Record<Layout, PSM> = { auto: PSM.AUTO, block: PSM.SINGLE_BLOCK };

export async function startEngine(paths: EnginePaths): Promise<RunningEngine> {
  const worker: Worker = await createWorker('eng', OEM.LSTM_ONLY, {
    ...paths,
    // The worker script is loaded from its own URL, never from a blob that imports it.
    workerBlobURL: false,
    // No IndexedDB or file cache: the model ships with the extension.
    cacheMethod: 'none',
    gzip: true,
  });
  let layout: Layout | null = null;
  return {
    async recognize(file, wanted) {
      if (layout !== wanted) {
        // Pictures carry no resolution; 300 dpi keeps the engine from guessing a low one.
        await worker.setParameters({ tessedit_pageseg_mode: PAGE_SEG_MODE[wanted], user_defined_dpi: '300' });
        layout = wanted;
      }
      // Both of tesseract.js's image loaders take raw file bytes; its types name only Buffer.
      return (await worker.recognize(file as ImageLike)).data.text;
    },
    stop: () => worker.terminate().then(() => undefined),
  };
}
