/**
 * Medicines whose names hold a blocked term by accident of their parts (data/sources/thuocl-medicines.tsv,
 * the medicines of a public medical lexicon): 三黄片 is 三黄 (its three herbs) + 片 (tablets), and
 * reads 黄片 only across that boundary. An allow entry is derived, never chosen: every listed name
 * in which a term of a category some block rule reads starts in the name's stem and ends in its
 * dosage form (data/sources/pharmacopoeia-dosage-forms.tsv) is allowed for that category. A term
 * inside the stem (抗病毒 in 抗病毒口服液, 壮阳 in 益肾壮阳膏) is the medicine's own claim and stays.
 */

import type { RuleSet } from '@mingzheng/precheck';
import { readTsv } from './central-organs.js';

type AllowEntry = NonNullable<RuleSet['allow']>[number];

const here = (path: string) => new URL(path, import.meta.url);

/** The dosage-form endings, longest first, so a name is split at its longest one. */
export function dosageForms(): string[] {
  return readTsv(here('../data/sources/pharmacopoeia-dosage-forms.tsv'))
    .map(([ending = '']) => ending)
    .sort((a, b) => b.length - a.length);
}

export function medicines(): string[] {
  return readTsv(here('../data/sources/thuocl-medicines.tsv')).map(([name = '']) => name);
}

/** The allow entries for `document` (its rules and lexicons, generated ones included). */
export function allow(document: Pick<RuleSet, 'rules' | 'lexicons'>): AllowEntry[] {
  const blocked = new Set(
    document.rules.flatMap((rule) => (rule.severity === 'block' && 'lexicon' in rule.match ? rule.match.lexicon : [])),
  );
  const termCategories = new Map<string, Set<string>>();
  for (const lexicon of document.lexicons) {
    if (!blocked.has(lexicon.category)) continue;
    for (const entry of lexicon.entries) {
      const term = typeof entry === 'string' ? entry : entry.term;
      const categories = termCategories.get(term) ?? new Set<string>();
      categories.add(lexicon.category);
      termCategories.set(term, categories);
    }
  }
  const forms = dosageForms();
  const byCategories = new Map<string, string[]>();
  for (const name of medicines()) {
    const form = forms.find((ending) => name.endsWith(ending) && name.length > ending.length);
    if (form === undefined) continue;
    const boundary = name.length - form.length;
    const crossing = new Set<string>();
    for (const [term, categories] of termCategories) {
      for (let at = name.indexOf(term); at >= 0; at = name.indexOf(term, at + 1)) {
        if (at < boundary && at + term.length > boundary) for (const category of categories) crossing.add(category);
      }
    }
    if (crossing.size === 0) continue;
    const key = [...crossing].sort().join(',');
    byCategories.set(key, [...(byCategories.get(key) ?? []), name]);
  }
  return [...byCategories].map(([key, terms]) => ({
    terms,
    categories: key.split(','),
    note: `Medicine names (THUOCL medical lexicon) in which a blocked term runs from the name's stem into its dosage form (${terms.join('、')}): derived by scripts/medicine-names.ts.`,
  }));
}
