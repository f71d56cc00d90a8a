/** The shape of a server's answer to the name field's `server-check`. */
import type { Verdict } from '@mingzheng/precheck';

/** A server answer shaped like a Verdict (the server validates what it sends; the field checks the shape). */
export function isVerdict(body: unknown): body is Verdict {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Partial<Verdict>;
  return (
    (candidate.verdict === 'pass' || candidate.verdict === 'review' || candidate.verdict === 'block') &&
    Array.isArray(candidate.findings) &&
    candidate.findings.every(
      (finding) =>
        typeof finding === 'object' &&
        finding !== null &&
        typeof finding.start === 'number' &&
        typeof finding.end === 'number' &&
        typeof finding.match === 'string' &&
        typeof finding.article === 'string' &&
        typeof finding.message?.key === 'string',
    )
  );
}
