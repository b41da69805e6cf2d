import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  matchTotp,
  otpauthUri,
  TOTP_STEP_SECONDS,
  totpAt,
  totpStep,
} from './totp';

// RFC 6238 appendix B: the SHA-1 key is the ASCII string "12345678901234567890", 8 digits.
const RFC_KEY = new TextEncoder().encode('12345678901234567890');
const RFC_VECTORS: [seconds: number, code: string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(RFC_VECTORS)('gives the appendix B code at %i s', (seconds, code) => {
    expect(totpAt(RFC_KEY, new Date(seconds * 1000), 8)).toBe(code);
  });

  it('gives the last six digits of the same codes in the 6-digit form apps use', () => {
    for (const [seconds, code] of RFC_VECTORS) {
      expect(totpAt(RFC_KEY, new Date(seconds * 1000))).toBe(code.slice(2));
    }
  });

  it('round-trips base32 and reads it as people type it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const encoded = base32Encode(bytes);
        expect(base32Decode(encoded)).toEqual(bytes);
        expect(base32Decode(encoded.toLowerCase().replace(/(.{4})/g, '$1 '))).toEqual(bytes);
      }),
    );
    expect(base32Encode(RFC_KEY)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode('not base32!')).toBeNull();
  });

  it('accepts the code of the step before, now and after, and no other', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 10, maxLength: 32 }),
        fc.integer({ min: 200, max: 4_000_000_000 }),
        fc.integer({ min: -4, max: 4 }),
        (key, seconds, offset) => {
          const now = new Date(seconds * 1000);
          const other = new Date((seconds + offset * TOTP_STEP_SECONDS) * 1000);
          const code = totpAt(key, other);
          const matched = matchTotp(key, code, now);
          if (Math.abs(offset) <= 1) expect(matched).toBe(totpStep(other));
          // A 6-digit code can collide with a neighbour step's by chance (1 in 10^6 per step).
          else if (matched !== null)
            expect(totpAt(key, new Date(matched * TOTP_STEP_SECONDS * 1000))).toBe(code);
        },
      ),
    );
  });

  it('never accepts a code of a step at or before the last one used', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 10, maxLength: 32 }),
        fc.integer({ min: 100, max: 4_000_000_000 }),
        fc.integer({ min: -1, max: 1 }),
        (key, seconds, offset) => {
          const now = new Date(seconds * 1000);
          const step = totpStep(now) + offset;
          const code = totpAt(key, new Date(step * TOTP_STEP_SECONDS * 1000));
          expect(matchTotp(key, code, now, null)).not.toBeNull();
          const again = matchTotp(key, code, now, step);
          if (again !== null) expect(again).toBeGreaterThan(step);
        },
      ),
    );
  });

  it('rejects what is not six digits', () => {
    const now = new Date(1_700_000_000_000);
    const code = totpAt(RFC_KEY, now);
    expect(matchTotp(RFC_KEY, code, now)).toBe(totpStep(now));
    for (const bad of ['', '12345', '1234567', `${code} `, 'abcdef'])
      expect(matchTotp(RFC_KEY, bad, now)).toBeNull();
  });

  it('writes the otpauth URI authenticator apps read', () => {
    const uri = otpauthUri({ secret: 'JBSWY3DPEHPK3PXP', issuer: 'Fältlogg', account: 'anna@example.se' });
    expect(uri).toBe(
      'otpauth://totp/F%C3%A4ltlogg:anna%40example.se?secret=JBSWY3DPEHPK3PXP&issuer=F%C3%A4ltlogg&algorithm=SHA1&digits=6&period=30',
    );
  });
});
