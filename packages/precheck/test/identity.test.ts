import { expect } from 'chai';
import {
  isKnownDivision,
  isKnownProvince,
  maskId,
  maskPhone,
  residentIdCheckCharacter,
  usccCheckCharacter,
  validateMobile,
  validateResidentId,
  validateUscc,
} from '../src/identity/index.js';
import vectors from './vectors/identity.json' with { type: 'json' };

interface Vector {
  input: string;
  valid: boolean;
  reason?: string;
  kind?: string;
  addressKnown?: boolean;
  birthDate?: string;
  sex?: string;
  normalized?: string;
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
    });
  });
  it('computes the check character', () => {
    expect(usccCheckCharacter('91110000600037341')).to.equal('L');
    expect(usccCheckCharacter('12120000401359081')).to.equal('6');
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
    expect(maskId('110101900307001')).to.equal('1101*******7001');
    expect(maskId('1234')).to.equal('****');
  });
});
