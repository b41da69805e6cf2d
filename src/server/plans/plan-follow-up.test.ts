import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanTarget } from '../../shared/plan-targets';
import type { ShiftFact } from '../statistics/indicator-tables';
import { eveningPresence, type FollowUpFacts, targetStatus } from './plan-follow-up';
import { closeRefusal, draftStep } from './plan-rules';

const fieldShift = (startsAt: string, endsAt: string, areaIds: string[] = []): ShiftFact => ({
  status: 'done',
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt),
  timeUse: 'outreach',
  preventionLevel: null,
  partners: [],
  areaIds,
  arenaIds: [],
  staffIds: [],
  staffMinutes: [],
  timeSplit: [],
});

const facts = (to: string, yearOver = false): FollowUpFacts => ({
  from: '2026-01-01',
  to,
  daysInYear: 365,
  yearOver,
  tables: [],
  contacts: { byGender: [0, 0, 0], total: 0 },
  shifts: [],
  activities: [],
});

describe('evening presence', () => {
  it('counts the chosen weekdays with a field shift in the evening, in the area if named', () => {
    const range = { from: '2026-03-02', to: '2026-03-15' }; // two Fridays, two Saturdays
    const shifts = [
      fieldShift('2026-03-06T19:00:00+01:00', '2026-03-07T01:00:00+01:00', ['a']),
      fieldShift('2026-03-14T13:00:00+01:00', '2026-03-14T16:00:00+01:00', ['a']), // afternoon only
    ];
    expect(eveningPresence(shifts, range, [5, 6])).toBe(25);
    expect(eveningPresence(shifts, range, [5, 6], 'b')).toBe(0);
    expect(eveningPresence(shifts, range, [5])).toBe(50);
    expect(eveningPresence([], { from: '2026-03-02', to: '2026-03-04' }, [5])).toBeNull();
  });

  it('is a share between 0 and 100 for any shifts and period', () => {
    const instant = fc.integer({ min: Date.parse('2026-01-01'), max: Date.parse('2026-12-31') });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(instant, fc.integer({ min: 1, max: 12 })), { maxLength: 30 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        (spans, weekdays) => {
          const shifts = spans.map(([at, hours]) =>
            fieldShift(new Date(at).toISOString(), new Date(at + hours * 3_600_000).toISOString()),
          );
          const value = eveningPresence(shifts, { from: '2026-01-01', to: '2026-12-31' }, weekdays);
          expect(value).not.toBeNull();
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});

describe('target status', () => {
  const hours: PlanTarget = { measure: 'fieldHours', comparison: 'atLeast', value: 365 };
  it('pro-rates totals to the days gone and says met only once a total is reached', () => {
    expect(targetStatus(hours, 100, facts('2026-04-10'))).toBe('onTrack'); // 100 days, 100 hours due
    expect(targetStatus(hours, 50, facts('2026-04-10'))).toBe('behind');
    expect(targetStatus(hours, 400, facts('2026-04-10'))).toBe('met');
    expect(targetStatus(hours, 300, facts('2026-12-31', true))).toBe('behind');
    expect(targetStatus(hours, null, facts('2026-04-10'))).toBe('noData');
  });

  it('compares shares with the target itself, and an "at most" total is missed once passed', () => {
    const share: PlanTarget = { measure: 'girlsShareOfContacts', comparison: 'atLeast', value: 40 };
    expect(targetStatus(share, 45, facts('2026-02-01'))).toBe('onTrack');
    expect(targetStatus(share, 35, facts('2026-02-01'))).toBe('behind');
    expect(targetStatus(share, 45, facts('2026-12-31', true))).toBe('met');
    const cap: PlanTarget = { measure: 'fieldHours', comparison: 'atMost', value: 10 };
    expect(targetStatus(cap, 11, facts('2026-02-01'))).toBe('behind');
    expect(targetStatus(cap, 5, facts('2026-02-01'))).toBe('onTrack');
  });
});

describe('plan rules', () => {
  it('edits drafts and returned versions in place, versions approved ones, waits on submitted ones', () => {
    expect(draftStep({ closed: false, latest: null })).toEqual({ kind: 'createPlan' });
    expect(draftStep({ closed: false, latest: { version: 2, status: 'returned' } })).toEqual({
      kind: 'edit',
      version: 2,
    });
    expect(draftStep({ closed: false, latest: { version: 2, status: 'approved' } })).toEqual({
      kind: 'newVersion',
      version: 3,
    });
    expect(draftStep({ closed: false, latest: { version: 1, status: 'submitted' } })).toMatchObject({
      code: 'plan_awaiting_decision',
    });
    expect(draftStep({ closed: true, latest: { version: 1, status: 'draft' } })).toMatchObject({
      code: 'plan_year_closed',
    });
    expect(closeRefusal({ closed: false, latest: null }, 2026, '2026-12-31')).toMatchObject({
      code: 'plan_year_not_over',
    });
    expect(closeRefusal({ closed: false, latest: null }, 2026, '2027-01-01')).toBeNull();
  });
});
