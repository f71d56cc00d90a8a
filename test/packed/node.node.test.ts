/**
 * What an outside developer gets from npm, for Node: every package we publish, packed as
 * `pnpm publish` packs it, checked as a tarball (licence, manifest, exports, maps, publint, attw),
 * and the engine, the default rule set and the server installed from their tarballs with plain npm
 * into an app outside the workspace, then used as their READMEs say: `check()` in plain Node ESM,
 * `await import()` from CommonJS, the handler on node:http, `npx mingzheng check` on a JSON line,
 * and a consumer tsconfig that sets the common `source` condition.
 *
 * The app is installed with `--ignore-scripts`, as some companies install everything: better-sqlite3
 * then has no native binding, and `createSqliteRegistry` must say so in words a user can act on.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect } from 'chai';
import { installPacked, type PackedApp, packPublished, root, rootVersion } from './install.ts';

/** The tarballs we publish, in the order the workspace lists them. */
const PUBLISHED = [
  '@mingzheng/elements',
  '@mingzheng/precheck',
  '@mingzheng/react',
  '@mingzheng/rules-cn',
  '@mingzheng/server',
  '@mingzheng/vue',
];

/** The files of a .tgz: path (without the leading `package/`) → content. */
function untar(tarball: string): Map<string, Buffer> {
  const data = gunzipSync(readFileSync(tarball));
  const files = new Map<string, Buffer>();
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= data.length) {
    const header = data.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start: number, length: number) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const body = data.subarray(offset + 512, offset + 512 + size);
    let name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = undefined;
    if (type === 'L') longName = body.toString('utf8').replace(/\0.*$/s, '');
    else if (type === '0' || type === '') {
      name = name.replace(/^package\//, '');
      files.set(name, body);
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** Every package we publish, packed once for this file (name → tarball). */
let packed: { dir: string; tarballs: Promise<Map<string, string>> } | undefined;
function publishedTarballs(): Promise<Map<string, string>> {
  if (!packed) {
    const dir = mkdtempSync(join(tmpdir(), 'mingzheng-tarballs-'));
    packed = { dir, tarballs: packPublished(dir) };
  }
  return packed.tarballs;
}
after(() => {
  if (packed) rmSync(packed.dir, { recursive: true, force: true });
});

/**
 * Runs a check of a tarball (publint, attw) unless the same check passed on the same bytes before:
 * the tarballs are reproducible (pnpm packs with fixed dates), so an unchanged package is not
 * checked again. Passes are remembered under `.cache/packed-checks/`, failures never.
 */
async function checkOnce(check: string, tarball: string, run: () => Promise<unknown>): Promise<void> {
  const hash = createHash('sha256').update(check).update(readFileSync(tarball)).digest('hex').slice(0, 24);
  const marker = join(root, '.cache', 'packed-checks', `${hash}.passed`);
  if (existsSync(marker)) return;
  await run();
  mkdirSync(dirname(marker), { recursive: true });
  writeFileSync(marker, `${check} ${tarball.replace(/^.*\//, '')}\n`);
}

/** Every condition name used anywhere in an `exports` map. */
function conditionsOf(exports: unknown, found = new Set<string>()): Set<string> {
  if (exports && typeof exports === 'object') {
    for (const [key, value] of Object.entries(exports)) {
      if (!key.startsWith('.')) found.add(key);
      conditionsOf(value, found);
    }
  }
  return found;
}

describe('what npm users get: the published tarballs', function () {
  this.timeout(120_000);
  let tarballs = new Map<string, string>();
  const contents = new Map<string, Map<string, Buffer>>();
  const manifestOf = (name: string) => JSON.parse(contents.get(name)?.get('package.json')?.toString('utf8') ?? '{}');

  before(async function () {
    this.timeout(300_000);
    tarballs = await publishedTarballs();
    for (const [name, file] of tarballs) contents.set(name, untar(file));
  });

  it('are the six packages', () => {
    expect([...tarballs.keys()].sort()).to.deep.equal(PUBLISHED);
  });

  it('each carries the MIT licence text (the notice MIT requires)', () => {
    const licence = readFileSync(join(root, 'LICENSE'), 'utf8');
    expect(licence).to.match(/^MIT License\n\nCopyright \(c\) /);
    for (const name of PUBLISHED) expect(contents.get(name)?.get('LICENSE')?.toString('utf8'), name).to.equal(licence);
  });

  it('each manifest says where the code lives, which Node it needs, and that it is public', () => {
    for (const name of PUBLISHED) {
      const manifest = manifestOf(name);
      const dir = name.replace('@mingzheng/', 'packages/');
      expect(manifest.license, name).to.equal('MIT');
      expect(manifest.repository, name).to.deep.equal({
        type: 'git',
        url: 'git+https://github.com/mingzheng/mingzheng.git',
        directory: dir,
      });
      expect(manifest.homepage, name).to.equal(`https://github.com/mingzheng/mingzheng/tree/main/${dir}#readme`);
      expect(manifest.bugs, name).to.deep.equal({ url: 'https://github.com/mingzheng/mingzheng/issues' });
      expect(manifest.engines, name).to.deep.equal({ node: '>=20' });
      expect(manifest.publishConfig, name).to.deep.equal({ access: 'public' });
      expect(manifest.type, name).to.equal('module');
      // The workspace's scripts and development tools (one of them private) stay in the workspace.
      expect(manifest, name).not.to.have.any.keys('scripts', 'devDependencies');
    }
  });

  it('depend on each other by caret ranges, never an exact version or a workspace: range', () => {
    for (const name of PUBLISHED) {
      const manifest = manifestOf(name);
      for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
        for (const [dep, range] of Object.entries<string>(manifest[field] ?? {})) {
          expect(range, `${name} ${field} ${dep}`).not.to.match(/^workspace:/);
          if (dep.startsWith('@mingzheng/')) expect(range, `${name} → ${dep}`).to.equal(`^${manifestOf(dep).version}`);
        }
      }
    }
  });

  it('export only `types` and `import`: no `source` condition sends a consumer to our TypeScript', () => {
    for (const name of PUBLISHED) {
      const conditions = conditionsOf(manifestOf(name).exports);
      expect([...conditions].sort(), name).to.deep.equal(['import', 'types']);
    }
  });

  it('ship source maps that point at the shipped sources instead of carrying a copy of them', () => {
    let maps = 0;
    for (const name of PUBLISHED) {
      for (const [path, body] of contents.get(name) ?? []) {
        if (!path.endsWith('.js.map')) continue;
        maps += 1;
        const map = JSON.parse(body.toString('utf8'));
        expect(map.sourcesContent, `${name} ${path}`).to.equal(undefined);
      }
    }
    expect(maps).to.be.greaterThan(10);
  });

  it('each README opens with its npm install line and says the packages are ESM-only', () => {
    for (const name of PUBLISHED) {
      const readme = contents.get(name)?.get('README.md')?.toString('utf8') ?? '';
      const firstBlock = readme.match(/```sh\n([^`]*)```/)?.[1] ?? '';
      expect(firstBlock.split('\n')[0], name).to.match(new RegExp(`^npm i ${name}( |$)`));
      expect(readme, name).to.include('ESM-only');
      // Relative links work on GitHub, not on npm: every link is absolute or an anchor.
      const relative = [...readme.matchAll(/\]\(([^)]+)\)/g)]
        .map((match) => match[1] ?? '')
        .filter((target) => !/^(https?:|#|mailto:)/.test(target));
      expect(relative, `${name}: links that would not open on npm`).to.deep.equal([]);
    }
  });
});

describe('@mingzheng/precheck, rules-cn and server installed from their tarballs with npm, outside the workspace', function () {
  this.timeout(120_000);
  let app: PackedApp | undefined;
  let tarballs: string[] = [];

  before(async function () {
    this.timeout(600_000);
    app = await installPacked({
      name: 'node',
      packages: ['@mingzheng/precheck', '@mingzheng/rules-cn', '@mingzheng/server'],
      registry: {
        '@arethetypeswrong/cli': '0.18.5',
        '@types/node': rootVersion('@types/node'),
        publint: '0.3.25',
        typescript: rootVersion('typescript'),
      },
      npmArgs: ['--ignore-scripts'],
      files: NODE_FILES,
    });
    // Every tarball we publish, for publint and attw (the app packed only what it installs).
    tarballs = [...(await publishedTarballs()).values()];
  });

  after(() => app?.remove());

  const nodeApp = () => {
    if (!app) throw new Error('the app did not install');
    return app;
  };

  it('checks names with the default rule set in plain Node ESM, as the README shows', async () => {
    const { stdout } = await nodeApp().node(['check.mjs']);
    expect(JSON.parse(stdout)).to.deep.equal({ 新华社: 'block', 风吹麦浪: 'pass', 我爱ＣＣＴＶ: 'block' });
  });

  it('exports the name projection as @mingzheng/rules-cn/name, with the same verdicts and version', async () => {
    const { stdout } = await nodeApp().node(['check-name.mjs']);
    expect(JSON.parse(stdout)).to.deep.equal({
      verdicts: { 新华社: 'block', 风吹麦浪: 'pass', 我爱ＣＣＴＶ: 'block' },
      sameVersion: true,
    });
  });

  it('is ESM-only as the READMEs say: require() is refused, await import() from CommonJS works', async () => {
    const { stdout } = await nodeApp().node(['require.cjs']);
    expect(JSON.parse(stdout)).to.deep.equal({
      '@mingzheng/precheck': { require: 'ERR_PACKAGE_PATH_NOT_EXPORTED', import: 'function' },
      '@mingzheng/rules-cn': { require: 'ERR_PACKAGE_PATH_NOT_EXPORTED', import: 'object' },
      '@mingzheng/server': { require: 'ERR_PACKAGE_PATH_NOT_EXPORTED', import: 'function' },
    });
  });

  it('answers POST /precheck through toNodeListener on node:http', async () => {
    const { stdout } = await nodeApp().node(['http.mjs']);
    expect(JSON.parse(stdout)).to.deep.equal({ status: 200, 新华社: 'block', 风吹麦浪: 'pass' });
  });

  it('`npx mingzheng check` turns a JSON line into a verdict line', async () => {
    const { stdout } = await nodeApp().exec('mingzheng', ['check'], {
      input: '{"id":"u1","name":"新华社"}\n{"id":"u2","name":"风吹麦浪"}\n',
    });
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map(({ id, verdict }) => ({ id, verdict }))).to.deep.equal([
      { id: 'u1', verdict: 'block' },
      { id: 'u2', verdict: 'pass' },
    ]);
  });

  it('createSqliteRegistry without better-sqlite3’s native binding says what happened and how to fix it', async () => {
    const { stdout } = await nodeApp().node(['sqlite.mjs']);
    const { message, cause } = JSON.parse(stdout);
    expect(cause, 'the binding really is absent').to.match(/Could not locate the bindings file/);
    expect(message).to.match(/^createSqliteRegistry: better-sqlite3 is installed without a working native binding/);
    expect(message).to.include('--ignore-scripts');
    expect(message).to.include('npm rebuild better-sqlite3');
    expect(message).to.include('without `registry`');
  });

  it('createPostgresRegistry without pg installed (an optional peer) says what to install', async () => {
    expect(existsSync(join(nodeApp().dir, 'node_modules', 'pg')), 'pg really is absent').to.equal(false);
    const { stdout } = await nodeApp().node(['postgres.mjs']);
    const { message } = JSON.parse(stdout);
    expect(message).to.match(/^createPostgresRegistry: the PostgreSQL client "pg" is not installed/);
    expect(message).to.include('npm install pg');
  });

  it('type-checks in a consumer project whose tsconfig sets customConditions ["source"]', async () => {
    await nodeApp().once('tsc', () => nodeApp().exec('tsc', ['-p', 'tsconfig.json']));
  });

  it('every tarball passes publint --strict', async () => {
    const extracted = join(nodeApp().dir, 'extracted');
    for (const tarball of tarballs) {
      await checkOnce('publint --strict', tarball, async () => {
        const dir = join(extracted, tarball.replace(/^.*\//, '').replace(/\.tgz$/, ''));
        for (const [path, body] of untar(tarball)) {
          mkdirSync(dirname(join(dir, path)), { recursive: true });
          writeFileSync(join(dir, path), body);
        }
        const { stdout } = await nodeApp().exec('publint', ['run', dir, '--strict', '--pack', 'false']);
        expect(stdout, tarball).not.to.match(/warning|error|suggestion/i);
      });
    }
    expect(tarballs).to.have.length(PUBLISHED.length);
  });

  it('every tarball is clean for arethetypeswrong (ESM-only profile)', async () => {
    // Side by side: each takes seconds of TypeScript work.
    await Promise.all(
      tarballs.map((tarball) =>
        checkOnce('attw --profile esm-only', tarball, () =>
          nodeApp().exec('attw', [tarball, '--profile', 'esm-only', '--format', 'table-flipped']),
        ),
      ),
    );
  });
});

const NODE_FILES: Record<string, string> = {
  // The @mingzheng/precheck README's first snippet, with the names the other READMEs use.
  'check.mjs': `import { createEngine } from '@mingzheng/precheck';
import { defaultRuleSet } from '@mingzheng/rules-cn';

const engine = await createEngine(defaultRuleSet);
const verdicts = {};
for (const name of ['新华社', '风吹麦浪', '我爱ＣＣＴＶ']) verdicts[name] = engine.check({ name }).verdict;
console.log(JSON.stringify(verdicts));
`,
  // The name projection, as the @mingzheng/rules-cn README shows: the same verdicts and version.
  'check-name.mjs': `import { createEngine } from '@mingzheng/precheck';
import { defaultRuleSet } from '@mingzheng/rules-cn';
import { nameRuleSet } from '@mingzheng/rules-cn/name';

const names = await createEngine(nameRuleSet);
const verdicts = {};
for (const name of ['新华社', '风吹麦浪', '我爱ＣＣＴＶ']) verdicts[name] = names.check({ name }).verdict;
console.log(JSON.stringify({ verdicts, sameVersion: names.check({ name: '新华社' }).rulesetVersion === defaultRuleSet.version }));
`,
  // CommonJS: require() is refused (the packages are ESM-only), await import() works.
  'require.cjs': `const results = {};
(async () => {
  for (const name of ['@mingzheng/precheck', '@mingzheng/rules-cn', '@mingzheng/server']) {
    let code = 'loaded';
    try {
      require(name);
    } catch (error) {
      code = error.code;
    }
    const module = await import(name);
    const main = { '@mingzheng/precheck': 'createEngine', '@mingzheng/rules-cn': 'defaultRuleSet', '@mingzheng/server': 'createPrecheckHandler' }[name];
    results[name] = { require: code, import: typeof module[main] };
  }
  console.log(JSON.stringify(results));
})();
`,
  'http.mjs': `import { createServer } from 'node:http';
import { createPrecheckHandler, toNodeListener } from '@mingzheng/server';

const precheck = createPrecheckHandler();
await precheck.ready();
const server = createServer(toNodeListener(precheck));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = \`http://127.0.0.1:\${server.address().port}\`;
const result = {};
for (const name of ['新华社', '风吹麦浪']) {
  const response = await fetch(\`\${base}/precheck\`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  result.status = response.status;
  result[name] = (await response.json()).verdict;
}
server.close();
console.log(JSON.stringify(result));
`,
  'sqlite.mjs': `import { createSqliteRegistry } from '@mingzheng/server';

try {
  await createSqliteRegistry(':memory:');
  console.log(JSON.stringify({ message: 'opened', cause: '' }));
} catch (error) {
  console.log(JSON.stringify({ message: error.message, cause: String(error.cause?.message ?? '') }));
}
`,
  'postgres.mjs': `import { createPostgresRegistry } from '@mingzheng/server';

try {
  await createPostgresRegistry('postgres://127.0.0.1:1/none');
  console.log(JSON.stringify({ message: 'opened' }));
} catch (error) {
  console.log(JSON.stringify({ message: error.message }));
}
`,
  // A consumer's TypeScript with the common custom condition "source": the published exports must
  // not send it to our TypeScript sources (decorators, other compiler options).
  'tsconfig.json': `${JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module: 'nodenext',
        moduleResolution: 'nodenext',
        customConditions: ['source'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: ['node'],
      },
      include: ['types.ts'],
    },
    null,
    2,
  )}\n`,
  'types.ts': `import { createEngine, type Verdict } from '@mingzheng/precheck';
import { defaultRuleSet } from '@mingzheng/rules-cn';
import { createPrecheckHandler, toNodeListener } from '@mingzheng/server';
import { createServer } from 'node:http';

const engine = await createEngine(defaultRuleSet);
const verdict: Verdict = engine.check({ name: '风吹麦浪' });
const answer: 'pass' | 'review' | 'block' = verdict.verdict;
createServer(toNodeListener(createPrecheckHandler())).close();
export { answer };
`,
};
