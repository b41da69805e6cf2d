/**
 * IP addresses as numbers, so ranges are compared exactly rather than as text. IPv4-mapped IPv6
 * addresses (`::ffff:192.0.2.1`, what a dual-stack socket reports for an IPv4 peer) are read as
 * the IPv4 address they carry, so one client has one address however it arrived.
 */
export type IpAddress = { family: 4 | 6; value: bigint };
export type IpRange = { family: 4 | 6; network: bigint; prefix: number };

const BITS = { 4: 32, 6: 128 } as const;

function parseIPv4Number(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    // Decimal only: a leading zero reads as octal in some parsers, so refuse it rather than guess.
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return null;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

function parseIPv6Number(text: string): bigint | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groupsOf = (half: string | undefined): string[] | null => {
    if (half === undefined || half === '') return [];
    const groups = half.split(':');
    const last = groups.at(-1) ?? '';
    if (last.includes('.')) {
      const v4 = parseIPv4Number(last);
      if (v4 === null) return null;
      groups.splice(-1, 1, ((v4 >> 16n) & 0xffffn).toString(16), (v4 & 0xffffn).toString(16));
    }
    return groups.every((group) => /^[0-9a-f]{1,4}$/i.test(group)) ? groups : null;
  };
  const head = groupsOf(halves[0]);
  const tail = groupsOf(halves[1]);
  if (!head || !tail) return null;
  // An embedded IPv4 address may only end the address.
  if (halves.length === 2 && halves[0]?.includes('.')) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  return groups.reduce((value, group) => (value << 16n) | BigInt(`0x${group}`), 0n);
}

/** Parses an IPv4 or IPv6 address (a zone such as `%eth0` is dropped); null when it is neither. */
export function parseIp(text: string): IpAddress | null {
  const address = text.trim().replace(/%[\w.-]+$/, '');
  if (!address.includes(':')) {
    const value = parseIPv4Number(address);
    return value === null ? null : { family: 4, value };
  }
  const value = parseIPv6Number(address);
  if (value === null) return null;
  if (value >> 32n === 0xffffn) return { family: 4, value: value & 0xffffffffn };
  return { family: 6, value };
}

/** The canonical text: dotted IPv4, or IPv6 as RFC 5952 writes it (lower case, longest zero run as `::`). */
export function formatIp(ip: IpAddress): string {
  if (ip.family === 4) {
    return [24n, 16n, 8n, 0n].map((shift) => String((ip.value >> shift) & 0xffn)).join('.');
  }
  const groups = Array.from({ length: 8 }, (_, i) => Number((ip.value >> BigInt(112 - 16 * i)) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1; // a single zero group is written out, not compressed
  for (let start = 0; start < 8; ) {
    let end = start;
    while (end < 8 && groups[end] === 0) end++;
    if (end - start > bestLength) {
      bestStart = start;
      bestLength = end - start;
    }
    start = end === start ? start + 1 : end;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** Parses `address` or `address/prefix`; host bits below the prefix are ignored, as routers do. */
export function parseRange(text: string): IpRange | null {
  const [addressText = '', prefixText, ...rest] = text.trim().split('/');
  if (rest.length > 0) return null;
  const address = parseIp(addressText);
  if (!address) return null;
  const written = addressText.includes(':') ? 128 : 32;
  let prefix = BITS[address.family];
  if (prefixText !== undefined) {
    if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > written) return null;
    // `::ffff:10.0.0.0/104` is the IPv4 range 10.0.0.0/8; shorter mapped prefixes reach past IPv4.
    prefix = Number(prefixText) - (written - BITS[address.family]);
    if (prefix < 0) return null;
  }
  return { family: address.family, network: maskTo(address.value, address.family, prefix), prefix };
}

function maskTo(value: bigint, family: 4 | 6, prefix: number): bigint {
  const hostBits = BigInt(BITS[family] - prefix);
  return (value >> hostBits) << hostBits;
}

export function rangeContains(range: IpRange, ip: IpAddress): boolean {
  return range.family === ip.family && maskTo(ip.value, ip.family, range.prefix) === range.network;
}
