import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferences, makeShiftInput, saveBody } from '../../../test/support/shift-factory';
import { createTestApp, errorCode, type TestApp, type TestClient } from '../../../test/support/test-app';
import { uuidv7 } from '../../shared/uuidv7';
import type { ShiftInput } from '../shifts/shift.schema';
import type { Indicators } from '../statistics/indicators.schema';
import type { FollowUpShift } from './guidance.schema';

/**
 * Fältgruppen Centrum, clock 2026-04-01 10:00Z:
 *   A  done 6–7 Mar: guidance to the youth clinic (girl 16–17 ×1, boy 13–15 ×6) and the youth
 *      centre (girl 13–15 ×2): old enough to follow up.
 *   B  done 28 Mar: youth clinic, girl 16–17 ×1: too recent to ask about yet.
 *   C  done 1 Dec 2025: social services, other 13–15 ×1: older than the follow-up looks back.
 *   P  planned 5 Mar (never logged), with guidance typed in: not done, so nothing to follow up.
 * Fältgruppen Söder: S done 6–7 Mar with the factory's guidance.
 */
let t: TestApp;
let fatima: TestClient;
let ids: { a: string; b: string; c: string; p: string; s: string };
let cells: { clinicGirl: Cell; clinicBoy: Cell; centreGirl: Cell };
let shiftA: ShiftInput;
type Cell = { serviceId: string; gender: 'girl' | 'boy' | 'other'; ageBandId: string };

const centre = () => t.ids.unit.centre;
const followUp = async (client: TestClient, unitId = centre()) =>
  (await (await client.get(`/api/units/${unitId}/guidance/follow-up`)).json()) as {
    followUpAfterDays: number;
    shifts: FollowUpShift[];
  };
const outcomesPath = (shiftId: string, unitId = centre()) =>
  `/api/units/${unitId}/shifts/${shiftId}/guidance-outcomes`;
const outcome = (cell: Cell, arrived: number, notArrived: number, unknown: number) => ({
  ...cell,
  arrived,
  notArrived,
  unknown,
});

beforeAll(async () => {
  t = await createTestApp();
  const { category } = await demoReferences(t);
  const teen = category('age_band', 'age_13_15');
  const older = category('age_band', 'age_16_17');
  const clinic = category('service', 'youth_clinic');
  cells = {
    clinicGirl: { serviceId: clinic, gender: 'girl', ageBandId: older },
    clinicBoy: { serviceId: clinic, gender: 'boy', ageBandId: teen },
    centreGirl: { serviceId: category('service', 'youth_centre'), gender: 'girl', ageBandId: teen },
  };
  const guidance = (cell: Cell, count: number) => ({ kind: 'guidance' as const, ...cell, count });
  fatima = await t.signedIn('falt@demo.faltlogg.se');
  const save = async (shift: ShiftInput, unitId = centre(), as = fatima) => {
    const id = uuidv7();
    const response = await as.put(`/api/units/${unitId}/shifts/${id}`, saveBody(shift, null));
    expect(response.status, JSON.stringify(await response.json())).toBe(201);
    return id;
  };
  shiftA = await makeShiftInput(t, {
    actions: [guidance(cells.clinicGirl, 1), guidance(cells.clinicBoy, 6), guidance(cells.centreGirl, 2)],
  });
  const evening = (day: string) => ({ startsAt: `${day}T19:00:00+01:00`, endsAt: `${day}T23:00:00+01:00` });
  ids = {
    a: await save(shiftA),
    b: await save(await makeShiftInput(t, { ...evening('2026-03-28'), observations: [] })),
    c: await save(
      await makeShiftInput(t, {
        ...evening('2025-12-01'),
        observations: [],
        actions: [
          guidance(
            { serviceId: category('service', 'social_services'), gender: 'other', ageBandId: teen },
            1,
          ),
        ],
      }),
    ),
    p: await save(await makeShiftInput(t, { status: 'planned', ...evening('2026-03-05'), observations: [] })),
    s: await save(
      await makeShiftInput(t, {
        staffIds: [t.ids.user('falt.soder@demo.faltlogg.se')],
        areaIds: [],
        observations: [],
      }),
      t.ids.unit.south,
      await t.signedIn('falt.soder@demo.faltlogg.se'),
    ),
  };
});
afterAll(() => t.close());

describe('the follow-up list', () => {
  it('lists guidance of done shifts a week old or more, counts only, without an outcome yet', async () => {
    const list = await followUp(fatima);
    expect(list.followUpAfterDays).toBe(7);
    expect(list.shifts.map((s) => s.shiftId)).toEqual([ids.a]);
    const [a] = list.shifts;
    expect(a?.startsAt).toBe('2026-03-06T18:00:00.000Z');
    expect(a?.cells).toEqual([
      {
        ...cells.clinicBoy,
        service: { sv: 'Ungdomsmottagning', en: 'Youth clinic' },
        ageBand: { sv: '13–15', en: '13–15' },
        guided: 6,
        arrived: 0,
        notArrived: 0,
        unknown: 0,
      },
      {
        ...cells.clinicGirl,
        service: { sv: 'Ungdomsmottagning', en: 'Youth clinic' },
        ageBand: { sv: '16–17', en: '16–17' },
        guided: 1,
        arrived: 0,
        notArrived: 0,
        unknown: 0,
      },
      {
        ...cells.centreGirl,
        service: { sv: 'Fritidsgård', en: 'Youth centre' },
        ageBand: { sv: '13–15', en: '13–15' },
        guided: 2,
        arrived: 0,
        notArrived: 0,
        unknown: 0,
      },
    ]);
  });

  it('is the unit’s own: another unit’s staff get 404, an analyst 403', async () => {
    const sara = await t.signedIn('falt.soder@demo.faltlogg.se');
    expect((await sara.get(`/api/units/${centre()}/guidance/follow-up`)).status).toBe(404);
    expect((await followUp(sara, t.ids.unit.south)).shifts.map((s) => s.shiftId)).toEqual([ids.s]);
    const analyst = await t.signedIn('analytiker@demo.faltlogg.se');
    expect((await analyst.get(`/api/units/${centre()}/guidance/follow-up`)).status).toBe(403);
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    expect((await followUp(chef)).shifts.map((s) => s.shiftId)).toEqual([ids.a]);
  });
});

describe('recording outcomes', () => {
  it('refuses more outcomes than young people were guided, and cells the shift has not', async () => {
    const over = await fatima.put(outcomesPath(ids.a), {
      mutationId: uuidv7(),
      outcomes: [outcome(cells.clinicGirl, 1, 1, 0)],
    });
    expect(over.status).toBe(400);
    const body = await over.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.issues).toMatchObject([{ path: 'outcomes.0', code: 'exceeds_guided' }]);
    const elsewhere = await fatima.put(outcomesPath(ids.a), {
      mutationId: uuidv7(),
      outcomes: [outcome({ ...cells.clinicGirl, gender: 'other' }, 1, 0, 0)],
    });
    expect((await elsewhere.json()).error.issues).toMatchObject([{ code: 'not_guided' }]);
    const twice = await fatima.put(outcomesPath(ids.a), {
      mutationId: uuidv7(),
      outcomes: [outcome(cells.clinicBoy, 1, 0, 0), outcome(cells.clinicBoy, 1, 0, 0)],
    });
    expect((await twice.json()).error.issues).toMatchObject([{ path: 'outcomes.1', code: 'duplicate_cell' }]);
  });

  it('replaces the shift’s outcome set; the shift stays listed until every cell has a full outcome', async () => {
    const first = await fatima.put(outcomesPath(ids.a), {
      mutationId: uuidv7(),
      outcomes: [outcome(cells.clinicBoy, 2, 0, 0), outcome(cells.centreGirl, 0, 1, 0)],
    });
    expect(first.status).toBe(200);
    const saved: FollowUpShift = await first.json();
    expect(saved.cells.map((c) => [c.guided, c.arrived, c.notArrived, c.unknown])).toEqual([
      [6, 2, 0, 0],
      [1, 0, 0, 0],
      [2, 0, 1, 0],
    ]);
    expect((await followUp(fatima)).shifts.map((s) => s.shiftId)).toEqual([ids.a]);
  });

  it('applies a retried save once, even after a colleague has saved since', async () => {
    const mutationId = uuidv7();
    const mine = {
      mutationId,
      outcomes: [outcome(cells.clinicBoy, 3, 2, 1), outcome(cells.clinicGirl, 1, 0, 0)],
    };
    expect((await fatima.put(outcomesPath(ids.a), mine)).status).toBe(200);
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    const theirs = {
      mutationId: uuidv7(),
      outcomes: [...mine.outcomes, outcome(cells.centreGirl, 0, 1, 0)],
    };
    expect((await chef.put(outcomesPath(ids.a), theirs)).status).toBe(200);
    // The phone never heard the first answer and sends the same save again: it is not applied over the chef's.
    const retry = await fatima.put(outcomesPath(ids.a), mine);
    expect(retry.status).toBe(200);
    const current: FollowUpShift = await retry.json();
    expect(current.cells.find((c) => c.serviceId === cells.centreGirl.serviceId)?.notArrived).toBe(1);
    const reused = await fatima.put(outcomesPath(ids.b), mine);
    expect(reused.status).toBe(409);
    expect(await errorCode(reused)).toBe('mutation_reused');
  });

  it('refuses a shift that is not done, and shifts and units outside the caller’s reach', async () => {
    const planned = await fatima.put(outcomesPath(ids.p), { mutationId: uuidv7(), outcomes: [] });
    expect(planned.status).toBe(409);
    expect(await errorCode(planned)).toBe('shift_not_done');
    // Söder's shift through Centrum's path, and Centrum's shift from Söder.
    expect((await fatima.put(outcomesPath(ids.s), { mutationId: uuidv7(), outcomes: [] })).status).toBe(404);
    const sara = await t.signedIn('falt.soder@demo.faltlogg.se');
    expect((await sara.put(outcomesPath(ids.a), { mutationId: uuidv7(), outcomes: [] })).status).toBe(404);
    const analyst = await t.signedIn('analytiker@demo.faltlogg.se');
    expect((await analyst.put(outcomesPath(ids.a), { mutationId: uuidv7(), outcomes: [] })).status).toBe(403);
  });
});

type Table = Indicators['tables'][number];
const march = 'from=2026-03-01&to=2026-03-31';
async function outcomeTable(client: TestClient) {
  const body: Indicators = await (
    await client.get(`/api/units/${centre()}/statistics/indicators?${march}`)
  ).json();
  const table = (id: string) => body.tables.find((x) => x.id === id) as Table;
  const rows = (x: Table) => Object.fromEntries(x.rows.map((row, r) => [row.key, x.cells[r]]));
  return { body, outcomes: table('guidanceOutcomes'), actions: table('actions'), rows };
}

describe('guidance outcomes in the statistics', () => {
  it('are exact for the unit’s manager, and add up to the guidance of Actions', async () => {
    const { outcomes, actions, rows } = await outcomeTable(await t.signedIn('chef@demo.faltlogg.se'));
    expect(outcomes.columns.map((c) => c.key)).toEqual(['girl', 'boy', 'other', 'total']);
    // A: girl 16–17 clinic 1 arrived; boy clinic 3 arrived, 2 not, 1 unknown; girl youth centre 1 not
    // of 2. B: girl clinic 1, not followed up. (C is in December.)
    expect(rows(outcomes)).toEqual({
      arrived: [1, 3, 0, 4],
      not_arrived: [1, 2, 0, 3],
      unknown: [0, 1, 0, 1],
      not_followed_up: [2, 0, 0, 2],
    });
    expect(outcomes.totals).toEqual([4, 6, 0, 10]);
    expect(rows(actions).guidance).toEqual(outcomes.totals);
  });

  it('are published to an analyst by the cell-key method, and their totals are Actions’ guidance row', async () => {
    const exact = await outcomeTable(await t.signedIn('chef@demo.faltlogg.se'));
    const { body, outcomes, actions, rows } = await outcomeTable(
      await t.signedIn('analytiker@demo.faltlogg.se'),
    );
    expect(body.protection).toBe('cellKey');
    expect(outcomes.aboutYoungPeople).toBe(true);
    const shown = [...outcomes.cells.flat(), ...(outcomes.totals ?? [])] as number[];
    const real = [...exact.outcomes.cells.flat(), ...(exact.outcomes.totals ?? [])] as number[];
    shown.forEach((v, i) => {
      expect(Math.abs(v - (real[i] as number))).toBeLessThanOrEqual(4);
      expect(v).not.toBe(1);
      if (real[i] === 0) expect(v).toBe(0);
    });
    // The outcomes of each gender are all its guided young people: the same records, the same figures.
    expect(rows(actions).guidance).toEqual(outcomes.totals);
  });

  it('count a cell as not followed up when the shift’s guidance was later reduced below its outcomes', async () => {
    const current = await (await fatima.get(`/api/units/${centre()}/shifts/${ids.a}`)).json();
    const reduced = {
      ...shiftA,
      actions: shiftA.actions.map((a) => (a.gender === 'boy' ? { ...a, count: 4 } : a)),
    };
    expect(
      (await fatima.put(`/api/units/${centre()}/shifts/${ids.a}`, saveBody(reduced, current.version))).status,
    ).toBe(200);
    const { outcomes, rows } = await outcomeTable(await t.signedIn('chef@demo.faltlogg.se'));
    expect(rows(outcomes)).toEqual({
      arrived: [1, 0, 0, 1],
      not_arrived: [1, 0, 0, 1],
      unknown: [0, 0, 0, 0],
      not_followed_up: [2, 4, 0, 6],
    });
    // …and the shift is back on the list, to be corrected.
    const listed = (await followUp(fatima)).shifts.find((s) => s.shiftId === ids.a);
    expect(listed?.cells.find((c) => c.gender === 'boy')).toMatchObject({ guided: 4, arrived: 3 });
  });
});
