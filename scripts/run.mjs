#!/usr/bin/env node
/**
 * The two commands of the README, for a machine that has only Node 20 and npm:
 *
 *   npm start   installs what it needs, then serves the demo signup page and prints its URL.
 *   npm test    installs what it needs (and, as root on Debian, Chromium, a CJK font and PostgreSQL), then runs
 *               type-check, lint, build, Node tests, browser tests and the Storybook smoke test,
 *               and closes with one line `N passed, N failed` over all of them.
 *
 * Only Node built-ins are used here: nothing is installed yet when this file starts.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromePath } from './test/browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pnpmVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const bin = (name) => join(root, 'node_modules', '.bin', name);

const say = (text) => console.log(`\n\u25b6 ${text}`);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function versionOf(command) {
  try {
    return execFileSync(command, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** The pinned pnpm: the one on PATH if it is that version, else a private copy under .cache/. */
function ensurePnpm() {
  if (versionOf('pnpm') === pnpmVersion) return;
  const prefix = join(root, '.cache', 'pnpm');
  const localBin = join(prefix, 'node_modules', '.bin');
  if (versionOf(join(localBin, 'pnpm')) !== pnpmVersion) {
    say(`Installing pnpm ${pnpmVersion} into .cache/pnpm`);
    const status = run('npm', [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--prefix',
      prefix,
      `pnpm@${pnpmVersion}`,
    ]);
    if (status !== 0) fail(`Could not install pnpm ${pnpmVersion} with npm.`);
  }
  process.env.PATH = `${localBin}${delimiter}${process.env.PATH}`;
}

/**
 * better-sqlite3 (the server's closed-account registry) is compiled from source when no prebuilt
 * binary can be downloaded. node-gyp then needs a C++ tool chain and Node's headers: it is pointed
 * at the headers of the running Node (no download), and on Debian as root the tool chain is
 * installed when missing.
 */
function prepareNativeBuild() {
  const prefix = dirname(dirname(process.execPath));
  if (!process.env.npm_config_nodedir && existsSync(join(prefix, 'include', 'node', 'node.h'))) {
    process.env.npm_config_nodedir = prefix;
  }
  const missing = ['make', 'g++', 'python3'].filter((tool) => versionOf(tool) === undefined);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return; // pnpm reports it if it matters
  aptInstall(['make', 'g++', 'python3']);
}

function installDependencies() {
  prepareNativeBuild();
  say('Installing dependencies from the lockfile');
  if (run('pnpm', ['install', '--frozen-lockfile']) !== 0) fail('pnpm install failed.');
}

function hasCjkFont() {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

/** Debian's Chromium and a CJK font; installed with apt-get when we are root on Debian. */
function ensureBrowser() {
  const missing = [];
  if (!chromePath()) missing.push('chromium');
  if (!hasCjkFont()) missing.push('fonts-wqy-zenhei');
  if (missing.length === 0) return;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    fail(
      `Browser tests need ${missing.join(' and ')}. Install them (on Debian: sudo apt-get install -y ${missing.join(' ')}), ` +
        'or set CHROME_PATH to a Chromium or Chrome binary and install any CJK font.',
    );
  }
  aptInstall(missing);
}

/** The directory of Debian's PostgreSQL binaries (initdb, pg_ctl), as scripts/postgres/cluster.ts finds them. */
function postgresBin() {
  if (process.env.MZ_PG_BIN)
    return existsSync(join(process.env.MZ_PG_BIN, 'initdb')) ? process.env.MZ_PG_BIN : undefined;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  return readdirSync(base).find((version) => existsSync(join(base, version, 'bin', 'initdb')));
}

/**
 * Debian's PostgreSQL, for the registry and audit tests that start a throw-away cluster of their
 * own; installed with apt-get when we are root on Debian.
 */
function ensurePostgres() {
  if (postgresBin()) return;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    fail(
      'The registry and audit tests need PostgreSQL. Install it (on Debian: sudo apt-get install -y postgresql), ' +
        'or set MZ_PG_BIN to the directory of its initdb and pg_ctl.',
    );
  }
  aptInstall(['postgresql']);
}

let aptUpdated = false;

function aptInstall(packages) {
  say(`Installing ${packages.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated && run('apt-get', ['update', '-qq'], { env }) !== 0) fail('apt-get update failed.');
  aptUpdated = true;
  if (run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { env }) !== 0) {
    fail(`apt-get install ${packages.join(' ')} failed.`);
  }
}

function fail(message) {
  console.error(`\n\u2716 ${message}`);
  process.exit(1);
}

/** Runs one stage of the test command; a runner stage reports its own counts through a file. */
function stage(label, command, args, { counted = false } = {}) {
  say(label);
  if (!counted) {
    const status = run(command, args);
    return { label, passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1 };
  }
  const dir = mkdtempSync(join(tmpdir(), 'mingzheng-'));
  const resultsFile = join(dir, 'results.json');
  try {
    const status = run(command, args, { env: { ...process.env, MZ_RESULTS_FILE: resultsFile } });
    const counts = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : { passed: 0, failed: 0 };
    // A runner that crashed before counting, or exited non-zero with nothing failed, is one failure.
    const failed = counts.failed + (status !== 0 && counts.failed === 0 ? 1 : 0);
    return { label, passed: counts.passed, failed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function test() {
  ensurePnpm();
  installDependencies();
  ensureBrowser();
  ensurePostgres();
  const results = [
    stage('Type-check (tsc)', bin('tsc'), ['-p', 'tsconfig.json']),
    stage('Lint and format (biome)', bin('biome'), ['check', '.']),
    stage('Build every package (vite + tsc)', 'pnpm', ['-r', '--reporter-hide-prefix', 'build']),
    stage('Node tests (mocha)', bin('mocha'), [], { counted: true }),
    stage('Browser tests in Chromium (web-test-runner)', bin('web-test-runner'), [], { counted: true }),
    stage('Storybook smoke test', bin('mocha'), ['--config', 'test/storybook/.mocharc.json'], { counted: true }),
  ];
  console.log('\nSummary');
  for (const { label, passed, failed } of results) {
    console.log(`  ${failed ? '\u2716' : '\u2714'} ${label}: ${passed} passed, ${failed} failed`);
  }
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

function start() {
  ensurePnpm();
  installDependencies();
  say('Starting the demo signup page (the components, with the server check mounted under /api)');
  // The demo's server side loads the workspace packages from their TypeScript sources: no build.
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'demo/serve.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

const command = process.argv[2];
if (command === 'test') test();
else if (command === 'start') start();
else fail('usage: node scripts/run.mjs start|test');
