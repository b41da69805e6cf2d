import { sql, type Transaction } from 'kysely';
import type { Database, ShiftChangeList } from '../db/database';
import type { ShiftKeys } from '../disclosure/shift-keys';
import type { ShiftInput } from './shift.schema';

type Reader = Pick<Transaction<Database>, 'selectFrom'>;

export type ShiftWrite = {
  /** The row's id, which the child tables reference. */
  id: string;
  /** The id the unit knows the shift by (shifts.public_id); usually the same. */
  publicId: string;
  municipalityId: string;
  unitId: string;
  version: number;
  mutationId: string;
  actorId: string;
  now: Date;
  created: boolean;
  input: ShiftInput;
  /** The cell keys of its tallies and observations (disclosure/shift-keys.ts). */
  keys: ShiftKeys;
  /** For an update: the fields that changed (shift-diff.ts); only their rows are rewritten. */
  changed?: ReadonlySet<string>;
};

type Base = { municipality_id: string; shift_id: string };
type ChildTable =
  | 'shift_staff'
  | 'shift_time_uses'
  | 'shift_areas'
  | 'shift_categories'
  | 'encounter_tallies'
  | 'topic_tallies'
  | 'action_tallies'
  | 'observations';

/** Each child table: the fields of the shift it holds, and its rows for one write. */
const CHILDREN: {
  table: ChildTable;
  fields: (keyof ShiftInput)[];
  rows: (w: ShiftWrite, base: Base) => object[];
}[] = [
  {
    table: 'shift_staff',
    fields: ['staffIds', 'staffMinutes'],
    rows: ({ input }, base) => {
      const own = new Map(input.staffMinutes.map((entry) => [entry.userId, entry.minutes]));
      return input.staffIds.map((user_id) => ({ ...base, user_id, minutes: own.get(user_id) ?? null }));
    },
  },
  {
    table: 'shift_time_uses',
    fields: ['timeSplit'],
    rows: ({ input }, base) =>
      input.timeSplit.map((part) => ({ ...base, time_use: part.timeUse, minutes: part.minutes })),
  },
  {
    table: 'shift_areas',
    fields: ['areaIds'],
    rows: ({ input }, base) => input.areaIds.map((area_id) => ({ ...base, area_id })),
  },
  {
    table: 'shift_categories',
    fields: ['arenaIds', 'riskFactorIds', 'protectiveFactorIds'],
    rows: ({ input }, base) =>
      [...input.arenaIds, ...input.riskFactorIds, ...input.protectiveFactorIds].map((category_id) => ({
        ...base,
        category_id,
      })),
  },
  {
    table: 'encounter_tallies',
    fields: ['encounters'],
    rows: ({ input, keys }, base) =>
      input.encounters.map((e, i) => ({
        ...base,
        gender: e.gender,
        age_band_id: e.ageBandId,
        depth: e.depth,
        count: e.count,
        cell_key: keys.encounters[i],
      })),
  },
  {
    table: 'topic_tallies',
    fields: ['topics'],
    rows: ({ input, keys }, base) =>
      input.topics.map((t, i) => ({
        ...base,
        topic_id: t.topicId,
        count: t.count,
        cell_key: keys.topics[i],
      })),
  },
  {
    table: 'action_tallies',
    fields: ['actions'],
    rows: ({ input, keys }, base) =>
      input.actions.map((a, i) => ({
        ...base,
        kind: a.kind,
        service_id: a.serviceId,
        gender: a.gender,
        age_band_id: a.ageBandId,
        count: a.count,
        cell_key: keys.actions[i],
      })),
  },
  {
    table: 'observations',
    fields: ['observations'],
    rows: ({ input, keys }, base) =>
      input.observations.map((o, i) => ({
        ...base,
        id: o.id,
        type_id: o.typeId,
        area_id: o.areaId,
        latitude: o.point?.lat ?? null,
        longitude: o.point?.lon ?? null,
        observed_at: o.observedAt,
        severity: o.severity,
        estimated_size: o.estimatedSize,
        note: o.note,
        cell_key: keys.observations[i],
      })),
  },
];

/** Rows per multi-row insert: well inside PostgreSQL's 65,535 bind parameters. */
const CHUNK = 500;

async function insertChunked(
  trx: Transaction<Database>,
  table: ChildTable | 'shifts' | 'shift_mutations' | 'shift_revisions',
  rows: readonly object[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx
      .insertInto(table as ChildTable)
      .values(rows.slice(i, i + CHUNK) as never)
      .execute();
  }
}

/** Writes a whole shift: the row, then the children that changed. Call inside a transaction. */
export async function writeShift(trx: Transaction<Database>, write: ShiftWrite): Promise<void> {
  await writeShifts(trx, [write]);
}

/**
 * Writes many shifts with one insert per table (per chunk), so a bulk load such as the demo year is a
 * few dozen statements rather than thousands. An updated shift loses its review (a changed log needs
 * a new one); of its children only the tables whose fields changed are replaced, so a typical edit
 * is a handful of statements, not fifteen.
 */
export async function writeShifts(trx: Transaction<Database>, writes: readonly ShiftWrite[]): Promise<void> {
  const fieldsOf = (write: ShiftWrite) => ({
    status: write.input.status,
    kind: write.input.kind,
    title: write.input.title,
    starts_at: write.input.startsAt,
    ends_at: write.input.endsAt,
    time_use: write.input.timeUse,
    prevention_level: write.input.preventionLevel,
    partners: write.input.partners,
    notes: write.input.notes,
    version: write.version,
    updated_by: write.actorId,
    updated_at: write.now,
  });
  await insertChunked(
    trx,
    'shifts',
    writes
      .filter((write) => write.created)
      .map((write) => ({
        ...fieldsOf(write),
        id: write.id,
        public_id: write.publicId,
        municipality_id: write.municipalityId,
        unit_id: write.unitId,
        created_by: write.actorId,
        created_at: write.now,
      })),
  );
  const rewrites = (write: ShiftWrite, fields: readonly string[]) =>
    write.created || !write.changed || fields.some((field) => write.changed?.has(field));
  for (const write of writes.filter((w) => !w.created)) {
    await trx
      .updateTable('shifts')
      .set({ ...fieldsOf(write), reviewed_at: null, reviewed_by: null })
      .where('municipality_id', '=', write.municipalityId)
      .where('id', '=', write.id)
      .execute();
    for (const child of CHILDREN.filter((c) => rewrites(write, c.fields))) {
      await trx
        .deleteFrom(child.table)
        .where('municipality_id', '=', write.municipalityId)
        .where('shift_id', '=', write.id)
        .execute();
    }
  }
  await insertChunked(
    trx,
    'shift_mutations',
    writes.map((write) => ({
      municipality_id: write.municipalityId,
      shift_id: write.id,
      mutation_id: write.mutationId,
      version: write.version,
      applied_at: write.now,
    })),
  );
  for (const child of CHILDREN) {
    const rows = writes
      .filter((write) => rewrites(write, child.fields))
      .flatMap((write) => child.rows(write, { municipality_id: write.municipalityId, shift_id: write.id }));
    await insertChunked(trx, child.table, rows);
  }
}

export type RevisionWrite = {
  id: string;
  municipalityId: string;
  shiftId: string;
  version: number;
  changedBy: string;
  changedByRoles: string;
  changedAt: Date;
  changes: ShiftChangeList;
};

export async function insertRevisions(trx: Transaction<Database>, revisions: readonly RevisionWrite[]) {
  await insertChunked(
    trx,
    'shift_revisions',
    revisions.map((revision) => ({
      id: revision.id,
      municipality_id: revision.municipalityId,
      shift_id: revision.shiftId,
      version: revision.version,
      changed_by: revision.changedBy,
      changed_by_roles: revision.changedByRoles,
      changed_at: revision.changedAt,
      changes: JSON.stringify(revision.changes),
    })),
  );
}

export async function insertRevision(trx: Transaction<Database>, revision: RevisionWrite): Promise<void> {
  await insertRevisions(trx, [revision]);
}

/** Remembers that a save was applied, so a retry of it is answered rather than refused. */
export async function recordMutation(
  trx: Transaction<Database>,
  mutation: { municipalityId: string; shiftId: string; mutationId: string; version: number; now: Date },
): Promise<void> {
  await trx
    .insertInto('shift_mutations')
    .values({
      municipality_id: mutation.municipalityId,
      shift_id: mutation.shiftId,
      mutation_id: mutation.mutationId,
      version: mutation.version,
      applied_at: mutation.now,
    })
    .execute();
}

/** The shift a save (by its mutationId) was applied to, if it was: a retry, or a reused id. */
export async function appliedTo(db: Reader, municipalityId: string, mutationId: string) {
  const row = await db
    .selectFrom('shift_mutations')
    .select('shift_id')
    .where('municipality_id', '=', municipalityId)
    .where('mutation_id', '=', mutationId)
    .executeTakeFirst();
  return row?.shift_id;
}

/**
 * Serialises saves of one shift across connections and app instances until the transaction ends:
 * two creates of the same new id (an outbox retry racing the first request) then meet as a retry or
 * a version conflict, never as a duplicate key. A row lock cannot do this for a row not yet there.
 * Keyed by the municipality, not the unit: two units' creates of one id also take turns, so the
 * second sees the first's row and makes its own row id (shift.service.ts, `rowIdFor`).
 */
export async function lockShiftForSave(trx: Transaction<Database>, municipalityId: string, shiftId: string) {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`shift|${municipalityId}|${shiftId}`}, 0))`.execute(
    trx,
  );
}

export async function markReviewed(
  trx: Transaction<Database>,
  municipalityId: string,
  shiftId: string,
  userId: string,
  now: Date,
) {
  await trx
    .updateTable('shifts')
    .set({ reviewed_by: userId, reviewed_at: now })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', shiftId)
    .execute();
}
