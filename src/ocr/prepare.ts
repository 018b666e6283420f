import { invert, otsuThreshold, resize, rotate, type Gray } from './bitmap.ts';
import { estimateSkew } from './skew.ts';

// What the picture needs before the OCR engine sees it: dark labels turned to ink on paper, small
// pictures enlarged (the engine reads letters of about 20–30 px best; shop thumbnails and labels of
// 9–16 px text read far better at 1600 px wide), and tilted text straightened.

export const ENLARGE = {
  /** Pictures narrower than this are enlarged towards it … */
  minWidth: 1600,
  /** … by at most this factor (beyond it the letters only get blurrier). */
  maxFactor: 3,
  /** Very large photos are shrunk so that neither side exceeds this (time and memory). */
  maxSide: 3000,
} as const;

export interface Prepared {
  image: Gray;
  /** Final width / original width. */
  scale: number;
  /** Degrees the text was tilted (clockwise); the picture was turned back by as much. */
  skew: number;
  /** True when the picture was light text on a dark ground and was inverted. */
  inverted: boolean;
}

export function prepare(original: Gray): Prepared {
  const inverted = isDarkGround(original);
  const upright = inverted ? invert(original) : original;
  const sized = resize(upright, targetWidth(upright));
  const skew = estimateSkew(sized);
  return { image: skew === 0 ? sized : rotate(sized, -skew), scale: sized.width / original.width, skew, inverted };
}

export function targetWidth({ width, height }: Gray): number {
  const enlarged = width < ENLARGE.minWidth ? Math.min(ENLARGE.minWidth, width * ENLARGE.maxFactor) : width;
  const factor = Math.min(enlarged / width, ENLARGE.maxSide / Math.max(width, height));
  return Math.max(1, Math.round(width * factor));
}

/** More than half of the picture on the dark side of Otsu's threshold: the ground is dark. */
function isDarkGround(image: Gray): boolean {
  const threshold = otsuThreshold(image);
  let dark = 0;
  for (const v of image.data) if (v <= threshold) dark++;
  return dark > image.data.length / 2;
}
