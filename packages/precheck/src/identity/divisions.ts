import { DIVISIONS } from './divisions.data.js';

let codes: Set<string> | undefined;

function table(): Set<string> {
  if (codes === undefined) {
    codes = new Set();
    for (const group of DIVISIONS.split('|')) {
      const prefix = group.slice(0, 4);
      for (let i = 4; i < group.length; i += 2) codes.add(prefix + group.slice(i, i + 2));
    }
  }
  return codes;
}

/** Whether `code` is a 6-digit GB/T 2260 division code in the generated table (810000/820000/830000 included). */
export function isKnownDivision(code: unknown): boolean {
  return typeof code === 'string' && table().has(code);
}

/** Whether the first two digits of `code` name a known province-level division (11–65, 71, 81, 82, 83). */
export function isKnownProvince(code: unknown): boolean {
  return typeof code === 'string' && /^\d\d/.test(code) && table().has(`${code.slice(0, 2)}0000`);
}
