/**
 * The findings of an image: each line of text read from it checked like a text field (field
 * `avatar` or `cover`, through the same `check()`), and each Party or state symbol found in it a
 * 10.2 review. Every finding carries where it is in the image, for the preview's outline.
 */
import type { AccountInfo, Finding, Verdict } from '../types.js';
import type { OcrLine } from './ocr.js';
import type { Point, Quad } from './raster.js';
import type { SymbolHit } from './symbols.js';

export type ImageField = 'avatar' | 'cover';

export interface ImageFinding extends Finding {
  field: ImageField;
  /** `text`: the finding is about a line read from the image (`line`); `symbol`: a flag or emblem. */
  source: 'text' | 'symbol';
  /** The line read, for `text` findings; `start`/`end`/`match` are offsets into it. */
  line?: string;
  /** Where in the ORIGINAL image: the line's box, or the symbol's region as a quad. */
  box: Quad;
}

export const SYMBOL_RULE = 'image-symbol';

function regionQuad(region: SymbolHit['region']): Quad {
  const { x, y, width, height } = region;
  const p = (px: number, py: number): Point => ({ x: px, y: py });
  return [p(x, y), p(x + width, y), p(x + width, y + height), p(x, y + height)];
}

/**
 * The findings of the lines and symbols found in one image. `check` is the engine's check (the
 * same rule set as the text fields); `kind` the account's kind, as for the text fields.
 */
export function imageFindings(
  check: (info: AccountInfo) => Verdict,
  field: ImageField,
  lines: readonly OcrLine[],
  symbols: readonly SymbolHit[],
  kind?: AccountInfo['kind'],
): ImageFinding[] {
  const findings: ImageFinding[] = [];
  for (const line of lines) {
    const info: AccountInfo = field === 'avatar' ? { avatarText: line.text } : { coverText: line.text };
    if (kind) info.kind = kind;
    for (const finding of check(info).findings) {
      if (finding.field !== field) continue;
      findings.push({ ...finding, field, source: 'text', line: line.text, box: line.box });
    }
  }
  for (const symbol of symbols) {
    findings.push({
      rule: SYMBOL_RULE,
      article: '10.2',
      severity: 'review',
      field,
      start: 0,
      end: 0,
      match: '',
      via: [],
      message: { key: `image.symbol.${symbol.kind}`, params: { score: String(symbol.score) } },
      source: 'symbol',
      box: regionQuad(symbol.region),
    });
  }
  return findings;
}
