import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferences, makeShiftInput, saveBody } from '../../../test/support/shift-factory';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/test-app';
import { uuidv7 } from '../../shared/uuidv7';
import { seedDemoShifts } from '../demo/demo-shifts';
import type { ShiftInput } from '../shifts/shift.schema';
import { contribution, dailyKey, rollupDelta, stockholmDay } from './rollup';

const AGE_BANDS = ['a', 'b', 'c'];
const cell = fc.record({
  gender: fc.constantFrom('girl', 'boy', 'other'),
  ageBandId: fc.constantFrom(...AGE_BANDS),
  depth: fc.constantFrom('brief', 'conversation', 'support'),
  count: fc.integer({ min: 1, max: 20 }),
});
/** A shift as far as the rollup cares: status, start (any hour, so days and DST edges vary) and tallies. */
const shiftState = fc.record({
  status: fc.constantFrom('planned', 'done', 'cancelled'),
  start: fc.date({
    min: new Date('2025-03-28T00:00:00Z'),
    max: new Date('2025-04-02T00:00:00Z'),
    noInvalidDate: true,
  }),
  encounters: fc.array(cell, { maxLength: 6 }),
});
const toShift = (state: { status: string; start: Date; encounters: unknown[] }) =>
  ({
    status: state.status,
    startsAt: state.start.toISOString(),
    encounters: state.encounters,
  }) as unknown as ShiftInput;

describe('daily rollup', () => {
  it('after any sequence of saves equals the contributions of the final shifts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.option(shiftState, { nil: null })), {
          maxLength: 40,
        }),
        (saves) => {
          const current = new Map<number, ShiftInput | null>();
          const rollup = new Map<string, number>();
          for (const [shift, state] of saves) {
            const after = state ? toShift(state) : null;
            for (const delta of rollupDelta('unit', current.get(shift) ?? null, after)) {
              const key = dailyKey(delta);
              rollup.set(key, (rollup.get(key) ?? 0) + delta.contacts);
            }
            current.set(shift, after);
          }
          const expected = new Map<string, number>();
          for (const shift of current.values()) {
            for (const c of contribution('unit', shift))
              expected.set(dailyKey(c), (expected.get(dailyKey(c)) ?? 0) + c.contacts);
          }
          const nonZero = (map: Map<string, number>) => new Map([...map].filter(([, v]) => v !== 0));
          expect(nonZero(rollup)).toEqual(expected);
          expect([...rollup.values()].every((v) => v >= 0)).toBe(true);
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

describe('daily rollup in the database', () => {
  let t: TestApp;
  let fatima: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    fatima = await t.signedIn('falt@demo.faltlogg.se');
  });
  afterAll(() => t.close());

  async function rollupRows() {
    const { rows } = await sql<{ k: string; n: number }>`
      select unit_id || '|' || day::text || '|' || gender || '|' || age_band_id || '|' || depth as k, contacts as n
      from encounter_daily where contacts > 0 order by 1`.execute(t.db);
    return rows;
  }
  async function recomputed() {
    const { rows } = await sql<{ k: string; n: number }>`
      select s.unit_id || '|' || (s.starts_at at time zone 'Europe/Stockholm')::date::text || '|' || e.gender || '|'
             || e.age_band_id || '|' || e.depth as k, sum(e.count)::int as n
      from shifts s join encounter_tallies e on e.municipality_id = s.municipality_id and e.shift_id = s.id
      where s.status = 'done' group by 1 order by 1`.execute(t.db);
    return rows;
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
            // Days up to a month back: a phone that was offline syncs late.
            daysAgo: fc.integer({ min: 3, max: 30 }),
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
          expect(await rollupRows()).toEqual(await recomputed());
        },
      ),
      { numRuns: 12 },
    );
  });

  it('covers the demo year written at first start', async () => {
    await seedDemoShifts(t.db, t.ids.municipalityId, t.clock.now());
    expect((await rollupRows()).length).toBeGreaterThan(100);
    expect(await rollupRows()).toEqual(await recomputed());
  });
});
