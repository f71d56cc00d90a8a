/** The compiled artifact: up to date with its data, versioned by content, every entry with provenance. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { buildRuleSet, serialize } from '../compile.js';
import { defaultRuleSet } from '../src/index.js';

describe('rules-cn artifact', () => {
  it('is what the data compiles to (run `pnpm --filter @mingzheng/rules-cn compile` after editing data/)', () => {
    const written = readFileSync(new URL('../src/ruleset.json', import.meta.url), 'utf8');
    expect(written === serialize(buildRuleSet()), 'src/ruleset.json matches data/').to.equal(true);
    expect(JSON.stringify(defaultRuleSet)).to.equal(JSON.stringify(buildRuleSet()));
  });

  it('is versioned by release and content hash', () => {
    const { version, hash, ...content } = defaultRuleSet;
    const digest = createHash('sha256').update(JSON.stringify(content)).digest('hex');
    expect(hash).to.equal(`sha256-${digest}`);
    expect(version).to.match(/^\d{4}\.\d{1,2}\+[0-9a-f]{12}$/);
    expect(version.endsWith(digest.slice(0, 12))).to.equal(true);
  });

  it('gives every entry a category, an article and a source', () => {
    for (const lexicon of defaultRuleSet.lexicons) {
      expect(lexicon.category, JSON.stringify(lexicon.description)).to.be.a('string').and.not.empty;
      expect(lexicon.article, lexicon.category).to.match(/^\d+(\.\d+)?$/);
      for (const entry of lexicon.entries) {
        const source = typeof entry === 'string' ? lexicon.source : (entry.source ?? lexicon.source);
        expect(source, `${lexicon.category}: ${JSON.stringify(entry)}`).to.be.a('string').and.not.empty;
      }
    }
  });

  it('names in its rules only categories it has', () => {
    const categories = new Set(defaultRuleSet.lexicons.map((lexicon) => lexicon.category));
    for (const rule of defaultRuleSet.rules) {
      const used = 'lexicon' in rule.match ? rule.match.lexicon : 'sequence' in rule.match ? rule.match.sequence : [];
      for (const category of used) expect(categories, `${rule.id} → ${category}`).to.include(category);
    }
  });
});
