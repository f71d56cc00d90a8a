/**
 * fast-check arbitraries for the engine's property tests: strings biased toward the characters the
 * engine treats specially (protected names and their disguises, separators, invisible characters,
 * number forms, contact code words), mixed with arbitrary code points and lone surrogates.
 */
import fc from 'fast-check';

/** Pieces the matchers, normalizers and detectors react to. */
const PIECES = [
  // 新华社 and its disguises
  '新',
  '华',
  '社',
  '華',
  '花',
  '新华社',
  '新華社',
  '新华',
  'xin',
  'hua',
  'she',
  'xinhuashe',
  'CCTV',
  'ⓒⓒⓣⓥ',
  'ссtv',
  // other lexicon terms of the test rule set
  '国务院',
  '國務院',
  '杭州市',
  '公安局',
  '全国第一',
  '律师',
  '医生',
  '张',
  '建国',
  '天安门',
  '赌场',
  '联合国',
  '中华',
  // separators and emoji
  ' ',
  '.',
  '·',
  '|',
  '-',
  '_',
  '/',
  '\u3000',
  '。',
  '，',
  '：',
  '!',
  '😀',
  '👍🏻',
  '🇨🇳',
  '☺',
  // invisible characters
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\ufe0f',
  '\u20e3',
  '\u0301',
  '\u3164',
  '\u{e0100}',
  // number forms
  '一',
  '二',
  '三',
  '八',
  '零',
  '幺',
  '两',
  '〇',
  '壹',
  '叁',
  '捌',
  '十',
  '①',
  '⑧',
  '⓪',
  '❶',
  '⑴',
  '⒈',
  '㈠',
  '㈦',
  '１',
  '３',
  '8',
  '0',
  '138',
  '13800138000',
  '110101199003077777',
  // contact code words and address parts
  'qq',
  'QQ',
  '扣扣',
  '企鹅',
  '微信',
  'V信',
  'vx',
  'wx',
  '加V',
  '@',
  '#',
  '点',
  'com',
  'cn',
  'www',
  'http://',
  'https://',
  ' at ',
  ' dot ',
  '(at)',
  '(dot)',
  '艾特',
  '+86',
  '0086',
  'abc123',
  // compatibility, width, case, confusables, traditional
  'ﬀ',
  'Ⅻ',
  '﷽',
  '㍿',
  'ＡＢＣ',
  'İ',
  'ß',
  'Σ',
  'ο',
  '臺灣',
  '為',
  '綫',
  '薴',
  // astral characters and controls
  '𠮷',
  '𝐀',
  '\u0000',
  '\u0007',
  '\n',
  '\t',
  '\u007f',
  '\u0085',
];

const piece = fc.constantFrom(...PIECES);

/** One UTF-16 code unit from the surrogate range: never half of a pair on purpose. */
export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** A string of up to `maxParts` parts, mostly interesting pieces. */
export function interestingText(maxParts = 24): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: piece },
        { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
        { weight: 1, arbitrary: loneSurrogate },
      ),
      { maxLength: maxParts },
    )
    .map((parts) => parts.join(''));
}

/** A field value as a client might send it: mostly text, sometimes not a string at all. */
const fieldValue = fc.oneof(
  { weight: 8, arbitrary: interestingText() },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, 0, 42, true, [], {}) },
);

/** Something shaped like AccountInfo, with arbitrary text and the occasional wrong type. */
export const accountInfo = fc.record(
  {
    kind: fc.constantFrom('personal', 'professional', 'entity', undefined, 'robot', 7),
    name: fieldValue,
    bio: fieldValue,
    signature: fieldValue,
    avatar: fc.constantFrom(undefined, null, 'https://example.com/a.png', 3),
    profession: fc.option(fc.record({ domain: fc.constantFrom('healthcare', 'law', ''), credential: fieldValue })),
    entity: fc.option(
      fc.record(
        { name: fieldValue, uscc: fieldValue, address: fieldValue, contentCategory: fieldValue, contact: fieldValue },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
);

/** Runs per property: enough to find the usual suspects, few enough to keep the suite fast. */
export const RUNS = 300;
