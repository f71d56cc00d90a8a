/**
 * Grouping as you type, for the identity field. Pure functions over strings, so the caret logic
 * is tested in Node and Chromium alike.
 *
 * The field keeps a *compact* value — the significant characters only: no spaces or hyphens,
 * full-width digits and letters folded to ASCII (what a Chinese IME produces), letters upper-cased
 * — and shows it *grouped* by the structure of the number:
 *
 *   phone  138 0013 8000            +86 138 0013 8000       3-4-4 after an optional +86, 0086, (+86), 86
 *   id     110105 19491231 002X                             address · birth date · sequence and check
 *   uscc   91 350100 M000100Y4 3                            authority and type · address · organization · check
 */
export type IdentityType = 'phone' | 'id' | 'uscc';

const GROUPS: Readonly<Record<IdentityType, readonly number[]>> = {
  phone: [3, 4, 4],
  id: [6, 8, 4],
  uscc: [2, 6, 9, 1],
};

/** The country code as validateMobile reads it: +86, 0086, in parentheses, or a bare 86 before a whole number. */
const PHONE_PREFIX = /^(?:\+86|0086|\((?:\+86|0086|86)\)|86(?=1(?:\d{10}|\d{12})$))/;

/** Separators the user may type or paste: they carry no meaning and are dropped. */
const isSeparator = (char: string) => char === '-' || /\s/.test(char);

/** Full-width ASCII (U+FF01–U+FF5E) to its ASCII form: １３８ → 138, ｘ → x, ＋ → +. */
function toHalfWidth(char: string): string {
  const code = char.charCodeAt(0);
  return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : char;
}

/** The significant characters of `text`, folded and (for IDs and codes) upper-cased. */
export function compact(type: IdentityType, text: string): string {
  let out = '';
  for (const char of text) {
    const folded = toHalfWidth(char);
    if (!isSeparator(folded)) out += folded;
  }
  return type === 'phone' ? out : out.toUpperCase();
}

/** How many significant characters `text` holds (the caret's position in compact terms). */
export function significantLength(text: string): number {
  let count = 0;
  for (const char of text) if (!isSeparator(toHalfWidth(char))) count += char.length;
  return count;
}

/** `value` (compact) split into its groups with single spaces; characters past the last group stay in it. */
export function group(type: IdentityType, value: string): string {
  let prefix = '';
  let rest = value;
  if (type === 'phone') {
    const match = PHONE_PREFIX.exec(value);
    if (match) {
      prefix = match[0];
      rest = value.slice(prefix.length);
    }
  }
  const parts: string[] = [];
  let start = 0;
  const sizes = GROUPS[type];
  for (let i = 0; i < sizes.length && start < rest.length; i++) {
    const end = i === sizes.length - 1 ? rest.length : start + (sizes[i] ?? 0);
    parts.push(rest.slice(start, end));
    start = end;
  }
  const grouped = parts.join(' ');
  return prefix && grouped ? `${prefix} ${grouped}` : prefix + grouped;
}

/** The index in `grouped` just after its `count`-th significant character (0 → the start). */
export function caretAfter(grouped: string, count: number): number {
  if (count <= 0) return 0;
  let seen = 0;
  for (let i = 0; i < grouped.length; i++) {
    if (!isSeparator(grouped[i] ?? '')) seen++;
    if (seen === count) return i + 1;
  }
  return grouped.length;
}

/**
 * The new compact value and caret for an edit of the grouped text: `raw` is the input's text after
 * the edit, `caret` its caret, `previous` the compact value before it. A Backspace (or Delete) that
 * only removed a separator removes the significant character beside it, as the user meant.
 */
export function applyEdit(
  type: IdentityType,
  raw: string,
  caret: number,
  previous: string,
  inputType = '',
): { value: string; text: string; caret: number } {
  let value = compact(type, raw);
  let before = significantLength(raw.slice(0, caret));
  if (value === previous && raw !== group(type, previous)) {
    if (inputType === 'deleteContentBackward' && before > 0) {
      value = value.slice(0, before - 1) + value.slice(before);
      before -= 1;
    } else if (inputType === 'deleteContentForward' && before < value.length) {
      value = value.slice(0, before) + value.slice(before + 1);
    }
  }
  const text = group(type, value);
  return { value, text, caret: caretAfter(text, before) };
}
