import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOSE_REASONS } from '../../shared/support-contacts';
import {
  type ContinuityContact,
  continuityFigures,
  daysBetween,
  LOST_AFTER_DAYS,
  silentTooLong,
} from './continuity';

const DAY_MS = 86_400_000;
const START = Date.UTC(2025, 0, 1) / DAY_MS;
const dayAt = (n: number) => new Date((START + n) * DAY_MS).toISOString().slice(0, 10);

/** A contact as real data has it: consent on or before opening, closing on or after it, logs in between. */
const contact: fc.Arbitrary<ContinuityContact> = fc
  .record({
    consented: fc.integer({ min: 0, max: 700 }),
    openedAfter: fc.integer({ min: 0, max: 10 }),
    openFor: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
    reason: fc.constantFrom(...CLOSE_REASONS),
    logs: fc.array(fc.integer({ min: 0, max: 500 }), { maxLength: 6 }),
  })
  .map(({ consented, openedAfter, openFor, reason, logs }) => {
    const opened = consented + openedAfter;
    const closed = openFor === null ? null : opened + openFor;
    return {
      consentedOn: dayAt(consented),
      openedOn: dayAt(opened),
      closedOn: closed === null ? null : dayAt(closed),
      closeReason: closed === null ? null : reason,
      contactDays: logs
        .map((offset) => dayAt(opened + offset))
        .filter((d) => closed === null || d <= dayAt(closed)),
    };
  });

const period = fc
  .record({ from: fc.integer({ min: 0, max: 900 }), length: fc.integer({ min: 0, max: 400 }) })
  .map(({ from, length }) => ({ from: dayAt(from), to: dayAt(from + length) }));
const today = fc.integer({ min: 0, max: 1300 }).map(dayAt);

describe('the continuity figures', () => {
  it('balance: open at the start + opened − closed = open at the end', () => {
    fc.assert(
      fc.property(fc.array(contact, { maxLength: 30 }), period, today, (contacts, p, now) => {
        const figures = continuityFigures(contacts, p, now);
        expect(figures.openAtStart + figures.opened - figures.closed.total).toBe(figures.openAtEnd);
        const byReason = Object.values(figures.closed.byReason).reduce((sum, n) => sum + n, 0);
        expect(byReason).toBe(figures.closed.total);
      }),
    );
  });

  it('counts as lost only what closed because the worker left, or what is open and silent too long', () => {
    fc.assert(
      fc.property(fc.array(contact, { maxLength: 30 }), period, today, (contacts, p, now) => {
        const figures = continuityFigures(contacts, p, now);
        expect(figures.lost.workerLeft).toBe(figures.closed.byReason.worker_left);
        expect(figures.lost.noContact).toBeLessThanOrEqual(figures.openAtEnd);
        expect(figures.lost.total).toBe(figures.lost.workerLeft + figures.lost.noContact);
      }),
    );
  });

  it('never counts a contact as silent when one was logged within the limit', () => {
    fc.assert(
      fc.property(contact, fc.integer({ min: 0, max: LOST_AFTER_DAYS }), (c, gap) => {
        const last = [c.consentedOn, ...c.contactDays].sort().at(-1) as string;
        const asOf = dayAt(daysBetween(dayAt(0), last) + gap);
        expect(silentTooLong(c, asOf)).toBe(false);
      }),
    );
  });

  it('counts an open contact as lost the day after the limit passes', () => {
    const open: ContinuityContact = {
      consentedOn: '2026-01-01',
      openedOn: '2026-01-01',
      closedOn: null,
      closeReason: null,
      contactDays: ['2026-02-01'],
    };
    const limit = dayAt(daysBetween(dayAt(0), '2026-02-01') + LOST_AFTER_DAYS);
    expect(silentTooLong(open, limit)).toBe(false);
    const dayAfter = dayAt(daysBetween(dayAt(0), limit) + 1);
    expect(silentTooLong(open, dayAfter)).toBe(true);
    expect(continuityFigures([open], { from: dayAfter, to: dayAfter }, '2030-01-01').lost.noContact).toBe(1);
    // A period that ended before the limit passed saw nothing lost.
    expect(continuityFigures([open], { from: '2026-01-01', to: limit }, '2030-01-01').lost.noContact).toBe(0);
  });
});
