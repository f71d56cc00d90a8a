/**
 * The authoritative check: the engine's verdict, plus what the closed-account registry says about
 * the account's name (Art. 10.3), in the same Finding shape and the same order the engine uses.
 *
 * A name that is, or folds to, the name of a closed account blocks; one that sounds the same or is
 * a small edit away asks for review. The finding never names the closed account: the response may
 * reach the person registering, and who was closed is not theirs to know. Without a registry match
 * the verdict is exactly the engine's, so the browser and the server agree byte for byte.
 */
import {
  type AccountInfo,
  compareFindings,
  decideVerdict,
  type Engine,
  type Finding,
  type Verdict,
} from '@mingzheng/precheck';
import type { ClosedAccountLookup, RegistryMatch } from './types.js';

export const CLOSED_ACCOUNT_RULE = 'closed-account';
export const CLOSED_ACCOUNT_ARTICLE = '10.3';

export interface CheckResult {
  verdict: Verdict;
  /** The registry entries the name matched, strongest first (for the platform; not in the verdict). */
  matches: RegistryMatch[];
}

/** Checks `info` with the engine and, when given, the registry. Rejects only if the registry fails. */
export async function checkAccount(
  engine: Pick<Engine, 'check'>,
  info: AccountInfo,
  registry?: ClosedAccountLookup,
): Promise<CheckResult> {
  const verdict = engine.check(info);
  const name = info.name;
  if (!registry || typeof name !== 'string' || name.length === 0) return { verdict, matches: [] };
  const matches = await registry.lookup(name);
  const strongest = matches[0];
  if (!strongest) return { verdict, matches };
  return { verdict: withFinding(verdict, registryFinding(name, strongest)), matches };
}

/** The finding for a name that matched a registry entry. */
export function registryFinding(name: string, match: RegistryMatch): Finding {
  return {
    rule: CLOSED_ACCOUNT_RULE,
    article: CLOSED_ACCOUNT_ARTICLE,
    severity: match.severity,
    field: 'name',
    start: 0,
    end: name.length,
    match: name,
    via: match.via,
    message: {
      key: match.severity === 'block' ? 'closed-account' : 'closed-account-similar',
      params: { match: name, closeness: match.match },
    },
  };
}

/** `verdict` with one more finding, in order, and the decision made again (block > review > pass). */
export function withFinding(verdict: Verdict, finding: Finding): Verdict {
  const findings = [...verdict.findings, finding].sort(compareFindings);
  return {
    verdict: decideVerdict(findings),
    findings,
    requires: verdict.requires,
    rulesetVersion: verdict.rulesetVersion,
  };
}
