/**
 * The shared vector files as accounts, with the rule set each is checked against: read by
 * vectors.test.ts (Node and Chromium) and by scripts/vector-results.ts, which writes the verdicts
 * both runtimes must reproduce byte for byte (vectors/results.json).
 */
import ruleSet from '@mingzheng/tooling/test-ruleset.json' with { type: 'json' };
import type { AccountInfo, RuleSet } from '../src/index.js';
import contact from './vectors/contact.json' with { type: 'json' };
import matrix from './vectors/matrix.json' with { type: 'json' };
import names from './vectors/names.json' with { type: 'json' };

/** What every account vector has: the text, and optionally its field and the entity it names. */
export interface AccountVector {
  text: string;
  field?: 'name' | 'bio';
  /** An entity account of this name; `text` is then the account name. */
  entity?: string;
}

export function accountOf(vector: AccountVector): AccountInfo {
  if (vector.entity !== undefined)
    return { kind: 'entity', name: vector.text, entity: { name: vector.entity, uscc: '' } };
  return { [vector.field ?? 'name']: vector.text };
}

/** Each vector file of accounts with the rule set its vectors are checked against. */
export const VECTOR_FILES: readonly { file: string; ruleSet: RuleSet; vectors: readonly AccountVector[] }[] = [
  { file: 'names.json', ruleSet: ruleSet as RuleSet, vectors: names.vectors as AccountVector[] },
  { file: 'contact.json', ruleSet: contact.ruleSet as RuleSet, vectors: contact.vectors as AccountVector[] },
  { file: 'matrix.json', ruleSet: matrix.ruleSet as RuleSet, vectors: matrix.vectors as AccountVector[] },
];
