/**
 * Knowledge coverage: how many of the real institutions on public lists the default rule set knows.
 * Reads the sourced lists in packages/rules-cn/eval/knowledge/*.tsv (see the README there): each row
 * is an institution's name, the article an account impersonating it falls under, and the group of
 * the list it comes from. The lists are independent of the ones the lexicons were generated from, so
 * the share they block is a measure of knowledge, not of the lexicons' own lists.
 *
 * A name counts as known when `check({ name })` blocks it with a blocking finding under its article:
 * as written, and with the suffixes accounts add (官方, 客服, 官微).
 *
 *   pnpm coverage                          table per list and group
 *   pnpm coverage --markdown               the same as a Markdown table (docs/rules.md)
 *   pnpm coverage --misses news-media      the names of that list (or list:group) not blocked as written
 *   pnpm coverage --json                   the figures as JSON
 *   pnpm coverage --ruleset old.json       another rule set (e.g. an earlier release), for before and after
 *   pnpm coverage --evasion homophone      of the names blocked as written, the share still caught (reviewed
 *                                          or blocked under the article) once rewritten: traditional,
 *                                          separator (a space between characters), pinyin, homophone
 *                                          (one character for another of the same reading, seed 1)
 *
 * Not part of `npm test`: a measurement, not a contract.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { createEngine, type Verdict } from '@mingzheng/precheck';
import { defaultRuleSet } from '@mingzheng/rules-cn';
import { mulberry32 } from '@mingzheng/tooling/random';
import { commonHomophones } from './homophones.ts';

const SUFFIXES = ['', '官方', '客服', '官微'] as const;

interface Row {
  name: string;
  article: string;
  group: string;
}

interface Tally {
  list: string;
  group: string;
  names: number;
  /** Blocked under the article, per suffix (in SUFFIXES order). */
  blocked: number[];
  misses: string[];
}

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const asMarkdown = args.includes('--markdown');
const rulesetIndex = args.indexOf('--ruleset');
const rulesetFile = rulesetIndex >= 0 ? args[rulesetIndex + 1] : undefined;
if (rulesetIndex >= 0 && !rulesetFile) {
  console.error('--ruleset needs a rule-set JSON file, e.g. --ruleset old-ruleset.json');
  process.exit(2);
}
const evasionIndex = args.indexOf('--evasion');
const evasion = evasionIndex >= 0 ? args[evasionIndex + 1] : undefined;
if (evasionIndex >= 0 && !['traditional', 'separator', 'pinyin', 'homophone'].includes(evasion ?? '')) {
  console.error('--evasion needs one of traditional, separator, pinyin, homophone');
  process.exit(2);
}
const missesIndex = args.indexOf('--misses');
const missesOf = missesIndex >= 0 ? args[missesIndex + 1] : undefined;
if (missesIndex >= 0 && !missesOf) {
  console.error('--misses needs a list name, e.g. --misses news-media or --misses local-organs:police-account');
  process.exit(2);
}

const dir = new URL('../../packages/rules-cn/eval/knowledge/', import.meta.url);

function readList(file: string): Row[] {
  const rows: Row[] = [];
  for (const line of readFileSync(new URL(file, dir), 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#') || line.startsWith('name\t')) continue;
    const [name, article, group] = line.split('\t');
    if (!name || !article || !group) throw new Error(`${file}: malformed row ${JSON.stringify(line)}`);
    rows.push({ name, article, group });
  }
  return rows;
}

/** Blocked, with a blocking finding under the expected article. */
export function blocksUnder(verdict: Verdict, article: string): boolean {
  return (
    verdict.verdict === 'block' &&
    verdict.findings.some((finding) => finding.article === article && finding.severity === 'block')
  );
}

// pinyin-pro and opencc-js are the engine package's dependencies, not the workspace root's.
const requireFromEngine = createRequire(new URL('../../packages/precheck/package.json', import.meta.url));
const load = async <T>(name: string): Promise<T> =>
  (await import(pathToFileURL(requireFromEngine.resolve(name)).href)) as T;

/** The rewriting of a name through one evasion channel; `undefined` when the channel cannot rewrite it. */
async function rewriter(channel: string): Promise<(name: string) => string | undefined> {
  const { pinyin } = await load<{
    pinyin(text: string, options: { toneType: 'none'; type: 'array'; v: boolean }): string[];
  }>('pinyin-pro');
  const syllables = (text: string) =>
    pinyin(text, { toneType: 'none', type: 'array', v: true }).map((syllable) => syllable.toLowerCase());
  const HAN = /^\p{Script=Han}+$/u;
  if (channel === 'traditional') {
    const OpenCC = await load<{ Converter(options: { from: string; to: string }): (text: string) => string }>(
      'opencc-js',
    );
    return OpenCC.Converter({ from: 'cn', to: 'tw' });
  }
  if (channel === 'separator') return (name) => (HAN.test(name) ? [...name].join(' ') : undefined);
  if (channel === 'pinyin') return (name) => (HAN.test(name) ? syllables(name).join('') : undefined);
  // homophone: one character for another of the 3,755 common characters (GB 2312 level 1) read alike.
  const byReading = commonHomophones(syllables);
  const random = mulberry32(1);
  return (name) => {
    if (!HAN.test(name)) return undefined;
    const characters = [...name];
    const readings = syllables(name);
    if (readings.length !== characters.length) return undefined;
    const positions = characters
      .map((character, index) => ({
        index,
        choices: (byReading.get(readings[index] ?? '') ?? []).filter((other) => other !== character),
      }))
      .filter((position) => position.choices.length > 0);
    const position = positions[Math.floor(random() * positions.length)];
    if (!position) return undefined;
    characters[position.index] = position.choices[Math.floor(random() * position.choices.length)] ?? '';
    return characters.join('');
  };
}

/** Reviewed or blocked, with a finding under the expected article. */
const caughtUnder = (verdict: Verdict, article: string) =>
  verdict.verdict !== 'pass' && verdict.findings.some((finding) => finding.article === article);

const ruleSet = rulesetFile ? (JSON.parse(readFileSync(rulesetFile, 'utf8')) as typeof defaultRuleSet) : defaultRuleSet;
const engine = await createEngine(ruleSet);
const lists = readdirSync(dir)
  .filter((file) => file.endsWith('.tsv'))
  .sort();

if (evasion) {
  const rewrite = await rewriter(evasion);
  const header = ['list', 'known as written', 'rewritten', 'caught'];
  console.log(`Knowledge coverage through ${evasion}, rule set ${ruleSet.version}\n`);
  console.log(`| ${header.join(' | ')} |\n|---|---:|---:|---:|`);
  for (const file of lists) {
    let known = 0;
    let tried = 0;
    let caught = 0;
    for (const row of readList(file)) {
      if (!blocksUnder(engine.check({ name: row.name }), row.article)) continue;
      known++;
      const rewritten = rewrite(row.name);
      if (rewritten === undefined || rewritten === row.name) continue;
      tried++;
      if (caughtUnder(engine.check({ name: rewritten }), row.article)) caught++;
    }
    console.log(
      `| ${file.replace(/\.tsv$/, '')} | ${known} | ${tried} | ${tried ? ((100 * caught) / tried).toFixed(1) : '—'}% |`,
    );
  }
  process.exit(0);
}

const tallies: Tally[] = [];
for (const file of lists) {
  const list = file.replace(/\.tsv$/, '');
  const byGroup = new Map<string, Tally>();
  const total: Tally = { list, group: '(all)', names: 0, blocked: SUFFIXES.map(() => 0), misses: [] };
  for (const row of readList(file)) {
    let tally = byGroup.get(row.group);
    if (!tally) {
      tally = { list, group: row.group, names: 0, blocked: SUFFIXES.map(() => 0), misses: [] };
      byGroup.set(row.group, tally);
    }
    tally.names++;
    total.names++;
    SUFFIXES.forEach((suffix, index) => {
      const known = blocksUnder(engine.check({ name: `${row.name}${suffix}` }), row.article);
      if (known) {
        (tally as Tally).blocked[index] = ((tally as Tally).blocked[index] ?? 0) + 1;
        total.blocked[index] = (total.blocked[index] ?? 0) + 1;
      } else if (suffix === '') {
        (tally as Tally).misses.push(row.name);
        total.misses.push(row.name);
      }
    });
  }
  tallies.push(total);
  if (byGroup.size > 1) tallies.push(...byGroup.values());
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);

if (missesOf) {
  const [list, group] = missesOf.split(':');
  const tally = tallies.find((item) => item.list === list && item.group === (group ?? '(all)'));
  if (!tally) {
    console.error(`no list ${missesOf}; lists: ${lists.join(', ')}`);
    process.exit(2);
  }
  console.log(`${missesOf}: ${tally.misses.length} of ${tally.names} names not blocked as written`);
  for (const name of tally.misses) console.log(`  ${name}`);
} else if (asJson) {
  console.log(
    JSON.stringify(
      tallies.map(({ misses, ...rest }) => ({ ...rest, suffixes: SUFFIXES, missed: misses.length })),
      null,
      2,
    ),
  );
} else {
  const header = ['list', 'group', 'names', 'as written', '+官方', '+客服', '+官微'];
  const rows = tallies.map((tally) => [
    tally.list,
    tally.group,
    String(tally.names),
    ...tally.blocked.map((count) => percent(count, tally.names)),
  ]);
  console.log(`Knowledge coverage, rule set ${ruleSet.version}: share blocked under the list's article\n`);
  if (asMarkdown) {
    console.log(`| ${header.join(' | ')} |`);
    console.log(
      `|---|---|${header
        .slice(2)
        .map(() => '---:')
        .join('|')}|`,
    );
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  } else {
    const widths = header.map(
      (title, index) => Math.max(title.length, ...rows.map((row) => (row[index] ?? '').length)) + 2,
    );
    const line = (cells: string[]) => cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('');
    console.log(line(header));
    for (const row of rows) console.log(line(row));
  }
}
