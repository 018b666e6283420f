// A greyscale picture as the OCR pipeline handles it: one byte a pixel, rows top to bottom. Both
// the extension page (canvas pixels) and the CLI (decoded files) turn their images into this, so
// every later step is the same code in both.

export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** RGBA pixels (canvas ImageData, decoded files) to grey by luma; transparency counts as white. */
export function grayFromRgba(rgba: ArrayLike<number>, width: number, height: number): Gray {
  const data = new Uint8Array(width * height);
  for (let i = 0, p = 0; p < data.length; i += 4, p++) {
    const luma = 0.299 * (rgba[i] as number) + 0.587 * (rgba[i + 1] as number) + 0.114 * (rgba[i + 2] as number);
    const alpha = (rgba[i + 3] as number) / 255;
    data[p] = Math.round(luma * alpha + 255 * (1 - alpha));
  }
  return { width, height, data };
}

/** Resampled to `width` (height in proportion): bilinear when enlarging, box average when shrinking. */
export function resize(image: Gray, width: number): Gray {
  const height = Math.max(1, Math.round((image.height * width) / image.width));
  if (width === image.width) return image;
  return width > image.width ? bilinear(image, width, height) : boxAverage(image, width, height);
}

/** The grey at a point between pixels (`fx`, `fy` within the image), from the four pixels around it. */
function interpolated(image: Gray, fx: number, fy: number): number {
  const { width: w, height: h, data: src } = image;
  const x0 = Math.floor(fx);
  const y0 = Math.floor(fy);
  const x1 = Math.min(w - 1, x0 + 1);
  const y1 = Math.min(h - 1, y0 + 1);
  const wx = fx - x0;
  const wy = fy - y0;
  const top = (src[y0 * w + x0] as number) * (1 - wx) + (src[y0 * w + x1] as number) * wx;
  const bottom = (src[y1 * w + x0] as number) * (1 - wx) + (src[y1 * w + x1] as number) * wx;
  return Math.round(top * (1 - wy) + bottom * wy);
}

function bilinear(image: Gray, width: number, height: number): Gray {
  const { width: w, height: h } = image;
  const data = new Uint8Array(width * height);
  const sx = w / width;
  const sy = h / height;
  for (let y = 0; y < height; y++) {
    const fy = Math.min(h - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    for (let x = 0; x < width; x++) {
      data[y * width + x] = interpolated(image, Math.min(w - 1, Math.max(0, (x + 0.5) * sx - 0.5)), fy);
    }
  }
  return { width, height, data };
}

function boxAverage(image: Gray, width: number, height: number): Gray {
  const { width: w, height: h, data: src } = image;
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor((y * h) / height);
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * h) / height));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor((x * w) / width);
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * w) / width));
      let sum = 0;
      for (let yy = y0; yy < y1; yy++) for (let xx = x0; xx < x1; xx++) sum += src[yy * w + xx] as number;
      data[y * width + x] = Math.round(sum / ((y1 - y0) * (x1 - x0)));
    }
  }
  return { width, height, data };
}

/**
 * Turned by `degrees` (clockwise on screen) around the centre, on a canvas large enough to keep
 * every corner; the uncovered corners take the `background` grey.
 */
export function rotate(image: Gray, degrees: number, background = 255): Gray {
  const turns = ((Math.round(degrees) % 360) + 360) % 360;
  if (degrees === Math.round(degrees) && turns % 90 === 0) return quarterTurns(image, turns / 90);
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const { width: w, height: h } = image;
  const width = Math.ceil(Math.abs(w * cos) + Math.abs(h * sin));
  const height = Math.ceil(Math.abs(w * sin) + Math.abs(h * cos));
  const data = new Uint8Array(width * height).fill(background);
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  const ox = (width - 1) / 2;
  const oy = (height - 1) / 2;
  for (let y = 0; y < height; y++) {
    const dy = y - oy;
    for (let x = 0; x < width; x++) {
      const dx = x - ox;
      // The source point that lands here: the inverse rotation.
      const fx = cos * dx + sin * dy + cx;
      const fy = -sin * dx + cos * dy + cy;
      if (fx < 0 || fy < 0 || fx > w - 1 || fy > h - 1) continue;
      data[y * width + x] = interpolated(image, fx, fy);
    }
  }
  return { width, height, data };
}

/** Exact quarter turns clockwise (no resampling). */
function quarterTurns(image: Gray, turns: number): Gray {
  if (turns === 0) return image;
  const { width: w, height: h, data: src } = image;
  const width = turns % 2 === 0 ? w : h;
  const height = turns % 2 === 0 ? h : w;
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const [nx, ny] = turns === 1 ? [h - 1 - y, x] : turns === 2 ? [w - 1 - x, h - 1 - y] : [y, w - 1 - x];
      data[ny * width + nx] = src[y * w + x] as number;
    }
  }
  return { width, height, data };
}

/** The part inside `rect`, clamped to the picture (at least one pixel). */
export function crop(image: Gray, rect: Rect): Gray {
  const x0 = clamp(Math.round(rect.x), 0, image.width - 1);
  const y0 = clamp(Math.round(rect.y), 0, image.height - 1);
  const width = clamp(Math.round(rect.width), 1, image.width - x0);
  const height = clamp(Math.round(rect.height), 1, image.height - y0);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) data.set(image.data.subarray((y0 + y) * image.width + x0, (y0 + y) * image.width + x0 + width), y * width);
  return { width, height, data };
}

export function invert(image: Gray): Gray {
  return { ...image, data: image.data.map((v) => 255 - v) };
}

/**
 * The grey level that best splits the picture into ink and paper (Otsu's method on the histogram).
 */
export function otsuThreshold(image: Gray): number {
  const histogram = new Array<number>(256).fill(0);
  for (const v of image.data) histogram[v] = (histogram[v] as number) + 1;
  const total = image.data.length;
  let sumAll = 0;
  for (let i = 0; i < 256; i++) sumAll += i * (histogram[i] as number);
  let sumBelow = 0;
  let countBelow = 0;
  let best = 0;
  let threshold = 127;
  for (let t = 0; t < 256; t++) {
    countBelow += histogram[t] as number;
    if (countBelow === 0) continue;
    const countAbove = total - countBelow;
    if (countAbove === 0) break;
    sumBelow += t * (histogram[t] as number);
    const meanBelow = sumBelow / countBelow;
    const meanAbove = (sumAll - sumBelow) / countAbove;
    const between = countBelow * countAbove * (meanBelow - meanAbove) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/** Binary PGM ("P5"): the simplest file the OCR engine's image reader takes, same bytes everywhere. */
export function toPgm(image: Gray): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const file = new Uint8Array(header.length + image.data.length);
  file.set(header);
  file.set(image.data, header.length);
  return file;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
