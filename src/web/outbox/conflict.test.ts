import { describe, expect, it } from 'vitest';
import type { Observation } from '../shifts/model';
import { diffShift, mergeObservations, mergeShift, resolveConflict, sameShift } from './conflict';
import { AGE_13, AGE_16, doc, FAMILY, SCHOOL, serverShift } from './test-fixtures';

const cell = (gender: 'girl' | 'boy' | 'other', ageBandId: string, count: number) => ({
  gender,
  ageBandId,
  depth: 'brief' as const,
  count,
});

function observation(id: string, note: string | null = null): Observation {
  return {
    id,
    typeId: SCHOOL,
    areaId: null,
    point: null,
    observedAt: '2026-06-12T19:00:00+02:00',
    severity: 'low',
    estimatedSize: null,
    note,
  };
}

describe('merging a conflict', () => {
  const base = doc({ encounters: [cell('girl', AGE_13, 2)], topics: [{ topicId: SCHOOL, count: 1 }] });
  const mine = doc({
    encounters: [cell('girl', AGE_13, 3), cell('boy', AGE_16, 1)],
    topics: [{ topicId: SCHOOL, count: 1 }],
    notes: 'mine',
  });
  const theirs = doc({
    encounters: [cell('girl', AGE_13, 4)],
    topics: [
      { topicId: SCHOOL, count: 2 },
      { topicId: FAMILY, count: 1 },
    ],
    notes: 'theirs',
  });

  it('adds both sides’ changes to every count and keeps my other fields', () => {
    const merged = mergeShift(base, mine, theirs);
    expect(merged.encounters).toEqual([cell('boy', AGE_16, 1), cell('girl', AGE_13, 5)]);
    expect(merged.topics).toEqual(
      [
        { topicId: SCHOOL, count: 2 },
        { topicId: FAMILY, count: 1 },
      ].sort((a, b) => (a.topicId < b.topicId ? -1 : 1)),
    );
    expect(merged.notes).toBe('mine');
  });

  it('resolves each choice', () => {
    const versions = { base, mine, theirs: serverShift(theirs, 3) };
    expect(resolveConflict('mine', versions)).toBe(mine);
    expect(resolveConflict('theirs', versions)).toBeNull();
    expect(resolveConflict('merge', versions)?.encounters).toHaveLength(2);
  });

  it('shows which fields and counts differ', () => {
    const diff = diffShift(base, mine, theirs);
    expect(diff.fields).toEqual(['notes']);
    expect(diff.counts).toEqual([
      {
        field: 'encounters',
        cell: { gender: 'boy', ageBandId: AGE_16, depth: 'brief' },
        base: 0,
        mine: 1,
        theirs: 0,
      },
      {
        field: 'encounters',
        cell: { gender: 'girl', ageBandId: AGE_13, depth: 'brief' },
        base: 2,
        mine: 3,
        theirs: 4,
      },
      ...[
        { field: 'topics' as const, cell: { topicId: SCHOOL }, base: 1, mine: 1, theirs: 2 },
        { field: 'topics' as const, cell: { topicId: FAMILY }, base: 0, mine: 0, theirs: 1 },
      ].sort((a, b) => (a.cell.topicId < b.cell.topicId ? -1 : 1)),
    ]);
  });

  it('compares id lists as sets and instants as instants', () => {
    const a = doc({ areaIds: [AGE_13, AGE_16], startsAt: '2026-06-12T18:00:00+02:00' });
    const b = doc({ areaIds: [AGE_16, AGE_13], startsAt: '2026-06-12T16:00:00.000Z' });
    expect(sameShift(a, b)).toBe(true);
    expect(sameShift(a, doc({ areaIds: [AGE_13] }))).toBe(false);
  });
});

describe('merging observations', () => {
  it('keeps both sides’ additions', () => {
    const merged = mergeObservations([], [observation('a')], [observation('b')]);
    expect(merged.map((o) => o.id)).toEqual(['a', 'b']);
  });

  it('applies their edit or removal when I left it alone', () => {
    const base = [observation('a'), observation('b')];
    const merged = mergeObservations(base, base, [observation('a', 'edited')]);
    expect(merged).toEqual([observation('a', 'edited')]);
  });

  it('keeps my edit over their removal, and my removal over their silence', () => {
    const base = [observation('a'), observation('b')];
    const merged = mergeObservations(base, [observation('a', 'mine')], [observation('b')]);
    expect(merged).toEqual([observation('a', 'mine')]);
  });
});
