/**
 * IP attribution (Art. 12): ip2region's real data for public addresses of the mainland, Hong Kong,
 * Macau, Taiwan and abroad, IPv4 and IPv6; addresses that cannot be placed; the client's address
 * behind trusted proxies only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { formatAttribution } from '@mingzheng/precheck';
import { expect } from 'chai';
import { COUNTRIES_DATA_FILE, generateCountries } from '../scripts/countries.ts';
import {
  canonicalIp,
  clientIp,
  createIp2RegionResolver,
  ipKind,
  maskIp,
  regionFromPlace,
  resolveAttribution,
  trustedProxies,
} from '../src/attribution/index.js';

const label = (ip: string) => formatAttribution(resolveAttribution(ip))?.label;

/** The first address of the first IPv4 range whose record starts with `prefix` (e.g. `中国|0|广东省|`). */
function firstAddressOf(prefix: string): string {
  const require = createRequire(import.meta.url);
  const data = readFileSync(join(dirname(require.resolve('ip2region/package.json')), 'data', 'ip2region.db'));
  const first = data.readUInt32LE(0);
  const last = data.readUInt32LE(4);
  for (let index = first; index <= last; index += 12) {
    const pointer = data.readUInt32LE(index + 8);
    const offset = pointer & 0x00ffffff;
    const record = data.toString('utf8', offset + 4, offset + ((pointer >>> 24) & 0xff));
    if (record.startsWith(prefix)) {
      const start = data.readUInt32LE(index);
      return [start >>> 24, (start >>> 16) & 0xff, (start >>> 8) & 0xff, start & 0xff].join('.');
    }
  }
  throw new Error(`no range of ${prefix}`);
}

describe('IP attribution from ip2region', () => {
  it('places mainland addresses in their province (GB/T 2260 code)', () => {
    expect(resolveAttribution('114.114.114.114')).to.deep.equal({ country: 'CN', province: '320000' });
    expect(resolveAttribution('202.96.128.86')).to.deep.equal({ country: 'CN', province: '440000' });
    expect(resolveAttribution('202.106.0.20')).to.deep.equal({ country: 'CN', province: '110000' });
    expect(label('114.114.114.114')).to.equal('江苏');
  });

  it('places a Guangdong and a Beijing address taken from the data itself', () => {
    const guangdong = firstAddressOf('中国|0|广东省|');
    const beijing = firstAddressOf('中国|0|北京|');
    expect(resolveAttribution(guangdong), guangdong).to.deep.equal({ country: 'CN', province: '440000' });
    expect(resolveAttribution(beijing), beijing).to.deep.equal({ country: 'CN', province: '110000' });
    expect([label(guangdong), label(beijing)]).to.deep.equal(['广东', '北京']);
  });

  it('places addresses abroad in their country (ISO 3166-1)', () => {
    expect(resolveAttribution('8.8.8.8')).to.deep.equal({ country: 'US' });
    expect(resolveAttribution('1.1.1.1')).to.deep.equal({ country: 'AU' });
    expect([label('8.8.8.8'), label('1.1.1.1')]).to.deep.equal(['美国', '澳大利亚']);
  });

  it('gives Hong Kong, Macau and Taiwan their own codes', () => {
    expect(resolveAttribution('210.0.255.251')).to.deep.equal({ country: 'HK' });
    expect(resolveAttribution('202.175.3.3')).to.deep.equal({ country: 'MO' });
    expect(resolveAttribution('168.95.1.1')).to.deep.equal({ country: 'TW' });
    expect(label('210.0.255.251')).to.equal('中国香港');
  });

  it('places IPv6 addresses, and IPv4-mapped ones as IPv4', () => {
    expect(resolveAttribution('240e:47d:c20:1627:30a3:ba0d:a5e6:ec19')).to.deep.equal({
      country: 'CN',
      province: '440000',
    });
    expect(resolveAttribution('2001:da8::1')).to.deep.equal({ country: 'CN', province: '110000' });
    expect(resolveAttribution('2A00:1450:4001::1')).to.deep.equal({ country: 'DE' });
    expect(resolveAttribution('::ffff:114.114.114.114')).to.deep.equal({ country: 'CN', province: '320000' });
    expect(label('240e:47d:c20:1627:30a3:ba0d:a5e6:ec19')).to.equal('广东');
  });

  it('knows nothing of anycast ranges and of China without a province', () => {
    expect(resolveAttribution('2001:4860:4860::8888')).to.equal(undefined); // 「全球」
    expect(resolveAttribution('2408:8000::1')).to.deep.equal({ country: 'CN' });
    expect(formatAttribution({ country: 'CN' })).to.equal(undefined);
  });

  it('reads the place strings of the IPv6 data', () => {
    expect(regionFromPlace('中国香港区')).to.deep.equal({ country: 'HK' });
    expect(regionFromPlace('中国台湾省台中市')).to.deep.equal({ country: 'TW' });
    expect(regionFromPlace('中国广西区南宁市')).to.deep.equal({ country: 'CN', province: '450000' });
    expect(regionFromPlace('中国内蒙古区呼和浩特市')).to.deep.equal({ country: 'CN', province: '150000' });
    expect(regionFromPlace('中国黑龙江省伊春市丰林县')).to.deep.equal({ country: 'CN', province: '230000' });
    expect(regionFromPlace('美国California州Fremont')).to.deep.equal({ country: 'US' });
    expect(regionFromPlace('北马其顿')).to.deep.equal({ country: 'MK' });
    expect(regionFromPlace('刚果(金)')).to.deep.equal({ country: 'CD' });
    expect(regionFromPlace('几内亚比绍')).to.deep.equal({ country: 'GW' });
    for (const place of ['欧洲和中东地区', '亚太地区', '全球', '局域网', 'IANA保留地址', '']) {
      expect(regionFromPlace(place), place).to.equal(undefined);
    }
  });

  it('places no private, loopback, link-local, shared (CGNAT), unique-local or malformed address', () => {
    const resolver = createIp2RegionResolver();
    const privates = ['10.1.2.3', '127.0.0.1', '192.168.1.1', '172.20.0.5', '100.64.0.1', '169.254.1.1', '0.0.0.0'];
    const privates6 = ['::1', '::', 'fe80::1%eth0', 'fd12:3456::1', 'fc00::1', 'ff02::1', '::ffff:10.0.0.1'];
    for (const ip of [...privates, ...privates6]) {
      expect(ipKind(ip), ip).to.equal('private');
      expect(resolver.resolve(ip), ip).to.equal(undefined);
    }
    for (const ip of ['', 'localhost', '1.2.3', '256.1.1.1', '1.2.3.4.5', '::g', '[::1', '1.2.3.4/24']) {
      expect(ipKind(ip), ip).to.equal('invalid');
      expect(resolver.resolve(ip), ip).to.equal(undefined);
    }
  });

  it('can leave IPv6 unknown', () => {
    const resolver = createIp2RegionResolver({ disableIpv6: true });
    expect(resolver.resolve('2001:da8::1')).to.equal(undefined);
    expect(resolver.resolve('8.8.8.8')).to.deep.equal({ country: 'US' });
  });

  it('has an ISO code for every country name of the data (the generated table is current)', () => {
    // generateCountries() throws when a name of the data has no code.
    expect(readFileSync(COUNTRIES_DATA_FILE, 'utf8')).to.equal(generateCountries());
  });
});

describe('IP addresses', () => {
  it('spells each address one way', () => {
    expect(canonicalIp(' 8.8.8.8 ')).to.equal('8.8.8.8');
    expect(canonicalIp('[2001:DB8::1]')).to.equal('2001:db8::1');
    expect(canonicalIp('fe80::1%eth0')).to.equal('fe80::1');
    expect(canonicalIp('::ffff:127.0.0.1')).to.equal('127.0.0.1');
    expect(canonicalIp('nonsense')).to.equal(undefined);
  });

  it('masks the host part', () => {
    expect(maskIp('114.114.114.114')).to.equal('114.114.*.*');
    expect(maskIp('240e:47d:c20:1627:30a3:ba0d:a5e6:ec19')).to.equal('240e:47d:c20:*');
    expect(maskIp('::1')).to.equal('0:0:0:*');
    expect(maskIp('::ffff:1.2.3.4')).to.equal('1.2.*.*');
    expect(maskIp('x')).to.equal(undefined);
  });
});

describe('the client address behind trusted proxies', () => {
  const request = (forwarded?: string) =>
    new Request('http://localhost/', { headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded } });

  it('is the peer when the peer is not a trusted proxy, whatever X-Forwarded-For says', () => {
    const none = trustedProxies([]);
    expect(clientIp(request('8.8.8.8'), '203.0.113.9', none)).to.equal('203.0.113.9');
    const lan = trustedProxies(['10.0.0.0/8']);
    expect(clientIp(request('8.8.8.8'), '192.0.2.1', lan)).to.equal('192.0.2.1');
  });

  it('is the rightmost address that is not a trusted proxy', () => {
    const proxies = trustedProxies(['10.0.0.0/8', '192.0.2.7']);
    // The client forged 1.1.1.1; the edge proxy 192.0.2.7 appended the real client, 114.114.114.114.
    expect(clientIp(request('1.1.1.1, 114.114.114.114, 192.0.2.7'), '10.0.0.2', proxies)).to.equal('114.114.114.114');
    expect(clientIp(request('114.114.114.114'), '10.0.0.2', proxies)).to.equal('114.114.114.114');
  });

  it('reads several X-Forwarded-For headers as one list, with ports and brackets', () => {
    const proxies = trustedProxies(['loopback']);
    const headers = new Headers();
    headers.append('x-forwarded-for', '8.8.8.8');
    headers.append('x-forwarded-for', '114.114.114.114:5678');
    expect(clientIp(headers, '127.0.0.1', proxies)).to.equal('114.114.114.114');
    expect(clientIp(request('[2001:da8::1]:443'), '::1', proxies)).to.equal('2001:da8::1');
  });

  it('trusts IPv6 ranges and IPv4 peers of a dual-stack socket', () => {
    const proxies = trustedProxies(['2001:db8::/32', 'loopback']);
    expect(clientIp(request('240e:47d::1'), '2001:db8:1::5', proxies)).to.equal('240e:47d::1');
    expect(clientIp(request('8.8.8.8'), '::ffff:127.0.0.1', proxies)).to.equal('8.8.8.8');
  });

  it('is the peer when no X-Forwarded-For came, the farthest hop when every hop is trusted', () => {
    const proxies = trustedProxies(['private', 'loopback']);
    expect(clientIp(request(), '127.0.0.1', proxies)).to.equal('127.0.0.1');
    expect(clientIp(request('10.1.1.1, 10.2.2.2'), '127.0.0.1', proxies)).to.equal('10.1.1.1');
  });

  it('is unknown when a trusted proxy passes on something that is not an address', () => {
    const proxies = trustedProxies(['loopback']);
    expect(clientIp(request('8.8.8.8, unknown'), '127.0.0.1', proxies)).to.equal(undefined);
    expect(clientIp(request('8.8.8.8,'), '127.0.0.1', proxies)).to.equal(undefined);
    expect(clientIp(request('8.8.8.8'), undefined, proxies)).to.equal(undefined);
  });

  it('refuses a trusted-proxy list with a typo', () => {
    for (const entry of ['10.0.0.0/33', '10.0.0/8', 'localhost', '::1/129', '10.0.0.0/8/1', '']) {
      expect(() => trustedProxies([entry]), entry).to.throw(TypeError, /trusted proxy/);
    }
  });
});
