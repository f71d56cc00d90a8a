/**
 * How the elements show findings in words: the engine's catalog (`describeFinding` of
 * @mingzheng/precheck, in the lazy engine chunk) words each finding — the same sentences the
 * server's answers and the command line's output carry; what is the elements' own is only the
 * layout: findings grouped per span, the first group in full and the others one line each, and the
 * browser's validity bubble. Findings exist only once the engine has loaded, so wording them never
 * waits for it.
 */
import type { Finding } from '@mingzheng/precheck';
import type { Locale } from '@mingzheng/precheck/locale';
import { precheckIfLoaded } from './engine-cache.js';
import { refreshLocalizedElements } from './locale-controller.js';
import { toTraditional } from './traditional.js';

/** A finding shown as one item: the strongest on a span, the evasion that disguised it, and the rest. */
export interface FindingGroup {
  primary: Finding;
  /** The Art. 8.6 evasion on the same span, worded into the primary's message. */
  evasion?: Finding;
  /** The other findings on the span, with other articles (one line each). */
  others: Finding[];
}

/** The browser's validity bubble, for the field `label`: the full text is inline, under the field. */
const VALIDITY: Readonly<Record<Locale, (label?: string) => string>> = {
  'zh-CN': (label = '名称') => `${label}不符合规定，见下方说明`,
  'zh-TW': (label = '名稱') => `${label}不符合規定，見下方說明`,
  en: (label = 'name') => `The ${label.toLowerCase()} does not meet the rules; see the explanation below.`,
};

const SEVERITY_RANK: Readonly<Record<string, number>> = { block: 0, review: 1 };
const rank = (finding: Finding) => SEVERITY_RANK[finding.severity] ?? 2;

/**
 * The findings of one field as items: findings whose spans overlap form one group, its strongest
 * finding first (block before review); an evasion finding on the primary's span joins it; a
 * weaker finding citing the same article adds nothing and is left out. Groups come strongest
 * first, then in text order.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const clusters: Finding[][] = [];
  let end = -1;
  for (const finding of sorted) {
    const last = clusters.at(-1);
    // Findings without a span (length, entity) stand alone.
    if (last && finding.end > finding.start && finding.start < end) {
      last.push(finding);
      end = Math.max(end, finding.end);
    } else {
      clusters.push([finding]);
      end = finding.end > finding.start ? finding.end : -1;
    }
  }
  const groups = clusters.map((cluster) => {
    const ordered = [...cluster].sort(
      (a, b) => rank(a) - rank(b) || Number(a.rule === 'evasion') - Number(b.rule === 'evasion') || a.start - b.start,
    );
    const primary = ordered[0] as Finding;
    const evasion =
      primary.rule === 'evasion'
        ? undefined
        : ordered.find(
            (finding) => finding.rule === 'evasion' && finding.start === primary.start && finding.end === primary.end,
          );
    const cited = new Set([primary.article, ...(evasion ? [evasion.article] : [])]);
    const others: Finding[] = [];
    for (const finding of ordered.slice(1)) {
      if (finding === evasion) continue;
      if (cited.has(finding.article) && rank(finding) >= rank(primary)) continue;
      cited.add(finding.article);
      others.push(finding);
    }
    return { primary, ...(evasion && { evasion }), others };
  });
  return groups.sort((a, b) => rank(a.primary) - rank(b.primary) || a.primary.start - b.primary.start);
}

/**
 * One finding (with the evasion that disguised it) in `locale`, in the engine's words: `full` says
 * what is wrong, why and what to do; `short` is one line. A zh-TW message naming a rule-set term
 * loads the converter on first use and re-renders once it has (traditional.ts); so does a locale
 * whose catalog has not loaded yet (the page's loads with the engine), shown as the match until then.
 */
export function describeFinding(
  finding: Finding,
  locale: Locale,
  form: 'full' | 'short' = 'full',
  evasion?: Finding,
): string {
  const precheck = precheckIfLoaded();
  if (!precheck) return finding.match;
  if (!precheck.hasLocale(locale)) {
    // A language switched to at runtime (or a field's own `lang`): its words load, then every element re-renders.
    void precheck.loadLocale(locale).then(refreshLocalizedElements, () => undefined);
    return finding.match;
  }
  return precheck.describeFinding(finding, locale, {
    form,
    ...(evasion && { evasion }),
    traditional: toTraditional,
  });
}

/** The words of a group: the primary (with its evasion), then one short line per other finding. */
export function describeGroup(group: FindingGroup, locale: Locale, form: 'full' | 'short'): string[] {
  return [
    describeFinding(group.primary, locale, form, group.evasion),
    ...group.others.map((finding) => describeFinding(finding, locale, 'short')),
  ];
}

/** The short message for the browser's validity bubble: the full text is inline, under the field. */
export function validityMessage(locale: Locale, label?: string): string {
  return VALIDITY[locale](label);
}
