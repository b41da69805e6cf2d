import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeShiftInput, saveBody } from '../../../test/support/shift-factory';
import { createTestApp, errorCode, type TestApp } from '../../../test/support/test-app';
import { uuidv7 } from '../../shared/uuidv7';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const fatima = await t.signedIn('falt@demo.faltlogg.se');
  // girls 13–15 ×5, boys 13–15 ×4, girls 16–17 ×3, boys 16–17 ×2 (the factory's typical evening)
  await fatima.put(
    `/api/units/${t.ids.unit.centre}/shifts/${uuidv7()}`,
    saveBody(await makeShiftInput(t), null),
  );
});
afterAll(() => t.close());

const march = 'from=2026-03-01&to=2026-03-31';

describe('disclosure threshold', () => {
  it('is 5 until an administrator changes it, and the change is audited', async () => {
    const admin = await t.signedIn('admin@demo.faltlogg.se');
    expect(await (await admin.get('/api/statistics/settings')).json()).toEqual({ threshold: 5 });
    const response = await admin.put('/api/statistics/settings', { threshold: 10 });
    expect(response.status).toBe(200);
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['details'])
      .where('action', '=', 'statistics.threshold.update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(JSON.stringify(audit.details))).toMatchObject({ before: 5, after: 10 });
  });

  it('hides everything below the new threshold from an analyst', async () => {
    const analyst = await t.signedIn('analytiker@demo.faltlogg.se');
    const body = await (
      await analyst.get(`/api/units/${t.ids.unit.centre}/statistics/contacts?${march}`)
    ).json();
    expect(body.threshold).toBe(10);
    const figures = [
      ...body.byGenderAndAge.flatMap((r: { cells: unknown[]; total: unknown }) => [...r.cells, r.total]),
      ...body.ageTotals,
      body.total,
    ];
    // 14 contacts in all: only the grand total reaches 10.
    expect(figures.filter((v) => typeof v === 'number')).toEqual([14]);
    const indicators = await (
      await analyst.get(`/api/units/${t.ids.unit.centre}/statistics/indicators?${march}`)
    ).json();
    expect(indicators.threshold).toBe(10);
  });

  it('refuses values outside 3–20 and anyone but an administrator', async () => {
    const admin = await t.signedIn('admin@demo.faltlogg.se');
    const low = await admin.put('/api/statistics/settings', { threshold: 2 });
    expect(low.status).toBe(400);
    expect(await errorCode(low)).toBe('validation_failed');
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    expect((await chef.put('/api/statistics/settings', { threshold: 3 })).status).toBe(403);
  });
});
