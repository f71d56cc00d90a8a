import { expect } from 'chai';
import {
  isKnownDivision,
  isKnownProvince,
  maskId,
  maskPhone,
  organizationCodeCheckCharacter,
  residentIdCheckCharacter,
  usccCheckCharacter,
  validateMobile,
  validateResidentId,
  validateUscc,
} from '../src/identity/index.js';
import vectors from './vectors/identity.json' with { type: 'json' };

interface Vector {
  /** Usually a string; null, numbers and objects stand for what forms may pass. */
  input: unknown;
  valid: boolean;
  reason?: string;
  kind?: string;
  addressKnown?: boolean;
  birthDate?: string;
  sex?: string;
  normalized?: string;
  countryCode?: string;
  source: string;
  /** Why this verdict differs from the source suite's, or how the suite's scope differs. */
  note?: string;
}

const [year, month, day] = vectors.today.split('-').map(Number);
const today = new Date(year ?? 2026, (month ?? 1) - 1, day ?? 1);

describe('identity vectors: resident IDs', () => {
  for (const vector of vectors.residentIds as Vector[]) {
    it(`${JSON.stringify(vector.input)} → ${vector.valid ? 'valid' : vector.reason} (${vector.source})`, () => {
      const result = validateResidentId(vector.input, { today });
      expect(result.valid).to.equal(vector.valid);
      expect(result.reason).to.equal(vector.reason);
      if (vector.kind !== undefined) expect(result.kind).to.equal(vector.kind);
      if (vector.addressKnown !== undefined) expect(result.addressKnown).to.equal(vector.addressKnown);
      if (vector.birthDate !== undefined) expect(result.birthDate).to.equal(vector.birthDate);
      if (vector.sex !== undefined) expect(result.sex).to.equal(vector.sex);
    });
  }
});

describe('identity vectors: unified social credit codes', () => {
  for (const vector of vectors.uscc as Vector[]) {
    it(`${JSON.stringify(vector.input)} → ${vector.valid ? 'valid' : vector.reason} (${vector.source})`, () => {
      const result = validateUscc(vector.input);
      expect(result.valid).to.equal(vector.valid);
      expect(result.reason).to.equal(vector.reason);
      if (vector.addressKnown !== undefined) expect(result.addressKnown).to.equal(vector.addressKnown);
    });
  }
});

describe('identity vectors: mobile numbers', () => {
  for (const vector of vectors.mobiles as Vector[]) {
    it(`${JSON.stringify(vector.input)} → ${vector.valid ? vector.kind : vector.reason}`, () => {
      const result = validateMobile(vector.input);
      expect(result.valid).to.equal(vector.valid);
      expect(result.reason).to.equal(vector.reason);
      if (vector.kind !== undefined) expect(result.kind).to.equal(vector.kind);
      if (vector.normalized !== undefined) expect(result.normalized).to.equal(vector.normalized);
      expect(result.countryCode, 'countryCode').to.equal(vector.countryCode);
    });
  }
});

describe('identity: resident IDs', () => {
  it('parses the parts of a valid number', () => {
    expect(validateResidentId('11010519491231002x', { today })).to.deep.equal({
      valid: true,
      normalized: '11010519491231002X',
      kind: 'resident',
      addressCode: '110105',
      addressKnown: true,
      birthDate: '1949-12-31',
      sex: 'female',
    });
  });
  it('accepts a superseded county in a known province, flagged', () => {
    const result = validateResidentId('440524188001010014', { today });
    expect(result).to.include({ valid: true, addressKnown: false, sex: 'male', birthDate: '1880-01-01' });
  });
  it('reports legacy numbers with a 19YY birth date', () => {
    expect(validateResidentId('110101900307001', { today })).to.include({
      valid: true,
      legacy: true,
      kind: 'legacy',
      birthDate: '1990-03-07',
      sex: 'male',
    });
  });
  it('reads the foreigner permanent-residence layout', () => {
    expect(validateResidentId('911840198005120025', { today })).to.include({
      valid: true,
      kind: 'foreigner-permanent',
      addressCode: '110000',
      nationality: '840',
      birthDate: '1980-05-12',
      sex: 'female',
    });
  });
  it('uses today: a birth date tomorrow is rejected, one today accepted', () => {
    const id = `11010120260102001${residentIdCheckCharacter('11010120260102001')}`;
    expect(validateResidentId(id, { today }).reason).to.equal('birth-date');
    expect(validateResidentId(id, { today: new Date(2026, 0, 2) }).valid).to.equal(true);
  });
  it('defaults today to now', () => {
    expect(validateResidentId('11010519491231002X').valid).to.equal(true);
  });
  it('computes the MOD 11-2 check character', () => {
    expect(residentIdCheckCharacter('11010519491231002')).to.equal('X');
    expect(residentIdCheckCharacter('36042619910101007')).to.equal('1');
  });
});

describe('identity: unified social credit codes', () => {
  it('parses the parts', () => {
    expect(validateUscc('91310115MA1K3BTP2B')).to.deep.equal({
      valid: true,
      normalized: '91310115MA1K3BTP2B',
      authority: '9',
      entityType: '1',
      addressCode: '310115',
      addressKnown: true,
      addressLevel: 'county',
      organizationCode: 'MA1K3BTP2',
    });
  });
  it('names the level of the registering authority: national (100000), province, prefecture, county', () => {
    expect(validateUscc('11100000000013127D')).to.include({
      valid: true,
      addressLevel: 'national',
      addressKnown: true,
    });
    expect(validateUscc('91110000600037341L')).to.include({ valid: true, addressLevel: 'province' });
    expect(validateUscc('91440300568520498A')).to.include({ valid: true, addressLevel: 'prefecture' });
    expect(validateUscc('91340602MA2UJY3J9W')).to.include({ valid: true, addressLevel: 'county' });
  });
  it('refuses an address part that is no division, even when the final check character is right', () => {
    for (const code of ['91ABCDEFMA2XXXXXX6', '91000000MA2XXXXXXC', '91990000MA0000007X']) {
      expect(usccCheckCharacter(code), code).to.equal(code[17]);
      expect(validateUscc(code), code).to.include({ valid: false, reason: 'address' });
    }
  });
  it('refuses an organization code that fails its own GB 11714 check character', () => {
    expect(usccCheckCharacter('91330100123456780P')).to.equal('P');
    expect(validateUscc('91330100123456780P')).to.include({
      valid: false,
      reason: 'organization-check',
      organizationCode: '123456780',
    });
    expect(organizationCodeCheckCharacter('12345678')).to.equal('8');
    // 10 → X, 11 → 0 (GB 11714)
    expect(organizationCodeCheckCharacter('71526726')).to.equal('X');
    expect(organizationCodeCheckCharacter('MA2UJY0D')).to.equal('0');
  });
  it('accepts the README example', () => {
    expect(validateUscc('91330100MA2XXXXX08')).to.include({ valid: true, addressKnown: true });
  });
  it('computes the check character', () => {
    expect(usccCheckCharacter('91110000600037341')).to.equal('L');
    expect(usccCheckCharacter('12120000401359081')).to.equal('6');
  });
});

describe('identity: mobile numbers with the country code', () => {
  it('reports the country code and the national number', () => {
    expect(validateMobile('8613800138000')).to.deep.equal({
      valid: true,
      normalized: '13800138000',
      kind: 'mobile',
      countryCode: '86',
    });
    expect(validateMobile('13800138000')).to.deep.equal({ valid: true, normalized: '13800138000', kind: 'mobile' });
  });
  it('does not read 86 as a country code when the rest is no national number', () => {
    expect(validateMobile('8692138389438')).to.deep.equal({
      valid: false,
      reason: 'prefix',
      normalized: '8692138389438',
    });
    expect(validateMobile('1440892359525')).to.deep.equal({ valid: true, normalized: '1440892359525', kind: 'iot' });
  });
});

describe('identity: values that are not strings', () => {
  for (const value of [
    null,
    undefined,
    13800138000,
    0,
    Number.NaN,
    true,
    {},
    [],
    ['13800138000'],
    () => '13800138000',
  ]) {
    it(`${typeof value} ${String(value).slice(0, 20)}: an invalid result with reason 'type'`, () => {
      expect(validateMobile(value)).to.deep.equal({ valid: false, reason: 'type' });
      expect(validateResidentId(value)).to.deep.equal({ valid: false, reason: 'type' });
      expect(validateUscc(value)).to.deep.equal({ valid: false, reason: 'type' });
      expect(maskId(value)).to.equal('');
      expect(maskPhone(value)).to.equal('');
      expect(residentIdCheckCharacter(value)).to.equal('');
      expect(usccCheckCharacter(value)).to.equal('');
      expect(organizationCodeCheckCharacter(value)).to.equal('');
      expect(isKnownDivision(value)).to.equal(false);
      expect(isKnownProvince(value)).to.equal(false);
    });
  }
  it('ignores options that are not an options object or a valid date', () => {
    for (const options of [null, 'today', { today: 'yesterday' }, { today: new Date(Number.NaN) }]) {
      expect(validateResidentId('11010519491231002X', options as never).valid).to.equal(true);
      expect(validateResidentId('110101209912310015', options as never).reason).to.equal('birth-date');
    }
  });
});

describe('identity: divisions table', () => {
  it('holds province, prefecture and county codes and the residence-permit codes', () => {
    for (const code of ['110000', '440100', '440113', '360426', '810000', '820000', '830000']) {
      expect(isKnownDivision(code), code).to.equal(true);
    }
    expect(isKnownDivision('440524')).to.equal(false);
    expect(isKnownProvince('440524')).to.equal(true);
    expect(isKnownProvince('990000')).to.equal(false);
  });
});

describe('identity: masking', () => {
  it('masks phone numbers to the first 3 and last 4 digits', () => {
    expect(maskPhone('13800138000')).to.equal('138****8000');
    expect(maskPhone('+86 138-0013-8000')).to.equal('138****8000');
    expect(maskPhone('1401234567890')).to.equal('140******7890');
    expect(maskPhone('abc')).to.equal('***');
  });
  it('masks identity numbers to the first 4 and last 4 characters', () => {
    expect(maskId('11010519491231002X')).to.equal('1101**********002X');
    expect(maskId('11010519491231002x')).to.equal('1101**********002X');
    expect(maskId('1234')).to.equal('****');
  });
  it('hides at least half of a short or legacy number', () => {
    expect(maskId('123456789')).to.equal('12*****89');
    expect(maskId('110101900307001')).to.equal('110********7001');
    expect(maskId('12345678')).to.equal('********');
    expect(maskId('1')).to.equal('*');
    expect(maskId('')).to.equal('');
    expect(maskPhone('12345678')).to.equal('12****78');
    expect(maskPhone('+86 1380013800')).to.equal('13*****800');
  });
  it('masks a phone number written with the country code in any common form', () => {
    for (const input of ['8613800138000', '(+86)13800138000', '0086 13800138000', '+86-138-0013-8000']) {
      expect(maskPhone(input), input).to.equal('138****8000');
    }
  });
});
