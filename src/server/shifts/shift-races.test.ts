import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeShiftInput, saveBody } from '../../../test/support/shift-factory';
import { createTestApp, errorCode, type TestApp, type TestClient } from '../../../test/support/test-app';
import { uuidv7 } from '../../shared/uuidv7';
import { rollupDrift } from '../statistics/rollup-drift.repository';

let t: TestApp;
let fatima: TestClient;
let erik: TestClient;
const url = (shiftId: string) => `/api/units/${t.ids.unit.centre}/shifts/${shiftId}`;
beforeAll(async () => {
  t = await createTestApp();
  fatima = await t.signedIn('falt@demo.faltlogg.se');
  erik = await t.signedIn('falt2@demo.faltlogg.se');
});
afterAll(() => t.close());

/** Statuses of several requests sent at once, sorted. */
const statuses = async (requests: Promise<Response>[]) =>
  (await Promise.all(requests)).map((r) => r.status).sort();

describe('saves that race', () => {
  it('answer two creates of one id with the same mutation as 201 and 200, and apply it once', async () => {
    for (let round = 0; round < 5; round++) {
      const id = uuidv7();
      const body = saveBody(await makeShiftInput(t), null);
      // The outbox's retry after a timeout, while the first request still runs.
      expect(await statuses([fatima.put(url(id), body), fatima.put(url(id), body)])).toEqual([200, 201]);
      const shift = await (await fatima.get(url(id))).json();
      expect(shift.version).toBe(1);
    }
  });

  it('answer two creates of one id by different mutations as 201 and 409 version_conflict', async () => {
    for (let round = 0; round < 5; round++) {
      const id = uuidv7();
      const shift = await makeShiftInput(t);
      const answers = await Promise.all([
        fatima.put(url(id), saveBody(shift, null)),
        erik.put(url(id), saveBody(shift, null)),
      ]);
      expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
      const conflict = answers.find((r) => r.status === 409) as Response;
      const body = await conflict.json();
      expect(body.error.code).toBe('version_conflict');
      expect(body.current.version).toBe(1);
    }
  });

  it('refuse a mutationId already used for another shift with 409 mutation_id_reused', async () => {
    const body = saveBody(await makeShiftInput(t), null);
    expect((await fatima.put(url(uuidv7()), body)).status).toBe(201);
    const again = await fatima.put(url(uuidv7()), body);
    expect(again.status).toBe(409);
    expect(await errorCode(again)).toBe('mutation_id_reused');
  });

  it('refuse one mutationId sent for two new shifts at once: one 201, one 409, never 500', async () => {
    for (let round = 0; round < 5; round++) {
      const body = saveBody(await makeShiftInput(t), null);
      const answers = await Promise.all([fatima.put(url(uuidv7()), body), fatima.put(url(uuidv7()), body)]);
      expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(await errorCode(answers.find((r) => r.status === 409) as Response)).toBe('mutation_id_reused');
    }
  });

  it('keep concurrent edits of many shifts exact in the rollups (no deadlock, no drift)', async () => {
    const ids = Array.from({ length: 6 }, () => uuidv7());
    const base = await makeShiftInput(t);
    for (const id of ids) expect((await fatima.put(url(id), saveBody(base, null))).status).toBe(201);
    // Every save touches the same day's and month's cells, in both directions at once.
    const edited = { ...base, encounters: base.encounters.map((e) => ({ ...e, count: e.count + 2 })) };
    const answers = await Promise.all(
      ids.map((id, i) => (i % 2 ? erik : fatima).put(url(id), saveBody(edited, 1))),
    );
    expect(answers.map((r) => r.status)).toEqual(ids.map(() => 200));
    expect((await rollupDrift(t.db)).filter((d) => d.cells > 0)).toEqual([]);
  });
});

describe('the shift list', () => {
  it('answers 304 to a phone whose copy is current, and the list again once something changed', async () => {
    const list = `/api/units/${t.ids.unit.centre}/shifts?from=2026-03-01T00:00:00Z&to=2026-03-31T00:00:00Z`;
    const first = await fatima.get(list);
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    const again = await fatima.request('GET', list, undefined, { 'if-none-match': tag as string });
    expect(again.status).toBe(304);
    expect((await fatima.put(url(uuidv7()), saveBody(await makeShiftInput(t), null))).status).toBe(201);
    const changed = await fatima.request('GET', list, undefined, { 'if-none-match': tag as string });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(tag);
  });
});
