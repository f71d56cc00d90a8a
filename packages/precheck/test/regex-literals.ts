/**
 * Finds the regular expressions in TypeScript source: every regex literal and every
 * `new RegExp(…)` / `RegExp(…)` call. A small tokenizer, enough for this code base: it skips
 * comments, strings and template text (but reads the code inside `${…}`), and tells a regex from
 * a division by the token before the slash.
 */

export interface FoundRegex {
  source: string;
  flags: string;
  /** 1-based line of the literal or call. */
  line: number;
  /** `literal`, or `constructor` for RegExp(…) with literal arguments; `dynamic` when they are not. */
  kind: 'literal' | 'constructor' | 'dynamic';
}

/** Keywords after which a slash starts a regex rather than a division. */
const REGEX_AFTER_WORD = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
]);

const isIdentifierChar = (c: string) => /[\w$]/.test(c) || c > '\u007f';

/** Reads a quoted string starting at `i` (the quote); returns its value and the index after it. */
function readString(code: string, i: number): { value: string; end: number } {
  const quote = code[i];
  let value = '';
  let j = i + 1;
  while (j < code.length && code[j] !== quote) {
    if (code[j] === '\\') {
      value += code.slice(j, j + 2);
      j += 2;
    } else {
      value += code[j];
      j++;
    }
  }
  return { value, end: j + 1 };
}

/** Reads a regex literal starting at `i` (the slash); returns its source, flags and the index after it. */
function readRegex(code: string, i: number): { source: string; flags: string; end: number } {
  let j = i + 1;
  let inClass = false;
  while (j < code.length) {
    const c = code[j];
    if (c === '\\') {
      j += 2;
      continue;
    }
    if (c === '\n') throw new Error(`unterminated regex literal at offset ${i}`);
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) break;
    j++;
  }
  const source = code.slice(i + 1, j);
  let k = j + 1;
  while (k < code.length && /[a-z]/.test(code[k] ?? '')) k++;
  return { source, flags: code.slice(j + 1, k), end: k };
}

/** The string literal value of a JS string's escapes, for the simple escapes RegExp sources use. */
function unescapeString(raw: string): string {
  return raw.replace(/\\(.)/gs, (_, c: string) => ({ n: '\n', t: '\t', r: '\r', '0': '\0' })[c] ?? c);
}

export function findRegexes(code: string): FoundRegex[] {
  const found: FoundRegex[] = [];
  const lineAt = (offset: number) => code.slice(0, offset).split('\n').length;
  // The last significant token: a word, or a punctuator character.
  let previous = '';
  // One entry per open `${` of a template: the brace depth its code runs at.
  const templates: number[] = [];
  let depth = 0;

  const readTemplate = (from: number): number => {
    // From just after a backtick or a closing `}` of a substitution, to after the closing backtick
    // or the `${` of the next substitution.
    let j = from;
    while (j < code.length) {
      if (code[j] === '\\') {
        j += 2;
        continue;
      }
      if (code[j] === '`') return j + 1;
      if (code[j] === '$' && code[j + 1] === '{') {
        templates.push(depth);
        depth++;
        return j + 2;
      }
      j++;
    }
    return j;
  };

  let i = 0;
  while (i < code.length) {
    const c = code[i] ?? '';
    const next = code[i + 1] ?? '';
    if (/\s/.test(c)) {
      i++;
    } else if (c === '/' && next === '/') {
      const end = code.indexOf('\n', i);
      i = end < 0 ? code.length : end;
    } else if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end < 0 ? code.length : end + 2;
    } else if (c === '"' || c === "'") {
      i = readString(code, i).end;
      previous = 'string';
    } else if (c === '`') {
      i = readTemplate(i + 1);
      previous = 'string';
    } else if (c === '/') {
      const regexAllowed =
        previous === '' ||
        REGEX_AFTER_WORD.has(previous) ||
        (previous.length === 1 && !isIdentifierChar(previous) && !')]}'.includes(previous));
      if (regexAllowed) {
        const regex = readRegex(code, i);
        found.push({ source: regex.source, flags: regex.flags, line: lineAt(i), kind: 'literal' });
        i = regex.end;
        previous = 'regex';
      } else {
        i++;
        previous = '/';
      }
    } else if (isIdentifierChar(c)) {
      let j = i;
      while (j < code.length && isIdentifierChar(code[j] ?? '')) j++;
      const word = code.slice(i, j);
      if (word === 'RegExp' && previous !== '.') {
        // RegExp('…', '…') or new RegExp('…'): literal arguments can be checked, others cannot.
        const call = /^\s*\(\s*(['"])((?:\\.|(?!\1).)*)\1\s*(?:,\s*(['"])([a-z]*)\3\s*)?\)/s.exec(code.slice(j));
        if (call) {
          found.push({
            source: unescapeString(call[2] ?? ''),
            flags: call[4] ?? '',
            line: lineAt(i),
            kind: 'constructor',
          });
        } else if (/^\s*\(/.test(code.slice(j))) {
          found.push({ source: '', flags: '', line: lineAt(i), kind: 'dynamic' });
        }
      }
      i = j;
      previous = word;
    } else {
      if (c === '{') depth++;
      if (c === '}') {
        depth--;
        if (templates.length > 0 && templates[templates.length - 1] === depth) {
          templates.pop();
          i = readTemplate(i + 1);
          previous = 'string';
          continue;
        }
      }
      i++;
      previous = c;
    }
  }
  return found;
}
