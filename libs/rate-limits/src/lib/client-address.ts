import ipaddr from 'ipaddr.js';

/**
 * The key a client address is counted under. An IPv4 address (also one written as IPv4-mapped IPv6)
 * is itself; an IPv6 address counts as its /64, because one subscriber usually holds a whole /64 and
 * could otherwise spread attempts over 2^64 addresses.
 */
export function clientAddressKey(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  const address = ipaddr.process(ip);
  if (address.kind() === 'ipv4') return address.toString();
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${address.toString()}/64`).toString()}/64`;
}
