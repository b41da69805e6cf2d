import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferences, makeShiftInput, saveBody } from '../../../test/support/shift-factory';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/test-app';
import { uuidv7 } from '../../shared/uuidv7';
import { seedDemoShifts } from '../demo/demo-shifts';
import { recordIdentity } from '../disclosure/record-identity';
import { addKeys, KEY_MODULUS, tallyKey } from '../disclosure/record-keys';
import { recordKeySecret } from '../disclosure/secret.repository';
import { keyShift } from '../disclosure/shift-keys';
import type { ShiftInput } from '../shifts/shift.schema';
import {
  contribution,
  type DailyDelta,
  type KeyedShift,
  projectDelta,
  ROLLUPS,
  type RollupCell,
  rollupDelta,
  stockholmDay,
} from './rollup';
import { rollupDrift } from './rollup-drift.repository';
import { contactCounts, contactsByGender, type StatisticsScope } from './statistics.repository';

const AGE_BANDS = ['a', 'b', 'c'];
const cell = fc.record({
  gender: fc.constantFrom('girl', 'boy', 'other'),
  ageBandId: fc.constantFrom(...AGE_BANDS),
  depth: fc.constantFrom('brief', 'conversation', 'support'),
  count: fc.integer({ min: 1, max: 20 }),
});
/** Any instant in a few days around a month end (and a DST change): day and month edges vary. */
const around = (from: string, to: string) =>
  fc.date({ min: new Date(from), max: new Date(to), noInvalidDate: true });
/** A shift as far as the rollup cares: status, start (any hour) and tallies. */
const shiftState = fc.record({
  status: fc.constantFrom('planned', 'done', 'cancelled'),
  start: fc.oneof(
    around('2025-03-28T00:00:00Z', '2025-04-02T00:00:00Z'),
    around('2025-10-24T00:00:00Z', '2025-11-02T00:00:00Z'),
  ),
  encounters: fc.array(cell, { maxLength: 6 }),
});
const SECRET = new TextEncoder().encode('a test secret for record keys');
/** A shift as saved, keyed as the service keys it: the same encounters of the same shift, the same keys. */
const toShift = (
  shiftId: string,
  state: { status: string; start: Date; encounters: unknown[] },
): KeyedShift => {
  const input = {
    status: state.status,
    startsAt: state.start.toISOString(),
    encounters: state.encounters,
    topics: [],
    actions: [],
    observations: [],
  } as unknown as ShiftInput;
  return { input, keys: keyShift(SECRET, shiftId, input) };
};

type Rollup = (typeof ROLLUPS)[number];
/** A projected cell's key as the values of its columns, in order. */
const cellKey = (cell: RollupCell) => JSON.stringify(Object.values(cell.key));
/** Each table's key written out independently of projectDelta. */
const month = (c: DailyDelta) => `${c.day.slice(0, 7)}-01`;
const expectedKey: Record<Rollup['table'], (c: DailyDelta) => unknown[]> = {
  encounter_daily: (c) => [c.unitId, c.day, c.gender, c.ageBandId, c.depth],
  encounter_monthly: (c) => [month(c), c.unitId, c.gender, c.ageBandId],
  encounter_monthly_gender: (c) => [month(c), c.unitId, c.gender],
  encounter_monthly_municipality: (c) => [month(c), c.gender, c.ageBandId],
};
/** Contacts and cell keys summed by a table's key: the union of the cells' records. */
function sumBy(cells: readonly DailyDelta[], key: (c: DailyDelta) => unknown[]) {
  const sums = new Map<string, [number, number]>();
  for (const c of cells) {
    const k = JSON.stringify(key(c));
    const [contacts, cellKey] = sums.get(k) ?? [0, 0];
    sums.set(k, [contacts + c.contacts, addKeys(cellKey, c.cellKey)]);
  }
  return new Map([...sums].filter(([, [v]]) => v !== 0));
}

describe('rollups', () => {
  it('after any sequence of saves equal the contributions of the final shifts, keys too, at every grain', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.option(shiftState, { nil: null })), {
          maxLength: 40,
        }),
        (saves) => {
          const current = new Map<number, KeyedShift | null>();
          const tables = ROLLUPS.map(() => new Map<string, [number, number]>());
          for (const [shift, state] of saves) {
            const after = state ? toShift(`shift-${shift}`, state) : null;
            const delta = rollupDelta('unit', current.get(shift) ?? null, after);
            ROLLUPS.forEach((rollup, r) => {
              const table = tables[r] as Map<string, [number, number]>;
              for (const cell of projectDelta(delta, rollup)) {
                const [contacts, key] = table.get(cellKey(cell)) ?? [0, 0];
                table.set(cellKey(cell), [contacts + cell.contacts, addKeys(key, cell.cellKey)]);
              }
              // A cell never dips below zero on the way, and an empty cell has no key (the table's
              // checks would fail the save).
              for (const [contacts, key] of table.values()) {
                expect(contacts).toBeGreaterThanOrEqual(0);
                if (contacts === 0) expect(key).toBe(0);
              }
            });
            current.set(shift, after);
          }
          const contributions = [...current.values()].flatMap((shift) => contribution('unit', shift));
          const nonZero = (map: Map<string, [number, number]>) =>
            new Map([...map].filter(([, [v]]) => v !== 0));
          ROLLUPS.forEach((rollup, r) => {
            expect(nonZero(tables[r] as Map<string, [number, number]>), rollup.table).toEqual(
              sumBy(contributions, expectedKey[rollup.table]),
            );
          });
        },
      ),
    );
  });

  it('dates a night shift by the Stockholm evening it started, across daylight saving', () => {
    expect(stockholmDay('2025-03-29T23:30:00Z')).toBe('2025-03-30');
    expect(stockholmDay('2025-06-12T21:59:00Z')).toBe('2025-06-12');
    expect(stockholmDay('2025-06-12T22:00:00Z')).toBe('2025-06-13');
  });
});

describe('rollups in the database', () => {
  let t: TestApp;
  let fatima: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    fatima = await t.signedIn('falt@demo.faltlogg.se');
  });
  afterAll(() => t.close());

  /** Every rollup equals a recomputation from the tallies (emptied cells gone, keys included). */
  async function expectExact() {
    expect((await rollupDrift(t.db)).filter((d) => d.cells > 0)).toEqual([]);
  }

  /** Every encounter tally's key, recomputed from the municipality's secret: the sum of its records' keys. */
  async function expectTallyKeysFromRecords() {
    const secret = await recordKeySecret(t.db, t.ids.municipalityId);
    const tallies = await t.db.selectFrom('encounter_tallies').selectAll().execute();
    expect(tallies.length).toBeGreaterThan(0);
    for (const row of tallies) {
      const identity = recordIdentity.encounter(row.shift_id, {
        gender: row.gender,
        ageBandId: row.age_band_id,
        depth: row.depth,
      });
      expect(row.cell_key).toBe(tallyKey(secret, identity, row.count));
    }
  }

  it('stays equal to a recomputation through creates, edits, cancellations and late offline syncs', async () => {
    const { category } = await demoReferences(t);
    const bands = ['under_13', 'age_13_15', 'age_16_17'].map((code) => category('age_band', code));
    const base = await makeShiftInput(t, { observations: [], actions: [] });
    const url = `/api/units/${t.ids.unit.centre}/shifts`;
    const versions = new Map<string, number>();
    const ids = [uuidv7(), uuidv7(), uuidv7()];
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            shift: fc.integer({ min: 0, max: 2 }),
            status: fc.constantFrom('done', 'done', 'planned', 'cancelled'),
            // Days up to six weeks back (a phone that was offline syncs late), often around 1 March so
            // that edits move shifts across the month end, by the hour across Stockholm midnight.
            daysAgo: fc.oneof(fc.integer({ min: 3, max: 45 }), fc.integer({ min: 30, max: 33 })),
            hour: fc.integer({ min: 0, max: 23 }),
            encounters: fc.array(
              fc.record({
                gender: fc.constantFrom('girl', 'boy', 'other'),
                band: fc.integer({ min: 0, max: 2 }),
                depth: fc.constantFrom('brief', 'conversation', 'support'),
                count: fc.integer({ min: 1, max: 9 }),
              }),
              { maxLength: 4 },
            ),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        async (saves) => {
          for (const save of saves) {
            const id = ids[save.shift] as string;
            const start = new Date(t.clock.now().getTime() - save.daysAgo * 86_400_000);
            start.setUTCHours(save.hour, 0, 0, 0);
            const shift = {
              ...base,
              status: save.status,
              startsAt: start.toISOString(),
              endsAt: new Date(start.getTime() + 4 * 3_600_000).toISOString(),
              encounters: save.encounters.map((e) => ({
                gender: e.gender,
                ageBandId: bands[e.band] as string,
                depth: e.depth,
                count: e.count,
              })),
            } as ShiftInput;
            const response = await fatima.put(`${url}/${id}`, saveBody(shift, versions.get(id) ?? null));
            expect([200, 201]).toContain(response.status);
            versions.set(id, (await response.json()).version);
          }
          await expectExact();
        },
      ),
      { numRuns: 12 },
    );
    await expectTallyKeysFromRecords();
  });

  it('covers the demo year written at first start', async () => {
    await seedDemoShifts(t.db, t.ids.municipalityId, t.clock.now());
    const daily = await t.db
      .selectFrom('encounter_daily')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(daily.n)).toBeGreaterThan(100);
    await expectExact();
    await expectTallyKeysFromRecords();
  });

  it('answers contact statistics for any period and scope exactly as the tallies do', async () => {
    // Runs after the demo year above: a year of shifts in five units.
    const m = t.ids.municipalityId;
    const scopes: StatisticsScope[] = [
      { kind: 'municipality', id: m },
      { kind: 'administration', id: t.ids.administration.north },
      { kind: 'unit', id: t.ids.unit.centre },
    ];
    const sorted = (rows: object[]) => rows.map((row) => JSON.stringify(row)).sort();
    async function fromTallies(scope: StatisticsScope, range: { from: string; to: string }) {
      const inScope =
        scope.kind === 'unit'
          ? sql`and s.unit_id = ${scope.id}`
          : scope.kind === 'administration'
            ? sql`and s.unit_id in (select id from units where municipality_id = ${m} and administration_id = ${scope.id})`
            : sql``;
      const day = sql`(s.starts_at at time zone 'Europe/Stockholm')::date`;
      const { rows } = await sql<{
        gender: string;
        age_band_id: string;
        month: string;
        contacts: number;
        cell_key: number;
      }>`
        select e.gender, e.age_band_id, to_char(${day}, 'YYYY-MM') as month, sum(e.count)::int as contacts,
          (sum(e.cell_key) % ${KEY_MODULUS})::int as cell_key
        from shifts s join encounter_tallies e on e.municipality_id = s.municipality_id and e.shift_id = s.id
        where s.municipality_id = ${m} and s.status = 'done' ${inScope}
          and ${day} between ${range.from} and ${range.to}
        group by 1, 2, 3`.execute(t.db);
      return rows;
    }
    const firstDay = Date.parse('2025-03-01T00:00:00Z') / 86_400_000;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...scopes),
        fc.integer({ min: firstDay, max: firstDay + 400 }),
        fc.integer({ min: 0, max: 150 }),
        async (scope, start, length) => {
          const day = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
          const range = { from: day(start), to: day(start + length) };
          const expected = await fromTallies(scope, range);
          expect(sorted(await contactCounts(t.db, m, scope, range))).toEqual(sorted(expected));
          // The cell key of any union of rows equals the sum of the parts' keys, whichever rollup it is read from.
          const byGender = {
            girl: { count: 0, key: 0 },
            boy: { count: 0, key: 0 },
            other: { count: 0, key: 0 },
          };
          for (const row of expected) {
            const cell = byGender[row.gender as keyof typeof byGender];
            cell.count += row.contacts;
            cell.key = addKeys(cell.key, row.cell_key);
          }
          expect(await contactsByGender(t.db, m, scope, range)).toEqual(byGender);
        },
      ),
      { numRuns: 40 },
    );
  });
});
