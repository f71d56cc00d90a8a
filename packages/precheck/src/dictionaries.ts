/**
 * The engine's dictionaries: traditional → simplified per character (OpenCC's tables, with the
 * Hong Kong and Taiwan variants) and toneless pinyin (pinyin-pro). Both are large, so they are
 * loaded on demand with `loadDictionaries()`; the engine works without them, only blind to
 * traditional characters and homophones until they arrive.
 */

export interface Dictionaries {
  /** The simplified form of one traditional (or variant) Han character, if it has one. */
  simplify(char: string): string | undefined;
  /** Toneless readings of one Han character (`ü` as `v`), most common first; empty when unknown. */
  readings(char: string): readonly string[];
  /** The toneless reading of each character of a term, in context (polyphones resolved). */
  termReadings(term: string): readonly string[];
}

/** Dictionaries that know nothing: traditional characters and homophones go unrecognised. */
export const NO_DICTIONARIES: Dictionaries = {
  simplify: () => undefined,
  readings: () => [],
  termReadings: () => [],
};

type OpenccDict = string | readonly (readonly [string, string])[];

function entriesOf(dict: OpenccDict): [string, string][] {
  if (typeof dict !== 'string') return dict.map(([from, to]) => [from, to]);
  const entries: [string, string][] = [];
  for (const line of dict.split('|')) {
    const [from, to] = line.split(' ');
    if (from && to) entries.push([from, to]);
  }
  return entries;
}

/** Builds the per-character map: a variant goes through its standard traditional form. */
export function buildSimplifier(
  traditionalToSimplified: OpenccDict,
  variantDicts: readonly OpenccDict[],
): (char: string) => string | undefined {
  const map = new Map<string, string>();
  for (const [from, to] of entriesOf(traditionalToSimplified)) if ([...from].length === 1) map.set(from, to);
  for (const dict of variantDicts) {
    for (const [variant, standard] of entriesOf(dict)) {
      // Only where the standard form has a simplified one: 么 → 幺 must not touch simplified text.
      const simplified = map.get(standard);
      if ([...variant].length === 1 && simplified !== undefined && !map.has(variant)) map.set(variant, simplified);
    }
  }
  // Folding must be idempotent: a simplified form that is itself traditional goes on to its own
  // simplified form (薴 → 苧 → 苎). A few steps at most; a cycle stops where it started.
  for (const [from, to] of map) {
    let end = to;
    for (let step = 0; step < 4; step++) {
      const next = map.get(end);
      if (next === undefined || next === end || next === from) break;
      end = next;
    }
    if (end !== to) map.set(from, end);
  }
  return (char) => map.get(char);
}

let loading: Promise<Dictionaries> | undefined;

/** Loads the dictionaries once; later calls share the same promise. */
export function loadDictionaries(): Promise<Dictionaries> {
  loading ??= (async () => {
    const [ts, tw, hk, pinyinPro] = await Promise.all([
      import('opencc-js/dict/TSCharacters'),
      import('opencc-js/dict/TWVariantsRev'),
      import('opencc-js/dict/HKVariantsRev'),
      import('pinyin-pro'),
    ]);
    const simplify = buildSimplifier(ts.default, [tw.default, hk.default]);
    const memo = new Map<string, readonly string[]>();
    return {
      simplify,
      readings(char) {
        let readings = memo.get(char);
        if (readings === undefined) {
          // The most common reading only: an evasion is written with characters read the usual
          // way, while every reading of every polyphone (奇 ji, 红 gong) makes ordinary names sound
          // like protected ones. Terms are read in context instead (termReadings).
          const found = pinyinPro.pinyin(char, { toneType: 'none', type: 'array', v: true });
          readings = [...new Set(found.filter((reading) => /^[a-z]+$/.test(reading)))];
          memo.set(char, readings);
        }
        return readings;
      },
      termReadings(term) {
        return pinyinPro.pinyin(term, { toneType: 'none', type: 'array', v: true });
      },
    };
  })();
  return loading;
}
