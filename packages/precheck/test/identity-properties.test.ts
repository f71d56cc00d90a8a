/**
 * Properties of the identity helpers, whatever a form hands them: no exported function throws, a
 * validator answers a value that is not a string with `{ valid: false, reason: 'type' }`, and
 * masking hides at least half of an identity number of any length and kind. Runs in Node and in
 * Chromium.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import * as identity from '../src/identity/index.js';
import {
  maskId,
  maskPhone,
  residentIdCheckCharacter,
  usccCheckCharacter,
  validateMobile,
} from '../src/identity/index.js';
import { RUNS } from './arbitraries.js';
import vectors from './vectors/identity.json' with { type: 'json' };

/** Every function `./identity` exports, so a new export is covered without editing this file. */
const FUNCTIONS = Object.entries(identity as Record<string, unknown>).filter(
  (entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === 'function',
);

/** Values fast-check does not make on its own and that break careless code. */
const HOSTILE: unknown[] = [
  Symbol('id'),
  Object.create(null),
  {
    toString() {
      throw new Error('toString');
    },
  },
  new Proxy(
    {},
    {
      get() {
        throw new Error('get');
      },
    },
  ),
  { today: new Date(Number.NaN) },
  { today: 'yesterday' },
  new String('11010519491231002X'),
  10n,
  Number.POSITIVE_INFINITY,
];

/** Any JS value: strings (often number-like), numbers, objects, arrays, dates, boxed values, and the hostile ones. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
  fc.string({ unit: 'binary' }),
  fc.stringMatching(/^[+(（]?[0-9A-Za-z ()\-+]{0,24}$/),
  fc.constantFrom(...HOSTILE),
);

describe('identity properties: no exported function throws', () => {
  it(`covers every exported function (${FUNCTIONS.map(([name]) => name).join(', ')})`, () => {
    expect(FUNCTIONS.length).to.be.greaterThan(8);
  });
  for (const [name, fn] of FUNCTIONS) {
    it(`${name} returns for any value and any second argument`, () => {
      fc.assert(
        fc.property(anyValue, anyValue, (first, second) => {
          fn(first);
          fn(first, second);
        }),
        { numRuns: RUNS },
      );
    });
  }
  it('validators answer a non-string with an invalid result and the reason "type"', () => {
    const validators = [identity.validateMobile, identity.validateResidentId, identity.validateUscc];
    fc.assert(
      fc.property(
        anyValue.filter((value) => typeof value !== 'string'),
        (value) => {
          for (const validate of validators) expect(validate(value)).to.deep.equal({ valid: false, reason: 'type' });
        },
      ),
      { numRuns: RUNS },
    );
  });
  it('validators answer any string with a result whose valid is a boolean', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(identity.validateMobile(text).valid).to.be.a('boolean');
        expect(identity.validateResidentId(text).valid).to.be.a('boolean');
        expect(identity.validateUscc(text).valid).to.be.a('boolean');
      }),
      { numRuns: RUNS },
    );
  });
});

/** Asserts `masked` is `original` with some characters replaced by '*', at least half of them. */
function expectHalfHidden(original: string, masked: string, label: string): void {
  const before = Array.from(original.replace(/\s+/g, '').toUpperCase());
  const after = Array.from(masked);
  expect(after.length, `${label}: length`).to.equal(before.length);
  let hidden = 0;
  let changed = -1;
  after.forEach((char, i) => {
    if (char === '*') hidden++;
    else if (char !== before[i] && changed < 0) changed = i;
  });
  expect(changed, `${label}: ${JSON.stringify(masked)} changes a character it shows`).to.equal(-1);
  expect(hidden * 2, `${label}: ${JSON.stringify(masked)} hides ${hidden} of ${before.length}`).to.be.at.least(
    before.length,
  );
}

const DIGITS = '0123456789';
const USCC = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Strings of exactly `length` characters drawn from `alphabet`. */
const over = (alphabet: string, length: number) =>
  fc.array(fc.constantFrom(...alphabet), { minLength: length, maxLength: length }).map((chars) => chars.join(''));

/** An identity number of `length` characters of every kind the helpers know, and arbitrary text. */
function ofKind(kind: string, length: number): fc.Arbitrary<string> {
  switch (kind) {
    case 'resident':
      // 17 digits and the MOD 11-2 check character, cut or padded to `length`
      return over(DIGITS, 17).map((body) =>
        (body + residentIdCheckCharacter(body)).padEnd(length, '0').slice(0, length),
      );
    case 'uscc':
      return over(USCC, 17).map((body) => (body + usccCheckCharacter(body)).padEnd(length, 'A').slice(0, length));
    case 'id-characters':
      return over(`${DIGITS}Xx`, length);
    case 'uscc-characters':
      return over(`${USCC}abcdefghjklmnpqrtuwxy`, length);
    default:
      return fc.string({ unit: 'grapheme', minLength: length, maxLength: length }).filter((s) => !/[\s*]/.test(s));
  }
}

describe('identity properties: masking', () => {
  const kinds = ['resident', 'uscc', 'id-characters', 'uscc-characters', 'any'];
  for (const kind of kinds) {
    it(`maskId hides at least half of a ${kind} number of every length 0..40`, () => {
      for (let length = 0; length <= 40; length++) {
        fc.assert(
          fc.property(ofKind(kind, length), (text) => expectHalfHidden(text, maskId(text), `${kind} ${length}`)),
          { numRuns: 10 },
        );
      }
    });
  }
  it('maskId hides at least half of every identity vector', () => {
    for (const vector of [...vectors.residentIds, ...vectors.uscc]) {
      if (typeof vector.input === 'string') expectHalfHidden(vector.input, maskId(vector.input), vector.input);
    }
  });
  it('maskId keeps the documented shape of 18-character numbers: first 4 and last 4', () => {
    fc.assert(
      fc.property(over(`${DIGITS}X`, 18), (id) => {
        expect(maskId(id)).to.equal(`${id.slice(0, 4)}**********${id.slice(-4)}`);
      }),
      { numRuns: RUNS },
    );
  });
  it('maskPhone hides at least half of a digit string that is not 11 or 13 digits, and 4 or more of those', () => {
    for (let length = 0; length <= 40; length++) {
      fc.assert(
        fc.property(over(DIGITS, length), (digits) => {
          const masked = maskPhone(digits);
          const { countryCode, normalized } = validateMobile(digits);
          if (countryCode !== undefined && normalized !== undefined && normalized.length >= 8) {
            // 86 / 0086 and a national number: the country code is dropped, the number masked.
            expect(masked).to.equal(maskPhone(normalized));
            const n = normalized.length;
            if (n === 11 || n === 13)
              expect(masked).to.equal(normalized.slice(0, 3) + '*'.repeat(n - 7) + normalized.slice(-4));
            else expectHalfHidden(normalized, masked, `phone +${countryCode} ${n}`);
          } else if (length === 11 || length === 13) {
            expect(masked).to.equal(digits.slice(0, 3) + '*'.repeat(length - 7) + digits.slice(-4));
          } else {
            expectHalfHidden(digits, masked, `phone ${length}`);
          }
        }),
        { numRuns: 10 },
      );
    }
  });
});
