/**
 * Writes src/attribution/countries.data.ts from ip2region's data and CLDR (see countries.ts).
 *
 *   node --import tsx packages/server/scripts/generate-countries.ts          # from the repository root
 *   node --import tsx packages/server/scripts/generate-countries.ts --check  # fails if the file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { COUNTRIES_DATA_FILE, generateCountries } from './countries.ts';

const text = generateCountries();
if (process.argv.includes('--check')) {
  if (readFileSync(COUNTRIES_DATA_FILE, 'utf8') !== text) {
    console.error(`${COUNTRIES_DATA_FILE} is stale: run this script without --check`);
    process.exitCode = 1;
  }
} else {
  writeFileSync(COUNTRIES_DATA_FILE, text);
  console.log(`wrote ${COUNTRIES_DATA_FILE}`);
}
