/**
 * The README's 30-second example is taken verbatim from the example apps: every region marked
 * `#region readme` … `#endregion` in examples/ is one fenced code block of README.md (dedented).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';

const root = fileURLToPath(new URL('../..', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist') return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** The lines between each `#region readme` and its `#endregion`, without their common indentation. */
function readmeRegions(text: string): string[] {
  const regions: string[] = [];
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (/#region readme\b/.test(line)) current = [];
    else if (current && /#endregion\b/.test(line)) {
      regions.push(dedent(current));
      current = undefined;
    } else current?.push(line);
  }
  return regions;
}

function dedent(lines: string[]): string {
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)?.[0].length ?? 0);
  const indent = Math.min(...indents);
  return `${lines.map((line) => line.slice(indent)).join('\n')}\n`;
}

/** The bodies of the fenced code blocks of a Markdown text. */
function codeBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```[\w-]*\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');
}

describe('README 30-second example', () => {
  const blocks = codeBlocks(readFileSync(join(root, 'README.md'), 'utf8'));
  const regions = filesUnder(join(root, 'examples')).flatMap((file) =>
    readmeRegions(readFileSync(file, 'utf8')).map((region) => ({ file: relative(root, file), region })),
  );

  it('has snippets from the plain HTML, React and Vue examples', () => {
    const folders = new Set(regions.map(({ file }) => file.split('/')[1]));
    expect([...folders].sort()).to.deep.equal(['html', 'react', 'vue']);
  });

  for (const { file, region } of regions) {
    it(`shows the region of ${file} verbatim`, () => {
      expect(blocks, `README.md has no code block equal to the region of ${file}`).to.include(region);
    });
  }
});
