import { describe, expect, it } from 'vitest';
import { changeSince, comparedDays } from './comparison';

const december = { from: '2026-12-01', to: '2026-12-31' };

describe('year-on-year comparison', () => {
  it('compares a finished period whole', () => {
    expect(comparedDays(december, '2027-01-05')).toEqual({ ...december, soFar: false });
  });

  it('compares a running period by its days so far, never whole against whole', () => {
    expect(comparedDays(december, '2026-12-03')).toEqual({
      from: '2026-12-01',
      to: '2026-12-03',
      soFar: true,
    });
    expect(comparedDays(december, '2026-12-31')).toEqual({ ...december, soFar: true });
  });

  it('has nothing to compare before the period begins', () => {
    expect(comparedDays(december, '2026-11-30')).toBeNull();
  });

  it('reads from then to now: more now is a rise', () => {
    expect(changeSince(112, 100)).toBeCloseTo(0.12);
    expect(changeSince(10, 249)).toBeCloseTo(-0.96, 2);
    expect(changeSince(5, 0)).toBeNull();
  });
});
