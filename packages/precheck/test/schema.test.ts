/** The rule-set document: what is valid, and what an invalid one is told. */
import { expect } from 'chai';
import { compileRuleSet, createEngine, NO_DICTIONARIES, parseRuleSet, RuleSetError } from '../src/index.js';
import { ruleSet } from './helpers.js';

type Document = Record<string, unknown> & { rules: Record<string, unknown>[]; lexicons: Record<string, unknown>[] };

/** A copy of the test rule set, changed by `edit`. */
function edited(edit: (document: Document) => void): Document {
  const document = structuredClone(ruleSet) as unknown as Document;
  edit(document);
  return document;
}

/** The message of the RuleSetError that parsing `document` throws. */
function problemsOf(document: unknown): string {
  try {
    parseRuleSet(document);
  } catch (error) {
    expect(error).to.be.an.instanceOf(RuleSetError);
    expect((error as Error).name).to.equal('RuleSetError');
    return (error as Error).message;
  }
  expect.fail('the document was accepted');
}

describe('rule-set schema', () => {
  it('accepts the test rule set, and compiles it', () => {
    expect(parseRuleSet(ruleSet).version).to.equal('test-1');
    expect(compileRuleSet(ruleSet, NO_DICTIONARIES).version).to.equal('test-1');
  });

  it('rejects what is not a rule-set object at all', () => {
    for (const document of [null, undefined, 'rules', 42, []]) {
      expect(problemsOf(document)).to.match(/^Invalid rule set:/);
    }
  });

  it('names every missing field', () => {
    const message = problemsOf({});
    for (const path of ['name', 'version', 'lexicons', 'rules'])
      expect(message).to.match(new RegExp(`at ${path}$`, 'm'));
  });

  it('names the path of a wrong value, and what it should be', () => {
    const message = problemsOf(
      edited((d) => {
        if (d.rules[0]) d.rules[0].severity = 'fatal';
      }),
    );
    expect(message).to.include('rules[0].severity');
    expect(message).to.include('"block", "review", "notice"');
  });

  it('names the path of a malformed article, field, term and limit', () => {
    expect(problemsOf(edited((d) => Object.assign(d.rules[1] ?? {}, { article: 'eight' })))).to.include(
      'rules[1].article',
    );
    expect(problemsOf(edited((d) => Object.assign(d.rules[2] ?? {}, { fields: ['name', 'email'] })))).to.include(
      'rules[2].fields[1]',
    );
    expect(problemsOf(edited((d) => Object.assign(d.lexicons[3] ?? {}, { entries: ['北京', ''] })))).to.include(
      'lexicons[3].entries[1]',
    );
    expect(problemsOf(edited((d) => Object.assign(d, { limits: { name: 0 } })))).to.include('limits.name');
  });

  it('names the match of a rule that matches nothing it knows', () => {
    const message = problemsOf(edited((d) => Object.assign(d.rules[6] ?? {}, { match: { detector: ['fax'] } })));
    expect(message).to.include('rules[6].match');
  });

  it('lists every problem, not only the first', () => {
    const message = problemsOf(
      edited((d) => {
        Object.assign(d.rules[0] ?? {}, { severity: 'fatal' });
        Object.assign(d.rules[4] ?? {}, { fields: [] });
      }),
    );
    expect(message).to.include('rules[0].severity');
    expect(message).to.include('rules[4].fields');
  });

  describe('unknown keys', () => {
    it('rejects an unknown key at the top, naming it', () => {
      expect(problemsOf({ ...ruleSet, lexicon: [] })).to.include('unknown key "lexicon"');
    });

    it('rejects an unknown key in a rule, naming the key and the rule', () => {
      const message = problemsOf(edited((d) => Object.assign(d.rules[0] ?? {}, { weight: 2 })));
      expect(message).to.include('unknown key "weight"');
      expect(message).to.include('at rules[0]');
    });

    it('rejects unknown keys in lexicons, entries, allow-lists and limits', () => {
      expect(problemsOf(edited((d) => Object.assign(d.lexicons[0] ?? {}, { severity: 'block' })))).to.include(
        'unknown key "severity"',
      );
      expect(
        problemsOf(edited((d) => Object.assign(d.lexicons[0] ?? {}, { entries: [{ term: '赌场', weight: 1 }] }))),
      ).to.include('lexicons[0].entries[0]');
      expect(
        problemsOf({ ...ruleSet, allow: [{ terms: ['新华'], after: 'surname', fields: ['name'], x: 1 }] }),
      ).to.include('unknown key "x"');
      expect(problemsOf({ ...ruleSet, limits: { nickname: 10 } })).to.include('unknown key "nickname"');
    });
  });

  it('makes compileRuleSet and createEngine refuse an invalid document', async () => {
    expect(() => compileRuleSet({ name: 'x' }, NO_DICTIONARIES)).to.throw(RuleSetError);
    let rejected: unknown;
    await createEngine({ name: 'x' }, NO_DICTIONARIES).catch((error: unknown) => {
      rejected = error;
    });
    expect(rejected).to.be.an.instanceOf(RuleSetError);
  });
});
