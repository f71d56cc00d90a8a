/**
 * IP addresses as the attribution needs them: one canonical spelling, whether the address is one a
 * geo-IP database can place at all, and a masked form for responses.
 */
import { BlockList, isIPv4, isIPv6 } from 'node:net';

/** What an address is to attribution: placeable, or not (private, loopback, reserved…), or not an address. */
export type IpKind = 'public' | 'private' | 'invalid';

/**
 * Ranges no geo-IP database can place: "this network", private (RFC 1918), shared address space
 * (CGNAT, RFC 6598), loopback, link-local, IETF protocol assignments, documentation, benchmarking,
 * multicast and reserved; IPv6 unspecified, loopback, discard, documentation, unique local,
 * link-local, site-local and multicast.
 */
const NOT_PUBLIC: readonly [network: string, prefix: number, type: 'ipv4' | 'ipv6'][] = [
  ['0.0.0.0', 8, 'ipv4'],
  ['10.0.0.0', 8, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'],
  ['127.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.0.0.0', 24, 'ipv4'],
  ['192.0.2.0', 24, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'],
  ['198.51.100.0', 24, 'ipv4'],
  ['203.0.113.0', 24, 'ipv4'],
  ['224.0.0.0', 4, 'ipv4'],
  ['240.0.0.0', 4, 'ipv4'],
  ['::', 128, 'ipv6'],
  ['::1', 128, 'ipv6'],
  ['100::', 64, 'ipv6'],
  ['2001:db8::', 32, 'ipv6'],
  ['fc00::', 7, 'ipv6'],
  ['fe80::', 10, 'ipv6'],
  ['fec0::', 10, 'ipv6'],
  ['ff00::', 8, 'ipv6'],
];

const notPublic = new BlockList();
for (const [network, prefix, type] of NOT_PUBLIC) notPublic.addSubnet(network, prefix, type);

const MAPPED_IPV4 = /^::ffff:(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

/**
 * The address in one spelling, or undefined when `text` is not an IP address: surrounding spaces,
 * brackets (`[::1]`) and an IPv6 zone (`fe80::1%eth0`) removed, IPv6 in lower case, an IPv4-mapped
 * IPv6 address (`::ffff:1.2.3.4`, how Node reports IPv4 peers of a dual-stack socket) as IPv4.
 */
export function canonicalIp(text: string | null | undefined): string | undefined {
  if (typeof text !== 'string') return undefined;
  let ip = text.trim();
  if (ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1);
  if (isIPv4(ip)) return ip;
  const zone = ip.indexOf('%');
  if (zone > 0) ip = ip.slice(0, zone);
  ip = ip.toLowerCase();
  if (!isIPv6(ip)) return undefined;
  const mapped = MAPPED_IPV4.exec(ip);
  if (mapped?.[1] && isIPv4(mapped[1])) return mapped[1];
  return ip;
}

/** Whether `ip` is a public address, one that cannot be placed, or no address at all. */
export function ipKind(ip: string | null | undefined): IpKind {
  const canonical = canonicalIp(ip);
  if (canonical === undefined) return 'invalid';
  return notPublic.check(canonical, isIPv4(canonical) ? 'ipv4' : 'ipv6') ? 'private' : 'public';
}

/**
 * `ip` with its host part hidden: the first two octets of IPv4 (`114.114.*.*`), the first three
 * groups of IPv6 (`240e:47d:c20:*`). Undefined for anything that is not an address.
 */
export function maskIp(ip: string | null | undefined): string | undefined {
  const canonical = canonicalIp(ip);
  if (canonical === undefined) return undefined;
  if (isIPv4(canonical)) return `${canonical.split('.').slice(0, 2).join('.')}.*.*`;
  return `${expandIPv6(canonical).slice(0, 3).join(':')}:*`;
}

/** The eight groups of an IPv6 address, without leading zeros (`::1` → 0,0,0,0,0,0,0,1). */
export function expandIPv6(ip: string): string[] {
  let text = ip;
  const dotted = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const middle = tail === undefined ? [] : new Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].map((group) => Number.parseInt(group, 16).toString(16));
}
