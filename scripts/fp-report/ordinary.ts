/**
 * Ordinary-text measurement: runs the default rule set over text files of ordinary nicknames,
 * signatures and short sentences (one entry a line) and prints, per file and field, how many
 * entries each rule flags, with examples. It answers "what does an ordinary account see?" for
 * rules that read bios and signatures, where the name corpora of `pnpm fp-report` say nothing.
 *
 *   node --conditions=source --import tsx scripts/fp-report/ordinary.ts [--rules a,b] FILE…
 *
 * Every entry is checked as a bio; entries of at most 30 characters also as a name. The corpora
 * are not kept in the repo (docs/rules.md, "Claims and professions", says which were measured and where they are).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createEngine } from '@mingzheng/precheck';
import { defaultRuleSet } from '@mingzheng/rules-cn';

const args = process.argv.slice(2);
const rulesIndex = args.indexOf('--rules');
const only = rulesIndex >= 0 ? new Set((args[rulesIndex + 1] ?? '').split(',')) : undefined;
const files = args.filter((_, index) => rulesIndex < 0 || (index !== rulesIndex && index !== rulesIndex + 1));
if (files.length === 0) {
  console.error('usage: ordinary.ts [--rules a,b] FILE…');
  process.exit(2);
}

const engine = await createEngine(defaultRuleSet);
const percent = (n: number, of: number) => (of === 0 ? '—' : `${((100 * n) / of).toFixed(3)}%`);

for (const file of files) {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  for (const field of ['name', 'bio'] as const) {
    const entries = field === 'name' ? lines.filter((line) => [...line].length <= 30) : lines;
    const verdicts = { block: 0, review: 0 };
    const byRule = new Map<string, { count: number; examples: string[] }>();
    for (const text of entries) {
      const verdict = engine.check({ [field]: text });
      const findings = verdict.findings.filter((f) => f.rule !== 'length' && (!only || only.has(f.rule)));
      if (findings.some((f) => f.severity === 'block')) verdicts.block++;
      else if (findings.some((f) => f.severity === 'review')) verdicts.review++;
      for (const rule of new Set(findings.map((f) => `${f.severity} ${f.article} ${f.rule}`))) {
        const entry = byRule.get(rule) ?? { count: 0, examples: [] };
        entry.count++;
        if (entry.examples.length < 6) {
          const hit = findings.find((f) => `${f.severity} ${f.article} ${f.rule}` === rule);
          entry.examples.push(`${text.length > 40 ? `${text.slice(0, 40)}…` : text} [${hit?.match}]`);
        }
        byRule.set(rule, entry);
      }
    }
    console.log(
      `\n${basename(file)} as ${field}: ${entries.length} entries, block ${verdicts.block} (${percent(verdicts.block, entries.length)}), review ${verdicts.review} (${percent(verdicts.review, entries.length)})`,
    );
    for (const [rule, { count, examples }] of [...byRule].sort((a, b) => b[1].count - a[1].count)) {
      console.log(`  ${rule}: ${count} (${percent(count, entries.length)})  ${examples.join(' | ')}`);
    }
  }
}
