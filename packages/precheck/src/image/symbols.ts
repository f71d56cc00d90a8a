/**
 * Party and state symbols in an image (Art. 10(2): strict review): the national flag and the Party
 * flag (or its emblem on red), whole, cut off, turned or shrunk to a corner badge.
 *
 * Method (every step can be shown to a reviewer):
 * 1. The image is scaled so its longest side is `workSide` (area averaging) and segmented by colour
 *    in HSV: flag red (hue ≤ 15° or ≥ 340°, saturated, bright) and yellow/gold (hue 38°–70°).
 * 2. Each yellow region (8-connected; for the emblem, regions within 15 % of their size of each other
 *    joined into one) that lies on red — most of the non-yellow pixels in a band around it are red —
 *    is compared with the reference shapes (`references.ts`) at several rotations (star every 3°
 *    over its 72° period, emblem every 5°): the region and the rotated reference are each scaled to
 *    their own bounding box on a 24 × 24 grid; the match is the smaller of the two shares "cells of
 *    one shape lying on the other or within one cell of it"; the bounding boxes' aspect ratios must
 *    agree within a third. The comparison is scale-free, so a region of a few dozen pixels (a flag
 *    shrunk to 10 % of the image) is compared like a full-frame one.
 * 3. National flag: a region matching the five-pointed star with at least one smaller yellow region
 *    where the small stars are (1.4–3.4 star radii from its centre, 2–40 % of its area).
 *    A lone star on red (Viet Nam's flag, a logo) is not enough.
 * 4. Party flag: a region matching the emblem, with no other sizeable yellow region beside it
 *    (yellow characters on red — 福, a banner — come as several regions side by side).
 * 5. The region outlined is the red region around the match (the flag), in the original image's
 *    coordinates.
 */
import { type Component, components } from './geometry.js';
import { hsv, type RgbaImage, resize } from './raster.js';
import { insideAny, type Polygon, partyEmblem, rotate, star } from './references.js';

export type SymbolKind = 'national-flag' | 'party-flag';

export interface SymbolHit {
  kind: SymbolKind;
  /** Axis-aligned region in the ORIGINAL image's pixels. */
  region: { x: number; y: number; width: number; height: number };
  /** The shape match (intersection over union, 0..1) that decided it. */
  score: number;
}

export interface SymbolOptions {
  /** Longest side the image is analysed at. Default 512. */
  workSide?: number;
  /** Least overlap with the star. Default 0.8. */
  starMatch?: number;
  /** Least overlap with the emblem. Default 0.8. */
  emblemMatch?: number;
}

const GRID = 24;

function isRed(h: number, s: number, v: number): boolean {
  return (h <= 15 || h >= 340) && s >= 0.55 && v >= 0.45;
}
function isYellow(h: number, s: number, v: number): boolean {
  return h >= 38 && h <= 70 && s >= 0.4 && v >= 0.55;
}

type Grid = { cells: Uint8Array; aspect: number; near?: Uint8Array };

function gridOfPolygons(polygons: readonly Polygon[]): Grid {
  const all = polygons.flat();
  const minX = Math.min(...all.map((p) => p.x));
  const maxX = Math.max(...all.map((p) => p.x));
  const minY = Math.min(...all.map((p) => p.y));
  const maxY = Math.max(...all.map((p) => p.y));
  const cells = new Uint8Array(GRID * GRID);
  for (let gy = 0; gy < GRID; gy++) {
    for (let gx = 0; gx < GRID; gx++) {
      const x = minX + ((gx + 0.5) / GRID) * (maxX - minX);
      const y = minY + ((gy + 0.5) / GRID) * (maxY - minY);
      cells[gy * GRID + gx] = insideAny(polygons, x, y) ? 1 : 0;
    }
  }
  return { cells, aspect: (maxX - minX) / Math.max(maxY - minY, 1e-9) };
}

let starGrids: Grid[] | undefined;
let emblemGrids: Grid[] | undefined;

function references(): { stars: Grid[]; emblems: Grid[] } {
  // Stars repeat every 72°; the emblem needs the full turn.
  starGrids ??= Array.from({ length: 24 }, (_, i) => gridOfPolygons(rotate([star(0, 0, 1)], (i * 3 * Math.PI) / 180)));
  emblemGrids ??= Array.from({ length: 72 }, (_, i) => gridOfPolygons(rotate(partyEmblem(), (i * 5 * Math.PI) / 180)));
  return { stars: starGrids, emblems: emblemGrids };
}

function gridOfComponent(component: Component, width: number): Grid {
  const w = component.maxX - component.minX + 1;
  const h = component.maxY - component.minY + 1;
  const inside = new Uint8Array(w * h);
  for (const i of component.pixels) {
    const x = i % width;
    const y = (i - x) / width;
    inside[(y - component.minY) * w + (x - component.minX)] = 1;
  }
  const cells = new Uint8Array(GRID * GRID);
  for (let gy = 0; gy < GRID; gy++) {
    for (let gx = 0; gx < GRID; gx++) {
      const x = Math.min(w - 1, Math.floor(((gx + 0.5) / GRID) * w));
      const y = Math.min(h - 1, Math.floor(((gy + 0.5) / GRID) * h));
      cells[gy * GRID + gx] = inside[y * w + x] as number;
    }
  }
  return { cells, aspect: w / h };
}

function dilate(cells: Uint8Array): Uint8Array {
  const out = new Uint8Array(cells.length);
  for (let y = 0; y < GRID; y++) {
    for (let x = 0; x < GRID; x++) {
      if (!cells[y * GRID + x]) continue;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx >= 0 && ny >= 0 && nx < GRID && ny < GRID) out[ny * GRID + nx] = 1;
        }
      }
    }
  }
  return out;
}

/**
 * How well a region matches the best of the rotated references: the share of each shape's cells
 * that lie on the other, or within one cell of it (a stroke a pixel thicker or thinner is the same
 * shape), the smaller of the two shares.
 */
function bestMatch(candidate: Grid, grids: readonly Grid[]): number {
  const near = dilate(candidate.cells);
  let best = 0;
  for (const grid of grids) {
    const ratio = candidate.aspect / grid.aspect;
    if (ratio < 0.75 || ratio > 1.33) continue;
    grid.near ??= dilate(grid.cells);
    let candidateOn = 0;
    let candidateAll = 0;
    let referenceOn = 0;
    let referenceAll = 0;
    for (let i = 0; i < candidate.cells.length; i++) {
      if (candidate.cells[i]) {
        candidateAll++;
        if (grid.near[i]) candidateOn++;
      }
      if (grid.cells[i]) {
        referenceAll++;
        if (near[i]) referenceOn++;
      }
    }
    if (candidateAll === 0 || referenceAll === 0) continue;
    best = Math.max(best, Math.min(candidateOn / candidateAll, referenceOn / referenceAll));
  }
  return best;
}

/**
 * Yellow regions joined into groups: regions whose bounding boxes come within `gapShare` of the
 * larger one's size of each other (a hammer and a sickle drawn apart, a character's strokes).
 */
function groups(regions: readonly Component[], gapShare: number): Component[] {
  const parent = regions.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const size = (c: Component) => Math.max(c.maxX - c.minX + 1, c.maxY - c.minY + 1);
  for (let i = 0; i < regions.length; i++) {
    const a = regions[i] as Component;
    for (let j = i + 1; j < regions.length; j++) {
      const b = regions[j] as Component;
      const gap = Math.max(b.minX - a.maxX, a.minX - b.maxX, b.minY - a.maxY, a.minY - b.maxY, 0);
      if (gap <= Math.max(1, gapShare * Math.max(size(a), size(b)))) parent[find(i)] = find(j);
    }
  }
  const joined = new Map<number, Component[]>();
  regions.forEach((region, i) => {
    const root = find(i);
    joined.set(root, [...(joined.get(root) ?? []), region]);
  });
  return [...joined.values()].map((members) =>
    members.length === 1
      ? (members[0] as Component)
      : {
          pixels: Int32Array.from(members.flatMap((m) => [...m.pixels])),
          minX: Math.min(...members.map((m) => m.minX)),
          minY: Math.min(...members.map((m) => m.minY)),
          maxX: Math.max(...members.map((m) => m.maxX)),
          maxY: Math.max(...members.map((m) => m.maxY)),
        },
  );
}

/** Finds national and Party flags in `image`. */
export function detectSymbols(image: RgbaImage, options: SymbolOptions = {}): SymbolHit[] {
  const workSide = options.workSide ?? 512;
  const starMatch = options.starMatch ?? 0.8;
  const emblemMatch = options.emblemMatch ?? 0.8;
  const scale = Math.min(1, workSide / Math.max(image.width, image.height));
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const work = scale < 1 ? resize(image, width, height) : image;
  const red = new Uint8Array(width * height);
  const yellow = new Uint8Array(width * height);
  for (let i = 0; i < red.length; i++) {
    const [h, s, v] = hsv(work.data[i * 4] as number, work.data[i * 4 + 1] as number, work.data[i * 4 + 2] as number);
    if (isRed(h, s, v)) red[i] = 1;
    else if (isYellow(h, s, v)) yellow[i] = 1;
  }
  const yellows = components(yellow, width, height, 2);
  const reds = components(red, width, height, 16);
  const redOf = new Int32Array(width * height).fill(-1);
  reds.forEach((region, index) => {
    for (const i of region.pixels) redOf[i] = index;
  });
  const { stars, emblems } = references();
  const hits: SymbolHit[] = [];
  const sizeOf = (c: Component) => Math.max(c.maxX - c.minX + 1, c.maxY - c.minY + 1);
  const centre = (c: Component) => ({ x: (c.minX + c.maxX + 1) / 2, y: (c.minY + c.maxY + 1) / 2 });

  // Stars are matched region by region; the emblem as a group of nearby regions.
  const candidates: { region: Component; as: 'star' | 'emblem' }[] = [
    ...yellows.map((region) => ({ region, as: 'star' as const })),
    ...groups(yellows, 0.15).map((region) => ({ region, as: 'emblem' as const })),
  ];
  const grouped = candidates.filter((c) => c.as === 'emblem').map((c) => c.region);
  for (const { region: candidate, as } of candidates) {
    if (candidate.pixels.length < 12) continue;
    const size = sizeOf(candidate);
    // The band around it: mostly red among the pixels that are not yellow.
    const pad = Math.max(2, Math.round(size * 0.4));
    let redCount = 0;
    let other = 0;
    const votes = new Map<number, number>();
    for (let y = Math.max(0, candidate.minY - pad); y <= Math.min(height - 1, candidate.maxY + pad); y++) {
      for (let x = Math.max(0, candidate.minX - pad); x <= Math.min(width - 1, candidate.maxX + pad); x++) {
        const i = y * width + x;
        if (yellow[i]) continue;
        other++;
        if (red[i]) {
          redCount++;
          const r = redOf[i] as number;
          if (r >= 0) votes.set(r, (votes.get(r) ?? 0) + 1);
        }
      }
    }
    if (other === 0 || redCount / other < 0.6) continue;
    const grid = gridOfComponent(candidate, width);
    const c = centre(candidate);
    let kind: SymbolKind | undefined;
    let score = as === 'star' ? bestMatch(grid, stars) : 0;
    if (as === 'star' && score >= starMatch) {
      const radius = size / 2;
      const small = yellows.filter((other) => {
        if (other === candidate) return false;
        const ratio = other.pixels.length / candidate.pixels.length;
        const o = centre(other);
        const d = Math.hypot(o.x - c.x, o.y - c.y) / radius;
        return ratio >= 0.02 && ratio <= 0.4 && d >= 1.4 && d <= 3.4;
      });
      if (small.length >= 1) kind = 'national-flag';
    } else if (as === 'emblem') {
      score = bestMatch(grid, emblems);
      if (score >= emblemMatch) {
        const crowded = grouped.some((other) => {
          if (other === candidate || other.pixels.length < candidate.pixels.length * 0.15) return false;
          const o = centre(other);
          return Math.hypot(o.x - c.x, o.y - c.y) < size * 1.6;
        });
        if (!crowded) kind = 'party-flag';
      }
    }
    if (!kind) continue;
    // The flag: the red region most of the band belongs to, with the symbol.
    let flag = -1;
    let most = 0;
    for (const [r, n] of votes) if (n > most) [flag, most] = [r, n];
    const region = reds[flag];
    const minX = Math.min(candidate.minX, region?.minX ?? candidate.minX);
    const minY = Math.min(candidate.minY, region?.minY ?? candidate.minY);
    const maxX = Math.max(candidate.maxX, region?.maxX ?? candidate.maxX) + 1;
    const maxY = Math.max(candidate.maxY, region?.maxY ?? candidate.maxY) + 1;
    const back = image.width / width;
    const backY = image.height / height;
    hits.push({
      kind,
      score: Math.round(score * 1000) / 1000,
      region: {
        x: Math.round(minX * back),
        y: Math.round(minY * backY),
        width: Math.round((maxX - minX) * back),
        height: Math.round((maxY - minY) * backY),
      },
    });
  }
  // One hit per flag: drop a hit whose region lies inside another's of the same kind.
  return hits.filter(
    (hit, i) =>
      !hits.some(
        (other, j) =>
          j !== i &&
          other.kind === hit.kind &&
          other.region.x <= hit.region.x &&
          other.region.y <= hit.region.y &&
          other.region.x + other.region.width >= hit.region.x + hit.region.width &&
          other.region.y + other.region.height >= hit.region.y + hit.region.height &&
          (j < i || other.region.width * other.region.height > hit.region.width * hit.region.height),
      ),
  );
}
