import { grayFromRgba, type Gray } from '../../src/ocr/bitmap.ts';
import { ENLARGE } from '../../src/ocr/prepare.ts';

// Pictures in an extension page: the browser decodes the file (PNG, JPEG, WebP, GIF, AVIF …) and a
// canvas gives its pixels. Very large photos are drawn at most ENLARGE.maxSide on their longer side,
// the size the pipeline would shrink them to anyway, so a 48-megapixel photo never sits in memory whole.

export async function decodePicture(file: Blob): Promise<Gray> {
  const bitmap = await createImageBitmap(file);
  try {
    const factor = Math.min(1, ENLARGE.maxSide / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * factor));
    const height = Math.max(1, Math.round(bitmap.height * factor));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(bitmap, 0, 0, width, height);
    return grayFromRgba(context.getImageData(0, 0, width, height).data, width, height);
  } finally {
    bitmap.close();
  }
}

/** A grey picture as an ImageData, to show it (after rotating or cropping) in a canvas. */
export function toImageData(image: Gray): ImageData {
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  for (let p = 0; p < image.data.length; p++) {
    const v = image.data[p] as number;
    rgba.set([v, v, v, 255], p * 4);
  }
  return new ImageData(rgba, image.width, image.height);
}
