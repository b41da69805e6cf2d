import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTION_KINDS,
  ACTIVITY_KINDS,
  GENDERS,
  SEVERITIES,
  SHIFT_STATUSES,
  TIME_USES,
} from '../../shared/field-log';
import { personMinutes, spanMinutes } from '../../shared/staff-time';
import { type Cell, EMPTY_CELL } from '../disclosure/cells';
import { CELL_KEY, EXACT } from '../disclosure/protection';
import { KEY_MODULUS } from '../disclosure/record-keys';
import {
  activityTables,
  fieldHours,
  type IndicatorFacts,
  type ShiftFact,
  youngPeopleTables,
} from './indicator-tables';
import type { ActivityFact } from './staff-time-tables';

const ids = ['a', 'b', 'c'];
const staff = ['u1', 'u2', 'u3'];
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
    staffIds: fc.subarray(staff),
    own: fc.array(fc.integer({ min: 0, max: 24 * 60 }), { minLength: 3, maxLength: 3 }),
    split: fc.array(fc.tuple(fc.constantFrom(...TIME_USES), fc.integer({ min: 1, max: 300 })), {
      maxLength: 3,
    }),
  })
  .map(({ start, minutes, staffIds, own, split, ...rest }) => ({
    ...rest,
    startsAt: start,
    endsAt: new Date(start.getTime() + minutes * 60_000),
    staffIds,
    // Some people with their own minutes, the others on the whole span.
    staffMinutes: staffIds.flatMap((userId, i) => (i % 2 === 0 ? [{ userId, minutes: own[i] ?? 0 }] : [])),
    timeSplit: split.map(([timeUse, m]) => ({ timeUse, minutes: m })),
  }));
const activity: fc.Arbitrary<ActivityFact> = fc.record({
  day: fc.constantFrom('2026-01-31', '2026-02-01', '2026-07-15'),
  kind: fc.constantFrom(...ACTIVITY_KINDS),
  minutes: fc.integer({ min: 1, max: 600 }),
});

const small = fc.integer({ min: 0, max: 12 });
const key = fc.integer({ min: 0, max: KEY_MODULUS - 1 });
/** A tally cell: a small count and, when it counts anyone, a key. */
const smallCell = fc.tuple(small, key).map(([count, k]): Cell => ({ count, key: count === 0 ? 0 : k }));
const facts: fc.Arbitrary<IndicatorFacts> = fc
  .record({
    shifts: fc.array(shift, { maxLength: 25 }),
    activities: fc.array(activity, { maxLength: 10 }),
    topics: fc.array(smallCell, { minLength: 3, maxLength: 3 }),
    observations: fc.array(fc.array(smallCell, { minLength: 3, maxLength: 3 }), {
      minLength: 3,
      maxLength: 3,
    }),
    actions: fc.array(
      fc.tuple(
        fc.constantFrom(...ACTION_KINDS),
        fc.constantFrom(...ids),
        fc.constantFrom(...GENDERS),
        smallCell,
        fc.tuple(small, small, small),
        fc.tuple(key, key, key),
      ),
      {
        maxLength: 12,
      },
    ),
  })
  .map((r) => ({
    shifts: r.shifts,
    activities: r.activities,
    areas: labelled,
    arenas: labelled,
    topics: labelled,
    observationTypes: labelled,
    services: labelled,
    areaContacts: new Map(),
    topicCounts: new Map(
      ids.flatMap((id, i) => ((r.topics[i]?.count ?? 0) > 0 ? [[id, r.topics[i] as Cell]] : [])),
    ),
    observationCounts: new Map(
      ids.map((id, i) => [
        id,
        Object.fromEntries(SEVERITIES.map((sev, j) => [sev, r.observations[i]?.[j] ?? EMPTY_CELL])),
      ]),
    ),
    actionCounts: r.actions.map(([kind, service, gender, cell]) => ({
      kind,
      serviceId: kind === 'guidance' ? service : null,
      gender,
      cell,
    })),
    // Some of each guidance cell followed up, never more than were guided.
    guidanceOutcomes: r.actions
      .filter(([kind]) => kind === 'guidance')
      .map(([, , gender, { count }, [a, n, u], [ka, kn, ku]]) => {
        const arrived = Math.min(a, count);
        const notArrived = Math.min(n, count - arrived);
        const unknown = Math.min(u, count - arrived - notArrived);
        const cell = (c: number, k: number): Cell => ({ count: c, key: c === 0 ? 0 : k });
        return {
          gender,
          arrived: cell(arrived, ka),
          notArrived: cell(notArrived, kn),
          unknown: cell(unknown, ku),
        };
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

  it('count each person’s minutes on done shifts and every activity as staff time, once', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const tables = activityTables(f);
        const total = (id: string) => {
          const table = tables.find((x) => x.id === id);
          return table?.totals?.[table.columns.findIndex((c) => c.key === 'staffHours')] as number;
        };
        const worked = f.shifts
          .filter((s) => s.status === 'done')
          .flatMap((s) => personMinutes(spanMinutes(s.startsAt, s.endsAt), s.staffIds, s.staffMinutes));
        const minutes = [...worked, ...f.activities.map((a) => a.minutes)].reduce((a, b) => a + b, 0);
        for (const id of ['timeUse', 'staffTimeByMonth'])
          expect(Math.abs(total(id) - minutes / 60), id).toBeLessThan(0.06);
        const byMonth = tables.find((x) => x.id === 'staffTimeByMonth');
        for (const row of byMonth?.cells ?? []) {
          const shares = row.slice(0, TIME_USES.length) as number[];
          if ((row.at(-1) as number) > 0)
            expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 100)).toBeLessThan(0.4);
        }
      }),
    );
  });

  it('publish every count of young people near its truth, never as 1, and agree where tables meet', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const tables = youngPeopleTables(f, CELL_KEY);
        const truth = youngPeopleTables(f, EXACT);
        tables.forEach((table, t) => {
          const shown = [...table.cells.flat(), ...(table.totals ?? [])] as number[];
          const real = [...(truth[t]?.cells.flat() ?? []), ...(truth[t]?.totals ?? [])] as number[];
          shown.forEach((v, i) => {
            expect(Math.abs(v - (real[i] as number)), table.id).toBeLessThanOrEqual(4);
            expect(v).not.toBe(1);
            if (real[i] === 0) expect(v).toBe(0);
          });
        });
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
