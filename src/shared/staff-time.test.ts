import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIME_USES } from './field-log';
import {
  addMinutes,
  noMinutes,
  personMinutes,
  shiftStaffMinutes,
  spanByTimeUse,
  spanMinutes,
  staffTimeIssues,
  totalMinutes,
} from './staff-time';

const timeUse = fc.constantFrom(...TIME_USES);
const people = fc.uniqueArray(fc.uuid(), { maxLength: 4 });
/** A shift somewhere in 2024–2027 lasting up to 12 hours, often across midnight or a DST change. */
const shift = fc
  .record({
    start: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 11, 31) }),
    minutes: fc.integer({ min: 1, max: 720 }),
    timeUse,
    split: fc.array(fc.record({ timeUse, minutes: fc.integer({ min: 1, max: 720 }) }), { maxLength: 4 }),
    staffIds: people,
    own: fc.array(fc.integer({ min: 0, max: 720 }), { maxLength: 4 }),
  })
  .map(({ start, minutes, timeUse, split, staffIds, own }) => ({
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + minutes * 60_000).toISOString(),
    timeUse,
    timeSplit: split,
    staffIds,
    staffMinutes: staffIds.slice(0, own.length).map((userId, i) => ({ userId, minutes: own[i] as number })),
  }));

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b));

describe('staff time', () => {
  it('splits a span into time uses that add up to the span, whatever the split says', () => {
    fc.assert(
      fc.property(shift, (s) => {
        const span = spanMinutes(s.startsAt, s.endsAt);
        const byUse = spanByTimeUse(span, s.timeUse, s.timeSplit);
        expect(totalMinutes(byUse)).toBe(span);
        for (const use of TIME_USES) expect(byUse[use]).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('counts each person’s minutes once: a shift’s staff minutes over all time uses are the people’s minutes', () => {
    fc.assert(
      fc.property(shift, (s) => {
        const span = spanMinutes(s.startsAt, s.endsAt);
        const people = personMinutes(span, s.staffIds, s.staffMinutes).reduce((a, b) => a + b, 0);
        expect(close(totalMinutes(shiftStaffMinutes(s)), people)).toBe(true);
      }),
    );
  });

  it('adds up across shifts, units and periods in any order and grouping', () => {
    fc.assert(
      fc.property(fc.array(shift, { maxLength: 12 }), fc.integer({ min: 0, max: 12 }), (shifts, cut) => {
        const all = shifts.reduce((sum, s) => addMinutes(sum, shiftStaffMinutes(s)), noMinutes());
        const first = shifts
          .slice(0, cut)
          .reduce((sum, s) => addMinutes(sum, shiftStaffMinutes(s)), noMinutes());
        const second = shifts
          .slice(cut)
          .reduce((sum, s) => addMinutes(sum, shiftStaffMinutes(s)), noMinutes());
        const grouped = addMinutes(first, second);
        for (const use of TIME_USES) expect(close(grouped[use], all[use])).toBe(true);
        const reversed = [...shifts]
          .reverse()
          .reduce((sum, s) => addMinutes(sum, shiftStaffMinutes(s)), noMinutes());
        expect(close(totalMinutes(reversed), totalMinutes(all))).toBe(true);
      }),
    );
  });

  it('measures a night across the spring DST change in real minutes (one hour fewer on the clock)', () => {
    // 2026-03-29: clocks go 02:00 → 03:00 in Stockholm; 22:00–06:00 on the clock is 7 hours.
    const night = {
      startsAt: '2026-03-28T22:00:00+01:00',
      endsAt: '2026-03-29T06:00:00+02:00',
      timeUse: 'outreach' as const,
      timeSplit: [{ timeUse: 'administration' as const, minutes: 60 }],
      staffIds: ['a', 'b'],
      staffMinutes: [],
    };
    const minutes = shiftStaffMinutes(night);
    expect(minutes.outreach).toBe(2 * 360);
    expect(minutes.administration).toBe(2 * 60);
  });

  it('counts one person’s span for a shift logged with nobody named', () => {
    expect(personMinutes(240, [], [])).toEqual([240]);
  });

  it('finds nothing wrong in a split within the shift naming people on it', () => {
    fc.assert(
      fc.property(shift, (s) => {
        const span = spanMinutes(s.startsAt, s.endsAt);
        const fitting = s.timeSplit
          .filter(
            (p, i, all) => p.timeUse !== s.timeUse && all.findIndex((q) => q.timeUse === p.timeUse) === i,
          )
          .map((p) => ({ ...p, minutes: Math.max(1, Math.floor(p.minutes / 5)) }));
        const total = fitting.reduce((sum, p) => sum + p.minutes, 0);
        fc.pre(total <= span);
        expect(staffTimeIssues({ ...s, timeSplit: fitting })).toEqual([]);
      }),
    );
  });
});
