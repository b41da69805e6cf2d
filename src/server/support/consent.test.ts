import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  consentIssues,
  GUARDIAN_CONSENT_AGE,
  guardianConsentRequired,
  oldestAgeOn,
  youngestAgeOn,
} from '../../shared/support-contacts';

const DAY_MS = 86_400_000;
const day = fc
  .integer({ min: Date.UTC(2020, 0, 1) / DAY_MS, max: Date.UTC(2035, 11, 31) / DAY_MS })
  .map((n) => new Date(n * DAY_MS).toISOString().slice(0, 10));
const birthYear = fc.integer({ min: 1995, max: 2030 });

/** Every real birthday in a year, for checking the rule against actual ages. */
function agesOn(year: number, date: string): number[] {
  const ages = new Set<number>();
  for (let d = Date.UTC(year, 0, 1); d < Date.UTC(year + 1, 0, 1); d += DAY_MS) {
    const birthday = new Date(d).toISOString().slice(5, 10);
    ages.add(Number(date.slice(0, 4)) - year - (date.slice(5) < birthday ? 1 : 0));
  }
  return [...ages];
}

describe('the consent rule', () => {
  it('asks for a guardian exactly when someone born that year may still be under 15', () => {
    fc.assert(
      fc.property(birthYear, day, (year, date) => {
        const ages = agesOn(year, date);
        expect(youngestAgeOn(year, date)).toBe(Math.min(...ages));
        expect(oldestAgeOn(year, date)).toBe(Math.max(...ages));
        expect(guardianConsentRequired(year, date)).toBe(ages.some((age) => age < GUARDIAN_CONSENT_AGE));
      }),
      { numRuns: 300 },
    );
  });

  it('never asks for a guardian for an older person or at a later date once it has stopped', () => {
    fc.assert(
      fc.property(birthYear, day, fc.integer({ min: 0, max: 5 }), (year, date, older) => {
        if (!guardianConsentRequired(year, date)) {
          expect(guardianConsentRequired(year - older, date)).toBe(false);
          const later = `${Number(date.slice(0, 4)) + older}-12-31`;
          expect(guardianConsentRequired(year, later)).toBe(false);
        }
      }),
    );
  });

  it('always needs the young person’s own consent; a guardian’s alone is never enough', () => {
    fc.assert(
      fc.property(birthYear, day, fc.boolean(), fc.boolean(), (year, date, youngPerson, guardian) => {
        const issues = consentIssues({ birthYear: year, consentedOn: date, youngPerson, guardian });
        expect(issues.includes('young_person_consent_required')).toBe(!youngPerson);
        expect(issues.includes('guardian_consent_required')).toBe(
          !guardian && guardianConsentRequired(year, date),
        );
      }),
    );
  });

  it('turns 15 on the last day of the year at the latest', () => {
    expect(guardianConsentRequired(2011, '2026-12-30')).toBe(true);
    expect(guardianConsentRequired(2011, '2026-12-31')).toBe(false);
    expect(guardianConsentRequired(2011, '2027-01-01')).toBe(false);
    expect(guardianConsentRequired(2012, '2026-06-01')).toBe(true);
  });
});
