import { describe, expect, it } from 'vitest';
import type { ShiftRecord } from '../outbox/outbox';
import { doc, entry, ME, OTHER_SHIFT, SHIFT, serverShift, UNIT } from '../outbox/test-fixtures';
import { mergeListing, splitListing } from './listing';
import type { ShiftSummary } from './model';

function summary(id: string, overrides: Partial<ShiftSummary> = {}): ShiftSummary {
  return {
    id,
    unitId: UNIT,
    status: 'planned',
    kind: 'outreach',
    title: null,
    startsAt: '2026-06-12T16:00:00.000Z',
    endsAt: '2026-06-12T20:00:00.000Z',
    timeUse: 'outreach',
    staff: [{ id: ME, displayName: 'Fatima' }],
    contacts: 0,
    observations: 0,
    version: 1,
    reviewedAt: null,
    needsLog: false,
    ...overrides,
  };
}

function record(shiftId: string, overrides: Partial<ShiftRecord> = {}): ShiftRecord {
  const draft = doc({ encounters: [{ gender: 'girl', ageBandId: UNIT, depth: 'brief', count: 4 }] });
  return {
    shiftId,
    unitId: UNIT,
    ownerId: ME,
    base: serverShift(doc(), 1),
    draft,
    serverVersion: 1,
    unsaved: null,
    savedAt: '2026-06-12T20:00:00.000Z',
    ...overrides,
  };
}

describe('the list of shifts', () => {
  it('shows the phone’s version of a shift with a save waiting', () => {
    const rows = mergeListing([summary(SHIFT)], [record(SHIFT)], [entry()]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'done', contacts: 4, sync: 'waiting', staffNames: ['Fatima'] });
  });

  it('keeps the server’s row when the phone’s copy is clean', () => {
    const rows = mergeListing([summary(SHIFT)], [record(SHIFT), record(OTHER_SHIFT)], []);
    expect(rows).toEqual([expect.objectContaining({ id: SHIFT, status: 'planned', sync: 'synced' })]);
  });

  it('lists shifts only on the phone: waiting, or an unsaved draft', () => {
    const rows = mergeListing(
      [],
      [
        record(SHIFT, { base: null, serverVersion: null }),
        record(OTHER_SHIFT, { base: null, serverVersion: null }),
      ],
      [entry({ shiftId: SHIFT })],
    );
    expect(rows.map((row) => [row.id, row.sync, row.unsavedDraft])).toEqual([
      [SHIFT, 'waiting', false],
      [OTHER_SHIFT, 'synced', true],
    ]);
  });

  it('puts planned shifts first, soonest first, and the rest newest first', () => {
    const rows = mergeListing(
      [
        summary('a', { startsAt: '2026-06-14T16:00:00.000Z' }),
        summary('b', { startsAt: '2026-06-13T16:00:00.000Z', needsLog: true }),
        summary('c', { status: 'done', startsAt: '2026-06-10T16:00:00.000Z' }),
        summary('d', { status: 'cancelled', startsAt: '2026-06-11T16:00:00.000Z' }),
      ],
      [],
      [],
    );
    const { planned, earlier } = splitListing(rows);
    expect(planned.map((row) => row.id)).toEqual(['b', 'a']);
    expect(earlier.map((row) => row.id)).toEqual(['d', 'c']);
  });
});
