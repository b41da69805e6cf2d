import type { Actor } from '../auth/actor';
import { listCategories } from '../categories/category.repository';
import type { Db } from '../db/connect';
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
import { contactsByArea, guidanceOutcomeRows, shiftFactRows, tallyRows } from './indicators.repository';
import type { Indicators } from './indicators.schema';
import { type StatisticsScope, scopeName } from './statistics.repository';
import { publishedContactTotals } from './statistics.service';
import { supportContactsTable } from './support-indicator';

type Range = { from: string; to: string };

/** The ages the municipality's age bands cover: the young people a rate per 1,000 is about. */
function ageRange(bands: readonly { min_age: number | null; max_age: number | null }[]) {
  const mins = bands.map((band) => band.min_age).filter((age) => age !== null);
  const maxes = bands.map((band) => band.max_age).filter((age) => age !== null);
  return {
    minAge: mins.length > 0 ? Math.min(...mins) : null,
    maxAge: maxes.length > 0 ? Math.max(...maxes) : null,
  };
}

/** Groups link rows (shift id → linked id) by shift. */
function linksByShift(rows: readonly { shift_id: string; link_id: string }[]) {
  const links = new Map<string, string[]>();
  for (const row of rows) links.set(row.shift_id, [...(links.get(row.shift_id) ?? []), row.link_id]);
  return links;
}

async function loadFacts(
  db: Db,
  municipalityId: string,
  scope: StatisticsScope,
  range: Range,
): Promise<IndicatorFacts> {
  const [facts, tallies, categories, areaRows, areaContacts, outcomes] = await Promise.all([
    shiftFactRows(db, municipalityId, scope, range),
    tallyRows(db, municipalityId, scope, range),
    listCategories(db, municipalityId, { includeRetired: true }),
    listAreas(db, municipalityId, true),
    contactsByArea(db, municipalityId, scope, range),
    guidanceOutcomeRows(db, municipalityId, scope, range),
  ]);
  const areas = linksByShift(facts.areas);
  const arenas = linksByShift(facts.arenas);
  const ofKind = (kind: string): Labelled[] =>
    categories
      .filter((c) => c.kind === kind)
      .map((c) => ({ id: c.id, label: { sv: c.label_sv, en: c.label_en } }));
  const observationCounts = new Map<string, Record<string, number>>();
  for (const row of tallies.observations)
    observationCounts.set(row.type_id, {
      ...observationCounts.get(row.type_id),
      [row.severity]: Number(row.count),
    });
  return {
    shifts: facts.shifts.map(
      (s): ShiftFact => ({
        status: s.status,
        startsAt: new Date(s.starts_at),
        endsAt: new Date(s.ends_at),
        timeUse: s.time_use,
        preventionLevel: s.prevention_level,
        partners: s.partners,
        areaIds: areas.get(s.id) ?? [],
        arenaIds: arenas.get(s.id) ?? [],
      }),
    ),
    areas: areaRows.map((a) => ({ id: a.id, label: { sv: a.name, en: a.name } })),
    arenas: ofKind('arena'),
    topics: ofKind('topic'),
    observationTypes: ofKind('observation_type'),
    services: ofKind('service'),
    areaContacts: new Map(areaContacts.map((row) => [row.area_id, Number(row.contacts)])),
    ageRange: ageRange(categories.filter((c) => c.kind === 'age_band' && c.retired_at === null)),
    topicCounts: new Map(tallies.topics.map((t) => [t.topic_id, Number(t.count)])),
    observationCounts,
    actionCounts: tallies.actions.map((a) => ({
      kind: a.kind,
      serviceId: a.service_id,
      gender: a.gender,
      count: Number(a.count),
    })),
    guidanceOutcomes: outcomes.map((o) => ({
      gender: o.gender,
      ...countedOutcome(o.guided, {
        arrived: o.arrived,
        notArrived: o.not_arrived,
        unknown: o.outcome_unknown,
      }),
    })),
  };
}

/**
 * The indicator catalogue for one place and period (docs/indicators.md): shifts and hours exactly,
 * everything that counts young people under the same disclosure control as the contact figures.
 */
export async function indicatorStatistics(
  db: Db,
  actor: Actor,
  scope: StatisticsScope,
  range: Range,
): Promise<Indicators> {
  // The contact totals check the permission, and rates must use exactly what they publish.
  const [contacts, facts, support, name] = await Promise.all([
    publishedContactTotals(db, actor, scope, range),
    loadFacts(db, actor.municipalityId, scope, range),
    supportContactCounts(db, actor.municipalityId, scope, range),
    scopeName(db, actor.municipalityId, scope),
  ]);
  const hours = fieldHours(facts.shifts);
  const population = await populationByArea(db, actor.municipalityId, {
    year: Number(range.to.slice(0, 4)),
    ...facts.ageRange,
  });
  const exact = !contacts.suppressed;
  return {
    scope: { ...scope, name },
    from: range.from,
    to: range.to,
    threshold: contacts.threshold,
    suppressed: contacts.suppressed,
    fieldHours: hours,
    tables: [
      ...activityTables(facts),
      contactsPerHourTable(contacts, hours),
      ...youngPeopleTables(facts, contacts.threshold, exact),
      supportContactsTable(support, contacts.threshold, exact),
      ...(population
        ? [
            contactsPer1000Table(
              facts.areas
                .filter((area) => facts.areaContacts.has(area.id))
                .map((area) => ({
                  area,
                  contacts: facts.areaContacts.get(area.id) ?? 0,
                  population: population.byArea.get(area.id)?.total ?? null,
                })),
              contacts.threshold,
              exact,
            ),
          ]
        : []),
    ],
    populationYear: population?.year ?? null,
  };
}
