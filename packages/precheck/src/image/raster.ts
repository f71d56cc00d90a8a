/**
 * Images as the image checks read them: RGBA pixels, row by row, 8 bits a channel, as a canvas's
 * `getImageData` and a PNG decoder give them. Everything here is plain arithmetic, so the browser
 * and Node compute the same numbers from the same pixels.
 */

export interface RgbaImage {
  width: number;
  height: number;
  /** `width × height × 4` bytes: red, green, blue, alpha. */
  data: Uint8Array | Uint8ClampedArray;
}

/** A point in image pixel coordinates: x to the right, y downwards. */
export interface Point {
  x: number;
  y: number;
}

/** Four corners: top-left, top-right, bottom-right, bottom-left (as the text reads). */
export type Quad = [Point, Point, Point, Point];

/** The channel `c` of pixel (x, y), transparency composited on white. */
function sample(image: RgbaImage, x: number, y: number, c: number): number {
  const i = (y * image.width + x) * 4;
  const alpha = image.data[i + 3] as number;
  const value = image.data[i + c] as number;
  return alpha === 255 ? value : (value * alpha + 255 * (255 - alpha)) / 255;
}

/** Bilinear sample of channel `c` at (x, y) (pixel centres at integer + 0.5), clamped to the edges. */
export function bilinear(image: RgbaImage, x: number, y: number, c: number): number {
  const fx = Math.min(Math.max(x - 0.5, 0), image.width - 1);
  const fy = Math.min(Math.max(y - 0.5, 0), image.height - 1);
  const x0 = Math.floor(fx);
  const y0 = Math.floor(fy);
  const x1 = Math.min(x0 + 1, image.width - 1);
  const y1 = Math.min(y0 + 1, image.height - 1);
  const ax = fx - x0;
  const ay = fy - y0;
  const top = sample(image, x0, y0, c) * (1 - ax) + sample(image, x1, y0, c) * ax;
  const bottom = sample(image, x0, y1, c) * (1 - ax) + sample(image, x1, y1, c) * ax;
  return top * (1 - ay) + bottom * ay;
}

/** Whether every pixel is opaque (then a sample is the stored byte: no compositing). */
function opaque(image: RgbaImage): boolean {
  const { data } = image;
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) return false;
  return true;
}

/**
 * A copy of `image` resized to `width × height`. Shrinking by more than 2 averages blocks of pixels
 * (area sampling) so that thin strokes survive; otherwise bilinear. An opaque image (every photo,
 * most PNGs) takes a path over the bytes with the sample positions and weights worked out once per
 * row and column: the same arithmetic, in the same order, as the general path, so the same bytes.
 */
export function resize(image: RgbaImage, width: number, height: number): RgbaImage {
  const out = new Uint8ClampedArray(width * height * 4);
  const sx = image.width / width;
  const sy = image.height / height;
  const area = sx > 2 || sy > 2;
  if (opaque(image)) {
    if (area) resizeAreaOpaque(image, out, width, height, sx, sy);
    else resizeBilinearOpaque(image, out, width, height, sx, sy);
    return { width, height, data: out };
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      if (area) {
        const x0 = Math.floor(x * sx);
        const x1 = Math.max(x0 + 1, Math.floor((x + 1) * sx));
        const y0 = Math.floor(y * sy);
        const y1 = Math.max(y0 + 1, Math.floor((y + 1) * sy));
        for (let c = 0; c < 3; c++) {
          let sum = 0;
          for (let yy = y0; yy < y1; yy++) for (let xx = x0; xx < x1; xx++) sum += sample(image, xx, yy, c);
          out[o + c] = Math.round(sum / ((x1 - x0) * (y1 - y0)));
        }
      } else {
        for (let c = 0; c < 3; c++) out[o + c] = Math.round(bilinear(image, (x + 0.5) * sx, (y + 0.5) * sy, c));
      }
      out[o + 3] = 255;
    }
  }
  return { width, height, data: out };
}

function resizeAreaOpaque(
  image: RgbaImage,
  out: Uint8ClampedArray,
  width: number,
  height: number,
  sx: number,
  sy: number,
): void {
  const { data } = image;
  const stride = image.width * 4;
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y * sy);
    const y1 = Math.max(y0 + 1, Math.floor((y + 1) * sy));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(x * sx);
      const x1 = Math.max(x0 + 1, Math.floor((x + 1) * sx));
      let red = 0;
      let green = 0;
      let blue = 0;
      for (let yy = y0; yy < y1; yy++) {
        let i = yy * stride + x0 * 4;
        for (let xx = x0; xx < x1; xx++, i += 4) {
          red += data[i] as number;
          green += data[i + 1] as number;
          blue += data[i + 2] as number;
        }
      }
      const count = (x1 - x0) * (y1 - y0);
      const o = (y * width + x) * 4;
      out[o] = Math.round(red / count);
      out[o + 1] = Math.round(green / count);
      out[o + 2] = Math.round(blue / count);
      out[o + 3] = 255;
    }
  }
}

function resizeBilinearOpaque(
  image: RgbaImage,
  out: Uint8ClampedArray,
  width: number,
  height: number,
  sx: number,
  sy: number,
): void {
  const { data } = image;
  const stride = image.width * 4;
  // Per column: the two source columns (byte offsets) and the weight of the second, as bilinear().
  const cx0 = new Int32Array(width);
  const cx1 = new Int32Array(width);
  const cax = new Float64Array(width);
  for (let x = 0; x < width; x++) {
    const fx = Math.min(Math.max((x + 0.5) * sx - 0.5, 0), image.width - 1);
    const x0 = Math.floor(fx);
    cx0[x] = x0 * 4;
    cx1[x] = Math.min(x0 + 1, image.width - 1) * 4;
    cax[x] = fx - x0;
  }
  for (let y = 0; y < height; y++) {
    const fy = Math.min(Math.max((y + 0.5) * sy - 0.5, 0), image.height - 1);
    const y0 = Math.floor(fy);
    const r0 = y0 * stride;
    const r1 = Math.min(y0 + 1, image.height - 1) * stride;
    const ay = fy - y0;
    for (let x = 0; x < width; x++) {
      const ax = cax[x] as number;
      const a = cx0[x] as number;
      const b = cx1[x] as number;
      const o = (y * width + x) * 4;
      for (let c = 0; c < 3; c++) {
        const top = (data[r0 + a + c] as number) * (1 - ax) + (data[r0 + b + c] as number) * ax;
        const bottom = (data[r1 + a + c] as number) * (1 - ax) + (data[r1 + b + c] as number) * ax;
        out[o + c] = Math.round(top * (1 - ay) + bottom * ay);
      }
      out[o + 3] = 255;
    }
  }
}

/** RGB → hue (degrees), saturation and value (0..1). */
export function hsv(r: number, g: number, b: number): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  let h = 0;
  if (d > 0) {
    if (max === r) h = ((g - b) / d) % 6;
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
    h *= 60;
    if (h < 0) h += 360;
  }
  return [h, max === 0 ? 0 : d / max, max / 255];
}

/** The axis-aligned bounds of some points. */
export function bounds(points: readonly Point[]): { x: number; y: number; width: number; height: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
