/**
 * check(): AccountInfo → Verdict. Reads each text field the rule set has rules for, collects the
 * findings, and decides (decideVerdict): block if any finding blocks, else review if any asks for
 * review, else pass.
 * It never throws: whatever the input, a Verdict comes back.
 */
import { compactForm } from './normalize/pipeline.js';
import type { CompiledRuleSet } from './rules/compile.js';
import { evaluateField, type FieldContext } from './rules/evaluate.js';
import {
  type AccountInfo,
  type Finding,
  type Requirement,
  TEXT_FIELDS,
  type TextField,
  type Verdict,
} from './types.js';

function textOf(info: AccountInfo, field: TextField): string | undefined {
  const value =
    field === 'entity.name'
      ? info.entity?.name
      : field === 'entity.address'
        ? info.entity?.address
        : field === 'entity.contact'
          ? info.entity?.contact
          : field === 'avatar'
            ? info.avatarText
            : field === 'cover'
              ? info.coverText
              : info[field];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * The decision over findings: block if any finding blocks, else review if any asks for review,
 * else pass (notices never change it). The one place this is decided: the engine and the server's
 * registry both call it.
 */
export function decideVerdict(findings: readonly Pick<Finding, 'severity'>[]): Verdict['verdict'] {
  return findings.some((f) => f.severity === 'block')
    ? 'block'
    : findings.some((f) => f.severity === 'review')
      ? 'review'
      : 'pass';
}

const SEVERITY_ORDER = { block: 0, review: 1, notice: 2 } as const;

/** The order of a verdict's findings: field, span, severity, article, rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    TEXT_FIELDS.indexOf(a.field) - TEXT_FIELDS.indexOf(b.field) ||
    a.start - b.start ||
    a.end - b.end ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.article < b.article ? -1 : a.article > b.article ? 1 : 0) ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}

export function check(info: AccountInfo, compiled: CompiledRuleSet): Verdict {
  try {
    const safeInfo: AccountInfo = info !== null && typeof info === 'object' ? info : {};
    const entity = safeInfo.kind === 'entity' && typeof safeInfo.entity?.name === 'string' ? safeInfo.entity.name : '';
    const context: FieldContext = {
      info: safeInfo,
      ...(entity && { entityName: compactForm(entity, compiled.folder) }),
    };
    const findings: Finding[] = [];
    const requires: Requirement[] = [];
    for (const field of TEXT_FIELDS) {
      const text = textOf(safeInfo, field);
      if (text === undefined) continue;
      const found = evaluateField(compiled, field, text, context);
      // Not push(...found): a megabyte of text can give more findings than a call takes arguments.
      for (const finding of found.findings) findings.push(finding);
      // One requirement per domain over all fields, the first found.
      for (const requirement of found.requires) {
        if (!requires.some((r) => r.domain === requirement.domain)) requires.push(requirement);
      }
    }
    findings.sort(compareFindings);
    return { verdict: decideVerdict(findings), findings, requires, rulesetVersion: compiled.version };
  } catch (error) {
    // A bug must not break a signup form; the server decides in the end.
    return {
      verdict: 'review',
      findings: [
        {
          rule: 'engine-error',
          article: '10.1',
          severity: 'review',
          field: 'name',
          start: 0,
          end: 0,
          match: '',
          via: [],
          message: { key: 'engine-error', params: { error: String(error) } },
        },
      ],
      requires: [],
      rulesetVersion: compiled.version,
    };
  }
}
