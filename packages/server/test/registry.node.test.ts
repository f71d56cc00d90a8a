/**
 * The closed-account registry on a real SQLite file in a temporary directory: which names it finds
 * and how (exact and normalized names block, homophones, spelled pinyin and near spellings ask for
 * review, unrelated names pass), that it survives closing and reopening the file, and that the
 * measures of Art. 17 are kept with their dates.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'chai';
import {
  type ClosedAccountRegistry,
  createSqliteRegistry,
  deletionVariants,
  distance,
  type Folding,
  loadFolding,
  maxDistance,
  nameKeys,
  SCHEMA_VERSION,
} from '../src/registry/index.js';

/** `[match, severity, via]` of each match, strongest first. */
const found = (registry: ClosedAccountRegistry, name: string) =>
  registry.lookup(name).map((m) => [m.account.name, m.match, m.severity, m.via.join(',')]);

describe('closed-account registry (SQLite)', function () {
  this.timeout(20_000);

  let dir: string;
  let file: string;
  let registry: ClosedAccountRegistry;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mingzheng-registry-'));
    file = join(dir, 'closed-accounts.db');
    registry = await createSqliteRegistry(file);
    registry.add('风吹麦浪', { reason: '用户协议 第 5.2 条', closedAt: '2026-03-01T08:00:00Z', accountId: 'u-1001' });
    registry.add('MoonWalker', { reason: '违法信息', closedAt: '2026-03-02T08:00:00Z' });
    registry.add('张三', { reason: '冒用他人身份', closedAt: '2026-03-03T08:00:00Z' });
    registry.add('张三丰', { reason: '冒用他人身份', closedAt: '2026-03-04T08:00:00Z' });
  });

  after(async () => {
    registry.close();
    await rm(dir, { recursive: true, force: true });
  });

  describe('names that block (Art. 10.3: no re-registration)', () => {
    it('the very same name', () => {
      expect(found(registry, '风吹麦浪')).to.deep.equal([['风吹麦浪', 'exact', 'block', '']]);
      expect(found(registry, '张三')).to.deep.equal([['张三', 'exact', 'block', '']]);
    });

    it('traditional characters', () => {
      expect(found(registry, '風吹麥浪')).to.deep.equal([['风吹麦浪', 'normalized', 'block', 'traditional']]);
      expect(found(registry, '張三')).to.deep.equal([['张三', 'normalized', 'block', 'traditional']]);
    });

    it('spaced letters and other separators', () => {
      expect(found(registry, 'm o o n w a l k e r')).to.deep.equal([
        ['MoonWalker', 'normalized', 'block', 'separator'],
      ]);
      expect(found(registry, '风·吹·麦·浪')).to.deep.equal([['风吹麦浪', 'normalized', 'block', 'separator']]);
      expect(found(registry, 'moon_walker!')).to.deep.equal([['MoonWalker', 'normalized', 'block', 'separator']]);
    });

    it('full-width letters, case, invisible and look-alike characters', () => {
      expect(found(registry, 'ＭｏｏｎＷａｌｋｅｒ')).to.deep.equal([['MoonWalker', 'normalized', 'block', 'width']]);
      expect(found(registry, 'MOONWALKER')).to.deep.equal([['MoonWalker', 'normalized', 'block', '']]);
      expect(found(registry, '风\u200b吹麦浪')).to.deep.equal([['风吹麦浪', 'normalized', 'block', 'invisible']]);
      // Cyrillic о (U+043E) for the Latin o.
      expect(found(registry, 'M\u043e\u043enWalker')).to.deep.equal([
        ['MoonWalker', 'normalized', 'block', 'confusable'],
      ]);
    });
  });

  describe('names that ask for review (closely related, Art. 10.3)', () => {
    it('homophones: the same pinyin', () => {
      expect(found(registry, '风吹麦狼')).to.deep.equal([['风吹麦浪', 'pinyin', 'review', 'homophone']]);
      expect(found(registry, '张三峰')).to.deep.equal([['张三丰', 'pinyin', 'review', 'homophone']]);
    });

    it('spelled pinyin', () => {
      expect(found(registry, 'fengchuimailang')).to.deep.equal([['风吹麦浪', 'pinyin', 'review', 'pinyin']]);
      expect(found(registry, 'Feng Chui Mai Lang')).to.deep.equal([
        ['风吹麦浪', 'pinyin', 'review', 'pinyin,separator'],
      ]);
    });

    it('one edit from a name of three to five characters', () => {
      expect(found(registry, '风吹麦田')).to.deep.equal([['风吹麦浪', 'edit', 'review', '']]);
      expect(found(registry, '张四丰')).to.deep.equal([['张三丰', 'edit', 'review', '']]);
      expect(found(registry, '风吹麦浪啊')).to.deep.equal([['风吹麦浪', 'edit', 'review', '']]);
    });

    it('up to two edits from a name of six characters or more, swaps included', () => {
      expect(registry.lookup('MoonWalkr')[0]).to.include({ match: 'edit', severity: 'review', distance: 1 });
      expect(registry.lookup('MoonWlaker')[0]).to.include({ match: 'edit', distance: 1 });
      expect(registry.lookup('Mo0nWa1ker')[0]).to.include({ match: 'edit', distance: 2 });
      expect(registry.lookup('MoonWa')).to.deep.equal([]); // four edits
    });
  });

  describe('names that pass', () => {
    it('unrelated names', () => {
      for (const name of ['月光宝盒', '小明', 'Stargazer', '风吹草动', '李四', '']) {
        expect(found(registry, name), name).to.deep.equal([]);
      }
    });

    it('one edit from a two-character name is another name', () => {
      expect(found(registry, '张四')).to.deep.equal([]);
      expect(found(registry, '王三')).to.deep.equal([]);
    });
  });

  describe('entries', () => {
    it('reports each entry once, strongest match first', () => {
      registry.add('晚風', { reason: '另一账号' });
      registry.add('晚风', { reason: '同名，简体' });
      const matches = registry.lookup('晚风');
      expect(matches.map((m) => [m.account.name, m.match])).to.deep.equal([
        ['晚风', 'exact'],
        ['晚風', 'normalized'],
      ]);
    });

    it('stops counting a lifted entry, and keeps it as a record', () => {
      const entry = registry.add('一叶知秋', { reason: '误封' });
      expect(found(registry, '一叶知秋')).to.have.length(1);
      expect(registry.lift(entry.id, '2026-04-01T00:00:00Z')).to.equal(true);
      expect(registry.lift(entry.id)).to.equal(false);
      expect(found(registry, '一叶知秋')).to.deep.equal([]);
      expect(registry.get(entry.id)).to.include({ liftedAt: '2026-04-01T00:00:00.000Z' });
      expect(registry.list().map((e) => e.name)).not.to.include('一叶知秋');
      expect(registry.list({ includeLifted: true }).map((e) => e.name)).to.include('一叶知秋');
    });
  });

  describe('measures (Art. 17)', () => {
    it('records a closure with every entry, and the measures given with it, in date order', () => {
      const entry = registry.add('夜行者', {
        reason: '多次发布违法信息',
        closedAt: '2026-05-10T00:00:00Z',
        measures: [
          { kind: 'warning', at: '2026-05-01T00:00:00Z', note: '首次警示' },
          { kind: 'suspension', at: '2026-05-05T00:00:00Z', until: '2026-05-08T00:00:00Z' },
        ],
      });
      expect(registry.measures(entry.id).map((m) => [m.kind, m.at, m.until, m.note])).to.deep.equal([
        ['warning', '2026-05-01T00:00:00.000Z', null, '首次警示'],
        ['suspension', '2026-05-05T00:00:00.000Z', '2026-05-08T00:00:00.000Z', null],
        ['closure', '2026-05-10T00:00:00.000Z', null, null],
      ]);
    });

    it('records later measures, timestamped now unless a date is given', () => {
      const [entry] = registry.list({ limit: 1 });
      if (!entry) throw new Error('no entry');
      const before = Date.now();
      const measure = registry.recordMeasure(entry.id, { kind: 'no-reregistration', note: '禁止重新注册' });
      expect(measure).to.include({ account: entry.id, kind: 'no-reregistration', note: '禁止重新注册' });
      expect(Date.parse(measure.at)).to.be.within(before - 1000, Date.now() + 1000);
      expect(registry.measures(entry.id).map((m) => m.kind)).to.deep.equal(['closure', 'no-reregistration']);
      expect(registry.measures().length).to.be.greaterThan(4);
    });

    it('refuses unknown measures, dates and entries', () => {
      const [entry] = registry.list({ limit: 1 });
      if (!entry) throw new Error('no entry');
      expect(() => registry.recordMeasure(entry.id, { kind: 'ban' as 'closure' })).to.throw(TypeError, /warning/);
      expect(() => registry.recordMeasure(entry.id, { kind: 'warning', at: 'yesterday' })).to.throw(
        TypeError,
        /not a date/,
      );
      expect(() => registry.recordMeasure(999_999, { kind: 'warning' })).to.throw(RangeError);
      expect(() => registry.add('', { reason: 'x' })).to.throw(TypeError);
      expect(() => registry.add('某某', { reason: '' })).to.throw(TypeError);
    });
  });

  describe('the file', () => {
    it('survives closing and reopening the file', async () => {
      const before = registry.list({ includeLifted: true });
      const measures = registry.measures();
      registry.close();
      registry = await createSqliteRegistry(file);
      expect(registry.list({ includeLifted: true })).to.deep.equal(before);
      expect(registry.measures()).to.deep.equal(measures);
      expect(found(registry, '晚風').map(([name, match]) => `${name} ${match}`)).to.deep.equal([
        '晚風 exact',
        '晚风 normalized',
      ]);
      expect(found(registry, 'MoonWalkr')).to.deep.equal([['MoonWalker', 'edit', 'review', '']]);
    });

    it('writes ahead (WAL), with a schema version and indexed keys', () => {
      const db = new Database(file, { readonly: true });
      try {
        expect(db.pragma('journal_mode', { simple: true })).to.equal('wal');
        expect(db.prepare('SELECT schema FROM registry_version').get()).to.deep.equal({ schema: SCHEMA_VERSION });
        const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all();
        expect(indexes.map((row) => (row as { name: string }).name)).to.include.members([
          'closed_accounts_normalized_key',
          'closed_accounts_pinyin_key',
        ]);
        const row = db
          .prepare("SELECT normalized_key, pinyin_key FROM closed_accounts WHERE name = 'MoonWalker'")
          .get();
        expect(row).to.deep.equal({ normalized_key: 'moonwalker', pinyin_key: 'moonwalker' });
      } finally {
        db.close();
      }
    });

    it('recomputes the keys when the folding they were made with changed', async () => {
      registry.close();
      const db = new Database(file);
      db.exec(
        "UPDATE registry_version SET keys = 'another folding'; UPDATE closed_accounts SET normalized_key = 'x', pinyin_key = NULL; DELETE FROM closed_account_variants",
      );
      db.close();
      registry = await createSqliteRegistry(file);
      expect(found(registry, '風吹麥浪')).to.deep.equal([['风吹麦浪', 'normalized', 'block', 'traditional']]);
      expect(found(registry, '风吹麦狼')[0]?.[1]).to.equal('pinyin');
      expect(found(registry, 'MoonWalkr')[0]?.[1]).to.equal('edit');
    });

    it('refuses a file written by a newer schema', async () => {
      const other = join(dir, 'newer.db');
      (await createSqliteRegistry(other)).close();
      const db = new Database(other);
      db.prepare('UPDATE registry_version SET schema = ?').run(SCHEMA_VERSION + 1);
      db.close();
      let error: unknown;
      try {
        await createSqliteRegistry(other);
      } catch (caught) {
        error = caught;
      }
      expect(String(error)).to.match(/schema 2; this version of @mingzheng\/server reads 1/);
    });
  });
});

describe('registry keys and distances', () => {
  let folding: Folding;
  before(async () => {
    folding = await loadFolding();
  });

  it('folds names the way the engine folds user text', () => {
    expect(nameKeys('新 華 社', folding)).to.deep.equal({
      key: '新华社',
      pinyin: 'xinhuashe',
      via: ['separator', 'traditional'],
    });
    expect(nameKeys('ＣＣＴＶ', folding)).to.deep.equal({ key: 'cctv', pinyin: 'cctv', via: ['width'] });
    expect(nameKeys('😀小明😀', folding)).to.deep.equal({ key: '小明', pinyin: 'xiaoming', via: ['separator'] });
    expect(nameKeys('李', folding).pinyin).to.equal(null);
    expect(nameKeys('· · ·', folding).key).to.equal('');
  });

  it('measures the optimal-string-alignment distance in characters', () => {
    expect(distance('abc', 'abc')).to.equal(0);
    expect(distance('abc', 'acb')).to.equal(1);
    expect(distance('abc', 'ab')).to.equal(1);
    expect(distance('kitten', 'sitting')).to.equal(3);
    expect(distance('kitten', 'sitting', 2)).to.equal(3);
    expect(distance('𠀀a', 'a')).to.equal(1);
    expect(distance('ca', 'abc')).to.equal(3); // restricted: no edit of a swapped pair
  });

  it('allows no edit below three characters, one below six, two from six', () => {
    expect([1, 2, 3, 5, 6, 30].map(maxDistance)).to.deep.equal([0, 0, 1, 1, 2, 2]);
  });

  it('finds every key within the distance through deletion variants', () => {
    const stored = 'moonwalker';
    const index = deletionVariants(stored, 2);
    for (const query of ['moonwalkr', 'moonwlaker', 'mo0nwa1ker', 'xmoonwalkerx', 'oonwalke']) {
      const shared = [...deletionVariants(query, 2)].some((variant) => index.has(variant));
      expect(shared, query).to.equal(true);
      expect(distance(query, stored), query).to.be.at.most(2);
    }
    expect(deletionVariants('abc', 1)).to.deep.equal(new Set(['abc', 'bc', 'ac', 'ab']));
  });
});
