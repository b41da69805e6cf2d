import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isTrustedProxy,
  parseTrustedProxies,
  resolveClientAddress,
  type TrustedProxies,
} from './client-address';
import { formatIp, parseIp } from './ip-address';

function trust(text: string): TrustedProxies {
  const parsed = parseTrustedProxies(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.proxies;
}

// Two pools of addresses: proxies (10.0.0.0/8 and fd00::/8, trusted below) and the internet.
const proxy = fc.oneof(
  fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map(([a, b, c]) => `10.${a}.${b}.${c}`),
  fc.nat(0xffff).map((n) => `fd00::${n.toString(16)}`),
);
const outsider = fc.oneof(
  fc.tuple(fc.integer({ min: 11, max: 99 }), fc.nat(255), fc.nat(255)).map(([a, b, c]) => `${a}.${b}.${c}.7`),
  fc.nat(0xffff).map((n) => `2001:db8::${n.toString(16)}`),
);
const anyAddress = fc.oneof(proxy, outsider);
// What a client may put in its own header: addresses, and junk.
const spoofed = fc.array(fc.oneof(anyAddress, fc.constantFrom('unknown', '', ' 1.2.3.4 ', '[::1]:80', 'x')), {
  maxLength: 4,
});
const TRUSTED = trust('10.0.0.0/8, fd00::/8');
const canonical = (text: string) => formatIp(parseIp(text) ?? { family: 4, value: 0n });

describe('the client address', () => {
  it('is the socket peer whatever the header says, when no proxy is trusted', () => {
    fc.assert(
      fc.property(anyAddress, spoofed, (peer, header) => {
        expect(resolveClientAddress(peer, header.join(', '), trust(''))).toBe(canonical(peer));
        expect(resolveClientAddress(peer, header.join(', '), [])).toBe(canonical(peer));
      }),
    );
  });

  it('is the socket peer when the peer is not a trusted proxy, whatever the header says', () => {
    fc.assert(
      fc.property(outsider, spoofed, (peer, header) => {
        expect(resolveClientAddress(peer, header.join(','), TRUSTED)).toBe(canonical(peer));
      }),
    );
  });

  it('is the address the outermost trusted proxy saw; entries a client adds change nothing', () => {
    fc.assert(
      fc.property(
        spoofed,
        outsider,
        fc.array(proxy, { maxLength: 3 }),
        proxy,
        (forged, client, innerProxies, peer) => {
          // The client sent `forged`; the first proxy appended the client's address, each further
          // proxy the one before it; the last one is the socket peer.
          const header = [...forged, client, ...innerProxies].join(', ');
          expect(resolveClientAddress(peer, header, TRUSTED)).toBe(canonical(client));
        },
      ),
    );
  });

  it('is one of the addresses seen, every hop to its right is trusted, and it is not, unless all are', () => {
    const trusted = (text: string) => {
      const ip = parseIp(text);
      return ip !== null && isTrustedProxy(TRUSTED, ip);
    };
    fc.assert(
      fc.property(anyAddress, fc.array(anyAddress, { maxLength: 5 }), (peer, hops) => {
        const chain = [...hops, peer].map(canonical);
        const found = resolveClientAddress(peer, hops.join(','), TRUSTED) ?? '';
        const at = chain.lastIndexOf(found);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(chain.slice(at + 1).every(trusted)).toBe(true);
        if (trusted(found)) expect(chain.every(trusted)).toBe(true);
      }),
    );
  });

  it('stops at the last hop it can vouch for when an entry is not an address', () => {
    expect(resolveClientAddress('10.0.0.1', '203.0.113.9, garbage, 10.0.0.2', TRUSTED)).toBe('10.0.0.2');
    expect(resolveClientAddress('10.0.0.1', 'garbage', TRUSTED)).toBe('10.0.0.1');
    expect(resolveClientAddress('10.0.0.1', '203.0.113.9, ', TRUSTED)).toBe('10.0.0.1');
  });

  it('takes the furthest hop when every hop is a trusted proxy', () => {
    expect(resolveClientAddress('10.0.0.1', '10.0.0.3, 10.0.0.2', TRUSTED)).toBe('10.0.0.3');
  });

  it('reads ports, brackets and IPv4-mapped forms as the plain address', () => {
    const loopback = trust('loopback');
    expect(resolveClientAddress('::ffff:127.0.0.1', '198.51.100.4:5123', loopback)).toBe('198.51.100.4');
    expect(resolveClientAddress('::1', '[2001:DB8::5]:443', loopback)).toBe('2001:db8::5');
    expect(resolveClientAddress('127.0.0.1', '::ffff:198.51.100.4', loopback)).toBe('198.51.100.4');
    expect(resolveClientAddress('::ffff:192.0.2.1', undefined, loopback)).toBe('192.0.2.1');
  });

  it('is unknown without a socket: there is no peer to believe the header from', () => {
    expect(resolveClientAddress(undefined, '198.51.100.4', trust('loopback'))).toBeNull();
    expect(resolveClientAddress(null, undefined, [])).toBeNull();
  });
});

describe('TRUST_PROXY', () => {
  it('reads addresses, ranges and names, in either family', () => {
    expect(trust('')).toEqual([]);
    expect(trust(' , ')).toEqual([]);
    expect(trust('loopback')).toHaveLength(2);
    expect(trust('loopback, 192.0.2.10, 2001:db8::/32, ::ffff:198.51.100.0/120')).toEqual([
      ...trust('loopback'),
      { family: 4, network: 0xc000020an, prefix: 32 },
      { family: 6, network: 0x20010db8n << 96n, prefix: 32 },
      { family: 4, network: 0xc6336400n, prefix: 24 },
    ]);
    expect(trust('UniqueLocal')).toEqual(trust('10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7'));
  });

  it('names the entry it cannot read', () => {
    for (const text of [
      'true',
      '*',
      '10.0.0.0/33',
      'loopback,,10.0.0.1',
      'proxy.internal',
      '10.0.0.1 10.0.0.2',
    ]) {
      const parsed = parseTrustedProxies(text);
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(/is not an IP address/);
    }
  });
});
