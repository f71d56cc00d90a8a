/**
 * Reading text in an image with PaddleOCR's PP-OCRv4 models (detector `ch_PP-OCRv4_det_infer.onnx`,
 * recogniser `ch_PP-OCRv4_rec_infer.onnx`, alphabet `ppocr_keys_v1.txt`). The models run wherever the
 * caller runs them (onnxruntime-web in a worker, onnxruntime-node on the server): this module gets a
 * `ModelRunner` and does everything around the two inferences, the same way in both places:
 *
 * 1. detection input: the image scaled so its longest side is between `minSide` and `maxSide`
 *    and it has at most `maxPixels` pixels, both sides multiples of 32, BGR, normalised with
 *    ImageNet mean and deviation, NCHW;
 * 2. detection output (DB, differentiable binarisation): the probability map is thresholded
 *    (`threshold`), each 8-connected region becomes a candidate; its score is the mean probability
 *    over the region (`boxThreshold`), its box the smallest rotated rectangle around it, grown by
 *    the DB "unclip" distance (area × `unclipRatio` / perimeter) and mapped back to the image;
 * 3. recognition input: each box cut out upright (bilinear, affine from three corners), 48 pixels
 *    high, turned a quarter when it is much taller than wide (vertical text), BGR, (x/255 − 0.5)/0.5;
 * 4. recognition output: CTC greedy decoding — the best class per time step, repeats merged,
 *    blanks (class 0) dropped, class i → line i of the alphabet, the last class a space; the
 *    line's score is the mean probability of the kept steps (`minLineScore`).
 */
import { components, convexHull, minAreaRect, outlinePoints, polygonArea, rectCorners } from './geometry.js';
import { bilinear, type Point, type Quad, type RgbaImage, resize } from './raster.js';

export interface Tensor {
  data: Float32Array;
  dims: readonly number[];
}

/** Runs one of the two models on one input tensor and resolves to its (first) output. */
export type ModelRunner = (model: 'det' | 'rec', input: Tensor) => Promise<Tensor>;

export interface OcrLine {
  /** The text read, as decoded (no normalisation). */
  text: string;
  /** The line's corners in the ORIGINAL image's pixel coordinates, top-left first, clockwise. */
  box: Quad;
  /** Mean probability of the characters read, 0..1. */
  score: number;
}

export interface OcrOptions {
  /** Longest side of the detector's input at most (larger images are scaled down). Default 960. */
  maxSide?: number;
  /** Longest side of the detector's input at least (smaller images are scaled up). Default 640. */
  minSide?: number;
  /**
   * Pixels of the detector's input at most (larger images are scaled down further). Default
   * 736 × 736: a square avatar is read at 736 (the detector's time grows with its pixels, and a
   * 1024-pixel avatar read as well or better there than at 960 — docs/benchmarks.md), a wide
   * cover keeps its 960 (900 × 300 covers read their digits better at 960 than at 736).
   */
  maxPixels?: number;
  /** Probability above which a pixel is text. Default 0.3. */
  threshold?: number;
  /** Mean probability a region needs to be a line. Default 0.6. */
  boxThreshold?: number;
  /** DB unclip ratio. Default 1.5. */
  unclipRatio?: number;
  /** Lines read with a lower mean probability are dropped. Default 0.5. */
  minLineScore?: number;
  /** At most this many lines (largest first). Default 50. */
  maxLines?: number;
}

export const OCR_DEFAULTS: Required<OcrOptions> = {
  maxSide: 960,
  minSide: 640,
  maxPixels: 736 * 736,
  threshold: 0.3,
  boxThreshold: 0.6,
  unclipRatio: 1.5,
  minLineScore: 0.5,
  maxLines: 50,
};

const DET_MEAN = [0.485, 0.456, 0.406];
const DET_STD = [0.229, 0.224, 0.225];
const REC_HEIGHT = 48;
const REC_MAX_WIDTH = 1600;

/** The recogniser's classes from the text of `ppocr_keys_v1.txt`: blank, one per line, space. */
export function parseAlphabet(keys: string): string[] {
  const lines = keys.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return ['', ...lines, ' '];
}

/** The detector's input size for an image: scaled into [minSide, maxSide] and maxPixels, sides multiples of 32. */
export function detectionSize(width: number, height: number, options: OcrOptions = {}): [number, number] {
  const { maxSide, minSide, maxPixels } = { ...OCR_DEFAULTS, ...options };
  const longest = Math.max(width, height);
  let scale = longest > maxSide ? maxSide / longest : longest < minSide ? minSide / longest : 1;
  if (width * height * scale * scale > maxPixels) scale = Math.sqrt(maxPixels / (width * height));
  const round32 = (n: number) => Math.max(32, Math.round((n * scale) / 32) * 32);
  return [round32(width), round32(height)];
}

/** Detection input: NCHW float32, BGR, ImageNet-normalised. */
export function detectionInput(image: RgbaImage, options: OcrOptions = {}): Tensor {
  const [width, height] = detectionSize(image.width, image.height, options);
  const scaled = resize(image, width, height);
  const plane = width * height;
  const data = new Float32Array(3 * plane);
  // A byte's normalised value per channel, worked out once (the same expression as per pixel).
  const tables = [0, 1, 2].map((c) => {
    const table = new Float32Array(256);
    for (let v = 0; v < 256; v++) table[v] = (v / 255 - (DET_MEAN[c] as number)) / (DET_STD[c] as number);
    return table;
  }) as [Float32Array, Float32Array, Float32Array];
  const pixels = scaled.data;
  for (let c = 0; c < 3; c++) {
    // Channel c of the BGR input is RGB channel 2 − c.
    const table = tables[c] as Float32Array;
    const offset = c * plane;
    for (let i = 0, j = 2 - c; i < plane; i++, j += 4) data[offset + i] = table[pixels[j] as number] as number;
  }
  return { data, dims: [1, 3, height, width] };
}

export interface DetectedBox {
  box: Quad;
  score: number;
}

/** Boxes from the detector's probability map (`[1, 1, h, w]`), in the image's coordinates. */
export function detectionBoxes(
  output: Tensor,
  imageWidth: number,
  imageHeight: number,
  options: OcrOptions = {},
): DetectedBox[] {
  const { threshold, boxThreshold, unclipRatio, maxLines } = { ...OCR_DEFAULTS, ...options };
  const height = output.dims[output.dims.length - 2] as number;
  const width = output.dims[output.dims.length - 1] as number;
  const map = output.data;
  const mask = new Uint8Array(width * height);
  for (let i = 0; i < mask.length; i++) mask[i] = (map[i] as number) > threshold ? 1 : 0;
  const sx = imageWidth / width;
  const sy = imageHeight / height;
  const boxes: (DetectedBox & { area: number })[] = [];
  for (const region of components(mask, width, height, 4)) {
    let sum = 0;
    for (const i of region.pixels) sum += map[i] as number;
    const score = sum / region.pixels.length;
    if (score < boxThreshold) continue;
    const rect = minAreaRect(convexHull(outlinePoints(region, width)));
    if (Math.min(rect.width, rect.height) < 3) continue;
    const d = (rect.width * rect.height * unclipRatio) / (2 * (rect.width + rect.height));
    const grown = { ...rect, width: rect.width + 2 * d, height: rect.height + 2 * d };
    if (Math.min(grown.width, grown.height) < 5) continue;
    const clamp = (p: Point): Point => ({
      x: Math.min(Math.max(p.x * sx, 0), imageWidth),
      y: Math.min(Math.max(p.y * sy, 0), imageHeight),
    });
    const box = rectCorners(grown).map(clamp) as Quad;
    boxes.push({ box, score, area: polygonArea(box) });
  }
  // Reading order: top to bottom, then left to right (lines within half a line's height are one row).
  const kept = boxes.sort((a, b) => b.area - a.area).slice(0, maxLines);
  const top = (b: DetectedBox) => Math.min(...b.box.map((p) => p.y));
  const left = (b: DetectedBox) => Math.min(...b.box.map((p) => p.x));
  kept.sort((a, b) => (Math.abs(top(a) - top(b)) < 10 ? left(a) - left(b) : top(a) - top(b)));
  return kept.map(({ box, score }) => ({ box, score }));
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** Recognition input for one box: the box cut out upright, 48 pixels high, NCHW float32. */
export function recognitionInput(image: RgbaImage, box: Quad): Tensor {
  let [p0, p1, , p3] = box;
  let boxWidth = Math.max(distance(box[0], box[1]), distance(box[3], box[2]));
  let boxHeight = Math.max(distance(box[0], box[3]), distance(box[1], box[2]));
  if (boxHeight >= boxWidth * 1.5) {
    // Vertical text: read it turned a quarter anticlockwise, top-to-bottom becoming left-to-right.
    [p0, p1, p3] = [box[3], box[0], box[2]];
    [boxWidth, boxHeight] = [boxHeight, boxWidth];
  }
  const width = Math.min(REC_MAX_WIDTH, Math.max(1, Math.ceil((REC_HEIGHT * boxWidth) / Math.max(boxHeight, 1))));
  const plane = width * REC_HEIGHT;
  const data = new Float32Array(3 * plane);
  const ux = (p1.x - p0.x) / width;
  const uy = (p1.y - p0.y) / width;
  const vx = (p3.x - p0.x) / REC_HEIGHT;
  const vy = (p3.y - p0.y) / REC_HEIGHT;
  for (let y = 0; y < REC_HEIGHT; y++) {
    for (let x = 0; x < width; x++) {
      const px = p0.x + (x + 0.5) * ux + (y + 0.5) * vx;
      const py = p0.y + (x + 0.5) * uy + (y + 0.5) * vy;
      const i = y * width + x;
      for (let c = 0; c < 3; c++) data[c * plane + i] = bilinear(image, px, py, 2 - c) / 127.5 - 1;
    }
  }
  return { data, dims: [1, 3, REC_HEIGHT, width] };
}

/** CTC greedy decoding of the recogniser's output (`[1, steps, classes]`). */
export function decodeCtc(output: Tensor, alphabet: readonly string[]): { text: string; score: number } {
  const steps = output.dims[1] as number;
  const classes = output.dims[2] as number;
  let text = '';
  let sum = 0;
  let kept = 0;
  let previous = -1;
  for (let t = 0; t < steps; t++) {
    let best = 0;
    let bestP = -Infinity;
    const row = t * classes;
    for (let k = 0; k < classes; k++) {
      const p = output.data[row + k] as number;
      if (p > bestP) {
        bestP = p;
        best = k;
      }
    }
    if (best !== 0 && best !== previous) {
      text += alphabet[best] ?? '';
      sum += bestP;
      kept++;
    }
    previous = best;
  }
  return { text, score: kept > 0 ? sum / kept : 0 };
}

/** Where the time of one `readText()` went, in milliseconds (filled in when passed). */
export interface ReadTimings {
  /** The detector's input size, width × height. */
  detectionSize: [number, number];
  detectionInput: number;
  detection: number;
  boxes: number;
  recognitionInput: number;
  recognition: number;
  decoding: number;
  /** Boxes sent to the recogniser. */
  lines: number;
}

// The engine's types know neither the DOM nor Node; both give this clock (High Resolution Time).
declare const performance: { now(): number };
const now = () => performance.now();

/** Reads the lines of text in `image`. */
export async function readText(
  image: RgbaImage,
  run: ModelRunner,
  alphabet: readonly string[],
  options: OcrOptions = {},
  timings?: ReadTimings,
): Promise<OcrLine[]> {
  const { minLineScore } = { ...OCR_DEFAULTS, ...options };
  let t = now();
  const lap = (key: Exclude<keyof ReadTimings, 'detectionSize' | 'lines'>) => {
    const next = now();
    if (timings) timings[key] += next - t;
    t = next;
  };
  const input = detectionInput(image, options);
  lap('detectionInput');
  const map = await run('det', input);
  lap('detection');
  const detected = detectionBoxes(map, image.width, image.height, options);
  lap('boxes');
  if (timings) {
    timings.detectionSize = [input.dims[3] as number, input.dims[2] as number];
    timings.lines += detected.length;
  }
  const lines: OcrLine[] = [];
  for (const { box } of detected) {
    const cut = recognitionInput(image, box);
    lap('recognitionInput');
    const output = await run('rec', cut);
    lap('recognition');
    const { text, score } = decodeCtc(output, alphabet);
    lap('decoding');
    if (text.trim() === '' || score < minLineScore) continue;
    lines.push({ text, box, score });
  }
  return lines;
}

/** Empty timings for `readText()` to fill in. */
export function readTimings(): ReadTimings {
  return {
    detectionSize: [0, 0],
    detectionInput: 0,
    detection: 0,
    boxes: 0,
    recognitionInput: 0,
    recognition: 0,
    decoding: 0,
    lines: 0,
  };
}
