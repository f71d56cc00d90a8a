/**
 * Real-world evaluation: runs the default rule set over the sourced cases in
 * packages/rules-cn/eval/cases/*.jsonl (one JSON object a line, see packages/rules-cn/eval/SOURCES.md)
 * and prints, per class, how many cases the rules catch.
 *
 *   pnpm realworld                      table per class
 *   pnpm realworld --json               the same figures as JSON
 *   pnpm realworld --misses contact-8.6 the cases of that class the rules got wrong
 *
 * Not part of `npm test`: the figures are a measurement of what the rule set knows, not a contract.
 *
 * Counting: a `block` case is caught only when the verdict is block; a `review` or `flag` case when
 * the verdict is review or block; a `pass` case is right only when the verdict is pass. A positive
 * class reports its recall; a clean class (clean-*.jsonl, every case `pass`) its false-block and
 * false-review rates, and `--misses` lists its false blocks first. The article match rate is the share of
 * cases that name an article whose verdict has a finding under that article, whatever its severity.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createEngine, type Verdict } from '@mingzheng/precheck';
import { defaultRuleSet } from '@mingzheng/rules-cn';

type Expect = 'block' | 'review' | 'flag' | 'pass';
interface Case {
  text: string;
  field: 'name' | 'bio';
  expect: Expect;
  article?: string;
  source: { title: string; url: string; date: string; quote?: string };
  derived?: string;
}

interface ClassResult {
  class: string;
  cases: number;
  /** Cases that expect a block, review or flag. */
  positives: number;
  caught: number;
  recall: number | null;
  /** Cases with an article. */
  withArticle: number;
  articleMatched: number;
  articleMatchRate: number | null;
  /** Cases expecting pass. */
  negatives: number;
  falseBlocks: number;
  falseReviews: number;
  falseBlockRate: number | null;
  falseReviewRate: number | null;
  misses: { text: string; field: string; expect: Expect; article?: string; verdict: string; articles: string[] }[];
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
const missesIndex = args.indexOf('--misses');
const missesClass = missesIndex >= 0 ? args[missesIndex + 1] : undefined;
if (missesIndex >= 0 && !missesClass) {
  console.error('--misses needs a class name, e.g. --misses contact-8.6');
  process.exit(2);
}

const casesDir = new URL('../../packages/rules-cn/eval/cases/', import.meta.url);
const files = readdirSync(casesDir)
  .filter((file) => file.endsWith('.jsonl'))
  .sort();

function readCases(file: string): Case[] {
  const cases: Case[] = [];
  const lines = readFileSync(new URL(file, casesDir), 'utf8').split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let value: Case;
    try {
      value = JSON.parse(line) as Case;
    } catch (error) {
      throw new Error(`${file}:${index + 1}: not JSON (${(error as Error).message})`);
    }
    if (typeof value.text !== 'string' || !['name', 'bio'].includes(value.field)) {
      throw new Error(`${file}:${index + 1}: needs a text and a field (name or bio)`);
    }
    if (!['block', 'review', 'flag', 'pass'].includes(value.expect)) {
      throw new Error(`${file}:${index + 1}: expect must be block, review, flag or pass`);
    }
    if (!value.source?.url || !value.source.title || !value.source.date) {
      throw new Error(`${file}:${index + 1}: every case needs a source with title, url and date`);
    }
    cases.push(value);
  });
  return cases;
}

function isRight(expect: Expect, verdict: Verdict['verdict']): boolean {
  if (expect === 'block') return verdict === 'block';
  if (expect === 'pass') return verdict === 'pass';
  return verdict !== 'pass';
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

// Another rule set (e.g. an earlier release, to measure before and after) is checked by this engine.
const ruleSet = rulesetFile ? (JSON.parse(readFileSync(rulesetFile, 'utf8')) as typeof defaultRuleSet) : defaultRuleSet;
const engine = await createEngine(ruleSet);
const results: ClassResult[] = [];
for (const file of files) {
  const name = file.replace(/\.jsonl$/, '');
  const result: ClassResult = {
    class: name,
    cases: 0,
    positives: 0,
    caught: 0,
    recall: null,
    withArticle: 0,
    articleMatched: 0,
    articleMatchRate: null,
    negatives: 0,
    falseBlocks: 0,
    falseReviews: 0,
    falseBlockRate: null,
    falseReviewRate: null,
    misses: [],
  };
  for (const item of readCases(file)) {
    const verdict = engine.check({ [item.field]: item.text });
    const articles = [...new Set(verdict.findings.map((finding) => finding.article))].sort();
    result.cases++;
    if (item.expect === 'pass') {
      result.negatives++;
      if (verdict.verdict === 'block') result.falseBlocks++;
      if (verdict.verdict === 'review') result.falseReviews++;
    } else {
      result.positives++;
      if (isRight(item.expect, verdict.verdict)) result.caught++;
    }
    if (item.article !== undefined) {
      result.withArticle++;
      if (articles.includes(item.article)) result.articleMatched++;
    }
    const articleMissed = item.article !== undefined && !articles.includes(item.article);
    if (!isRight(item.expect, verdict.verdict) || articleMissed) {
      result.misses.push({
        text: item.text,
        field: item.field,
        expect: item.expect,
        ...(item.article === undefined ? {} : { article: item.article }),
        verdict: verdict.verdict,
        articles,
      });
    }
  }
  // A clean class lists its false blocks before its false reviews.
  if (result.positives === 0) {
    const rank = (verdict: string) => (verdict === 'block' ? 0 : verdict === 'review' ? 1 : 2);
    result.misses.sort((a, b) => rank(a.verdict) - rank(b.verdict));
  }
  result.recall = ratio(result.caught, result.positives);
  result.articleMatchRate = ratio(result.articleMatched, result.withArticle);
  result.falseBlockRate = ratio(result.falseBlocks, result.negatives);
  result.falseReviewRate = ratio(result.falseReviews, result.negatives);
  results.push(result);
}

const percent = (value: number | null): string => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

if (missesClass !== undefined) {
  const result = results.find((entry) => entry.class === missesClass);
  if (!result) {
    console.error(`No class ${missesClass}; classes: ${results.map((entry) => entry.class).join(', ')}`);
    process.exit(2);
  }
  if (asJson) console.log(JSON.stringify(result.misses, null, 2));
  else {
    console.log(`${result.class}: ${result.misses.length} of ${result.cases} cases wrong (verdict or article)`);
    for (const miss of result.misses) {
      const article = miss.article ? ` ${miss.article}` : '';
      const found = miss.articles.length ? ` [${miss.articles.join(', ')}]` : '';
      console.log(`  ${miss.field}: ${miss.text}  — expected ${miss.expect}${article}, got ${miss.verdict}${found}`);
    }
  }
} else if (asJson) {
  console.log(
    JSON.stringify(
      {
        rulesetVersion: ruleSet.version,
        classes: results.map(({ misses: _misses, ...rest }) => rest),
      },
      null,
      2,
    ),
  );
} else {
  if (!asMarkdown) console.log(`Real-world cases, rule set ${ruleSet.version}\n`);
  const header = ['class', 'cases', 'recall', 'article match', 'false block', 'false review'];
  const rows = results.map((result) => [
    result.class,
    String(result.cases),
    result.positives ? `${percent(result.recall)} (${result.caught}/${result.positives})` : '—',
    result.withArticle ? `${percent(result.articleMatchRate)} (${result.articleMatched}/${result.withArticle})` : '—',
    result.negatives ? `${percent(result.falseBlockRate)} (${result.falseBlocks}/${result.negatives})` : '—',
    result.negatives ? `${percent(result.falseReviewRate)} (${result.falseReviews}/${result.negatives})` : '—',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = asMarkdown
    ? (cells: string[]) => `| ${cells.join(' | ')} |`
    : (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  console.log(line(header));
  if (asMarkdown) console.log(line(header.map((_, column) => (column < 1 ? '---' : '---:'))));
  for (const row of rows) console.log(line(row));
}
