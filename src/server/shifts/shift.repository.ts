import { type ExpressionBuilder, type Kysely, sql, type Transaction } from 'kysely';
import type { Database, ShiftChangeList, ShiftRow } from '../db/database';
import type { ShiftKeys } from '../disclosure/shift-keys';
import type { ShiftInput } from './shift.schema';

type Reader = Kysely<Database> | Transaction<Database>;

/** A shift row with everything recorded on it, as the API's input shape. */
export type ShiftRecord = { row: ShiftRow; input: ShiftInput };

export async function findShiftRow(db: Reader, municipalityId: string, shiftId: string, forUpdate = false) {
  let query = db
    .selectFrom('shifts')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', shiftId);
  if (forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Loads a shift and its tallies, observations and links; undefined if absent. */
export async function loadShift(
  db: Reader,
  municipalityId: string,
  shiftId: string,
  forUpdate = false,
): Promise<ShiftRecord | undefined> {
  const row = await findShiftRow(db, municipalityId, shiftId, forUpdate);
  if (!row) return undefined;
  const scope = { municipalityId, shiftId };
  const [staff, areas, categories, encounters, topics, actions, observations] = await Promise.all([
    db.selectFrom('shift_staff').select('user_id').where(ofShift(scope)).execute(),
    db.selectFrom('shift_areas').select('area_id').where(ofShift(scope)).execute(),
    db
      .selectFrom('shift_categories as sc')
      .innerJoin('categories as c', (join) =>
        join.onRef('c.municipality_id', '=', 'sc.municipality_id').onRef('c.id', '=', 'sc.category_id'),
      )
      .select(['c.id', 'c.kind'])
      .where('sc.municipality_id', '=', municipalityId)
      .where('sc.shift_id', '=', shiftId)
      .execute(),
    db
      .selectFrom('encounter_tallies')
      .select(['gender', 'age_band_id', 'depth', 'count'])
      .where(ofShift(scope))
      .execute(),
    db.selectFrom('topic_tallies').select(['topic_id', 'count']).where(ofShift(scope)).execute(),
    db
      .selectFrom('action_tallies')
      .select(['kind', 'service_id', 'gender', 'age_band_id', 'count'])
      .where(ofShift(scope))
      .execute(),
    db.selectFrom('observations').selectAll().where(ofShift(scope)).orderBy('observed_at').execute(),
  ]);
  const ofKind = (kind: string) => categories.filter((c) => c.kind === kind).map((c) => c.id);
  return {
    row,
    input: {
      status: row.status,
      kind: row.kind,
      title: row.title,
      startsAt: row.starts_at.toISOString(),
      endsAt: row.ends_at.toISOString(),
      timeUse: row.time_use,
      preventionLevel: row.prevention_level,
      partners: row.partners as ShiftInput['partners'],
      notes: row.notes,
      staffIds: staff.map((s) => s.user_id),
      areaIds: areas.map((a) => a.area_id),
      arenaIds: ofKind('arena'),
      riskFactorIds: ofKind('risk_factor'),
      protectiveFactorIds: ofKind('protective_factor'),
      encounters: encounters.map((e) => ({
        gender: e.gender,
        ageBandId: e.age_band_id,
        depth: e.depth,
        count: e.count,
      })),
      topics: topics.map((t) => ({ topicId: t.topic_id, count: t.count })),
      actions: actions.map((a) => ({
        kind: a.kind,
        serviceId: a.service_id,
        gender: a.gender,
        ageBandId: a.age_band_id,
        count: a.count,
      })),
      observations: observations.map((o) => ({
        id: o.id,
        typeId: o.type_id,
        areaId: o.area_id,
        point: o.latitude !== null && o.longitude !== null ? { lat: o.latitude, lon: o.longitude } : null,
        observedAt: o.observed_at.toISOString(),
        severity: o.severity,
        estimatedSize: o.estimated_size,
        note: o.note,
      })),
    },
  };
}

type ChildTable =
  | 'shift_staff'
  | 'shift_areas'
  | 'shift_categories'
  | 'encounter_tallies'
  | 'topic_tallies'
  | 'action_tallies'
  | 'observations';

const CHILD_TABLES: ChildTable[] = [
  'shift_staff',
  'shift_areas',
  'shift_categories',
  'encounter_tallies',
  'topic_tallies',
  'action_tallies',
  'observations',
];

/** The filter for one shift's child rows; every child table has these two columns. */
function ofShift(scope: { municipalityId: string; shiftId: string }) {
  return (eb: ExpressionBuilder<Database, ChildTable>) =>
    eb.and([eb('municipality_id', '=', scope.municipalityId), eb('shift_id', '=', scope.shiftId)]);
}

export type ShiftWrite = {
  id: string;
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
};

/** Writes a whole shift: the row, then its children replaced. Call inside a transaction. */
export async function writeShift(trx: Transaction<Database>, write: ShiftWrite): Promise<void> {
  await writeShifts(trx, [write]);
}

/** Rows per multi-row insert: well inside PostgreSQL's 65,535 bind parameters. */
const CHUNK = 500;

async function insertChunked<T extends ChildTable | 'shifts' | 'shift_mutations' | 'shift_revisions'>(
  trx: Transaction<Database>,
  table: T,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx
      .insertInto(table as ChildTable)
      .values(rows.slice(i, i + CHUNK) as never)
      .execute();
  }
}

/**
 * Writes many shifts with one insert per table (per chunk), so a bulk load such as the demo year is a
 * few dozen statements rather than thousands. Updated shifts lose their review and their old children.
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
  const created = writes.filter((write) => write.created);
  await insertChunked(
    trx,
    'shifts',
    created.map((write) => ({
      ...fieldsOf(write),
      id: write.id,
      municipality_id: write.municipalityId,
      unit_id: write.unitId,
      created_by: write.actorId,
      created_at: write.now,
    })),
  );
  for (const write of writes.filter((w) => !w.created)) {
    // A changed log needs a new review.
    await trx
      .updateTable('shifts')
      .set({ ...fieldsOf(write), reviewed_at: null, reviewed_by: null })
      .where('municipality_id', '=', write.municipalityId)
      .where('id', '=', write.id)
      .execute();
    for (const table of CHILD_TABLES) {
      await trx
        .deleteFrom(table)
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
  const childRows = (
    make: (
      write: ShiftWrite,
      base: { municipality_id: string; shift_id: string },
    ) => Record<string, unknown>[],
  ) => writes.flatMap((write) => make(write, { municipality_id: write.municipalityId, shift_id: write.id }));
  await insertChunked(
    trx,
    'shift_staff',
    childRows(({ input }, base) => input.staffIds.map((user_id) => ({ ...base, user_id }))),
  );
  await insertChunked(
    trx,
    'shift_areas',
    childRows(({ input }, base) => input.areaIds.map((area_id) => ({ ...base, area_id }))),
  );
  await insertChunked(
    trx,
    'shift_categories',
    childRows(({ input }, base) =>
      [...input.arenaIds, ...input.riskFactorIds, ...input.protectiveFactorIds].map((category_id) => ({
        ...base,
        category_id,
      })),
    ),
  );
  await insertChunked(
    trx,
    'encounter_tallies',
    childRows(({ input, keys }, base) =>
      input.encounters.map((e, i) => ({
        ...base,
        gender: e.gender,
        age_band_id: e.ageBandId,
        depth: e.depth,
        count: e.count,
        cell_key: keys.encounters[i],
      })),
    ),
  );
  await insertChunked(
    trx,
    'topic_tallies',
    childRows(({ input, keys }, base) =>
      input.topics.map((t, i) => ({
        ...base,
        topic_id: t.topicId,
        count: t.count,
        cell_key: keys.topics[i],
      })),
    ),
  );
  await insertChunked(
    trx,
    'action_tallies',
    childRows(({ input, keys }, base) =>
      input.actions.map((a, i) => ({
        ...base,
        kind: a.kind,
        service_id: a.serviceId,
        gender: a.gender,
        age_band_id: a.ageBandId,
        count: a.count,
        cell_key: keys.actions[i],
      })),
    ),
  );
  await insertChunked(
    trx,
    'observations',
    childRows(({ input, keys }, base) =>
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
    ),
  );
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

export async function insertRevisions(
  trx: Transaction<Database>,
  revisions: readonly RevisionWrite[],
): Promise<void> {
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

/** Whether this save was already applied to this shift (a retry after a lost response). */
export async function wasApplied(
  db: Reader,
  municipalityId: string,
  shiftId: string,
  mutationId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('shift_mutations')
    .select('version')
    .where('municipality_id', '=', municipalityId)
    .where('mutation_id', '=', mutationId)
    .where('shift_id', '=', shiftId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertRevision(trx: Transaction<Database>, revision: RevisionWrite): Promise<void> {
  await insertRevisions(trx, [revision]);
}

export async function listRevisions(db: Reader, municipalityId: string, shiftId: string) {
  return db
    .selectFrom('shift_revisions')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('shift_id', '=', shiftId)
    .orderBy('version', 'desc')
    .execute();
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

/** Shifts of a unit in a time window, with their staff and counts, for lists and calendars. */
export async function listShiftSummaries(
  db: Reader,
  municipalityId: string,
  unitId: string,
  window: { from: string; to: string; needsLogBefore?: Date | undefined; needsReview: boolean },
) {
  let query = db
    .selectFrom('shifts as s')
    .select([
      's.id',
      's.unit_id',
      's.status',
      's.kind',
      's.title',
      's.starts_at',
      's.ends_at',
      's.time_use',
      's.version',
      's.reviewed_at',
      sql<number>`(select coalesce(sum(e.count), 0)::int from encounter_tallies e
        where e.municipality_id = s.municipality_id and e.shift_id = s.id)`.as('contacts'),
      sql<number>`(select count(*)::int from observations o
        where o.municipality_id = s.municipality_id and o.shift_id = s.id)`.as('observation_count'),
    ])
    .where('s.municipality_id', '=', municipalityId)
    .where('s.unit_id', '=', unitId)
    .where('s.starts_at', '>=', new Date(window.from))
    .where('s.starts_at', '<', new Date(window.to));
  if (window.needsLogBefore) {
    query = query.where('s.status', '=', 'planned').where('s.ends_at', '<', window.needsLogBefore);
  }
  if (window.needsReview) query = query.where('s.status', '=', 'done').where('s.reviewed_at', 'is', null);
  return query.orderBy('s.starts_at').limit(2000).execute();
}

export async function listStaffOfShifts(db: Reader, municipalityId: string, shiftIds: string[]) {
  if (shiftIds.length === 0) return [];
  return db
    .selectFrom('shift_staff as ss')
    .innerJoin('users as u', (join) =>
      join.onRef('u.municipality_id', '=', 'ss.municipality_id').onRef('u.id', '=', 'ss.user_id'),
    )
    .select(['ss.shift_id', 'u.id', 'u.display_name'])
    .where('ss.municipality_id', '=', municipalityId)
    .where('ss.shift_id', 'in', shiftIds)
    .orderBy('u.display_name')
    .execute();
}

export async function findPeople(db: Reader, municipalityId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  ids = [...new Set(ids)];
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row.display_name]));
}

/** Categories and areas a shift may refer to, with kind and whether still in use. */
export async function loadReferenceIds(db: Reader, municipalityId: string) {
  const [categories, areas] = await Promise.all([
    db
      .selectFrom('categories')
      .select(['id', 'kind', 'retired_at'])
      .where('municipality_id', '=', municipalityId)
      .execute(),
    db.selectFrom('areas').select(['id', 'active']).where('municipality_id', '=', municipalityId).execute(),
  ]);
  return {
    categories: new Map(categories.map((c) => [c.id, { kind: c.kind, retired: c.retired_at !== null }])),
    areas: new Map(areas.map((a) => [a.id, { active: a.active }])),
  };
}
