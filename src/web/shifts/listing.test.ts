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

  it('names the staff of a new shift waiting to sync, as a synced row does', () => {
    const colleague = '0190a000-0000-7000-8000-0000000000c0';
    const waiting = record(SHIFT, {
      base: null,
      serverVersion: null,
      draft: doc({ staffIds: [ME, colleague] }),
    });
    const members = new Map([
      [ME, 'Fatima'],
      [colleague, 'Erik'],
    ]);
    const [row] = mergeListing([], [waiting], [entry({ shiftId: SHIFT })], Date.now(), members);
    expect(row).toMatchObject({ sync: 'waiting', staffNames: ['Fatima', 'Erik'] });
    // Without the members cached, the names the server sent for other shifts still count.
    const [alone] = mergeListing(
      [summary(OTHER_SHIFT, { staff: [{ id: colleague, displayName: 'Erik' }] })],
      [waiting],
      [entry({ shiftId: SHIFT })],
    ).filter((listed) => listed.id === SHIFT);
    expect(alone?.staffNames).toEqual(['Erik']);
  });

  it('puts shifts that need a log first (latest on top), then planned soonest first, then the rest', () => {
    const rows = mergeListing(
      [
        summary('a', { startsAt: '2026-06-14T16:00:00.000Z' }),
        summary('b', { startsAt: '2026-06-13T16:00:00.000Z', needsLog: true }),
        summary('c', { status: 'done', startsAt: '2026-06-10T16:00:00.000Z' }),
        summary('d', { status: 'cancelled', startsAt: '2026-06-11T16:00:00.000Z' }),
        summary('e', { startsAt: '2026-06-09T16:00:00.000Z', needsLog: true }),
        summary('f', { startsAt: '2026-06-20T16:00:00.000Z' }),
      ],
      [],
      [],
    );
    const { needsLog, planned, earlier } = splitListing(rows);
    expect(needsLog.map((row) => row.id)).toEqual(['b', 'e']);
    expect(planned.map((row) => row.id)).toEqual(['a', 'f']);
    expect(earlier.map((row) => row.id)).toEqual(['d', 'c']);
  });
});
