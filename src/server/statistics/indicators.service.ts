import type { Actor } from '../auth/actor';
import { listCategories } from '../categories/category.repository';
import type { Db } from '../db/connect';
import { type Cell, cellOf, EMPTY_CELL } from '../disclosure/cells';
import { protectionFor } from '../disclosure/disclosure.service';
import { countedOutcome } from '../guidance/guidance-rules';
import { listAreas } from '../organisation/organisation.repository';
import { populationByArea } from '../population/population.repository';
import { supportContactCounts } from '../support/support-statistics.repository';
import {
  activityTables,
  contactsPer1000Table,
  contactsPerHourTable,
  fieldHours,
  type IndicatorFacts,
  type Labelled,
  type ShiftFact,
  youngPeopleTables,
} from './indicator-tables';
import {
  activityFactRows,
  contactsByArea,
  guidanceOutcomeRows,
  shiftFactRows,
  tallyRows,
} from './indicators.repository';
import type { Indicators } from './indicators.schema';
import { type StatisticsScope, scopeName } from './statistics.repository';
import { publishedContactTotals } from './statistics.service';
import { supportContactsTable } from './support-indicator';

type Range = { from: string; to: string };

/**
 * The age bands a rate per 1,000 is about, and the ages they span: the active bands with both ends
 * (13–15, 16–17, 18–20 by default; not "under 13" or "over 20", whose ages no population import
 * fully covers). Contacts in exactly these bands are divided by young people of exactly these ages.
 */
export function rateAgeBands(
  bands: readonly { id: string; min_age: number | null; max_age: number | null }[],
) {
  const closed = bands.filter(
    (band): band is typeof band & { min_age: number; max_age: number } =>
      band.min_age !== null && band.max_age !== null,
  );
  return {
    ids: closed.map((band) => band.id),
    minAge: closed.length > 0 ? Math.min(...closed.map((band) => band.min_age)) : null,
    maxAge: closed.length > 0 ? Math.max(...closed.map((band) => band.max_age)) : null,
  };
}

/** Groups rows about shifts by shift. */
function groupByShift<Row extends { shift_id: string }>(rows: readonly Row[]) {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(row.shift_id, [...(groups.get(row.shift_id) ?? []), row]);
  return groups;
}

/** Groups link rows (shift id → linked id) by shift. */
function linksByShift(rows: readonly { shift_id: string; link_id: string }[]) {
  return new Map([...groupByShift(rows)].map(([id, links]) => [id, links.map((row) => row.link_id)]));
}

/** The shift rows with their links, staff and split, as the indicator tables take them (same order). */
export function toShiftFacts(facts: Awaited<ReturnType<typeof shiftFactRows>>): ShiftFact[] {
  const areas = linksByShift(facts.areas);
  const arenas = linksByShift(facts.arenas);
  const staff = groupByShift(facts.staff);
  const timeUses = groupByShift(facts.timeUses);
  return facts.shifts.map((s) => ({
    status: s.status,
    startsAt: new Date(s.starts_at),
    endsAt: new Date(s.ends_at),
    timeUse: s.time_use,
    preventionLevel: s.prevention_level,
    partners: s.partners,
    areaIds: areas.get(s.id) ?? [],
    arenaIds: arenas.get(s.id) ?? [],
    staffIds: (staff.get(s.id) ?? []).map((row) => row.user_id),
    staffMinutes: (staff.get(s.id) ?? []).flatMap((row) =>
      row.minutes === null ? [] : [{ userId: row.user_id, minutes: row.minutes }],
    ),
    timeSplit: (timeUses.get(s.id) ?? []).map((row) => ({ timeUse: row.time_use, minutes: row.minutes })),
  }));
}

async function loadFacts(
  db: Db,
  municipalityId: string,
  scope: StatisticsScope,
  range: Range,
  rateBands: ReturnType<typeof rateAgeBands>,
): Promise<IndicatorFacts> {
  const [facts, tallies, categories, areaRows, areaContacts, outcomes, activities] = await Promise.all([
    shiftFactRows(db, municipalityId, scope, range),
    tallyRows(db, municipalityId, scope, range),
    listCategories(db, municipalityId, { includeRetired: true }),
    listAreas(db, municipalityId, true),
    contactsByArea(db, municipalityId, scope, range, rateBands.ids),
    guidanceOutcomeRows(db, municipalityId, scope, range),
    activityFactRows(db, municipalityId, scope, range),
  ]);
  const ofKind = (kind: string): Labelled[] =>
    categories
      .filter((c) => c.kind === kind)
      .map((c) => ({ id: c.id, label: { sv: c.label_sv, en: c.label_en } }));
  const observationCounts = new Map<string, Record<string, Cell>>();
  for (const row of tallies.observations)
    observationCounts.set(row.type_id, {
      ...observationCounts.get(row.type_id),
      [row.severity]: cellOf([row]),
    });
  return {
    shifts: toShiftFacts(facts),
    activities,
    areas: areaRows.map((a) => ({ id: a.id, label: { sv: a.name, en: a.name } })),
    arenas: ofKind('arena'),
    topics: ofKind('topic'),
    observationTypes: ofKind('observation_type'),
    services: ofKind('service'),
    areaContacts: new Map(areaContacts.map((row) => [row.area_id, cellOf([row])])),
    topicCounts: new Map(tallies.topics.map((t) => [t.topic_id, cellOf([t])])),
    observationCounts,
    actionCounts: tallies.actions.map((a) => ({
      kind: a.kind,
      serviceId: a.service_id,
      gender: a.gender,
      cell: cellOf([a]),
    })),
    guidanceOutcomes: outcomes.map((o) => {
      const recorded = { arrived: o.arrived, notArrived: o.not_arrived, unknown: o.outcome_unknown };
      // Outcomes that no longer fit the guided count are left out whole, keys and all.
      const fits = countedOutcome(o.guided, recorded) === recorded;
      const cell = (count: number, key: number): Cell => (fits ? { count, key } : EMPTY_CELL);
      return {
        gender: o.gender,
        arrived: cell(o.arrived, o.arrived_key),
        notArrived: cell(o.not_arrived, o.not_arrived_key),
        unknown: cell(o.outcome_unknown, o.unknown_key),
      };
    }),
  };
}

/**
 * The indicator catalogue for one place and period (docs/indicators.md): shifts and hours exactly,
 * everything that counts young people as the disclosure service publishes it to this reader.
 */
export async function indicatorStatistics(
  db: Db,
  actor: Actor,
  scope: StatisticsScope,
  range: Range,
): Promise<Indicators> {
  // The contact totals check the permission, and rates must use exactly what they publish.
  const [contacts, ageBands] = await Promise.all([
    publishedContactTotals(db, actor, scope, range),
    listCategories(db, actor.municipalityId, { kind: 'age_band', includeRetired: false }),
  ]);
  const rateBands = rateAgeBands(ageBands);
  const [facts, support, name, population] = await Promise.all([
    loadFacts(db, actor.municipalityId, scope, range, rateBands),
    supportContactCounts(db, actor.municipalityId, scope, range),
    scopeName(db, actor.municipalityId, scope),
    populationByArea(db, actor.municipalityId, { year: Number(range.to.slice(0, 4)), ...rateBands }),
  ]);
  const hours = fieldHours(facts.shifts);
  const protection = protectionFor(actor, scope);
  return {
    scope: { ...scope, name },
    from: range.from,
    to: range.to,
    protection: protection.kind,
    fieldHours: hours,
    tables: [
      ...activityTables(facts),
      contactsPerHourTable(contacts, hours),
      ...youngPeopleTables(facts, protection),
      supportContactsTable(support, protection),
      ...(population
        ? [
            contactsPer1000Table(
              facts.areas
                .filter((area) => facts.areaContacts.has(area.id))
                .map((area) => ({
                  area,
                  contacts: facts.areaContacts.get(area.id) ?? EMPTY_CELL,
                  population: population.byArea.get(area.id)?.total ?? null,
                })),
              protection,
            ),
          ]
        : []),
    ],
    populationYear: population?.year ?? null,
  };
}
