/**
 * The real-world evaluation set (eval/cases/*.jsonl, described in eval/SOURCES.md) is well-formed:
 * every case says what it is and where it comes from. Whether the rule set catches the cases is a
 * measurement (`pnpm realworld`), not something this test asserts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'chai';

const casesDir = new URL('../eval/cases/', import.meta.url);
const files = readdirSync(casesDir)
  .filter((file) => file.endsWith('.jsonl'))
  .sort();

const caseKeys = new Set(['text', 'field', 'expect', 'article', 'source', 'derived']);
const sourceKeys = new Set(['title', 'url', 'date', 'quote']);

function read(file: string): { line: number; value: Record<string, unknown> }[] {
  return readFileSync(new URL(file, casesDir), 'utf8')
    .split('\n')
    .map((text, index) => ({ text, line: index + 1 }))
    .filter(({ text }) => text.trim() !== '')
    .map(({ text, line }) => {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new Error(`${file}:${line} is not JSON: ${(error as Error).message}`);
      }
      expect(value, `${file}:${line}`).to.be.an('object');
      return { line, value: value as Record<string, unknown> };
    });
}

describe('real-world evaluation cases', () => {
  it('has positive classes and clean classes', () => {
    expect(files.filter((file) => file.startsWith('clean-'))).to.include.members([
      'clean-bios.jsonl',
      'clean-nicknames.jsonl',
      'clean-person-names.jsonl',
      'clean-titles.jsonl',
    ]);
    expect(files.filter((file) => !file.startsWith('clean-')).length).to.be.greaterThan(0);
  });

  for (const file of files) {
    const clean = file.startsWith('clean-');
    it(`${file}: every case has a text, a field, an expectation and a dated source with a URL`, () => {
      const cases = read(file);
      expect(cases.length, file).to.be.greaterThan(0);
      const seen = new Set<string>();
      const problems: string[] = [];
      for (const { line, value } of cases) {
        const fail = (what: string) => problems.push(`${file}:${line} ${what}`);
        for (const key of Object.keys(value)) if (!caseKeys.has(key)) fail(`has an unknown key ${key}`);
        const { text, field, article, derived } = value;
        if (typeof text !== 'string' || !/\S/.test(text) || text !== text.trim())
          fail('needs a trimmed, non-blank text');
        if (field !== 'name' && field !== 'bio') fail('needs field "name" or "bio"');
        if (clean) {
          if (value.expect !== 'pass') fail('is in a clean class and must expect pass');
          if (article !== undefined) fail('is in a clean class and names no article');
        } else {
          if (!['block', 'review', 'flag'].includes(value.expect as string)) fail('must expect block, review or flag');
          if (typeof article !== 'string' || !/^\d+(\.\d+)?$/.test(article)) fail('needs an article such as "8.2"');
        }
        if (derived !== undefined && (typeof derived !== 'string' || !/\S/.test(derived))) fail('has a blank derived');

        const source = value.source as Record<string, unknown> | undefined;
        if (typeof source !== 'object' || source === null) {
          fail('needs a source');
        } else {
          for (const key of Object.keys(source)) if (!sourceKeys.has(key)) fail(`has an unknown source key ${key}`);
          if (typeof source.title !== 'string' || !/\S/.test(source.title)) fail('needs source.title');
          if (typeof source.url !== 'string' || !/^https?:\/\/\S+$/.test(source.url))
            fail('needs an http(s) source.url');
          if (typeof source.date !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(source.date)) {
            fail('needs source.date as YYYY, YYYY-MM or YYYY-MM-DD');
          }
          if (source.quote !== undefined && (typeof source.quote !== 'string' || !/\S/.test(source.quote))) {
            fail('has a blank source.quote');
          }
        }

        const key = `${String(field)}\u0000${String(text)}`;
        if (seen.has(key)) fail('repeats an earlier case of the file');
        seen.add(key);
      }
      expect(problems).to.deep.equal([]);
    });
  }
});
