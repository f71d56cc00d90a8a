/**
 * Connected regions of a mask and the smallest rotated rectangle around one: the steps OpenCV's
 * findContours + minAreaRect take in PaddleOCR's detector post-processing, written out so the browser
 * and Node run the same code.
 */
import type { Point, Quad } from './raster.js';

export interface Component {
  /** Pixel indices (y × width + x) of the region. */
  pixels: Int32Array;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * The 8-connected regions of the pixels where `mask` is non-zero, in raster order of their first
 * pixel. Regions smaller than `minPixels` are dropped.
 */
export function components(mask: Uint8Array, width: number, height: number, minPixels = 1): Component[] {
  const label = new Int32Array(width * height);
  const found: Component[] = [];
  const stack: number[] = [];
  let next = 1;
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || label[start]) continue;
    const pixels: number[] = [];
    let minX = width;
    let minY = height;
    let maxX = -1;
    let maxY = -1;
    label[start] = next;
    stack.push(start);
    while (stack.length > 0) {
      const i = stack.pop() as number;
      pixels.push(i);
      const x = i % width;
      const y = (i - x) / width;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width || (dx === 0 && dy === 0)) continue;
          const j = ny * width + nx;
          if (mask[j] && !label[j]) {
            label[j] = next;
            stack.push(j);
          }
        }
      }
    }
    next++;
    if (pixels.length >= minPixels) found.push({ pixels: Int32Array.from(pixels), minX, minY, maxX, maxY });
  }
  return found;
}

/** The outline points of a region: the outer corners of the first and last pixel of each row. */
export function outlinePoints(component: Component, width: number): Point[] {
  const rows = component.maxY - component.minY + 1;
  const left = new Int32Array(rows).fill(width);
  const right = new Int32Array(rows).fill(-1);
  for (const i of component.pixels) {
    const x = i % width;
    const r = (i - x) / width - component.minY;
    if (x < (left[r] as number)) left[r] = x;
    if (x > (right[r] as number)) right[r] = x;
  }
  const points: Point[] = [];
  for (let r = 0; r < rows; r++) {
    if ((right[r] as number) < 0) continue;
    const y = component.minY + r;
    points.push({ x: left[r] as number, y }, { x: left[r] as number, y: y + 1 });
    points.push({ x: (right[r] as number) + 1, y }, { x: (right[r] as number) + 1, y: y + 1 });
  }
  return points;
}

const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** The convex hull (monotone chain), counter-clockwise in y-down coordinates... any consistent order. */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (sorted.length < 3) return sorted;
  const lower: Point[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2] as Point, lower[lower.length - 1] as Point, p) <= 0)
      lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i] as Point;
    while (upper.length >= 2 && cross(upper[upper.length - 2] as Point, upper[upper.length - 1] as Point, p) <= 0)
      upper.pop();
    upper.push(p);
  }
  lower.pop();
  upper.pop();
  return lower.concat(upper);
}

/** The area of a polygon (absolute). */
export function polygonArea(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i] as Point;
    const b = points[(i + 1) % points.length] as Point;
    sum += a.x * b.y - b.x * a.y;
  }
  return Math.abs(sum) / 2;
}

export interface RotatedRect {
  cx: number;
  cy: number;
  /** Along `angle`. */
  width: number;
  height: number;
  /** Radians, of the `width` side. */
  angle: number;
}

/** The smallest-area rectangle around a convex hull (rotating calipers over its edges). */
export function minAreaRect(hull: readonly Point[]): RotatedRect {
  if (hull.length === 0) return { cx: 0, cy: 0, width: 0, height: 0, angle: 0 };
  let best: RotatedRect | undefined;
  let bestArea = Infinity;
  for (let i = 0; i < Math.max(1, hull.length); i++) {
    const a = hull[i] as Point;
    const b = hull[(i + 1) % hull.length] as Point;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    const ux = length > 0 ? (b.x - a.x) / length : 1;
    const uy = length > 0 ? (b.y - a.y) / length : 0;
    let minU = Infinity;
    let maxU = -Infinity;
    let minV = Infinity;
    let maxV = -Infinity;
    for (const p of hull) {
      const u = p.x * ux + p.y * uy;
      const v = -p.x * uy + p.y * ux;
      minU = Math.min(minU, u);
      maxU = Math.max(maxU, u);
      minV = Math.min(minV, v);
      maxV = Math.max(maxV, v);
    }
    const area = (maxU - minU) * (maxV - minV);
    if (area < bestArea - 1e-9) {
      bestArea = area;
      const cu = (minU + maxU) / 2;
      const cv = (minV + maxV) / 2;
      best = {
        cx: cu * ux - cv * uy,
        cy: cu * uy + cv * ux,
        width: maxU - minU,
        height: maxV - minV,
        angle: Math.atan2(uy, ux),
      };
    }
  }
  return best as RotatedRect;
}

/**
 * The rectangle's corners in reading order: the long side is the baseline direction unless the
 * rectangle is much taller than wide; top-left first, clockwise.
 */
export function rectCorners(rect: RotatedRect): Quad {
  let { width, height, angle } = rect;
  // Make the width side the one closest to horizontal.
  let ux = Math.cos(angle);
  let uy = Math.sin(angle);
  if (Math.abs(uy) > Math.abs(ux)) {
    [width, height] = [height, width];
    angle += Math.PI / 2;
    ux = Math.cos(angle);
    uy = Math.sin(angle);
  }
  if (ux < 0) {
    ux = -ux;
    uy = -uy;
  }
  // Normal pointing down (y grows downwards).
  const vx = -uy;
  const vy = ux;
  const hw = width / 2;
  const hh = height / 2;
  const at = (su: number, sv: number): Point => ({
    x: rect.cx + su * hw * ux + sv * hh * vx,
    y: rect.cy + su * hw * uy + sv * hh * vy,
  });
  return [at(-1, -1), at(1, -1), at(1, 1), at(-1, 1)];
}
