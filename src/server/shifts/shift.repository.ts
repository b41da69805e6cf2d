import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database, ShiftRow } from '../db/database';
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

/**
 * The row id of the shift a unit knows by `publicId` (the id in the API), or undefined. Every lookup
 * from a request goes through the unit, so another unit's shift is as absent as one never made.
 */
export async function shiftIdInUnit(db: Reader, municipalityId: string, unitId: string, publicId: string) {
  const row = await db
    .selectFrom('shifts')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('unit_id', '=', unitId)
    .where('public_id', '=', publicId)
    .executeTakeFirst();
  return row?.id;
}

/** Whether any unit of the municipality holds a shift with this row id. */
export async function shiftRowExists(db: Reader, municipalityId: string, id: string) {
  const row = await db
    .selectFrom('shifts')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

type ChildRows = {
  staff: { userId: string; minutes: number | null }[];
  time_uses: ShiftInput['timeSplit'];
  areas: string[];
  categories: { id: string; kind: string }[];
  encounters: ShiftInput['encounters'];
  topics: ShiftInput['topics'];
  actions: ShiftInput['actions'];
  observations: (Omit<ShiftInput['observations'][number], 'point'> & {
    lat: number | null;
    lon: number | null;
  })[];
};

/** One child table's rows of shift `s` as a JSON array: one query reads the whole document. */
const children = (select: string, from: string, order = '') =>
  sql.raw(`coalesce((select json_agg(${select}${order ? ` order by ${order}` : ''}) from ${from}
    where x.municipality_id = s.municipality_id and x.shift_id = s.id), '[]')`);

/**
 * Loads a shift and its tallies, observations and links in one round trip; undefined if absent.
 * `forUpdate` locks the shift's row for the rest of the transaction.
 */
export async function loadShift(
  db: Reader,
  municipalityId: string,
  shiftId: string,
  forUpdate = false,
): Promise<ShiftRecord | undefined> {
  const { rows } = await sql<ShiftRow & ChildRows>`
    select s.*,
      ${children("json_build_object('userId', x.user_id, 'minutes', x.minutes)", 'shift_staff x')} as staff,
      ${children("json_build_object('timeUse', x.time_use, 'minutes', x.minutes)", 'shift_time_uses x')} as time_uses,
      ${children('x.area_id', 'shift_areas x')} as areas,
      ${children(
        "json_build_object('id', c.id, 'kind', c.kind)",
        'shift_categories x join categories c on c.municipality_id = x.municipality_id and c.id = x.category_id',
      )} as categories,
      ${children(
        "json_build_object('gender', x.gender, 'ageBandId', x.age_band_id, 'depth', x.depth, 'count', x.count)",
        'encounter_tallies x',
      )} as encounters,
      ${children("json_build_object('topicId', x.topic_id, 'count', x.count)", 'topic_tallies x')} as topics,
      ${children(
        "json_build_object('kind', x.kind, 'serviceId', x.service_id, 'gender', x.gender, 'ageBandId', x.age_band_id, 'count', x.count)",
        'action_tallies x',
      )} as actions,
      ${children(
        `json_build_object('id', x.id, 'typeId', x.type_id, 'areaId', x.area_id, 'lat', x.latitude, 'lon', x.longitude,
          'observedAt', x.observed_at, 'severity', x.severity, 'estimatedSize', x.estimated_size, 'note', x.note)`,
        'observations x',
        'x.observed_at',
      )} as observations
    from shifts s
    where s.municipality_id = ${municipalityId} and s.id = ${shiftId}
    ${forUpdate ? sql`for update of s` : sql``}`.execute(db);
  const found = rows[0];
  if (!found) return undefined;
  const { staff, time_uses, areas, categories, encounters, topics, actions, observations, ...row } = found;
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
      staffIds: staff.map((person) => person.userId),
      staffMinutes: staff.flatMap(({ userId, minutes }) => (minutes === null ? [] : [{ userId, minutes }])),
      timeSplit: time_uses,
      areaIds: areas,
      arenaIds: ofKind('arena'),
      riskFactorIds: ofKind('risk_factor'),
      protectiveFactorIds: ofKind('protective_factor'),
      encounters,
      topics,
      actions,
      // Keys in the schema's order: revisions compare documents as JSON.
      observations: observations.map((o) => ({
        id: o.id,
        typeId: o.typeId,
        areaId: o.areaId,
        point: o.lat !== null && o.lon !== null ? { lat: o.lat, lon: o.lon } : null,
        observedAt: new Date(o.observedAt).toISOString(),
        severity: o.severity,
        estimatedSize: o.estimatedSize,
        note: o.note,
      })),
    },
  };
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

/** Shifts of a unit in a time window, with their staff and counts, for lists and calendars: one query. */
export async function listShiftSummaries(
  db: Reader,
  municipalityId: string,
  unitId: string,
  window: { from: string; to: string; needsLogBefore?: Date | undefined; needsReview: boolean },
) {
  let query = db
    .selectFrom('shifts as s')
    .select([
      // The id the unit knows the shift by.
      's.public_id as id',
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
      sql<{ id: string; displayName: string }[]>`coalesce((select json_agg(json_build_object(
          'id', u.id, 'displayName', u.display_name) order by u.display_name)
        from shift_staff ss join users u on u.municipality_id = ss.municipality_id and u.id = ss.user_id
        where ss.municipality_id = s.municipality_id and ss.shift_id = s.id), '[]')`.as('staff'),
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

/**
 * What a save checks the shift against, in one round trip: the categories and areas it names (kind,
 * whether still in use), the unit's active members, and the names of the people its answer shows.
 */
export async function loadSaveReferences(
  db: Reader,
  municipalityId: string,
  unitId: string,
  ids: { categories: readonly string[]; areas: readonly string[]; people: readonly string[] },
) {
  const list = (values: readonly string[]) => sql`${[...new Set(values)]}::uuid[]`;
  const { rows } = await sql<{
    categories: { id: string; kind: string; retired: boolean }[];
    areas: { id: string; active: boolean }[];
    members: string[];
    people: { id: string; name: string }[];
  }>`
    select
      coalesce((select json_agg(json_build_object('id', c.id, 'kind', c.kind, 'retired', c.retired_at is not null))
        from categories c where c.municipality_id = ${municipalityId} and c.id = any(${list(ids.categories)})), '[]')
        as categories,
      coalesce((select json_agg(json_build_object('id', a.id, 'active', a.active))
        from areas a where a.municipality_id = ${municipalityId} and a.id = any(${list(ids.areas)})), '[]') as areas,
      coalesce((select json_agg(distinct r.user_id) from role_assignments r
        join users u on u.municipality_id = r.municipality_id and u.id = r.user_id
        where r.municipality_id = ${municipalityId} and r.unit_id = ${unitId} and u.active), '[]') as members,
      coalesce((select json_agg(json_build_object('id', u.id, 'name', u.display_name))
        from users u where u.municipality_id = ${municipalityId} and u.id = any(${list(ids.people)})), '[]') as people`.execute(
    db,
  );
  const found = rows[0];
  return {
    categories: new Map(found?.categories.map((c) => [c.id, { kind: c.kind, retired: c.retired }])),
    areas: new Map(found?.areas.map((a) => [a.id, { active: a.active }])),
    members: new Set(found?.members),
    people: new Map(found?.people.map((p) => [p.id, p.name])),
  };
}
