import { formatIp, type IpAddress, type IpRange, parseIp, parseRange, rangeContains } from './ip-address';

/** The proxies whose X-Forwarded-For is believed (TRUST_PROXY); empty: believe none. */
export type TrustedProxies = readonly IpRange[];

/** Names for the usual places a reverse proxy sits, as Express's `trust proxy` spells them. */
const NAMED_RANGES: Record<string, readonly string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/**
 * Reads TRUST_PROXY: a comma-separated list of IP addresses, CIDR ranges and the names
 * `loopback`, `linklocal`, `uniquelocal`. Empty means no proxy is trusted.
 */
export function parseTrustedProxies(
  text: string,
): { ok: true; proxies: TrustedProxies } | { ok: false; error: string } {
  const proxies: IpRange[] = [];
  const entries = text.split(',').map((entry) => entry.trim());
  if (entries.every((entry) => entry === '')) return { ok: true, proxies };
  for (const entry of entries) {
    const named = NAMED_RANGES[entry.toLowerCase()];
    const ranges = named ? named.map(parseRange) : [parseRange(entry)];
    if (ranges.some((range) => range === null)) {
      return {
        ok: false,
        error:
          `"${entry}" is not an IP address, a CIDR range (10.0.0.0/8, fd00::/8) or one of ` +
          `${Object.keys(NAMED_RANGES).join(', ')}; list the proxies in front of the app, separated by commas`,
      };
    }
    proxies.push(...(ranges as IpRange[]));
  }
  return { ok: true, proxies };
}

export function isTrustedProxy(proxies: TrustedProxies, ip: IpAddress): boolean {
  return proxies.some((range) => rangeContains(range, ip));
}

/** One X-Forwarded-For entry; some proxies add a port (`192.0.2.1:5123`, `[2001:db8::1]:443`). */
function parseHop(text: string): IpAddress | null {
  const entry = text.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(entry);
  if (bracketed) return parseIp(bracketed[1] ?? '');
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(entry);
  return parseIp(withPort ? (withPort[1] ?? '') : entry);
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy; then walk
 * X-Forwarded-For from the right (each proxy appends the address it saw) and take the first
 * address that is not a trusted proxy. Everything left of it was written by the client and
 * proves nothing. An entry that is not an address stops the walk at the last hop vouched for; if
 * every hop is trusted, the furthest one is the client. Null when there is no socket (in-process
 * requests in tests): without a peer there is no one to trust the header from.
 */
export function resolveClientAddress(
  socketAddress: string | null | undefined,
  forwardedFor: string | null | undefined,
  proxies: TrustedProxies,
): string | null {
  const peer = socketAddress ? parseIp(socketAddress) : null;
  if (!peer) return null;
  if (!isTrustedProxy(proxies, peer) || !forwardedFor) return formatIp(peer);
  const hops = forwardedFor.split(',');
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = parseHop(hops[i] ?? '');
    if (!hop) break;
    client = hop;
    if (!isTrustedProxy(proxies, hop)) break;
  }
  return formatIp(client);
}
