/**
 * Generated evasions of real names: takes a seeded sample of the protected names the default rule
 * set blocks (terms of its lexicons and products of its sequences, per article), rewrites each
 * through one evasion channel at a time, and prints the detection rate per channel × article: the
 * share of rewritten names checked as a `name` whose verdict is block or review with a finding under
 * the name's own article.
 *
 *   pnpm evasions                          table (markdown) per channel × article
 *   pnpm evasions --json                   the same figures as JSON
 *   pnpm evasions --misses pinyin-spaced   the rewritten names of that channel the rules missed
 *   pnpm evasions --seed 2 --per 40        another sample; names per article group (default 40)
 *   pnpm evasions --ruleset old.json       another rule set (e.g. an earlier release), same sample rules
 *
 * A sampled name is kept only when the name as written is blocked under its article (so a miss is
 * the channel's, not the list's). Full width applies to the Latin forms (Han characters have none);
 * a channel that cannot rewrite a name (no homophone among the common characters) does not count
 * it. Not part of `npm test`: a measurement, not a contract.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { createEngine } from '@mingzheng/precheck';
import { defaultRuleSet } from '@mingzheng/rules-cn';
import { mulberry32 } from '@mingzheng/tooling/random';
import { commonHomophones } from './homophones.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const seed = Number(option('--seed') ?? 1);
const perGroup = Number(option('--per') ?? 40);
const missesChannel = option('--misses');
const asJson = args.includes('--json');
const rulesetFile = option('--ruleset');

// pinyin-pro and opencc-js are the engine package's dependencies, not the workspace root's.
const requireFromEngine = createRequire(new URL('../../packages/precheck/package.json', import.meta.url));
const load = async <T>(name: string): Promise<T> =>
  (await import(pathToFileURL(requireFromEngine.resolve(name)).href)) as T;
const { pinyin } = await load<{
  pinyin(text: string, options: { toneType: 'none'; type: 'array'; v: boolean }): string[];
}>('pinyin-pro');
const OpenCC = await load<{
  Converter(options: { from: string; to: string }): (text: string) => string;
}>('opencc-js');
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const ruleSet = rulesetFile ? (JSON.parse(readFileSync(rulesetFile, 'utf8')) as typeof defaultRuleSet) : defaultRuleSet;
const engine = await createEngine(ruleSet);

// ---- the protected names ------------------------------------------------------------------------

type Lexicon = (typeof defaultRuleSet)['lexicons'][number];
const lexicons = ruleSet.lexicons as Lexicon[];
const termsOf = (categories: string[], filter?: (lexicon: Lexicon) => boolean): string[] => {
  const terms = new Set<string>();
  for (const lexicon of lexicons) {
    if (!categories.includes(lexicon.category) || (filter && !filter(lexicon))) continue;
    for (const entry of lexicon.entries) terms.add(typeof entry === 'string' ? entry : entry.term);
  }
  return [...terms].sort();
};

const HAN = /^[\p{Script=Han}0-9]+$/u;
const LATIN = /^[A-Za-z][A-Za-z0-9 .'&-]*[A-Za-z0-9]$/;

interface Group {
  id: string;
  article: string;
  /** The candidate names, in a fixed order. */
  names: () => string[];
}

/** Every product of two lists (region × organ suffix), in a fixed order. */
const products = (left: string[], right: string[]) => left.flatMap((a) => right.map((b) => a + b));
/** Full place names (广州市, 成都市, 天河区), the lexicon the sequences hear by sound. */
const regions = termsOf(['region'], (lexicon) => lexicon.homophones === true).filter(
  (term) => HAN.test(term) && term.length >= 3,
);

const GROUPS: Group[] = [
  { id: '8.2 organ', article: '8.2', names: () => termsOf(['organ']) },
  {
    id: '8.2 institution',
    article: '8.2',
    names: () =>
      termsOf([
        'public-institution',
        'hospital',
        'people-organisation',
        'national-association',
        'sports-association',
        'government-platform',
      ]),
  },
  { id: '8.2 university', article: '8.2', names: () => termsOf(['university']) },
  { id: '8.2 enterprise', article: '8.2', names: () => termsOf(['brand']) },
  {
    id: '8.2 region+organ',
    article: '8.2',
    names: () =>
      products(
        regions,
        termsOf(['organ-suffix']).filter((term) => term.length >= 2),
      ),
  },
  {
    id: '8.3 international',
    article: '8.3',
    names: () =>
      termsOf(['international-organisation', 'foreign-organ', 'foreign-organ-seat', 'foreign-organ-acronym']),
  },
  {
    id: '8.3 country+organ',
    article: '8.3',
    names: () => products(termsOf(['country']), termsOf(['country-organ-suffix'])),
  },
  { id: '8.4 media', article: '8.4', names: () => termsOf(['news-media', 'news-source', 'news-outlet']) },
  {
    id: '8.5 place',
    article: '8.5',
    names: () => termsOf(['landmark', 'memorial-site', 'scenic-area-full', 'museum', 'state-facility']),
  },
];

const caught = (text: string, article: string) => {
  const verdict = engine.check({ name: text });
  return (
    verdict.verdict !== 'pass' &&
    verdict.findings.some((finding) => finding.article === article && finding.severity !== 'notice')
  );
};

function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** Up to `count` names of `candidates` (seeded order) that the rules block as written. */
function sample(group: Group, candidates: string[], count: number, random: () => number) {
  const kept: string[] = [];
  let notBlocked = 0;
  for (const name of shuffled(candidates, random)) {
    if (kept.length >= count) break;
    const verdict = engine.check({ name });
    if (verdict.verdict === 'block' && verdict.findings.some((finding) => finding.article === group.article))
      kept.push(name);
    else notBlocked++;
  }
  return { kept, notBlocked };
}

// ---- channels -----------------------------------------------------------------------------------

/** Toneless syllables of a Han name in context (ü written v, as typed). */
const syllables = (text: string) =>
  pinyin(text, { toneType: 'none', type: 'array', v: true }).map((syllable) => syllable.toLowerCase());
const capitalised = (syllable: string) => syllable.charAt(0).toUpperCase() + syllable.slice(1);

/** Homophone candidates: the common characters by their toneless reading. */
const homophones = commonHomophones(syllables);

const between = (text: string, separator: string) => [...text].join(separator);
const mapChars = (text: string, map: (code: number) => number) =>
  [...text].map((character) => String.fromCodePoint(map(character.codePointAt(0) ?? 0))).join('');
const fullWidth = (text: string) =>
  mapChars(text, (code) => (code === 0x20 ? 0x3000 : code > 0x20 && code < 0x7f ? code + 0xfee0 : code));
const mathBold = (text: string) =>
  mapChars(text, (code) =>
    code >= 0x41 && code <= 0x5a
      ? 0x1d400 + code - 0x41
      : code >= 0x61 && code <= 0x7a
        ? 0x1d41a + code - 0x61
        : code >= 0x30 && code <= 0x39
          ? 0x1d7ce + code - 0x30
          : code,
  );
const enclosed = (text: string) =>
  mapChars(text, (code) =>
    code >= 0x41 && code <= 0x5a ? 0x24b6 + code - 0x41 : code >= 0x61 && code <= 0x7a ? 0x24d0 + code - 0x61 : code,
  );
const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', A: 'А', E: 'Е', O: 'О' };
const cyrillic = (text: string) => text.replace(/[aeoAEO]/g, (letter) => CYRILLIC[letter] ?? letter);

interface Channel {
  id: string;
  /** Which names it rewrites: Han names or Latin ones. */
  script: 'han' | 'latin';
  /** The rewritten name; `undefined` when the channel cannot rewrite this name. */
  rewrite: (name: string, random: () => number) => string | undefined;
}

const EMOJI = ['🌸', '⭐', '🔥', '😊', '💯', '🍀'];

const CHANNELS: Channel[] = [
  { id: 'traditional', script: 'han', rewrite: toTraditional },
  { id: 'separator-space', script: 'han', rewrite: (name) => between(name, ' ') },
  { id: 'separator-·', script: 'han', rewrite: (name) => between(name, '·') },
  { id: 'separator-.', script: 'han', rewrite: (name) => between(name, '.') },
  { id: 'separator-_', script: 'han', rewrite: (name) => between(name, '_') },
  { id: 'separator--', script: 'han', rewrite: (name) => between(name, '-') },
  { id: 'separator-zwsp', script: 'han', rewrite: (name) => between(name, '\u200b') },
  { id: 'pinyin-joined', script: 'han', rewrite: (name) => syllables(name).join('') },
  { id: 'pinyin-spaced', script: 'han', rewrite: (name) => syllables(name).join(' ') },
  { id: 'pinyin-capitalised', script: 'han', rewrite: (name) => capitalised(syllables(name).join('')) },
  { id: 'pinyin-hyphenated', script: 'han', rewrite: (name) => syllables(name).map(capitalised).join('-') },
  {
    id: 'homophone',
    script: 'han',
    rewrite: (name, random) => {
      const characters = [...name];
      const readings = syllables(name);
      if (readings.length !== characters.length) return undefined;
      const positions = characters
        .map((character, index) => ({
          index,
          choices: (homophones.get(readings[index] ?? '') ?? []).filter(
            (other) => other !== character && toTraditional(other) !== toTraditional(character),
          ),
        }))
        .filter((position) => position.choices.length > 0);
      const position = positions[Math.floor(random() * positions.length)];
      if (!position) return undefined;
      characters[position.index] = position.choices[Math.floor(random() * position.choices.length)] ?? '';
      return characters.join('');
    },
  },
  { id: 'decoration-【官方】X', script: 'han', rewrite: (name) => `【官方】${name}` },
  { id: 'decoration-X官方', script: 'han', rewrite: (name) => `${name}官方` },
  { id: 'decoration-X客服', script: 'han', rewrite: (name) => `${name}客服` },
  {
    id: 'emoji-between',
    script: 'han',
    rewrite: (name, random) => between(name, EMOJI[Math.floor(random() * EMOJI.length)] ?? ''),
  },
  { id: 'latin', script: 'latin', rewrite: (name) => name },
  { id: 'latin-cyrillic', script: 'latin', rewrite: cyrillic },
  { id: 'latin-full-width', script: 'latin', rewrite: fullWidth },
  { id: 'latin-math-bold', script: 'latin', rewrite: mathBold },
  { id: 'latin-enclosed', script: 'latin', rewrite: enclosed },
];

// ---- measure ------------------------------------------------------------------------------------

interface Cell {
  tried: number;
  caught: number;
  misses: { name: string; rewritten: string }[];
}

const random = mulberry32(seed);
const samples = GROUPS.map((group) => {
  const names = group.names();
  const han = sample(
    group,
    names.filter((name) => HAN.test(name)),
    perGroup,
    random,
  );
  const latin = sample(
    group,
    names.filter((name) => LATIN.test(name)),
    perGroup,
    random,
  );
  return { group, han: han.kept, latin: latin.kept, notBlocked: han.notBlocked + latin.notBlocked };
});

const cells = new Map<string, Cell>();
for (const channel of CHANNELS) {
  for (const { group, han, latin } of samples) {
    const cell: Cell = { tried: 0, caught: 0, misses: [] };
    const channelRandom = mulberry32(seed * 7919 + channel.id.length * 31 + group.id.length);
    for (const name of channel.script === 'han' ? han : latin) {
      const rewritten = channel.rewrite(name, channelRandom);
      if (rewritten === undefined || (rewritten === name && channel.id !== 'latin')) continue;
      cell.tried++;
      if (caught(rewritten, group.article)) cell.caught++;
      else cell.misses.push({ name, rewritten });
    }
    cells.set(`${channel.id}\t${group.id}`, cell);
  }
}

const cellOf = (channel: Channel, group: Group) => cells.get(`${channel.id}\t${group.id}`) as Cell;

if (missesChannel) {
  const channel = CHANNELS.find((candidate) => candidate.id === missesChannel);
  if (!channel) {
    console.error(`unknown channel ${missesChannel}; channels: ${CHANNELS.map((c) => c.id).join(', ')}`);
    process.exit(2);
  }
  for (const group of GROUPS)
    for (const miss of cellOf(channel, group).misses)
      console.log(`${group.id}\t${miss.name}\t${JSON.stringify(miss.rewritten)}`);
} else if (asJson) {
  console.log(
    JSON.stringify(
      {
        seed,
        perGroup,
        samples: samples.map(({ group, han, latin, notBlocked }) => ({
          group: group.id,
          han: han.length,
          latin: latin.length,
          notBlocked,
        })),
        cells: CHANNELS.flatMap((channel) =>
          GROUPS.map((group) => {
            const cell = cellOf(channel, group);
            return { channel: channel.id, group: group.id, tried: cell.tried, caught: cell.caught };
          }),
        ),
      },
      null,
      2,
    ),
  );
} else {
  const rate = (cell: Cell) => (cell.tried === 0 ? '–' : `${Math.round((100 * cell.caught) / cell.tried)}%`);
  console.log(`Seed ${seed}, up to ${perGroup} names per article group, each blocked as written.\n`);
  console.log(`| channel | ${GROUPS.map((group) => group.id).join(' | ')} |`);
  console.log(`|---|${GROUPS.map(() => '---:').join('|')}|`);
  console.log(
    `| names (Han / Latin) | ${samples.map(({ han, latin }) => `${han.length} / ${latin.length}`).join(' | ')} |`,
  );
  for (const channel of CHANNELS)
    console.log(`| ${channel.id} | ${GROUPS.map((group) => rate(cellOf(channel, group))).join(' | ')} |`);
  let tried = 0;
  let total = 0;
  for (const cell of cells.values()) {
    tried += cell.tried;
    total += cell.caught;
  }
  console.log(`\nAll channels: ${total} of ${tried} rewritten names caught (${((100 * total) / tried).toFixed(1)}%).`);
}
