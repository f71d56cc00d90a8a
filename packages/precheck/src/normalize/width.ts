/**
 * Full-width → half-width: the full-width ASCII block (U+FF01–U+FF5E) and the ideographic space
 * (U+3000) become their ASCII counterparts, so `ＣＣＴＶ` matches `CCTV`. One code unit in,
 * one code unit out: the map to the original text is carried over unchanged.
 */
import type { MappedText } from './mapped-text.js';
import { mappedFromString } from './mapped-text.js';

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xff01 - 0x21;
const IDEOGRAPHIC_SPACE = 0x3000;

function halfWidthCode(code: number): number {
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) return code - FULL_WIDTH_OFFSET;
  if (code === IDEOGRAPHIC_SPACE) return 0x20;
  return code;
}

/** Folds full-width ASCII forms to half width, keeping the map to the original text. */
export function toHalfWidth(input: string | MappedText): MappedText {
  const source = typeof input === 'string' ? mappedFromString(input) : input;
  let changed = false;
  const codes = new Array<number>(source.text.length);
  for (let i = 0; i < source.text.length; i++) {
    const code = source.text.charCodeAt(i);
    const folded = halfWidthCode(code);
    if (folded !== code) changed = true;
    codes[i] = folded;
  }
  if (!changed) return source;
  let text = '';
  // Chunked so a megabyte of input never exceeds the engine's argument limit.
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));
  return { ...source, text };
}
