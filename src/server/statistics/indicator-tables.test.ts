import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_KINDS, GENDERS, SEVERITIES, SHIFT_STATUSES, TIME_USES } from '../../shared/field-log';
import {
  activityTables,
  fieldHours,
  type IndicatorFacts,
  type ShiftFact,
  youngPeopleTables,
} from './indicator-tables';

const ids = ['a', 'b', 'c'];
const labelled = ids.map((id) => ({ id, label: { sv: id, en: id } }));

const shift: fc.Arbitrary<ShiftFact> = fc
  .record({
    status: fc.constantFrom(...SHIFT_STATUSES),
    start: fc.date({ min: new Date('2026-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }),
    minutes: fc.integer({ min: 15, max: 24 * 60 }),
    timeUse: fc.constantFrom(...TIME_USES),
    preventionLevel: fc.constantFrom('universal', 'selective', 'indicated', null),
    partners: fc.subarray(['police', 'night_walkers']),
    areaIds: fc.subarray(ids),
    arenaIds: fc.subarray(ids),
  })
  .map(({ start, minutes, ...rest }) => ({
    ...rest,
    startsAt: start,
    endsAt: new Date(start.getTime() + minutes * 60_000),
  }));

const small = fc.integer({ min: 0, max: 12 });
const facts: fc.Arbitrary<IndicatorFacts> = fc
  .record({
    shifts: fc.array(shift, { maxLength: 25 }),
    topics: fc.array(small, { minLength: 3, maxLength: 3 }),
    observations: fc.array(fc.array(small, { minLength: 3, maxLength: 3 }), { minLength: 3, maxLength: 3 }),
    actions: fc.array(
      fc.tuple(
        fc.constantFrom(...ACTION_KINDS),
        fc.constantFrom(...ids),
        fc.constantFrom(...GENDERS),
        small,
        fc.tuple(small, small, small),
      ),
      {
        maxLength: 12,
      },
    ),
  })
  .map((r) => ({
    shifts: r.shifts,
    areas: labelled,
    arenas: labelled,
    topics: labelled,
    observationTypes: labelled,
    services: labelled,
    areaContacts: new Map(),
    ageRange: { minAge: null, maxAge: null },
    topicCounts: new Map(ids.flatMap((id, i) => ((r.topics[i] ?? 0) > 0 ? [[id, r.topics[i] ?? 0]] : []))),
    observationCounts: new Map(
      ids.map((id, i) => [
        id,
        Object.fromEntries(SEVERITIES.map((sev, j) => [sev, r.observations[i]?.[j] ?? 0])),
      ]),
    ),
    actionCounts: r.actions.map(([kind, service, gender, count]) => ({
      kind,
      serviceId: kind === 'guidance' ? service : null,
      gender,
      count,
    })),
    // Some of each guidance cell followed up, never more than were guided.
    guidanceOutcomes: r.actions
      .filter(([kind]) => kind === 'guidance')
      .map(([, , gender, count, [a, n, u]]) => {
        const arrived = Math.min(a, count);
        const notArrived = Math.min(n, count - arrived);
        return { gender, arrived, notArrived, unknown: Math.min(u, count - arrived - notArrived) };
      }),
  }));

describe('indicator tables', () => {
  it('account for every field hour once, whichever way they are cut', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const tables = activityTables(f);
        const total = (id: string) => {
          const table = tables.find((x) => x.id === id);
          const column = table?.columns.findIndex((c) => c.key === 'hours') ?? -1;
          return table?.totals?.[column] as number;
        };
        const hours = fieldHours(f.shifts);
        for (const id of [
          'fieldHoursByArea',
          'fieldHoursByArena',
          'fieldHoursByWeekday',
          'fieldHoursByTimeOfDay',
        ])
          expect(Math.abs(total(id) - hours), id).toBeLessThan(0.11);
      }),
    );
  });

  it('split done hours into preventive work and authority tasks exactly as time use has them', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const tables = activityTables(f);
        const use = tables.find((x) => x.id === 'timeUse');
        const split = tables.find((x) => x.id === 'preventiveVsAuthority');
        expect(split?.rows.map((row) => row.key)).toEqual(['preventive', 'authority']);
        expect(split?.cells[1]?.[0]).toBe(use?.cells[TIME_USES.indexOf('authority')]?.[0]);
        // The same hours summed in another order may round the other way at a .x5 boundary.
        expect(Math.abs((split?.totals?.[0] as number) - (use?.totals?.[0] as number))).toBeLessThan(0.11);
      }),
    );
  });

  it('never show a count of young people below the threshold, and agree where tables meet', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const tables = youngPeopleTables(f, 5, false);
        for (const table of tables) {
          const shown = [...table.cells.flat(), ...(table.totals ?? [])];
          expect(
            shown.every((v) => typeof v !== 'number' || v >= 5),
            table.id,
          ).toBe(true);
        }
        const actions = tables.find((x) => x.id === 'actions');
        const services = tables.find((x) => x.id === 'guidanceByService');
        const guidanceRow = actions?.cells[ACTION_KINDS.indexOf('guidance')];
        // The guidance row of Actions and the totals of Guidance by service are the same figures.
        if (services && services.rows.length > 0) expect(services.totals).toEqual(guidanceRow);
        // So are the totals of Guidance outcomes.
        expect(tables.find((x) => x.id === 'guidanceOutcomes')?.totals).toEqual(guidanceRow);
      }),
    );
  });
});
