/**
 * `--shard K/N`: a deterministic share of the input, so that N machines (a Kubernetes Indexed Job,
 * a Spark stage, a plain loop over hosts) each audit one share of the same file and no account is
 * audited twice or never. A record belongs to shard `fnv1a32(JSON.stringify(id)) mod N`, where `id`
 * is what its output line calls it: its own `id`, or else the line it starts on (so an account with
 * id "7" and an account without id on line 7 are different accounts). FNV-1a over the UTF-8 bytes
 * is stable across machines, Node versions and runs; any language can compute it to pre-partition.
 * Blank lines and records with no valid id are assigned by their line number the same way.
 */
import type { AccountId } from '../account-info.js';

export interface Shard {
  /** 0-based: this run's share. */
  index: number;
  count: number;
}

/** `K/N` with 0 ≤ K < N; throws a message for the command line otherwise. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(count) || count < 1 || index >= count) {
    throw new Error(`--shard takes K/N with 0 ≤ K < N (for example 0/4), not ${JSON.stringify(text)}`);
  }
  return { index, count };
}

export const formatShard = (shard: Shard) => `${shard.index}/${shard.count}`;

const encoder = new TextEncoder();

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The shard (0-based, of `count`) the record named `id` belongs to. */
export function shardOf(id: AccountId, count: number): number {
  return count === 1 ? 0 : fnv1a32(JSON.stringify(id)) % count;
}

/** Whether the record named `id` is this run's (always, without a shard). */
export const inShard = (shard: Shard | undefined, id: AccountId) =>
  shard === undefined || shard.count === 1 || shardOf(id, shard.count) === shard.index;
