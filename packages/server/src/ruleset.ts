/**
 * The rule set a server checks with and serves: the default rule set (or the platform's own
 * document), optionally extended with the platform's lists, as one document — the engine compiles
 * one document, and the browser must load exactly the document the server checks with.
 */
import { createHash } from 'node:crypto';
import { parseRuleSet, type RuleSet, RuleSetError } from '@mingzheng/precheck';

/**
 * `base` with the lexicons, rules and allow-lists of each extension appended (a rule-set document
 * each, validated like any). Lexicons of a category the base already has add terms to it; a rule
 * id may appear only once; the evasion policy and the length limits are the base's, and an
 * extension that sets them is refused. The result's version is the base's plus the first 12 hex
 * digits of the content hash (`2026.11+d99b9c52c191~5f0c2a9e81b4`), so a change of any extension is
 * a new version; `hash` is the SHA-256 of the content as the default rule set's build computes it.
 */
export function composeRuleSet(base: unknown, extensions: readonly unknown[] = []): RuleSet {
  const document = parsed(base, 'the base rule set');
  // Alone, the base is served as it was given (the default rule set byte for byte as it ships).
  if (extensions.length === 0) return base as RuleSet;
  const parts = extensions.map((extension, index) => parsed(extension, `extension ${index + 1}`));
  const problems: string[] = [];
  const ids = new Set(document.rules.map((rule) => rule.id));
  parts.forEach((part, index) => {
    const which = `extension ${index + 1} (${part.name})`;
    if (part.evasion !== undefined) problems.push(`${which}: "evasion" belongs to the base rule set`);
    if (part.limits !== undefined) problems.push(`${which}: "limits" belong to the base rule set`);
    for (const rule of part.rules) {
      if (ids.has(rule.id)) problems.push(`${which}: rule id "${rule.id}" is already used`);
      ids.add(rule.id);
    }
  });
  if (problems.length > 0) throw new RuleSetError(`Invalid rule set:\n${problems.map((p) => `✖ ${p}`).join('\n')}`);

  const { hash: _hash, version: _version, ...rest } = document;
  const allow = [...(document.allow ?? []), ...parts.flatMap((part) => part.allow ?? [])];
  const content: Omit<RuleSet, 'version' | 'hash'> = {
    ...rest,
    lexicons: [...document.lexicons, ...parts.flatMap((part) => part.lexicons)],
    rules: [...document.rules, ...parts.flatMap((part) => part.rules)],
    ...(allow.length > 0 && { allow }),
  };
  const hash = createHash('sha256').update(JSON.stringify(content)).digest('hex');
  // Validated again: the parts may be fine alone and not together (a rule naming a category only
  // another extension has is fine; one naming no category at all is caught when compiling).
  return parseRuleSet({ ...content, version: `${document.version}~${hash.slice(0, 12)}`, hash: `sha256-${hash}` });
}

function parsed(document: unknown, which: string): RuleSet {
  try {
    return parseRuleSet(document);
  } catch (error) {
    if (error instanceof RuleSetError) {
      throw new RuleSetError(error.message.replace(/^Invalid rule set:/, `Invalid rule set (${which}):`));
    }
    throw error;
  }
}

/** A rule-set document ready to serve: its bytes, version and strong entity tag. */
export interface ServedRuleSet {
  readonly version: string;
  readonly body: Uint8Array<ArrayBuffer>;
  /** A strong ETag: the SHA-256 of the bytes, base64url, quoted. */
  readonly etag: string;
}

export function servedRuleSet(document: RuleSet): ServedRuleSet {
  const body = new TextEncoder().encode(JSON.stringify(document));
  const etag = `"sha256-${createHash('sha256').update(body).digest('base64url')}"`;
  return { version: document.version, body, etag };
}
