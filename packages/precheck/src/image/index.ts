/**
 * @mingzheng/precheck/image — the image checks, the same in the browser and in Node: reading the
 * text of an avatar or cover (PP-OCRv4; the caller runs the ONNX models and passes a `ModelRunner`),
 * finding Party and state symbols, and turning both into findings. Pure: no DOM, no Node APIs;
 * images come in as RGBA pixels.
 */
export { type ImageField, type ImageFinding, imageFindings, SYMBOL_RULE } from './check-image.js';
export {
  decodeCtc,
  detectionBoxes,
  detectionInput,
  detectionSize,
  type ModelRunner,
  OCR_DEFAULTS,
  type OcrLine,
  type OcrOptions,
  parseAlphabet,
  type ReadTimings,
  readText,
  readTimings,
  recognitionInput,
  type Tensor,
} from './ocr.js';
export { bounds, type Point, type Quad, type RgbaImage, resize } from './raster.js';
export {
  FLAG_RED,
  FLAG_YELLOW,
  insideAny,
  nationalFlagStars,
  PARTY_GOLD,
  type Polygon,
  partyEmblem,
  rotate,
  star,
} from './references.js';
export { detectSymbols, type SymbolHit, type SymbolKind, type SymbolOptions } from './symbols.js';
