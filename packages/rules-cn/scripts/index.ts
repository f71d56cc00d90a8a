/**
 * The generators of the default rule set: each turns a public list kept in data/sources/ into
 * lexicons, with the list's name and date as every entry's source. compile.ts runs all of them, so
 * `compile --check` proves the artifact is what the sources compile to.
 *
 * To add a list: put its raw text (or the relevant columns) in data/sources/ with a line in
 * data/sources/README.md (what, where from, date, licence), write a module here exporting
 * `lexicons(): Lexicon[]`, and add it below.
 */
import type { RuleSet } from '@mingzheng/precheck';
import * as centralOrgans from './central-organs.js';
import { lexicons as claims } from './claims.js';
import { lexicons as contactLookalikes } from './contact-lookalikes.js';
import { lexicons as enterprises } from './enterprises.js';
import * as newAreas from './new-areas.js';
import { lexicons as newsSources } from './news-sources.js';
import { lexicons as occupationalQualifications } from './occupational-qualifications.js';
import { lexicons as scenicAreas } from './scenic-areas.js';
import * as universities from './universities.js';

export type Lexicon = RuleSet['lexicons'][number];
export type Generator = () => Lexicon[];

export const generators: readonly Generator[] = [
  centralOrgans.lexicons,
  newAreas.lexicons,
  occupationalQualifications,
  universities.lexicons,
  enterprises,
  newsSources,
  scenicAreas,
  contactLookalikes,
  claims,
];
