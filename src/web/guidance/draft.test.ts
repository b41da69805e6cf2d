import { describe, expect, it } from 'vitest';
import type { GuidanceCell } from './api';
import { outcomeSet, remaining, sameOutcomes, stepOutcome } from './draft';

const cell = (guided: number, arrived = 0, notArrived = 0, unknown = 0): GuidanceCell => ({
  serviceId: 's',
  service: { sv: 'Ungdomsmottagning', en: 'Youth clinic' },
  gender: 'girl',
  ageBandId: 'a',
  ageBand: { sv: '13–15', en: '13–15' },
  guided,
  arrived,
  notArrived,
  unknown,
});

describe('a follow-up draft', () => {
  it('steps outcomes within the guided count and never below zero', () => {
    expect(stepOutcome(cell(2), 'arrived', 1).arrived).toBe(1);
    expect(stepOutcome(cell(2, 1, 1), 'unknown', 1)).toEqual(cell(2, 1, 1));
    expect(stepOutcome(cell(2), 'notArrived', -1).notArrived).toBe(0);
    expect(remaining(cell(3, 1, 0, 1))).toBe(1);
  });

  it('lets a cell with too many outcomes (its guidance shrank) be brought down, not up', () => {
    const stale = cell(1, 2);
    expect(remaining(stale)).toBe(-1);
    expect(stepOutcome(stale, 'arrived', 1)).toBe(stale);
    expect(stepOutcome(stale, 'arrived', -1).arrived).toBe(1);
  });

  it('sends every cell with an outcome, and nothing for cells without', () => {
    expect(outcomeSet([cell(2), cell(3, 0, 1)])).toEqual([
      { serviceId: 's', gender: 'girl', ageBandId: 'a', arrived: 0, notArrived: 1, unknown: 0 },
    ]);
    expect(sameOutcomes([cell(2)], [cell(2)])).toBe(true);
    expect(sameOutcomes([cell(2)], [cell(2, 1)])).toBe(false);
  });
});
