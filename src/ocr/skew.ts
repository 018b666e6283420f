import { otsuThreshold, resize, type Gray } from './bitmap.ts';

// The explicit rotation search: text lines tilted by more than a few degrees defeat the OCR
// engine's own line finder, so the tilt is measured first. For each candidate angle the ink is
// projected across the lines; at the true angle the rows between lines are empty and the profile is
// sharpest (largest sum of squared row counts).

export const SKEW_SEARCH = {
  /** Tilts up to this many degrees either way are found and undone. */
  maxDegrees: 20,
  coarseStep: 1,
  fineStep: 0.2,
  /** Measured on a copy at most this wide: plenty for line positions, and fast. */
  sampleWidth: 800,
  /** Smaller tilts are left to the engine (straightening blurs the letters a little). */
  minDegrees: 0.5,
} as const;

/** The tilt of the text lines in degrees, clockwise on screen (0 when level or unmeasurable). */
export function estimateSkew(image: Gray): number {
  const sample = image.width > SKEW_SEARCH.sampleWidth ? resize(image, SKEW_SEARCH.sampleWidth) : image;
  const ink = inkPixels(sample);
  if (ink.length < 2 * 50) return 0;
  const score = (degrees: number) => profileSharpness(ink, sample, degrees);
  const best = (angles: number[]) => angles.reduce((a, b) => (score(b) > score(a) ? b : a));
  const coarse = best(steps(-SKEW_SEARCH.maxDegrees, SKEW_SEARCH.maxDegrees, SKEW_SEARCH.coarseStep));
  const fine = best(steps(coarse - SKEW_SEARCH.coarseStep, coarse + SKEW_SEARCH.coarseStep, SKEW_SEARCH.fineStep));
  return Math.abs(fine) < SKEW_SEARCH.minDegrees ? 0 : Math.round(fine * 10) / 10;
}

/** x, y pairs of the ink (the darker side of Otsu's threshold), thinned to at most 60,000 points. */
function inkPixels(image: Gray): Int32Array {
  const threshold = otsuThreshold(image);
  let count = 0;
  for (const v of image.data) if (v <= threshold) count++;
  const stride = Math.max(1, Math.ceil(count / 60_000));
  const points: number[] = [];
  let seen = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if ((image.data[y * image.width + x] as number) > threshold) continue;
      if (seen++ % stride === 0) points.push(x, y);
    }
  }
  return Int32Array.from(points);
}

function profileSharpness(ink: Int32Array, image: Gray, degrees: number): number {
  const rad = (degrees * Math.PI) / 180;
  const sin = Math.sin(rad);
  const cos = Math.cos(rad);
  const offset = Math.ceil(Math.abs(image.width * sin)) + 1;
  const rows = new Float64Array(image.height + 2 * offset + 2);
  for (let i = 0; i < ink.length; i += 2) {
    // The row this ink point falls in once the picture is turned back by `degrees`.
    const row = Math.round(-sin * (ink[i] as number) + cos * (ink[i + 1] as number)) + offset;
    rows[row] = (rows[row] as number) + 1;
  }
  let sum = 0;
  for (const r of rows) sum += r * r;
  return sum;
}

function steps(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let a = from; a <= to + 1e-9; a += step) out.push(Math.round(a * 100) / 100);
  return out;
}
