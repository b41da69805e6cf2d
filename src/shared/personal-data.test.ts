import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPersonalData, isPersonalIdentityNumber, luhnValid } from './personal-data';

/** Makes the check digit for YYMMDDNNN, so generated numbers are valid by construction. */
function withCheckDigit(nine: string): string {
  for (let digit = 0; digit <= 9; digit++) if (luhnValid(nine + digit)) return nine + digit;
  throw new Error('unreachable');
}

const pad = (n: number) => String(n).padStart(2, '0');
const birthDate = fc
  .date({ min: new Date('1930-01-01'), max: new Date('2025-12-31'), noInvalidDate: true })
  .map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));

const identityNumber = fc
  .record({
    date: birthDate,
    serial: fc.integer({ min: 0, max: 999 }),
    coordination: fc.boolean(),
    form: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ date, serial, coordination, form }) => {
    const day = date.day + (coordination ? 60 : 0);
    const ten = withCheckDigit(
      `${pad(date.year % 100)}${pad(date.month)}${pad(day)}${String(serial).padStart(3, '0')}`,
    );
    const century = String(Math.floor(date.year / 100));
    return [
      `${ten.slice(0, 6)}-${ten.slice(6)}`,
      ten,
      `${century}${ten}`,
      `${century}${ten.slice(0, 6)}-${ten.slice(6)}`,
    ][form] as string;
  });

const phoneNumber = fc
  .tuple(
    fc.constantFrom('070', '072', '073', '076', '079'),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 7 }),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(([prefix, digits, form]) => {
    const d = digits.join('');
    return [
      `${prefix}${d}`,
      `${prefix}-${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}`,
      `+46 ${prefix.slice(1)} ${d.slice(0, 3)} ${d.slice(3)}`,
      `${prefix} ${d.slice(0, 3)} ${d.slice(3)}`,
    ][form] as string;
  });

const words = fc.constantFrom(
  'Vi träffade',
  'ungdomar vid torget,',
  'samtal om skolan',
  'lugn kväll',
  'kl',
  'ca',
);

describe('personal data in free text', () => {
  it('finds every valid personnummer and samordningsnummer, in each written form', () => {
    fc.assert(
      fc.property(identityNumber, words, words, (number, before, after) => {
        const found = findPersonalData(`${before} ${number} ${after}`);
        expect(found.map((f) => f.kind)).toContain('personal_identity_number');
        expect(isPersonalIdentityNumber(number)).toBe(true);
      }),
    );
  });

  it('rejects a personnummer whose check digit is wrong', () => {
    fc.assert(
      fc.property(identityNumber, (number) => {
        const last = Number(number.at(-1));
        const wrong = `${number.slice(0, -1)}${(last + 1) % 10}`;
        expect(isPersonalIdentityNumber(wrong)).toBe(false);
      }),
    );
  });

  it('finds Swedish mobile numbers in the usual spellings', () => {
    fc.assert(
      fc.property(phoneNumber, words, (phone, before) => {
        // Some mobile numbers are also valid personnummer (0701220691); flagged either way is right.
        const found = findPersonalData(`${before} ${phone}`);
        expect(found.length).toBeGreaterThan(0);
        expect(found.every((f) => f.kind !== 'email')).toBe(true);
      }),
    );
  });

  it('finds e-mail addresses', () => {
    expect(findPersonalData('skriv till kalle.anka@exempel.se i morgon')).toEqual([
      { kind: 'email', text: 'kalle.anka@exempel.se', index: 11 },
    ]);
  });

  it('raises no alarm on the numbers field notes are full of', () => {
    const ordinary = fc.oneof(
      fc.integer({ min: 0, max: 99_999 }).map((n) => `${n} ungdomar`),
      fc.integer({ min: 0, max: 23 }).map((h) => `kl ${pad(h)}:30`),
      birthDate.map((d) => `${d.year}-${pad(d.month)}-${pad(d.day)}`),
      fc.integer({ min: 1, max: 40 }).map((n) => `buss ${n}, ca ${n * 3} personer, ${n}-${n + 2} år`),
      fc.integer({ min: 1990, max: 2030 }).map((y) => `skolavslutningen ${y}`),
    );
    fc.assert(
      fc.property(fc.array(ordinary, { minLength: 1, maxLength: 6 }), (parts) => {
        expect(findPersonalData(parts.join(', '))).toEqual([]);
      }),
    );
  });
});
