import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeShiftInput, saveBody } from '../../../test/support/shift-factory';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/test-app';
import { uuidv7 } from '../../shared/uuidv7';
import type { Indicators } from '../statistics/indicators.schema';

let t: TestApp;
let fatima: TestClient;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  fatima = await t.signedIn('falt@demo.faltlogg.se');
  admin = await t.signedIn('admin@demo.faltlogg.se');
});
afterAll(() => t.close());

const path = '/api/privacy/role-separation';
const shiftPath = (id: string) => `/api/units/${t.ids.unit.centre}/shifts/${id}`;
/** A morning of investigation work logged as an authority task. */
const authorityShift = () =>
  makeShiftInput(t, {
    kind: 'collaboration',
    timeUse: 'authority',
    startsAt: '2026-03-10T09:00:00+01:00',
    endsAt: '2026-03-10T12:00:00+01:00',
    encounters: [],
    topics: [],
    actions: [],
    observations: [],
  });

describe('role separation', () => {
  it('keeps field workers out of authority tasks by default: such a shift is refused with its own code', async () => {
    expect(await (await fatima.get(path)).json()).toEqual({ fieldWorkersDoAuthorityTasks: false });
    const response = await fatima.put(shiftPath(uuidv7()), saveBody(await authorityShift(), null));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('authority_tasks_not_allowed');
    expect(body.error.issues).toMatchObject([{ path: 'shift.timeUse', code: 'authority_tasks_not_allowed' }]);
    // Preventive work is saved as always.
    const outreach = await fatima.put(shiftPath(uuidv7()), saveBody(await makeShiftInput(t), null));
    expect(outreach.status).toBe(201);
  });

  it('is the administrator’s to change, and the change is audited', async () => {
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    expect((await chef.put(path, { fieldWorkersDoAuthorityTasks: true })).status).toBe(403);
    expect((await fatima.put(path, { fieldWorkersDoAuthorityTasks: true })).status).toBe(403);
    expect((await admin.put(path, { fieldWorkersDoAuthorityTasks: 'yes' })).status).toBe(400);
    const response = await admin.put(path, { fieldWorkersDoAuthorityTasks: true });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ fieldWorkersDoAuthorityTasks: true });
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['details', 'actor_user_id', 'entity_id'])
      .where('action', '=', 'privacy.role_separation.update')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_user_id).toBe(t.ids.user('admin@demo.faltlogg.se'));
    expect(audit[0]?.entity_id).toBe(t.ids.municipalityId);
    expect(JSON.parse(JSON.stringify(audit[0]?.details))).toMatchObject({ before: false, after: true });
  });

  it('lets field workers log authority tasks once allowed; a shift already so tagged keeps its tag after', async () => {
    const id = uuidv7();
    const created = await fatima.put(shiftPath(id), saveBody(await authorityShift(), null));
    expect(created.status).toBe(201);
    expect((await admin.put(path, { fieldWorkersDoAuthorityTasks: false })).status).toBe(200);
    // Turned off again: the existing shift may still be corrected…
    const fixed = await fatima.put(
      shiftPath(id),
      saveBody({ ...(await authorityShift()), notes: 'Rättad tid' }, 1),
    );
    expect(fixed.status).toBe(200);
    // …but no shift newly becomes one.
    const other = uuidv7();
    expect((await fatima.put(shiftPath(other), saveBody(await makeShiftInput(t), null))).status).toBe(201);
    const retag = await fatima.put(shiftPath(other), saveBody(await authorityShift(), 1));
    expect(retag.status).toBe(400);
  });

  it('shows the time split into preventive work and authority tasks, exactly for anyone', async () => {
    const analyst = await t.signedIn('analytiker@demo.faltlogg.se');
    const body: Indicators = await (
      await analyst.get(`/api/units/${t.ids.unit.centre}/statistics/indicators?from=2026-03-01&to=2026-03-31`)
    ).json();
    const table = body.tables.find((x) => x.id === 'preventiveVsAuthority');
    expect(table?.aboutYoungPeople).toBe(false);
    // Two factory evenings of 6 hours each, and the 3-hour authority morning: 12 + 3 = 15 hours.
    expect(table?.rows.map((row) => row.key)).toEqual(['preventive', 'authority']);
    expect(table?.cells).toEqual([
      [12, 80],
      [3, 20],
    ]);
    expect(table?.totals).toEqual([15, 100]);
  });
});
