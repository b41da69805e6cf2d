import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIp, parseIp, parseRange, rangeContains } from './ip-address';

const ipv4 = fc.bigInt({ min: 0n, max: 2n ** 32n - 1n });
// Biased towards zero runs, where IPv6's `::` shorthand is easy to get wrong.
const ipv6 = fc
  .array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 0xffff })), {
    minLength: 8,
    maxLength: 8,
  })
  .map((groups) => groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n))
  .filter((value) => value >> 32n !== 0xffffn); // mapped addresses read back as IPv4

const expanded = (value: bigint) =>
  Array.from({ length: 8 }, (_, i) => ((value >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)).join(':');
const bits = (value: bigint, width: number) => value.toString(2).padStart(width, '0');

describe('IP addresses', () => {
  it('read back what they write, in every spelling of the same address', () => {
    fc.assert(
      fc.property(ipv4, (value) => {
        const text = formatIp({ family: 4, value });
        expect(parseIp(text)).toEqual({ family: 4, value });
        // The IPv4-mapped forms a dual-stack socket reports are the same client.
        expect(parseIp(`::ffff:${text}`)).toEqual({ family: 4, value });
        expect(
          parseIp(
            `::FFFF:${expanded((0xffffn << 32n) | value)
              .split(':')
              .slice(6)
              .join(':')}`,
          ),
        ).toEqual({
          family: 4,
          value,
        });
      }),
    );
    fc.assert(
      fc.property(ipv6, (value) => {
        const text = formatIp({ family: 6, value });
        expect(parseIp(text)).toEqual({ family: 6, value });
        expect(parseIp(expanded(value).toUpperCase())).toEqual({ family: 6, value });
        expect(parseIp(`${text}%eth0`)).toEqual({ family: 6, value });
        // RFC 5952: lower case, no group of zeros written as `::` alone, at most one `::`.
        expect(text).toBe(text.toLowerCase());
        expect(text.split('::').length).toBeLessThanOrEqual(2);
        expect(text).not.toMatch(/(^|:)0+[0-9a-f]/);
      }),
    );
  });

  it('writes IPv6 the canonical way', () => {
    expect(formatIp({ family: 6, value: 1n })).toBe('::1');
    expect(formatIp(parseIp('2001:0db8:0000:0000:0000:ff00:0042:8329') ?? { family: 4, value: 0n })).toBe(
      '2001:db8::ff00:42:8329',
    );
    expect(formatIp(parseIp('2001:db8:0:1:1:1:1:1') ?? { family: 4, value: 0n })).toBe(
      '2001:db8:0:1:1:1:1:1',
    );
    expect(formatIp(parseIp('2001:0:0:1:0:0:0:1') ?? { family: 4, value: 0n })).toBe('2001:0:0:1::1');
  });

  it('refuses what is not an address', () => {
    for (const text of [
      '',
      'unknown',
      '1.2.3',
      '1.2.3.4.5',
      '256.1.1.1',
      '01.2.3.4',
      '1.2.3.4:80',
      ':::',
      '1::2::3',
      '1:2:3:4:5:6:7:8:9',
      '1:2:3:4:5:6:7',
      '12345::',
      '1.2.3.4::',
      'g::1',
    ]) {
      expect(parseIp(text), text).toBeNull();
    }
  });

  it('puts an address in a range exactly when the leading prefix bits agree', () => {
    const family4 = fc.record({ value: ipv4, other: ipv4, prefix: fc.integer({ min: 0, max: 32 }) });
    fc.assert(
      fc.property(family4, ({ value, other, prefix }) => {
        const range = parseRange(`${formatIp({ family: 4, value })}/${prefix}`);
        const expected = bits(value, 32).slice(0, prefix) === bits(other, 32).slice(0, prefix);
        expect(range && rangeContains(range, { family: 4, value: other })).toBe(expected);
        expect(range && rangeContains(range, { family: 4, value })).toBe(true);
        expect(range && rangeContains(range, { family: 6, value: other })).toBe(false);
      }),
    );
    const family6 = fc.record({ value: ipv6, other: ipv6, prefix: fc.integer({ min: 0, max: 128 }) });
    fc.assert(
      fc.property(family6, ({ value, other, prefix }) => {
        const range = parseRange(`${formatIp({ family: 6, value })}/${prefix}`);
        const expected = bits(value, 128).slice(0, prefix) === bits(other, 128).slice(0, prefix);
        expect(range && rangeContains(range, { family: 6, value: other })).toBe(expected);
      }),
    );
  });

  it('reads an IPv4-mapped range as the IPv4 range it covers', () => {
    expect(parseRange('::ffff:10.0.0.0/104')).toEqual(parseRange('10.0.0.0/8'));
    expect(parseRange('::ffff:10.1.2.3')).toEqual(parseRange('10.1.2.3/32'));
    expect(parseRange('::ffff:0:0/90')).toBeNull();
    expect(parseRange('10.0.0.0/33')).toBeNull();
    expect(parseRange('10.0.0.0/')).toBeNull();
    expect(parseRange('10.0.0.0/8/8')).toBeNull();
  });
});
