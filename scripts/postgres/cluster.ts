/**
 * A throw-away PostgreSQL cluster for the tests and benchmarks: Debian's `postgresql` binaries
 * (found under /usr/lib/postgresql/<version>/bin, or in $MZ_PG_BIN), `initdb` into a temporary
 * directory and `pg_ctl start` on a free port of 127.0.0.1, with trust authentication and no fsync.
 * PostgreSQL refuses to run as root: as root the cluster belongs to, and runs as, `nobody`
 * (through runuser). `stop()` ends the server and deletes the directory.
 *
 * When PostgreSQL is not installed or does not start, `startCluster` throws an Error saying so and
 * how to install it: a test that needs it fails, it is never skipped.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Cluster {
  /** postgres://…/postgres, the maintenance database. */
  url: string;
  port: number;
  /** A connection string for a new, empty database named `name`. */
  createDatabase(name: string): Promise<string>;
  /** The process id of the server (the postmaster: each connection's backend is forked from it). */
  serverPid(): number;
  stop(): void;
}

const INSTALL_HINT =
  '`npm test` installs it with apt-get when run as root on Debian; otherwise install it ' +
  '(Debian/Ubuntu: sudo apt-get install -y postgresql) or set MZ_PG_BIN to the directory of initdb and pg_ctl.';

/** The directory of initdb and pg_ctl, or undefined. */
export function postgresBin(): string | undefined {
  const fromEnv = process.env.MZ_PG_BIN;
  if (fromEnv) return existsSync(join(fromEnv, 'initdb')) ? fromEnv : undefined;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface ClusterOptions {
  /**
   * More server settings, `name=value` each (passed as `-c name=value`): a benchmark's bulk load
   * asks for `wal_level=minimal`, larger `maintenance_work_mem`, … The defaults suit the tests.
   */
  settings?: readonly string[];
}

export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const bin = postgresBin();
  if (bin === undefined) throw new Error(`PostgreSQL is not installed (no initdb found). ${INSTALL_HINT}`);
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'mingzheng-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  if (asRoot) chownSync(dir, 65534, 65534);
  const run = (tool: string, args: string[]) => {
    const [command, full] = asRoot
      ? ['runuser', ['-u', 'nobody', '--', join(bin, tool), ...args]]
      : [join(bin, tool), args];
    const result = spawnSync(command, full, { encoding: 'utf8', cwd: dir });
    if (result.error || result.status !== 0) {
      const serverLog = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
      throw new Error(
        `PostgreSQL could not be started: ${tool} ${result.error?.message ?? `exited with ${result.status}`}\n${result.stderr ?? ''}${serverLog}`,
      );
    }
  };
  let started = false;
  const stop = () => {
    if (started) {
      started = false;
      try {
        run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
      } catch {
        // the directory is removed all the same
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run('initdb', ['-D', data, '-U', 'mingzheng', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    const port = await freePort();
    const settings = [
      `-p ${port}`,
      "-c listen_addresses='127.0.0.1'",
      `-c unix_socket_directories='${dir}'`,
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      ...(options.settings ?? []).map((setting) => {
        if (!/^[a-z_]+=[A-Za-z0-9_.]+$/.test(setting)) throw new Error(`not a plain server setting: ${setting}`);
        return `-c ${setting}`;
      }),
    ].join(' ');
    run('pg_ctl', ['start', '-D', data, '-l', log, '-w', '-t', '30', '-o', settings]);
    started = true;
    const url = (database: string) => `postgres://mingzheng@127.0.0.1:${port}/${database}`;
    const psql = join(bin, 'psql');
    return {
      url: url('postgres'),
      port,
      async createDatabase(name: string) {
        if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
        execFileSync(psql, ['-X', '-q', '-d', url('postgres'), '-c', `CREATE DATABASE ${name}`], { stdio: 'pipe' });
        return url(name);
      },
      serverPid: () => Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]),
      stop,
    };
  } catch (error) {
    stop();
    throw error;
  }
}

/**
 * Runs `psql` on the database at `url` with a script that `feed` writes to its standard input
 * (`write` waits while psql catches up), stopping at the first error. The way to load many rows:
 * the script's `COPY … FROM STDIN;` lines are followed by their rows in COPY's text format and `\.`.
 */
export function psql(url: string, feed: (write: (text: string) => Promise<void>) => Promise<void>): Promise<void> {
  const bin = postgresBin();
  if (bin === undefined)
    return Promise.reject(new Error(`PostgreSQL is not installed (no psql found). ${INSTALL_HINT}`));
  const child = spawn(join(bin, 'psql'), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url], {
    stdio: ['pipe', 'inherit', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`psql exited with ${code}: ${stderr}`))));
  });
  let stopped: Error | undefined;
  let waiting: ((error?: Error) => void) | undefined;
  child.once('close', () => {
    stopped = new Error(`psql stopped: ${stderr}`);
    waiting?.(stopped);
  });
  child.stdin.on('drain', () => waiting?.());
  child.stdin.on('error', () => {}); // psql's exit status says what went wrong
  const write = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (stopped) reject(stopped);
      else if (child.stdin.write(text)) resolve();
      else {
        waiting = (error) => {
          waiting = undefined;
          if (error) reject(error);
          else resolve();
        };
      }
    });
  return feed(write).then(
    () => {
      child.stdin.end();
      return done;
    },
    (error) => {
      child.kill();
      throw error;
    },
  );
}

/** A value as a field of COPY's text format (\N for null). */
export function copyField(value: string | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  return value.replace(/[\\\t\n\r]/g, (char) =>
    char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r',
  );
}
