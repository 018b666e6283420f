import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PageReading } from '../src/extract/types.ts';
import type { CompiledKb } from '../src/knowledge/compile.ts';
import type { Gray } from '../src/ocr/bitmap.ts';
import { knowledgeNames } from '../src/ocr/judge.ts';
import { readLabel, SECOND_PASS_BELOW, type LabelReading } from '../src/ocr/read.ts';
import { startEngine, type RunningEngine } from '../src/ocr/tesseract.ts';
import { listReading } from '../src/extract/list-reading.ts';

// The OCR pipeline in Node (the check command, tests, the benchmark): files are decoded to grey
// pixels with sharp; everything after that is src/ocr, as in the extension page.

const require = createRequire(import.meta.url);

/** The bundled English model, from the same package the extension build copies it from. */
export const LANG_PATH = join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');

export const IMAGE_FILE = /\.(png|jpe?g|webp)$/i;

export async function decodeImage(file: string | Uint8Array): Promise<Gray> {
  const { default: sharp } = await import('sharp');
  // Transparent areas are paper, as in the page (grayFromRgba).
  const { data, info } = await sharp(file).flatten({ background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, info.width * info.height) };
}

export interface NodeReader {
  read(file: string | Uint8Array): Promise<LabelReading>;
  stop(): Promise<void>;
}

/** One engine for many pictures; stop it when done (its worker thread keeps Node alive). */
export async function startNodeReader(kb: CompiledKb): Promise<NodeReader> {
  const engine: RunningEngine = await startEngine({ langPath: LANG_PATH });
  const known = knowledgeNames(kb);
  return {
    read: async (file) => readLabel(await decodeImage(file), engine, known),
    stop: () => engine.stop(),
  };
}

/**
 * The check command's pictures: each read with one engine, as a reading of source "image" (its
 * confidence is the share of names read that are near known ones), or the error that stopped it.
 */
export async function readPictures(paths: readonly string[], kb: CompiledKb): Promise<Map<string, PageReading | Error>> {
  const readings = new Map<string, PageReading | Error>();
  if (paths.length === 0) return readings;
  const reader = await startNodeReader(kb);
  try {
    for (const path of paths) readings.set(path, await readPicture(reader, path));
  } finally {
    await reader.stop();
  }
  return readings;
}

async function readPicture(reader: NodeReader, path: string): Promise<PageReading | Error> {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch (error) {
    return new Error((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message);
  }
  try {
    const reading = await reader.read(file);
    return listReading('', 'image', reading.text, {
      confidence: Math.round(reading.judgement.share * 100) / 100,
      // A picture read with names the knowledge base does not know nearby may have lost a line or a word.
      doubts: reading.judgement.share < SECOND_PASS_BELOW ? ['partial'] : [],
    });
  } catch (error) {
    return new Error(`not a picture that could be read: ${(error as Error).message}`);
  }
}
