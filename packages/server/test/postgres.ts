/**
 * The tests' PostgreSQL: one throw-away cluster (scripts/postgres/cluster.ts) for the whole mocha
 * run, started by the first test that asks for a database and stopped by a root `after` hook (and,
 * should mocha die first, when the process exits). Each caller gets a database of its own.
 */
import { type Cluster, startCluster } from '../../../scripts/postgres/cluster.js';

let cluster: Promise<Cluster> | undefined;
/** The cluster once started, for the exit handler (which cannot wait). */
let running: Cluster | undefined;
let databases = 0;

/** A connection string for a new, empty database on the run's cluster (started on first use). */
export async function freshDatabase(): Promise<string> {
  cluster ??= startCluster().then((started) => {
    running = started;
    return started;
  });
  const started = await cluster;
  databases += 1;
  return started.createDatabase(`mingzheng_test_${process.pid}_${databases}`);
}

function stopCluster(): void {
  running?.stop();
  running = undefined;
  cluster = undefined;
}

// A root-level hook: it runs once, after every suite of the run.
after(async () => {
  await cluster?.catch(() => undefined);
  stopCluster();
});
process.once('exit', stopCluster);
