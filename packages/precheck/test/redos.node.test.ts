/**
 * ReDoS (DESIGN.md, Safety: no regular expression can backtrack catastrophically): every regular
 * expression in the engine's source is checked with recheck. Node only: it reads the source files
 * and recheck runs a native checker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { checkSync } from 'recheck';
import { type FoundRegex, findRegexes } from './regex-literals.js';

const SOURCE = fileURLToPath(new URL('../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('ReDoS: the regular expressions of the engine', function () {
  // recheck starts a native checker on first use.
  this.timeout(60_000);

  const regexes: (FoundRegex & { file: string })[] = sourceFiles(SOURCE).flatMap((file) =>
    findRegexes(readFileSync(file, 'utf8')).map((regex) => ({ ...regex, file: relative(SOURCE, file) })),
  );

  it('are all found: literals across the source, and no RegExp built from a runtime string', () => {
    // The engine has regexes in the normalizer, the schema, the messages and the dictionaries; if
    // the collector found next to none, it is broken, and the checks below would prove nothing.
    expect(regexes.length, 'regular expressions found').to.be.at.least(8);
    expect(new Set(regexes.map((r) => r.file)).size, 'files with regexes').to.be.at.least(4);
    expect(regexes.map((r) => r.source)).to.include.members(['^\\p{Script=Han}$', '\\{(\\w+)\\}']);
    const dynamic = regexes.filter((r) => r.kind === 'dynamic');
    expect(dynamic, 'RegExp(…) from a runtime string cannot be checked').to.deep.equal([]);
  });

  it('are all safe according to recheck', () => {
    const unsafe = regexes
      .map((regex) => ({ regex, status: checkSync(regex.source, regex.flags).status }))
      .filter(({ status }) => status !== 'safe')
      .map(({ regex, status }) => `${regex.file}:${regex.line} /${regex.source}/${regex.flags} is ${status}`);
    expect(unsafe).to.deep.equal([]);
  });

  it('would be caught: recheck reports a known catastrophic pattern as vulnerable', () => {
    expect(checkSync('^(a+)+$', '').status).to.equal('vulnerable');
    expect(checkSync('^(\\w+\\s?)*$', 'u').status).to.equal('vulnerable');
  });
});

describe('the regex collector', () => {
  it('finds literals and RegExp calls, and not what only looks like them', () => {
    const code = [
      "const a = /x+/g; // a comment with /not/ a regex and a quote's",
      "const b = 'a string with /not/ a regex';",
      'const c = 10 / 2 / 5;',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text for the collector, with a template in it.
      'const d = `template /not/ ${[/in+side/i][0]} more /not/ ${{ x: 1 }.x}`;',
      '/* block /not/ */ const e = (x) => /[/]+/.test(x);',
      "const f = new RegExp('a\\\\d+', 'u');",
      'const g = RegExp(pattern);',
      'if (x) return /y/;',
    ].join('\n');
    expect(findRegexes(code).map(({ source, flags, kind }) => [source, flags, kind])).to.deep.equal([
      ['x+', 'g', 'literal'],
      ['in+side', 'i', 'literal'],
      ['[/]+', '', 'literal'],
      ['a\\d+', 'u', 'constructor'],
      ['', '', 'dynamic'],
      ['y', '', 'literal'],
    ]);
  });
});
