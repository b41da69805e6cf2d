import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database';
import { type StatisticsScope, summedKey, unitsOfScope } from './statistics.repository';
import { stockholmDayBounds } from './stockholm-days';

type Range = { from: string; to: string };

/** The scope's shifts that started on the range's Stockholm days. */
function shiftsInScope(db: Kysely<Database>, municipalityId: string, scope: StatisticsScope, range: Range) {
  let query = db
    .selectFrom('shifts as s')
    .where('s.municipality_id', '=', municipalityId)
    .where('s.starts_at', '>=', stockholmDayBounds(range).start)
    .where('s.starts_at', '<', stockholmDayBounds(range).end);
  const units = unitsOfScope(db, municipalityId, scope);
  if (units) query = query.where('s.unit_id', 'in', units);
  return query;
}

export async function shiftFactRows(
  db: Kysely<Database>,
  municipalityId: string,
  scope: StatisticsScope,
  range: Range,
) {
  const base = shiftsInScope(db, municipalityId, scope, range);
  const [shifts, areas, arenas, staff, timeUses] = await Promise.all([
    base
      .select([
        's.id',
        's.unit_id',
        's.status',
        's.starts_at',
        's.ends_at',
        's.time_use',
        's.prevention_level',
        's.partners',
      ])
      .execute(),
    base
      .innerJoin('shift_areas as a', (join) =>
        join.onRef('a.municipality_id', '=', 's.municipality_id').onRef('a.shift_id', '=', 's.id'),
      )
      .select(['a.shift_id', 'a.area_id as link_id'])
      .execute(),
    base
      .innerJoin('shift_categories as sc', (join) =>
        join.onRef('sc.municipality_id', '=', 's.municipality_id').onRef('sc.shift_id', '=', 's.id'),
      )
      .innerJoin('categories as c', (join) =>
        join.onRef('c.municipality_id', '=', 'sc.municipality_id').onRef('c.id', '=', 'sc.category_id'),
      )
      .where('c.kind', '=', 'arena')
      .select(['sc.shift_id', 'sc.category_id as link_id'])
      .execute(),
    base
      .innerJoin('shift_staff as st', (join) =>
        join.onRef('st.municipality_id', '=', 's.municipality_id').onRef('st.shift_id', '=', 's.id'),
      )
      .select(['st.shift_id', 'st.user_id', 'st.minutes'])
      .execute(),
    base
      .innerJoin('shift_time_uses as tu', (join) =>
        join.onRef('tu.municipality_id', '=', 's.municipality_id').onRef('tu.shift_id', '=', 's.id'),
      )
      .select(['tu.shift_id', 'tu.time_use', 'tu.minutes'])
      .execute(),
  ]);
  return { shifts, areas, arenas, staff, timeUses };
}

/** The scope's work outside shifts on the range's days. */
export async function activityFactRows(
  db: Kysely<Database>,
  municipalityId: string,
  scope: StatisticsScope,
  range: Range,
) {
  let query = db
    .selectFrom('activities as a')
    .where('a.municipality_id', '=', municipalityId)
    .where('a.day', '>=', range.from)
    .where('a.day', '<=', range.to);
  const units = unitsOfScope(db, municipalityId, scope);
  if (units) query = query.where('a.unit_id', 'in', units);
  return query
    .select([
      'a.unit_id',
      sql<string>`to_char(a.day, 'YYYY-MM-DD')`.as('day'),
      'a.kind',
      'a.minutes',
      'a.partners',
    ])
    .execute();
}

/** Tallies of the scope's done shifts in the range, summed per category (and gender where kept). */
export async function tallyRows(
  db: Kysely<Database>,
  municipalityId: string,
  scope: StatisticsScope,
  range: Range,
) {
  const done = shiftsInScope(db, municipalityId, scope, range).where('s.status', '=', 'done');
  const [topics, observations, actions] = await Promise.all([
    done
      .innerJoin('topic_tallies as t', (join) =>
        join.onRef('t.municipality_id', '=', 's.municipality_id').onRef('t.shift_id', '=', 's.id'),
      )
      .select([
        't.topic_id',
        sql<number>`sum(t.count)::int`.as('count'),
        summedKey('t.cell_key').as('cell_key'),
      ])
      .groupBy('t.topic_id')
      .execute(),
    done
      .innerJoin('observations as o', (join) =>
        join.onRef('o.municipality_id', '=', 's.municipality_id').onRef('o.shift_id', '=', 's.id'),
      )
      .select([
        'o.type_id',
        'o.severity',
        sql<number>`count(*)::int`.as('count'),
        summedKey('o.cell_key').as('cell_key'),
      ])
      .groupBy(['o.type_id', 'o.severity'])
      .execute(),
    done
      .innerJoin('action_tallies as a', (join) =>
        join.onRef('a.municipality_id', '=', 's.municipality_id').onRef('a.shift_id', '=', 's.id'),
      )
      .select([
        'a.kind',
        'a.service_id',
        'a.gender',
        sql<number>`sum(a.count)::int`.as('count'),
        summedKey('a.cell_key').as('cell_key'),
      ])
      .groupBy(['a.kind', 'a.service_id', 'a.gender'])
      .execute(),
  ]);
  return { topics, observations, actions };
}

/** The followed-up guidance cells of the scope's done shifts in the range: guided count and outcomes. */
export async function guidanceOutcomeRows(
  db: Kysely<Database>,
  municipalityId: string,
  scope: StatisticsScope,
  range: Range,
) {
  return shiftsInScope(db, municipalityId, scope, range)
    .where('s.status', '=', 'done')
    .innerJoin('action_tallies as a', (join) =>
      join.onRef('a.municipality_id', '=', 's.municipality_id').onRef('a.shift_id', '=', 's.id'),
    )
    .innerJoin('guidance_outcomes as o', (join) =>
      join
        .onRef('o.municipality_id', '=', 'a.municipality_id')
        .onRef('o.shift_id', '=', 'a.shift_id')
        .onRef('o.service_id', '=', 'a.service_id')
        .onRef('o.gender', '=', 'a.gender')
        .onRef('o.age_band_id', '=', 'a.age_band_id'),
    )
    .where('a.kind', '=', 'guidance')
    .select([
      'a.gender',
      'a.count as guided',
      'a.cell_key as guided_key',
      'o.arrived',
      'o.not_arrived',
      'o.outcome_unknown',
      'o.arrived_key',
      'o.not_arrived_key',
      'o.unknown_key',
    ])
    .execute();
}

/** Contacts by gender and depth from the daily rollup. */
export async function contactsByDepth(
  db: Kysely<Database>,
  municipalityId: string,
  scope: StatisticsScope,
  range: Range,
) {
  let query = db
    .selectFrom('encounter_daily as d')
    .select([
      'd.gender',
      'd.depth',
      sql<number>`sum(d.contacts)::int`.as('contacts'),
      summedKey('d.cell_key').as('cell_key'),
    ])
    .where('d.municipality_id', '=', municipalityId)
    .where('d.day', '>=', range.from)
    .where('d.day', '<=', range.to);
  const units = unitsOfScope(db, municipalityId, scope);
  if (units) query = query.where('d.unit_id', 'in', units);
  return query.groupBy(['d.gender', 'd.depth']).execute();
}

/**
 * Contacts of the done shifts that visited each area, in the given age bands (those the population
 * denominators cover): a shift in two areas counts in both.
 */
export async function contactsByArea(
  db: Kysely<Database>,
  municipalityId: string,
  scope: StatisticsScope,
  range: Range,
  ageBandIds: readonly string[],
) {
  if (ageBandIds.length === 0) return [];
  return shiftsInScope(db, municipalityId, scope, range)
    .where('s.status', '=', 'done')
    .innerJoin('shift_areas as a', (join) =>
      join.onRef('a.municipality_id', '=', 's.municipality_id').onRef('a.shift_id', '=', 's.id'),
    )
    .innerJoin('encounter_tallies as e', (join) =>
      join.onRef('e.municipality_id', '=', 's.municipality_id').onRef('e.shift_id', '=', 's.id'),
    )
    .where('e.age_band_id', 'in', ageBandIds)
    .select([
      'a.area_id',
      sql<number>`sum(e.count)::int`.as('contacts'),
      summedKey('e.cell_key').as('cell_key'),
    ])
    .groupBy('a.area_id')
    .execute();
}
