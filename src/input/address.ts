import ipaddr from 'ipaddr.js';

/**
 * True for any address a public-web fetch must not reach: loopback, private,
 * link-local, unique-local, unspecified, multicast, broadcast, carrier-grade
 * NAT, reserved and the IPv6 forms that embed an IPv4 address (mapped,
 * NAT64, 6to4, Teredo). Only ordinary global unicast passes. Unparseable
 * input counts as forbidden. Checks the parsed address, never the string:
 * `0x7f.1` and `::ffff:127.0.0.1` are both loopback.
 */
export function isForbiddenAddress(ip: string): boolean {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // process() unwraps IPv4-mapped IPv6 (::ffff:a.b.c.d) to the IPv4 address
    addr = ipaddr.process(bare);
  } catch {
    return true;
  }
  return addr.range() !== 'unicast';
}
