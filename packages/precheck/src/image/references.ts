/**
 * The reference shapes the symbol detector compares with, drawn from the public construction
 * specifications (and the generated evaluation images draw the same shapes):
 *
 * - National flag (GB 12982-2004 《国旗》): 3 : 2; the hoist-side upper quarter is a 15 × 10 grid
 *   (unit = flag height / 20); the large star's circumscribed circle has radius 3 units, centre
 *   (5, 5); the four small stars radius 1, centres (10, 2), (12, 4), (12, 7), (10, 9), each with
 *   one point towards the large star's centre; stars are regular five-pointed (inner radius
 *   sin 18° / sin 54° of the outer). Red and yellow (the standard gives CIE values; sRGB
 *   approximations below).
 * - Party flag (中国共产党党徽党旗条例, annex 制法说明; 1996 规定): 3 : 2; the upper quarter
 *   is an 18 × 12 grid; the emblem is inscribed in an 8 × 8 square 3 cells below the top edge and
 *   4 from the hoist. The emblem's own drawing (a sickle crossed by a hammer) is given there as a
 *   grid drawing that is not reproduced here: `PARTY_EMBLEM` is our approximation inside that
 *   square (blade arc opening to the upper right, handle to the lower left, hammer from the upper
 *   left to the lower right), close enough for a shape match, not a reproduction of the emblem.
 *
 * Shapes are polygons in a unit box (x right, y down).
 */
import type { Point } from './raster.js';

export type Polygon = readonly Point[];

export const FLAG_RED = { r: 238, g: 28, b: 37 };
export const FLAG_YELLOW = { r: 255, g: 255, b: 0 };
export const PARTY_GOLD = { r: 255, g: 215, b: 0 };

/** A regular five-pointed star of outer radius `r` at (cx, cy), one point towards `angle` (radians). */
export function star(cx: number, cy: number, r: number, angle = -Math.PI / 2): Polygon {
  const inner = (r * Math.sin(Math.PI / 10)) / Math.sin((3 * Math.PI) / 10);
  const points: Point[] = [];
  for (let i = 0; i < 10; i++) {
    const a = angle + (i * Math.PI) / 5;
    const radius = i % 2 === 0 ? r : inner;
    points.push({ x: cx + radius * Math.cos(a), y: cy + radius * Math.sin(a) });
  }
  return points;
}

/** The national flag's stars, in flag units (the flag is 30 × 20). */
export function nationalFlagStars(): Polygon[] {
  const stars = [star(5, 5, 3)];
  for (const [x, y] of [
    [10, 2],
    [12, 4],
    [12, 7],
    [10, 9],
  ] as const) {
    stars.push(star(x, y, 1, Math.atan2(5 - y, 5 - x)));
  }
  return stars;
}

function rectangle(cx: number, cy: number, length: number, width: number, angle: number): Polygon {
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  const hl = length / 2;
  const hw = width / 2;
  return [
    { x: cx - hl * ux + hw * uy, y: cy - hl * uy - hw * ux },
    { x: cx + hl * ux + hw * uy, y: cy + hl * uy - hw * ux },
    { x: cx + hl * ux - hw * uy, y: cy + hl * uy + hw * ux },
    { x: cx - hl * ux - hw * uy, y: cy - hl * uy + hw * ux },
  ];
}

/** The Party emblem (our approximation, see the header) in a unit square. */
export function partyEmblem(): Polygon[] {
  const cx = 0.55;
  const cy = 0.45;
  const outer = 0.4;
  // Blade: from the tip at the upper right, over the top and the left, to the handle at the lower left.
  const from = (-40 * Math.PI) / 180;
  const to = (-225 * Math.PI) / 180;
  const steps = 24;
  const outerArc: Point[] = [];
  const innerArc: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const a = from + (to - from) * t;
    const thickness = 0.02 + 0.11 * Math.sin(Math.min(t * 1.2, 1) * (Math.PI / 2));
    outerArc.push({ x: cx + outer * Math.cos(a), y: cy + outer * Math.sin(a) });
    innerArc.push({ x: cx + (outer - thickness) * Math.cos(a), y: cy + (outer - thickness) * Math.sin(a) + 0.03 * t });
  }
  const blade = [...outerArc, ...innerArc.reverse()];
  const handleEnd = outerArc[outerArc.length - 1] as Point;
  const sickleHandle = rectangle(handleEnd.x - 0.08, handleEnd.y + 0.1, 0.24, 0.09, Math.PI * 0.7);
  const hammerHandle = rectangle(0.56, 0.56, 0.62, 0.085, Math.PI / 4);
  const hammerHead = rectangle(0.3, 0.3, 0.34, 0.13, -Math.PI / 4);
  return [blade, sickleHandle, hammerHandle, hammerHead];
}

/** Whether (x, y) is inside any of the polygons (even-odd rule per polygon). */
export function insideAny(polygons: readonly Polygon[], x: number, y: number): boolean {
  for (const polygon of polygons) {
    let inside = false;
    for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
      const a = polygon[i] as Point;
      const b = polygon[j] as Point;
      if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
    }
    if (inside) return true;
  }
  return false;
}

/** The shapes rotated by `angle` about their bounding box's centre. */
export function rotate(polygons: readonly Polygon[], angle: number): Polygon[] {
  const all = polygons.flat();
  const cx = (Math.min(...all.map((p) => p.x)) + Math.max(...all.map((p) => p.x))) / 2;
  const cy = (Math.min(...all.map((p) => p.y)) + Math.max(...all.map((p) => p.y))) / 2;
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return polygons.map((polygon) =>
    polygon.map(({ x, y }) => ({ x: cx + (x - cx) * c - (y - cy) * s, y: cy + (x - cx) * s + (y - cy) * c })),
  );
}
