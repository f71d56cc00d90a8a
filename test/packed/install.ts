/**
 * Apps that install our packages the way a user does: from the tarballs `pnpm pack` makes, with
 * plain npm, in a folder outside the workspace (no workspace links, no `source` condition, only
 * what the published package.json files say they need).
 *
 *   const app = await installPacked({
 *     name: 'vanilla',
 *     packages: ['@mingzheng/elements'],          // what the app depends on, from tarballs
 *     registry: { vite: rootVersion('vite') },    // anything else, from the npm registry
 *     files: { 'index.html': '…', 'main.js': '…' },
 *   });
 *   await app.exec('vite', ['build']);            // a bin of the app's node_modules, in the app
 *   await app.node(['main.js'], { input: '…' });  // or Node itself, in the app
 *   …
 *   app.remove();
 *
 * Every workspace package those packages depend on (`workspace:` ranges, followed transitively)
 * is packed too, and npm `overrides` point their names at the local tarballs, so the app's
 * package.json lists only what the app itself asked for. Packing needs each package's `dist/`: a
 * package whose `dist/` is missing or older than its sources is built first.
 *
 * The install is cached under `.cache/packed-apps/` by a hash of the tarballs and the app's
 * package.json (npm's own cache is `.cache/npm`), and copied into a fresh temporary app: a second
 * run with unchanged packages does not run npm at all. The copy, not the cached folder, is what
 * the app uses: node_modules under the repository would let anything missing resolve from the
 * workspace's own node_modules, which is exactly what these apps must not do.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** The repository root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

const cacheRoot = join(root, '.cache');
/** Installed apps kept per app name: the newest few, so switching branches stays fast. */
const KEEP_PER_APP = 3;

export interface PackedAppSpec {
  /** A short name for the app: names its temporary folder and its cache entries. */
  name: string;
  /** Workspace packages the app depends on (e.g. `@mingzheng/elements`), installed from tarballs. */
  packages: readonly string[];
  /** Registry packages the app depends on, name → version (e.g. `{ vite: rootVersion('vite') }`). */
  registry?: Readonly<Record<string, string>>;
  /** More package.json fields (e.g. `scripts`); `type` is `module` unless given. */
  packageJson?: Readonly<Record<string, unknown>>;
  /** The app's own files, path relative to the app → content; written after the install. */
  files?: Readonly<Record<string, string>>;
  /** More `npm install` arguments (e.g. `--ignore-scripts`); part of the cache key. */
  npmArgs?: readonly string[];
}

export interface PackedApp {
  /** The app's folder, under the OS's temporary directory. */
  dir: string;
  /** The app's package.json as installed. */
  packageJson: Record<string, unknown>;
  /** Whether the install came from the cache under `.cache/packed-apps/`. */
  fromCache: boolean;
  /** Runs a bin of the app's node_modules (e.g. `vite`) in the app; rejects with its output on failure. */
  exec(bin: string, args: readonly string[], options?: ExecOptions): Promise<ExecResult>;
  /** Runs Node (the one running the tests) in the app, e.g. on a script of the app. */
  node(args: readonly string[], options?: ExecOptions): Promise<ExecResult>;
  /**
   * Runs a check whose outcome depends only on the app (its install and its files), such as a
   * type-check, unless the same check passed on the same app before. Passes are remembered under
   * `.cache/packed-checks/`, failures never: a second run with unchanged packages skips them.
   */
  once(check: string, run: () => Promise<unknown>): Promise<void>;
  /** Deletes the app's folder. */
  remove(): void;
}

export interface ExecOptions {
  /** More environment variables (the environment is otherwise a clean copy of this process's). */
  env?: Record<string, string>;
  /** Written to the command's standard input, which is then closed. */
  input?: string;
}

export interface ExecResult {
  stdout: string;
  stderr: string;
}

interface WorkspacePackage {
  name: string;
  version: string;
  dir: string;
  manifest: {
    private?: boolean;
    exports?: Record<string, string | { import?: string }>;
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
}

/** The version the root package.json pins for a (dev) dependency: apps use the same tools as the repo. */
export function rootVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const version = manifest.devDependencies?.[name] ?? manifest.dependencies?.[name];
  if (typeof version !== 'string') throw new Error(`The root package.json does not depend on ${name}`);
  return version;
}

/** Packs, installs (or takes from the cache) and writes the app described by `spec`. */
export async function installPacked(spec: PackedAppSpec): Promise<PackedApp> {
  const workspace = workspacePackages();
  const packages = closure(spec.packages, workspace);
  ensureBuilt(packages);

  const dir = mkdtempSync(join(tmpdir(), `mingzheng-packed-${spec.name}-`));
  try {
    const packs = join(dir, 'packs');
    mkdirSync(packs);
    const tarballs = await Promise.all(packages.map((pkg) => packInto(pkg, packs)));

    // Tarballs are named by relative paths, so package.json (part of the cache key) is the same
    // from one run to the next.
    const fileSpec = (pkg: WorkspacePackage) => `file:packs/${tarballs[packages.indexOf(pkg)]}`;
    const direct = new Set(spec.packages);
    const dependencies: Record<string, string> = {};
    const overrides: Record<string, string> = {};
    for (const pkg of packages) (direct.has(pkg.name) ? dependencies : overrides)[pkg.name] = fileSpec(pkg);
    Object.assign(dependencies, spec.registry);
    const packageJson: Record<string, unknown> = {
      name: `mingzheng-packed-${spec.name}`,
      version: '0.0.0',
      private: true,
      type: 'module',
      ...spec.packageJson,
      dependencies: sorted(dependencies),
      ...(Object.keys(overrides).length > 0 ? { overrides: sorted(overrides) } : {}),
    };
    const packageJsonText = `${JSON.stringify(packageJson, null, 2)}\n`;
    writeFileSync(join(dir, 'package.json'), packageJsonText);

    const tarballPaths = tarballs.map((file) => join(packs, file));
    const npmArgs = spec.npmArgs ?? [];
    const key = cacheKey(`${packageJsonText}${npmArgs.join(' ')}\n`, tarballPaths);
    const fromCache = await installCached(spec.name, key, dir, npmArgs);

    for (const [path, content] of Object.entries(spec.files ?? {})) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    return {
      dir,
      packageJson,
      fromCache,
      exec: (bin, args, options) => run(join(dir, 'node_modules', '.bin', bin), args, { ...options, cwd: dir }),
      node: (args, options) => run(process.execPath, args, { ...options, cwd: dir }),
      once: async (check, runCheck) => {
        const hash = createHash('sha256')
          .update(`${key}\n${check}\n${JSON.stringify(spec.files ?? {})}`)
          .digest('hex')
          .slice(0, 24);
        const marker = join(cacheRoot, 'packed-checks', `${spec.name}-${hash}.passed`);
        if (existsSync(marker)) return;
        await runCheck();
        mkdirSync(dirname(marker), { recursive: true });
        writeFileSync(marker, `${check}\n`);
      },
      remove: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Every package we publish (the workspace packages that are not private), packed into
 * `destination` as `pnpm publish` would pack it: name → tarball path.
 */
export async function packPublished(destination: string): Promise<Map<string, string>> {
  const published = [...workspacePackages().values()].filter((pkg) => !pkg.manifest.private);
  ensureBuilt(published);
  const files = await Promise.all(published.map((pkg) => packInto(pkg, destination)));
  return new Map(published.map((pkg, index) => [pkg.name, join(destination, files[index] ?? '')]));
}

/** Each package is packed once per test run (every app of the run installs the same tarball). */
const packedOnce = new Map<string, Promise<string>>();
let packedDir: string | undefined;

/** Copies the package's tarball (packed the first time it is asked for) into `destination`; returns its file name. */
async function packInto(pkg: WorkspacePackage, destination: string): Promise<string> {
  let packed = packedOnce.get(pkg.name);
  if (!packed) {
    if (!packedDir) {
      const dir = mkdtempSync(join(tmpdir(), 'mingzheng-packs-'));
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
      packedDir = dir;
    }
    const dir = packedDir;
    packed = pack(pkg, dir).then((file) => join(dir, file));
    packedOnce.set(pkg.name, packed);
  }
  const file = await packed;
  const name = basename(file);
  copyFileSync(file, join(destination, name));
  return name;
}

function workspacePackages(): Map<string, WorkspacePackage> {
  const packages = new Map<string, WorkspacePackage>();
  const packagesDir = join(root, 'packages');
  for (const entry of readdirSync(packagesDir)) {
    const file = join(packagesDir, entry, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    packages.set(manifest.name, {
      name: manifest.name,
      version: manifest.version,
      dir: join(packagesDir, entry),
      manifest,
    });
  }
  return packages;
}

/**
 * The requested packages and every workspace package they reach through `workspace:` ranges, in
 * build order (dependencies first). Peer dependencies are followed too: a tarball nobody installs
 * costs a second, and an override npm never uses is ignored.
 */
function closure(names: readonly string[], workspace: Map<string, WorkspacePackage>): WorkspacePackage[] {
  const ordered: WorkspacePackage[] = [];
  const visit = (name: string, from: string[]) => {
    const pkg = workspace.get(name);
    if (!pkg) throw new Error(`${name} is not a package of this workspace`);
    if (ordered.includes(pkg)) return;
    if (from.includes(name)) throw new Error(`workspace dependency cycle: ${[...from, name].join(' → ')}`);
    const { dependencies = {}, peerDependencies = {} } = pkg.manifest;
    for (const [dep, range] of Object.entries({ ...dependencies, ...peerDependencies })) {
      if (range.startsWith('workspace:')) visit(dep, [...from, name]);
    }
    ordered.push(pkg);
  };
  for (const name of names) visit(name, []);
  return ordered;
}

/** The `dist/` files a package's exports point at: what must exist for its tarball to work. */
function distEntries(pkg: WorkspacePackage): string[] {
  const files: string[] = [];
  for (const target of Object.values(pkg.manifest.exports ?? {})) {
    if (typeof target === 'object' && target.import) files.push(join(pkg.dir, target.import));
  }
  return files;
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * Builds (with the package's own `build` script) each package whose `dist/` lacks an entry or is
 * older than its sources, its package.json (which decides what stays external) or its Vite config.
 * `npm test` has built everything before the Node tests run, so there this does nothing.
 */
function ensureBuilt(packages: readonly WorkspacePackage[]): void {
  for (const pkg of packages) {
    const entries = distEntries(pkg);
    const built = entries.every((file) => existsSync(file));
    const builtAt = built ? Math.min(...entries.map((file) => statSync(file).mtimeMs)) : 0;
    const changedAt = Math.max(
      newestMtime(join(pkg.dir, 'src')),
      newestMtime(join(pkg.dir, 'package.json')),
      newestMtime(join(pkg.dir, 'vite.config.ts')),
    );
    if (built && builtAt >= changedAt) continue;
    // pnpm would otherwise install first when the workspace's install looks out of date: a test
    // must not rewrite the lockfile or node_modules.
    const args = ['--config.verify-deps-before-run=false', 'run', 'build'];
    const result = spawnSync(pnpm(), args, { cwd: pkg.dir, encoding: 'utf8', env: cleanEnv() });
    if (result.status !== 0) {
      throw new Error(
        `${pkg.name}: dist/ is ${built ? 'older than its sources' : 'missing'} and \`pnpm run build\` in ` +
          `${pkg.dir} failed (build every package with \`pnpm build\`):\n${result.error ?? ''}${result.stdout}${result.stderr}`,
      );
    }
  }
}

let pnpmCommand: string | undefined;

/** pnpm: on PATH, or the private copy `npm test` installs under `.cache/pnpm`. */
function pnpm(): string {
  if (pnpmCommand) return pnpmCommand;
  const candidates = ['pnpm', join(cacheRoot, 'pnpm', 'node_modules', '.bin', 'pnpm')];
  pnpmCommand = candidates.find((command) => spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0);
  if (!pnpmCommand)
    throw new Error('pnpm is needed to pack the workspace packages: run `npm test` once, or install pnpm');
  return pnpmCommand;
}

/** `pnpm pack` rewrites `workspace:` ranges to versions, as publishing does. Returns the tarball's file name. */
async function pack(pkg: WorkspacePackage, destination: string): Promise<string> {
  const before = new Set(readdirSync(destination));
  await run(pnpm(), ['pack', '--pack-destination', destination], { cwd: pkg.dir });
  const made = readdirSync(destination).filter((file) => !before.has(file) && file.endsWith('.tgz'));
  const expected = `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`;
  if (!made.includes(expected)) throw new Error(`pnpm pack of ${pkg.name} made ${made.join(', ') || 'nothing'}`);
  return expected;
}

function sorted(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * What decides the installed node_modules: the tarballs (pnpm packs with fixed dates, so equal
 * contents give equal bytes), the app's package.json, and the platform (native binaries).
 */
function cacheKey(packageJsonText: string, tarballs: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(`${process.platform} ${process.arch} node ${process.versions.node.split('.')[0]}\n`);
  hash.update(packageJsonText);
  for (const file of tarballs) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 20);
}

/** Installs into `dir` from the cache, or with npm (then fills the cache). Returns whether it was cached. */
async function installCached(name: string, key: string, dir: string, npmArgs: readonly string[]): Promise<boolean> {
  const entries = join(cacheRoot, 'packed-apps');
  const entry = join(entries, `${name}-${key}`);
  if (existsSync(join(entry, 'node_modules'))) {
    cpSync(join(entry, 'node_modules'), join(dir, 'node_modules'), { recursive: true, verbatimSymlinks: true });
    cpSync(join(entry, 'package-lock.json'), join(dir, 'package-lock.json'));
    // Used now: the newest for pruning.
    const now = new Date();
    utimesSync(entry, now, now);
    return true;
  }
  await run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--cache',
      join(cacheRoot, 'npm'),
      '--loglevel=error',
      ...npmArgs,
    ],
    { cwd: dir },
  );
  // Filled under another name and renamed, so a concurrent or interrupted run never sees half of it.
  mkdirSync(entries, { recursive: true });
  const partial = mkdtempSync(join(entries, `.partial-${name}-`));
  try {
    cpSync(join(dir, 'node_modules'), join(partial, 'node_modules'), { recursive: true, verbatimSymlinks: true });
    cpSync(join(dir, 'package-lock.json'), join(partial, 'package-lock.json'));
    try {
      renameSync(partial, entry);
    } catch (error) {
      // Another run filled the same entry first: equal contents, keep theirs.
      if (!existsSync(join(entry, 'node_modules'))) throw error;
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  prune(entries, name);
  return false;
}

/** Keeps the newest few cached installs of an app. */
function prune(entries: string, name: string): void {
  const mine = readdirSync(entries)
    .filter((entry) => entry.startsWith(`${name}-`))
    .map((entry) => ({ path: join(entries, entry), mtime: statSync(join(entries, entry)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { path } of mine.slice(KEEP_PER_APP)) rmSync(path, { recursive: true, force: true });
}

/**
 * The environment without what a package manager running us passes down (`npm_config_*` from
 * `npm test` or `pnpm exec`, lifecycle variables) or Node options of the test process (such as
 * the `source` condition): the app must see what a user's shell gives it. Proxy and registry
 * settings stay.
 */
function cleanEnv(): Record<string, string> {
  const keep = /^npm_config_(registry|https?_proxy|proxy|no_?proxy|cafile|strict_ssl|userconfig|globalconfig)$/i;
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (/^npm_/i.test(name) && !keep.test(name)) continue;
    if (/^(NODE_OPTIONS|NODE_PATH|INIT_CWD|PNPM_SCRIPT_SRC_DIR)$/.test(name)) continue;
    env[name] = value;
  }
  return env;
}

/** Runs `command` in a clean environment (plus `options.env`), collecting its output; rejects with it on failure. */
function run(command: string, args: readonly string[], options: ExecOptions & { cwd: string }): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...cleanEnv(), ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdin.on('error', () => {}); // a command that exits without reading its input
    child.stdin.end(options.input ?? '');
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve({ stdout, stderr });
      else {
        const status = signal ? `was killed by ${signal}` : `exited with ${code}`;
        reject(new Error(`${command} ${args.join(' ')} (in ${options.cwd}) ${status}:\n${stdout}${stderr}`));
      }
    });
  });
}

/**
 * The tsconfig.json of a consumer app built for the browser (bundler resolution, DOM, strict) that
 * sets `source`, a custom condition other projects use too: the published exports must not lead it
 * into our TypeScript sources.
 */
export function browserAppTsconfig(include: readonly string[], options: Record<string, unknown> = {}): string {
  const compilerOptions = {
    target: 'ES2022',
    module: 'esnext',
    moduleResolution: 'bundler',
    customConditions: ['source'],
    ...options,
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
  };
  return `${JSON.stringify({ compilerOptions, include }, null, 2)}\n`;
}

/** What a page reports as errors, in order: uncaught exceptions and console.error messages. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** The first check of a page waits for the engine and the default rule set to load. */
export const CHECKED = { timeout: 30_000 };

/** The 8.4 message (news media) names its article. */
export const ARTICLE_8_4 = '第八条第（四）项';

/**
 * A React or Vue app's signup page, as a user meets it: 新华社 typed and the field left shows the
 * 8.4 error, the app's state (`#state`: name|verdict|validity) follows the element's events, and its
 * 检查 button (the element's reportValidity() through a ref) says invalid; 风吹麦浪 is then valid.
 */
export async function expectSignupFlow(page: Page): Promise<void> {
  await page.locator('mz-name-field input').pressSequentially('新华社');
  await page.keyboard.press('Tab');
  await page.locator('#state', { hasText: '新华社|block|' }).waitFor(CHECKED);
  await page.locator('mz-name-field [part="feedback"]', { hasText: ARTICLE_8_4 }).waitFor(CHECKED);
  await page.getByRole('button', { name: '检查' }).click();
  await page.locator('#state', { hasText: '新华社|block|false' }).waitFor(CHECKED);

  await page.locator('mz-name-field input').fill('风吹麦浪');
  await page.locator('#state', { hasText: '风吹麦浪|pass|' }).waitFor(CHECKED);
  await page.getByRole('button', { name: '检查' }).click();
  await page.locator('#state', { hasText: '风吹麦浪|pass|true' }).waitFor(CHECKED);
}
