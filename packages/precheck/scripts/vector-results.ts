/**
 * Writes test/vectors/results.json: for every account vector of names.json, contact.json and
 * matrix.json, its whole verdict (findings with spans, via and messages, requirements,
 * rule-set version). vectors.test.ts compares each runtime's verdicts with these, as JSON text, so Node
 * and Chromium agree byte for byte. Run it after a change that is meant to change verdicts, and read
 * the diff:
 *
 *   node --conditions=source --import tsx scripts/vector-results.ts   (in packages/precheck)
 */
import { writeFileSync } from 'node:fs';
import { createEngine } from '../src/index.js';
import { accountOf, VECTOR_FILES } from '../test/vector-accounts.js';

// One verdict a line, in the order of the vectors (biome leaves the file as written).
const files: string[] = [];
for (const { file, ruleSet, vectors } of VECTOR_FILES) {
  const engine = await createEngine(ruleSet);
  const lines = vectors.map((vector) => `    ${JSON.stringify(engine.check(accountOf(vector)))}`);
  files.push(`  ${JSON.stringify(file)}: [\n${lines.join(',\n')}\n  ]`);
  console.log(`${file}: ${vectors.length} verdicts`);
}
writeFileSync(new URL('../test/vectors/results.json', import.meta.url), `{\n${files.join(',\n')}\n}\n`);
