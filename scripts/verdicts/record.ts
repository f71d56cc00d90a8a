/**
 * Verdict recorder: runs check() over a large, deterministic set of accounts under several rule
 * sets and writes every verdict as a line of JSONL, or compares them with an earlier recording.
 * A change to the engine that must not change behaviour records before and compares after:
 *
 *   node --conditions=source --import tsx scripts/verdicts/record.ts > /tmp/verdicts.jsonl
 *   node --conditions=source --import tsx scripts/verdicts/record.ts --compare /tmp/verdicts.jsonl
 *
 * Inputs: each line of ../shared/corpora/*.txt as a name and as a bio (skipped, with a message,
 * when the corpora are absent), the account vectors of packages/precheck/test/vectors/, and
 * seeded pseudo-random texts built from the rule sets' own terms (when comparing, the terms the
 * recording was made from) with evasions, numerals, separators, contact details, bidi controls and
 * line breaks mixed in, for every account kind.
 * Rule sets: the default (@mingzheng/rules-cn), the engine tests' fixture, and a variant of the
 * fixture that reads every field, names messages and narrows kinds (paths the others leave idle).
 *
 * Options: `--compare FILE`, `--seed N` (default 1), `--random N` random accounts (default 200000).
 */
import { closeSync, createReadStream, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { type AccountInfo, check, compileRuleSet, loadDictionaries, type RuleSet } from '@mingzheng/precheck';
import { defaultRuleSet } from '@mingzheng/rules-cn';
import { mulberry32 } from '@mingzheng/tooling/random';
import testRuleSet from '@mingzheng/tooling/test-ruleset.json' with { type: 'json' };

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const compareFile = option('--compare');
const seed = Number(option('--seed') ?? 1);
const randomCount = Number(option('--random') ?? 200_000);

// ---- rule sets -------------------------------------------------------------------------------

const ALL_FIELDS = ['name', 'bio', 'signature', 'entity.name', 'entity.address', 'entity.contact'] as const;
const fixture = testRuleSet as unknown as RuleSet;
/** The fixture with every rule on every field, some rules narrowed to kinds and given messages. */
const variant: RuleSet = {
  ...fixture,
  name: 'verdicts-variant',
  version: `${fixture.version}-variant`,
  evasion: { article: '8.6', severity: 'review' },
  limits: { name: 20, bio: 80, 'entity.name': 40, 'entity.address': 60, 'entity.contact': 40 },
  rules: fixture.rules.map((rule, index) => ({
    ...rule,
    fields: [...ALL_FIELDS],
    ...(index % 3 === 1 && { kinds: ['professional', 'entity'] as ('professional' | 'entity')[] }),
    ...(index % 4 === 2 && { message: `custom.${rule.id}` }),
    ...(index % 5 === 3 && { severity: 'notice' as const }),
  })),
};

const dictionaries = await loadDictionaries();
const ruleSets = [
  { id: 'cn', compiled: compileRuleSet(defaultRuleSet, dictionaries) },
  { id: 'test', compiled: compileRuleSet(fixture, dictionaries) },
  { id: 'variant', compiled: compileRuleSet(variant, dictionaries) },
];

// ---- seeded generator ------------------------------------------------------------------------

/** Seeded: the same sequence everywhere for a seed. */
function generator(start: number) {
  const next = mulberry32(start);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}

const termsOf = (ruleSet: RuleSet) =>
  ruleSet.lexicons.flatMap((lexicon) =>
    lexicon.entries.map((entry) => (typeof entry === 'string' ? entry : entry.term)),
  );
/**
 * The terms the random texts are built from, and each rule set's version. A recording starts with
 * them (its first line), and a comparison builds its texts from the recorded terms: a rule set that
 * gains entries (data moved out of the engine, say) still meets the very inputs it met before. Its
 * version, a content hash, changes with any entry: a comparison reads the recorded version of a
 * rule set as the current one, and says so.
 */
interface Header {
  terms: string[];
  allowTerms: string[];
  versions?: Record<string, string>;
}

function recordedHeader(file: string): Header {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    const chunk = Buffer.alloc(1 << 16);
    for (let position = 0; ; ) {
      const read = readSync(fd, chunk, 0, chunk.length, position);
      const newline = chunk.subarray(0, read).indexOf(10);
      chunks.push(Buffer.from(chunk.subarray(0, newline >= 0 ? newline : read)));
      if (newline >= 0 || read === 0) break;
      position += read;
    }
    const header = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Partial<Header>;
    if (!Array.isArray(header.terms) || !Array.isArray(header.allowTerms))
      throw new Error(`${file} does not start with the terms it was recorded from: record it again`);
    return {
      terms: header.terms,
      allowTerms: header.allowTerms,
      ...(header.versions && { versions: header.versions }),
    };
  } finally {
    closeSync(fd);
  }
}

const versions = Object.fromEntries(ruleSets.map(({ id, compiled }) => [id, compiled.version]));
const header: Header =
  compareFile === undefined
    ? {
        terms: [...new Set([...termsOf(defaultRuleSet), ...termsOf(fixture)])].sort(),
        allowTerms: [...new Set([...(defaultRuleSet.allow ?? []), ...(fixture.allow ?? [])].flatMap((a) => a.terms))],
        versions,
      }
    : recordedHeader(compareFile);
const { terms, allowTerms } = header;

const SEPARATORS = [' ', '·', '-', '_', '*', '.', '/', '\u200b', '\u00ad', '\u3000', '丨', '|', '~', '\u2060'];
const BIDI_CONTROLS = [
  '\u202e',
  '\u202d',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200f',
  '\u200e',
  '\u061c',
];
const RTL = ['א', 'ב', 'ש', 'ل', 'م', 'ع', '١', '٢', '۳'];
const NUMERALS = [
  ...'0123456789',
  ...'〇零一二三四五六七八九十百壹贰叁肆伍陆柒捌玖',
  ...'０１２３４５６７８９',
  ...'①②③④⑤⑥⑦⑧⑨⑩',
  '两',
  '幺',
];
const FILLER = [
  ...'的我是在有个人这中大为上们来到时地说要就出会也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实',
];
const CONFUSABLE = ['а', 'е', 'о', 'р', 'с', 'х', 'Ꭺ', 'ǀ', '𝐚', 'ℹ', '⁰', 'ｅ', 'Ｏ', '㊀', '⑴', '㈠'];
const CONTACT_WORDS = [
  'vx',
  'VX',
  'wx',
  '微信',
  '薇信',
  'V信',
  'qq',
  'QQ',
  '扣扣',
  '企鹅',
  '加我',
  '电话',
  'tel:',
  '+86',
  'weixin',
  'WeChat',
  '联系',
];
const URL_PARTS = ['http://', 'https://', 'www.', '.com', '.cn', '.net', '@', '点com', 'dot', '/', ':', '.'];
const LINE_BREAKS = ['\n', '\r\n', '\u2029', '\u0085', '\u001c'];
const ODD = ['\ud800', '\udfff', '😀', '𠀀', '\u0000', '\ufeff', '\u0301', '\u200d', '𝟙', 'Ⅻ', '\ufffd'];
const ASCII = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

function randomText(rng: ReturnType<typeof generator>, maxPieces: number): string {
  const pieces = 1 + rng.int(maxPieces);
  let text = '';
  for (let p = 0; p < pieces; p++) {
    const roll = rng.int(20);
    if (roll < 6) {
      // A protected term, often split, numeral-swapped or made look-alike.
      const term = rng.pick(terms);
      const style = rng.int(6);
      if (style === 0) text += term;
      else if (style === 1) text += [...term].join(rng.pick(SEPARATORS));
      else if (style === 2) text += [...term].map((c) => (rng.int(3) === 0 ? rng.pick(SEPARATORS) + c : c)).join('');
      else if (style === 3) text += [...term].reverse().join('');
      else if (style === 4) text += [...term].map((c) => (rng.int(4) === 0 ? rng.pick(CONFUSABLE) : c)).join('');
      else text += `${rng.pick(BIDI_CONTROLS)}${[...term].reverse().join('')}${rng.pick(BIDI_CONTROLS)}`;
    } else if (roll < 8) text += rng.pick(allowTerms.length > 0 ? allowTerms : terms);
    else if (roll < 10) {
      // A phone number, QQ or account-like run, in any digits and separators.
      const length = 5 + rng.int(9);
      let digits = rng.int(2) === 0 ? '1' : '';
      while (digits.length < length) digits += rng.int(3) === 0 ? rng.pick(NUMERALS) : String(rng.int(10));
      text += rng.int(2) === 0 ? rng.pick(CONTACT_WORDS) : '';
      text += rng.int(3) === 0 ? [...digits].join(rng.pick(SEPARATORS)) : digits;
    } else if (roll < 11) {
      let word = '';
      for (let i = 2 + rng.int(8); i > 0; i--) word += ASCII[rng.int(ASCII.length)];
      text += rng.pick(URL_PARTS) + word + rng.pick(URL_PARTS) + (rng.int(2) === 0 ? word.slice(0, 3) : '');
    } else if (roll < 12) text += rng.pick(BIDI_CONTROLS);
    else if (roll < 13) text += rng.pick(RTL) + rng.pick(RTL);
    else if (roll < 14) text += rng.pick(LINE_BREAKS);
    else if (roll < 15) text += rng.pick(ODD);
    else if (roll < 17) for (let i = 1 + rng.int(4); i > 0; i--) text += rng.pick(FILLER);
    else if (roll < 18) text += rng.pick(NUMERALS) + rng.pick(NUMERALS);
    else if (roll < 19) text += rng.pick(SEPARATORS);
    else for (let i = 1 + rng.int(6); i > 0; i--) text += ASCII[rng.int(ASCII.length)];
  }
  return text;
}

// ---- inputs ----------------------------------------------------------------------------------

interface Input {
  id: string;
  info: AccountInfo;
}

function* inputs(): Generator<Input> {
  const corpora = new URL('../../../shared/corpora/', import.meta.url);
  if (existsSync(corpora)) {
    for (const file of readdirSync(corpora)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const lines = readFileSync(new URL(file, corpora), 'utf8').split('\n');
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        if (line.length === 0) continue;
        yield { id: `${file}:${i + 1}:name`, info: { name: line } };
        yield { id: `${file}:${i + 1}:bio`, info: { bio: line } };
      }
    }
  } else {
    console.error(`The corpora are not at ${corpora.pathname}: skipping them (the rest still runs).`);
  }

  const vectors = new URL('../../packages/precheck/test/vectors/', import.meta.url);
  for (const file of readdirSync(vectors)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const document = JSON.parse(readFileSync(new URL(file, vectors), 'utf8')) as { vectors?: unknown };
    if (!Array.isArray(document.vectors)) continue; // not account inputs (identity numbers)
    for (const [index, vector] of (document.vectors as { text?: unknown }[]).entries()) {
      if (typeof vector.text !== 'string') continue;
      for (const field of ['name', 'bio', 'signature'] as const) {
        yield { id: `${file}:${index}:${field}`, info: { [field]: vector.text } };
      }
    }
  }

  const rng = generator(seed);
  const kinds = ['personal', 'professional', 'entity', undefined] as const;
  for (let n = 0; n < randomCount; n++) {
    const kind = rng.pick(kinds);
    const info: AccountInfo = { ...(kind && { kind }) };
    const shape = rng.int(4);
    if (shape === 0) info.name = randomText(rng, 4);
    else if (shape === 1) info.bio = randomText(rng, 16);
    else {
      info.name = randomText(rng, 3);
      if (rng.int(2) === 0) info.bio = randomText(rng, 10);
      if (rng.int(3) === 0) info.signature = randomText(rng, 6);
    }
    if (kind === 'entity' || rng.int(8) === 0) {
      // Often the account's name is its entity's name, shortened or with a suffix.
      const entityName =
        rng.int(2) === 0 ? randomText(rng, 3) : rng.pick(terms) + rng.pick(['有限公司', '', '局', '协会']);
      info.entity = { name: entityName, uscc: '91350100M000100Y43' };
      if (rng.int(2) === 0)
        info.name = entityName.slice(rng.int(2)) + rng.pick(['', '官方', '客服', '旗舰店', '官方账号']);
      if (rng.int(2) === 0) info.entity.address = randomText(rng, 5);
      if (rng.int(2) === 0) info.entity.contact = randomText(rng, 3);
    }
    yield { id: `random:${seed}:${n}`, info };
  }
}

function* verdicts(): Generator<string> {
  for (const input of inputs()) {
    for (const { id, compiled } of ruleSets) {
      yield JSON.stringify([`${id}:${input.id}`, check(input.info, compiled)]);
    }
  }
}

// ---- record or compare -----------------------------------------------------------------------

const started = performance.now();
let count = 0;
if (compareFile === undefined) {
  const out = process.stdout;
  let buffer = `${JSON.stringify(header)}\n`;
  for (const line of verdicts()) {
    count++;
    buffer += `${line}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise((resolve) => out.once('drain', resolve));
      buffer = '';
    }
  }
  out.write(buffer);
  console.error(`${count} checks recorded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} else {
  const recorded = createInterface({ input: createReadStream(compareFile), crlfDelay: Number.POSITIVE_INFINITY });
  const fresh = verdicts();
  let differences = 0;
  const show = 5;
  // The end of a recorded line whose rule set has another version now → the same end with it.
  const renamed = new Map<string, [string, string]>();
  for (const [id, version] of Object.entries(header.versions ?? {})) {
    const now = versions[id];
    if (now === undefined || now === version) continue;
    console.log(`rule set ${id}: recorded as version ${version}, now ${now}; compared as the same`);
    renamed.set(`${id}:`, [
      `"rulesetVersion":${JSON.stringify(version)}}]`,
      `"rulesetVersion":${JSON.stringify(now)}}]`,
    ]);
  }
  let first = true;
  for await (const recordedLine of recorded) {
    if (first) {
      first = false; // the header, read above
      continue;
    }
    let line = recordedLine;
    if (renamed.size > 0) {
      const [before, after] = renamed.get(line.slice(2, line.indexOf(':') + 1)) ?? ['', ''];
      if (before && line.endsWith(before)) line = line.slice(0, -before.length) + after;
    }
    const next = fresh.next();
    if (next.done) {
      differences++;
      if (differences <= show) console.log(`recorded has more lines than now, from line ${count + 1}`);
      continue;
    }
    count++;
    if (next.value !== line) {
      differences++;
      if (differences <= show) console.log(`line ${count} differs:\n  recorded ${line}\n  now      ${next.value}`);
    }
  }
  for (let rest = fresh.next(); !rest.done; rest = fresh.next()) {
    count++;
    differences++;
    if (differences <= show) console.log(`now has a line the recording lacks: ${rest.value}`);
  }
  console.log(
    `${count} checks compared, ${differences} difference${differences === 1 ? '' : 's'} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  process.exitCode = differences === 0 ? 0 : 1;
}
