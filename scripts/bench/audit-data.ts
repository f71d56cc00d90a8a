/**
 * The audit benchmark's input: a JSON Lines file of accounts in a realistic mix, generated
 * deterministically from the benchmark's names and bios (corpus.ts). Most accounts on a platform
 * are a name and a short bio; a few have a long bio, a signature, or are professional or entity
 * accounts:
 *
 * - every account has an `id` and a `name`: 90 % a real name, 10 % a long (20–30 character) name;
 * - 70 % have a bio: 85 % of those a short one (one to three ordinary profile phrases, about
 *   5–40 characters), 15 % a long generated bio (200–500 characters, some with lexicon terms and
 *   evasive spellings);
 * - 10 % have a signature (one ordinary phrase);
 * - 4 % are professional accounts (`profession.domain`), 1 % entity accounts (`entity.name`,
 *   `entity.uscc`, named after the entity or with 官方 appended).
 */
import { createWriteStream } from 'node:fs';
import { type BenchData, JOINERS, ORDINARY, random } from './corpus.ts';

export const AUDIT_ACCOUNTS = 200_000;

export const AUDIT_MIX = {
  longName: 0.1,
  bio: 0.7,
  longBio: 0.15,
  signature: 0.1,
  professional: 0.04,
  entity: 0.01,
} as const;

const DOMAINS = ['healthcare', 'law', 'finance', 'education'];
const CITIES = ['杭州', '成都', '苏州', '长沙', '青岛', '厦门', '合肥', '昆明'];
const TRADES = ['科技', '文化传媒', '餐饮管理', '贸易', '教育咨询', '电子商务'];

/** One account as a JSON line, for account number `i` (the generator is seeded once per file). */
export function* auditAccounts(data: BenchData, count: number): Generator<string> {
  const rng = random(20241128);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  for (let i = 0; i < count; i++) {
    const account: Record<string, unknown> = { id: `u${String(i + 1).padStart(7, '0')}` };
    const kind = rng();
    if (kind < AUDIT_MIX.entity) {
      const entity = `${pick(CITIES)}${pick(data.names)}${pick(TRADES)}有限公司`;
      account.kind = 'entity';
      account.name = rng() < 0.5 ? entity : `${entity.slice(0, -4)}官方`;
      account.entity = { name: entity, uscc: '91330100MA2XXXXXX1' };
    } else {
      if (kind < AUDIT_MIX.entity + AUDIT_MIX.professional) {
        account.kind = 'professional';
        account.profession = { domain: pick(DOMAINS) };
      }
      account.name = rng() < AUDIT_MIX.longName ? pick(data.longNames) : pick(data.names);
    }
    if (rng() < AUDIT_MIX.bio) {
      if (rng() < AUDIT_MIX.longBio) {
        account.bio = pick(data.bios);
      } else {
        const parts = 1 + Math.floor(rng() * 3);
        let bio = pick(ORDINARY);
        for (let p = 1; p < parts; p++) bio += pick(JOINERS) + pick(ORDINARY);
        account.bio = bio;
      }
    }
    if (rng() < AUDIT_MIX.signature) account.signature = pick(ORDINARY);
    yield JSON.stringify(account);
  }
}

/** Writes `count` accounts to `file`; resolves to its size in bytes. */
export async function writeAuditFile(file: string, data: BenchData, count = AUDIT_ACCOUNTS): Promise<number> {
  const stream = createWriteStream(file);
  let bytes = 0;
  let chunk = '';
  for (const line of auditAccounts(data, count)) {
    chunk += `${line}\n`;
    if (chunk.length > 65_536) {
      bytes += Buffer.byteLength(chunk);
      if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
      chunk = '';
    }
  }
  bytes += Buffer.byteLength(chunk);
  stream.write(chunk);
  await new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    stream.end(resolve);
  });
  return bytes;
}
