/**
 * The generators of the default rule set: each turns a public list kept in data/sources/ into
 * lexicons, with the list's name and date as every entry's source. compile.ts runs all of them, so
 * `compile --check` proves the artifact is what the sources compile to.
 *
 * To add a list: put its raw text (or the relevant columns) in data/sources/ with a line in
 * data/sources/README.md (what, where from, date, licence), write a module here exporting
 * `lexicons(): Lexicon[]`, and add it below. A list that tells where a blocked term is an ordinary
 * word (medicine names) yields allow entries instead: its module exports `allow(document)`, which
 * reads the rules and every lexicon, and goes into `allowGenerators`.
 */
import type { RuleSet } from '@mingzheng/precheck';
import { lexicons as advertisingRules } from './advertising-rules.js';
import { lexicons as advertisingWords } from './advertising-words.js';
import { lexicons as areaCodes } from './area-codes.js';
import * as centralOrgans from './central-organs.js';
import { lexicons as claims } from './claims.js';
import { lexicons as contactLookalikes } from './contact-lookalikes.js';
import { lexicons as contactSaleLures } from './contact-sale-lures.js';
import { lexicons as enterprises } from './enterprises.js';
import { lexicons as mediaLookalikes } from './media-lookalikes.js';
import * as medicineNames from './medicine-names.js';
import { lexicons as museums } from './museums.js';
import * as newAreas from './new-areas.js';
import { lexicons as newsSources } from './news-sources.js';
import { lexicons as occupationalQualifications } from './occupational-qualifications.js';
import { lexicons as regionsNbs } from './regions-nbs.js';
import { lexicons as scenicAreas } from './scenic-areas.js';
import { lexicons as shortLinks } from './short-links.js';
import { lexicons as surnames } from './surnames.js';
import * as universities from './universities.js';

export type Lexicon = RuleSet['lexicons'][number];
export type Generator = () => Lexicon[];
export type AllowEntry = NonNullable<RuleSet['allow']>[number];
/** Derives allow entries from a public list and the rule set's rules and (all) lexicons. */
export type AllowGenerator = (document: Pick<RuleSet, 'rules' | 'lexicons'>) => AllowEntry[];

export const generators: readonly Generator[] = [
  centralOrgans.lexicons,
  newAreas.lexicons,
  regionsNbs,
  occupationalQualifications,
  universities.lexicons,
  enterprises,
  newsSources,
  scenicAreas,
  contactLookalikes,
  contactSaleLures,
  areaCodes,
  mediaLookalikes,
  museums,
  surnames,
  claims,
  advertisingWords,
  advertisingRules,
  shortLinks,
];

/** The generators of allow entries, run after every lexicon is built; their entries follow data/rules.json's. */
export const allowGenerators: readonly AllowGenerator[] = [medicineNames.allow];
