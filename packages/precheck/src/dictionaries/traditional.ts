/**
 * Simplified → traditional, Taiwan forms, one character at a time — what OpenCC's s2twp does with
 * its character tables alone (STCharacters, then TWVariants; no phrase tables). The engine's
 * traditional → simplified table, read backwards, gives a simplified character's traditional form
 * when exactly one character folds to it (华 ← 華); EXCEPTIONS (traditional.data.ts, generated)
 * gives every character where that answer is not OpenCC's: those with several traditional forms
 * (干 → 幹, not 乾), those OpenCC leaves alone (后, 吃), and the Taiwan variants (爲 → 為).
 */
import { decodePairs } from '../dictionaries.js';
import { PAIRS } from './simplified.data.js';
import { EXCEPTIONS } from './traditional.data.js';

/** The converter from the two tables (exported for tests and custom builds). */
export function traditionalFromTables(simplifiedPairs: string, exceptions: string): (text: string) => string {
  const forms = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const [traditional, simplified] of decodePairs(simplifiedPairs)) {
    if (forms.has(simplified)) ambiguous.add(simplified);
    else forms.set(simplified, traditional);
  }
  for (const char of ambiguous) forms.delete(char);
  for (const [char, form] of decodePairs(exceptions)) forms.set(char, form);
  return (text) => {
    let converted = '';
    for (const char of text) converted += forms.get(char) ?? char;
    return converted;
  };
}

export const toTraditional = traditionalFromTables(PAIRS, EXCEPTIONS);
