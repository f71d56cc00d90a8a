/**
 * How a checked text shows its findings (the name field, the profile editor's bio and signature):
 * the text mirrored under the control with EVERY finding's span marked (blocking and review spans
 * styled apart), and the findings as items — grouped per span, strongest first, the first in full
 * and the rest one line each (finding.messages.ts words them).
 */
import type { Finding } from '@mingzheng/precheck';
import type { Locale } from '@mingzheng/precheck/locale';
import { html, nothing, type TemplateResult } from 'lit';
import { describeGroup, groupFindings } from './finding.messages.js';

export interface FindingPrefixes {
  errorPrefix: string;
  reviewPrefix: string;
}

/** Whether a finding makes the text invalid (block, or review with `block-review`). */
export type Blocks = (finding: Finding) => boolean;

const blocksByDefault: Blocks = (finding) => finding.severity === 'block';

/** The findings' messages: one item per span group, the first group in full, the others one line. */
export function renderFindings(
  findings: readonly Finding[],
  locale: Locale,
  prefixes: FindingPrefixes,
  blocks: Blocks = blocksByDefault,
): TemplateResult[] {
  return groupFindings(findings).flatMap((group, index) => {
    const kind = blocks(group.primary) ? 'error' : 'review';
    const [main = '', ...others] = describeGroup(group, locale, index === 0 ? 'full' : 'short');
    const line = (text: string, level: 'error' | 'review', extra = '') =>
      html`<p class=${`message ${level}${extra}`} part="finding"><span class="visually-hidden"
          >${level === 'error' ? prefixes.errorPrefix : prefixes.reviewPrefix}</span
        >${text}</p>`;
    return [
      line(main, kind, index === 0 ? '' : ' brief'),
      ...others.map((text, i) => line(text, blocks(group.others[i] as Finding) ? 'error' : 'review', ' brief')),
    ];
  });
}

/**
 * `text` with every finding's span marked (text nodes and `<mark>`s, never HTML). Overlapping
 * spans merge; a stretch under a blocking span is marked as blocking, else as review.
 */
export function renderMirror(text: string, findings: readonly Finding[], blocks: Blocks = blocksByDefault) {
  const spans = findings.filter(
    (finding) => finding.end > finding.start && text.slice(finding.start, finding.end) === finding.match,
  );
  if (spans.length === 0) return nothing;
  const cuts = [...new Set([0, text.length, ...spans.flatMap((finding) => [finding.start, finding.end])])].sort(
    (a, b) => a - b,
  );
  // Stretches joined by a finding make one mark; findings side by side stay apart.
  const runs: { text: string; kind: 'plain' | 'block' | 'review'; under: Set<Finding> }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const covering = spans.filter((finding) => finding.start <= start && finding.end >= end);
    const kind = covering.length === 0 ? 'plain' : covering.some(blocks) ? 'block' : 'review';
    const under = new Set(covering);
    const last = runs.at(-1);
    if (last?.kind === kind && covering.some((finding) => last.under.has(finding))) {
      last.text += text.slice(start, end);
      for (const finding of covering) last.under.add(finding);
    } else runs.push({ text: text.slice(start, end), kind, under });
  }
  const pieces = runs.map(({ text: piece, kind }) =>
    kind === 'plain'
      ? piece
      : kind === 'block'
        ? html`<mark part="match match-block" class="block">${piece}</mark>`
        : html`<mark part="match match-review" class="review-span">${piece}</mark>`,
  );
  return html`<div part="mirror" aria-hidden="true">${pieces}</div>`;
}
