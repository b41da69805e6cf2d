import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database';
import { summedKey } from '../statistics/statistics.repository';

type Reader = Kysely<Database> | Transaction<Database>;
export type DayRange = { from: string; to: string };

/**
 * Ids of the municipality's done shifts that started within the Stockholm days of the range,
 * as a subquery. Compared as instants so the (municipality_id, unit_id, starts_at) index serves it.
 */
function doneShiftIds(db: Reader, municipalityId: string, range: DayRange) {
  return db
    .selectFrom('shifts')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('status', '=', 'done')
    .where('starts_at', '>=', sql<Date>`(${range.from}::date::timestamp at time zone 'Europe/Stockholm')`)
    .where('starts_at', '<', sql<Date>`((${range.to}::date + 1)::timestamp at time zone 'Europe/Stockholm')`);
}

const local = sql`s.starts_at at time zone 'Europe/Stockholm'`;

/**
 * The done shifts of the period, oldest first, with their place in the organisation and their
 * time in Stockholm. Deliberately no title, notes, people or review columns.
 */
export async function exportShifts(db: Reader, municipalityId: string, range: DayRange) {
  return db
    .selectFrom('shifts as s')
    .innerJoin('units as u', (join) =>
      join.onRef('u.municipality_id', '=', 's.municipality_id').onRef('u.id', '=', 's.unit_id'),
    )
    .innerJoin('administrations as a', (join) =>
      join.onRef('a.municipality_id', '=', 'u.municipality_id').onRef('a.id', '=', 'u.administration_id'),
    )
    .select([
      's.id',
      'a.name as administration',
      'u.name as unit',
      sql<string>`to_char(${local}, 'YYYY-MM-DD')`.as('day'),
      sql<string>`to_char(${local}, 'IYYY-"W"IW')`.as('iso_week'),
      sql<number>`extract(isodow from ${local})::int`.as('weekday'),
      sql<number>`extract(hour from ${local})::int`.as('start_hour'),
      sql<number>`round((extract(epoch from s.ends_at - s.starts_at) / 3600)::numeric, 2)::float8`.as(
        'hours',
      ),
      's.kind',
      's.time_use',
      's.prevention_level',
      's.partners',
      (eb) =>
        eb
          .selectFrom('shift_staff as st')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('st.municipality_id', '=', 's.municipality_id')
          .whereRef('st.shift_id', '=', 's.id')
          .as('staff'),
    ])
    .where('s.municipality_id', '=', municipalityId)
    .where('s.id', 'in', doneShiftIds(db, municipalityId, range))
    .orderBy('s.starts_at')
    .orderBy('s.id')
    .execute();
}

/** Area names per shift. */
export async function exportAreas(db: Reader, municipalityId: string, range: DayRange) {
  return db
    .selectFrom('shift_areas as sa')
    .innerJoin('areas as a', (join) =>
      join.onRef('a.municipality_id', '=', 'sa.municipality_id').onRef('a.id', '=', 'sa.area_id'),
    )
    .select(['sa.shift_id', 'a.name'])
    .where('sa.municipality_id', '=', municipalityId)
    .where('sa.shift_id', 'in', doneShiftIds(db, municipalityId, range))
    .orderBy('a.name')
    .execute();
}

/** Arenas per shift (arenas are categories linked to the shift). */
export async function exportArenas(db: Reader, municipalityId: string, range: DayRange) {
  return db
    .selectFrom('shift_categories as sc')
    .innerJoin('categories as c', (join) =>
      join.onRef('c.municipality_id', '=', 'sc.municipality_id').onRef('c.id', '=', 'sc.category_id'),
    )
    .select(['sc.shift_id', 'c.id as category_id'])
    .where('sc.municipality_id', '=', municipalityId)
    .where('c.kind', '=', 'arena')
    .where('sc.shift_id', 'in', doneShiftIds(db, municipalityId, range))
    .execute();
}

export async function exportEncounters(db: Reader, municipalityId: string, range: DayRange) {
  return db
    .selectFrom('encounter_tallies')
    .select(['shift_id', 'gender', 'age_band_id', 'depth', 'count', 'cell_key'])
    .where('municipality_id', '=', municipalityId)
    .where('shift_id', 'in', doneShiftIds(db, municipalityId, range))
    .execute();
}

export async function exportTopics(db: Reader, municipalityId: string, range: DayRange) {
  return db
    .selectFrom('topic_tallies')
    .select(['shift_id', 'topic_id', 'count', 'cell_key'])
    .where('municipality_id', '=', municipalityId)
    .where('shift_id', 'in', doneShiftIds(db, municipalityId, range))
    .execute();
}

/** Actions per shift by kind and service, summed over the genders and ages they were counted by. */
export async function exportActions(db: Reader, municipalityId: string, range: DayRange) {
  return db
    .selectFrom('action_tallies')
    .select([
      'shift_id',
      'kind',
      'service_id',
      sql<number>`sum(count)::int`.as('count'),
      summedKey('cell_key').as('cell_key'),
    ])
    .where('municipality_id', '=', municipalityId)
    .where('shift_id', 'in', doneShiftIds(db, municipalityId, range))
    .groupBy(['shift_id', 'kind', 'service_id'])
    .execute();
}

/** Observations per shift by type and severity: counted only, never their notes, places or times. */
export async function exportObservations(db: Reader, municipalityId: string, range: DayRange) {
  return db
    .selectFrom('observations')
    .select([
      'shift_id',
      'type_id',
      'severity',
      sql<number>`count(*)::int`.as('count'),
      summedKey('cell_key').as('cell_key'),
    ])
    .where('municipality_id', '=', municipalityId)
    .where('shift_id', 'in', doneShiftIds(db, municipalityId, range))
    .groupBy(['shift_id', 'type_id', 'severity'])
    .execute();
}
