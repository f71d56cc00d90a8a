/** The compiled artifact: up to date with its data, versioned by content, every entry with provenance. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { build, serialize, serializeProvenance } from '../compile.js';
import { defaultRuleSet } from '../src/index.js';
import provenance from '../src/provenance.json' with { type: 'json' };

describe('rules-cn artifact', () => {
  it('is what the data compiles to (run `pnpm --filter @mingzheng/rules-cn compile` after editing data/)', () => {
    const built = build();
    const written = readFileSync(new URL('../src/ruleset.json', import.meta.url), 'utf8');
    expect(written === serialize(built.ruleSet), 'src/ruleset.json matches data/').to.equal(true);
    expect(JSON.stringify(defaultRuleSet)).to.equal(JSON.stringify(built.ruleSet));
    const writtenProvenance = readFileSync(new URL('../src/provenance.json', import.meta.url), 'utf8');
    expect(writtenProvenance === serializeProvenance(built.provenance), 'src/provenance.json matches data/').to.equal(
      true,
    );
  });

  it('keeps out of the artifact only what the engine does not read, in a provenance of the same version', () => {
    const { ruleSet, document } = build();
    expect(provenance.version).to.equal(ruleSet.version);
    // The full document, with its descriptions and sources, gives every verdict the artifact gives.
    expect(document.lexicons.map((lexicon) => lexicon.category)).to.deep.equal(
      ruleSet.lexicons.map((lexicon) => lexicon.category),
    );
    expect(document.rules).to.deep.equal(ruleSet.rules);
    const terms = (lexicons: typeof ruleSet.lexicons) =>
      lexicons.map((lexicon) => lexicon.entries.map((entry) => (typeof entry === 'string' ? entry : entry.term)));
    expect(terms(document.lexicons)).to.deep.equal(terms(ruleSet.lexicons));
  });

  it('is versioned by release and content hash', () => {
    const { version, hash, ...content } = defaultRuleSet;
    const digest = createHash('sha256').update(JSON.stringify(content)).digest('hex');
    expect(hash).to.equal(`sha256-${digest}`);
    expect(version).to.match(/^\d{4}\.\d{1,2}\+[0-9a-f]{12}$/);
    expect(version.endsWith(digest.slice(0, 12))).to.equal(true);
  });

  it('gives every entry a category, an article and a source (its own in the provenance, else its lexicon’s)', () => {
    defaultRuleSet.lexicons.forEach((lexicon, index) => {
      const own: Record<string, string | undefined> = provenance.lexicons[index]?.entries ?? {};
      expect(provenance.lexicons[index]?.category).to.equal(lexicon.category);
      expect(lexicon.category).to.be.a('string').and.not.empty;
      expect(lexicon.article, lexicon.category).to.match(/^\d+(\.\d+)?$/);
      for (const entry of lexicon.entries) {
        const term = typeof entry === 'string' ? entry : entry.term;
        const source = own[term] ?? provenance.lexicons[index]?.source;
        expect(source, `${lexicon.category}: ${JSON.stringify(entry)}`).to.be.a('string').and.not.empty;
      }
    });
  });

  it('names in its rules only categories it has', () => {
    const categories = new Set(defaultRuleSet.lexicons.map((lexicon) => lexicon.category));
    for (const rule of defaultRuleSet.rules) {
      const used = 'lexicon' in rule.match ? rule.match.lexicon : 'sequence' in rule.match ? rule.match.sequence : [];
      for (const category of used) expect(categories, `${rule.id} → ${category}`).to.include(category);
    }
  });
});
