import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDue, plannedDeletionDay, retentionCutoff } from './retention-policy';

const instant = fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true });

describe('retention cutoff', () => {
  it('steps back whole calendar months, clamping the day', () => {
    expect(retentionCutoff(new Date('2026-05-31T12:00:00Z'), 3).toISOString()).toBe(
      '2026-02-28T12:00:00.000Z',
    );
    expect(retentionCutoff(new Date('2028-05-31T12:00:00Z'), 3).toISOString()).toBe(
      '2028-02-29T12:00:00.000Z',
    );
    expect(retentionCutoff(new Date('2026-01-15T08:00:00Z'), 12).toISOString()).toBe(
      '2025-01-15T08:00:00.000Z',
    );
  });

  it('never deletes early: a record is due only once at least the months have passed', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 120 }), instant, (now, months, since) => {
        const cutoff = retentionCutoff(now, months);
        // At least months × 28 days back, at most months × 31.
        const days = (now.getTime() - cutoff.getTime()) / 86_400_000;
        expect(days).toBeGreaterThanOrEqual(months * 28 - 1 / 24);
        expect(days).toBeLessThanOrEqual(months * 31 + 1 / 24);
        expect(isDue(since, months, now)).toBe(since.getTime() <= cutoff.getTime());
      }),
    );
  });

  it('keeps longer for more months, and what is due stays due', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 119 }),
        fc.integer({ min: 0, max: 400 }),
        (now, months, later) => {
          expect(retentionCutoff(now, months + 1).getTime()).toBeLessThanOrEqual(
            retentionCutoff(now, months).getTime(),
          );
          const after = new Date(now.getTime() + later * 86_400_000);
          expect(retentionCutoff(after, months).getTime()).toBeGreaterThanOrEqual(
            retentionCutoff(now, months).getTime(),
          );
        },
      ),
    );
  });
});

describe('planned deletion day', () => {
  const stockholmDay = (at: Date) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(at);
  const noonOf = (day: string) => new Date(`${day}T11:00:00Z`);
  /** The deletion's own rule (deleteSupportContactsDue), restated. */
  const deletedBy = (at: Date, lastContactOn: string, closedAt: Date | null, months: number) => {
    const cutoff = retentionCutoff(at, months);
    return lastContactOn < stockholmDay(cutoff) && (closedAt === null || closedAt <= cutoff);
  };

  it('is 12 months and a day after the last contact, as the scheduled run deletes it', () => {
    expect(plannedDeletionDay({ lastContactOn: '2026-03-20', closedAt: null }, 12)).toBe('2027-03-21');
    expect(plannedDeletionDay({ lastContactOn: '2026-12-01', closedAt: null }, 12)).toBe('2027-12-02');
    // Closed a year after the last contact: kept until 12 months after the closing.
    const closedAt = new Date('2027-03-01T09:00:00Z');
    expect(plannedDeletionDay({ lastContactOn: '2026-03-01', closedAt }, 12)).toBe('2028-03-01');
  });

  it('is the first day by whose noon the deletion rule holds', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        fc.option(fc.integer({ min: 0, max: 400 * 86_400_000 })),
        fc.integer({ min: 1, max: 120 }),
        (last, closedAfter, months) => {
          const lastContactOn = stockholmDay(last);
          const closedAt = closedAfter === null ? null : new Date(last.getTime() + closedAfter);
          const day = plannedDeletionDay({ lastContactOn, closedAt }, months);
          expect(deletedBy(noonOf(day), lastContactOn, closedAt, months)).toBe(true);
          const before = new Date(noonOf(day).getTime() - 86_400_000);
          expect(deletedBy(before, lastContactOn, closedAt, months)).toBe(false);
        },
      ),
    );
  });
});
