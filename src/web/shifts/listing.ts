import { totalCount } from '../../shared/tallies';
import { type OutboxEntry, type SyncState, shiftSyncState } from '../outbox/logic';
import type { ShiftRecord } from '../outbox/outbox';
import type { ShiftSummary } from './model';

/** A row of "Mina pass": the server's summary, or the phone's own copy when it has changes. */
export type ListedShift = {
  id: string;
  unitId: string;
  status: ShiftSummary['status'];
  kind: ShiftSummary['kind'];
  title: string | null;
  startsAt: string;
  endsAt: string;
  staffIds: string[] | null;
  staffNames: string[];
  contacts: number;
  observations: number;
  needsLog: boolean;
  reviewed: boolean;
  sync: SyncState;
  /** Only on this phone: never saved, kept from an editor that closed. */
  unsavedDraft: boolean;
};

function fromSummary(summary: ShiftSummary, sync: SyncState): ListedShift {
  return {
    id: summary.id,
    unitId: summary.unitId,
    status: summary.status,
    kind: summary.kind,
    title: summary.title,
    startsAt: summary.startsAt,
    endsAt: summary.endsAt,
    staffIds: summary.staff.map((person) => person.id),
    staffNames: summary.staff.map((person) => person.displayName),
    contacts: summary.contacts,
    observations: summary.observations,
    needsLog: summary.needsLog,
    reviewed: summary.reviewedAt !== null,
    sync,
    unsavedDraft: false,
  };
}

/** Who is who: display names by user id, from whatever the phone knows. */
export type StaffNames = ReadonlyMap<string, string>;

function namesOf(ids: readonly string[], names: StaffNames): string[] {
  return ids.flatMap((id) => names.get(id) ?? []);
}

function fromRecord(record: ShiftRecord, sync: SyncState, now: number, names: StaffNames): ListedShift {
  const doc = record.draft;
  return {
    id: record.shiftId,
    unitId: record.unitId,
    status: doc.status,
    kind: doc.kind,
    title: doc.title,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    staffIds: doc.staffIds,
    staffNames: namesOf(doc.staffIds, names),
    contacts: totalCount(doc.encounters),
    observations: doc.observations.length,
    needsLog: doc.status === 'planned' && new Date(doc.endsAt).getTime() < now,
    reviewed: record.base?.reviewedAt != null,
    sync,
    unsavedDraft: record.serverVersion === null && sync === 'synced',
  };
}

/**
 * The server's list with the phone's own changes laid over it: a shift saved offline shows as the
 * phone has it, with its sync state and its staff by name (from the unit's members the phone has
 * kept, `members`, and any name the server sent); shifts only on the phone are listed too.
 */
export function mergeListing(
  summaries: readonly ShiftSummary[],
  records: readonly ShiftRecord[],
  entries: readonly OutboxEntry[],
  now: number = Date.now(),
  members: StaffNames = new Map(),
): ListedShift[] {
  const names = new Map(members);
  for (const person of [
    ...summaries.flatMap((summary) => summary.staff),
    ...records.flatMap((record) => record.base?.staff ?? []),
  ])
    names.set(person.id, person.displayName);
  const rows = new Map<string, ListedShift>();
  for (const summary of summaries)
    rows.set(summary.id, fromSummary(summary, shiftSyncState(entries, summary.id)));
  for (const record of records) {
    const sync = shiftSyncState(entries, record.shiftId);
    const server = rows.get(record.shiftId);
    const local = sync !== 'synced' || record.serverVersion === null;
    if (!local) continue; // a clean copy adds nothing to what the server listed
    const row = fromRecord(record, sync, now, names);
    rows.set(record.shiftId, server ? { ...row, reviewed: server.reviewed } : row);
  }
  return [...rows.values()];
}

/**
 * "Mina pass" in three groups: shifts that need a log (planned, and over) first, the one just
 * ended on top; then what is planned, soonest first; then the rest, newest first.
 */
export function splitListing(rows: readonly ListedShift[]): {
  needsLog: ListedShift[];
  planned: ListedShift[];
  earlier: ListedShift[];
} {
  const time = (row: ListedShift) => new Date(row.startsAt).getTime();
  const planned = rows.filter((row) => row.status === 'planned');
  return {
    needsLog: planned.filter((row) => row.needsLog).sort((a, b) => time(b) - time(a)),
    planned: planned.filter((row) => !row.needsLog).sort((a, b) => time(a) - time(b)),
    earlier: rows.filter((row) => row.status !== 'planned').sort((a, b) => time(b) - time(a)),
  };
}
