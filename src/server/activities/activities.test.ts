import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type TestApp, type TestClient } from '../../../test/support/test-app';
import { uuidv7 } from '../../shared/uuidv7';

let t: TestApp;
let fatima: TestClient;
let erik: TestClient;
let chef: TestClient;
let admin: TestClient;
let base: string;
beforeAll(async () => {
  t = await createTestApp();
  fatima = await t.signedIn('falt@demo.faltlogg.se');
  erik = await t.signedIn('falt2@demo.faltlogg.se');
  chef = await t.signedIn('chef@demo.faltlogg.se');
  admin = await t.signedIn('admin@demo.faltlogg.se');
  base = `/api/units/${t.ids.unit.centre}`;
});
afterAll(() => t.close());

const meeting = {
  kind: 'collaboration_meeting',
  day: '2026-03-04',
  minutes: 90,
  assignmentId: null,
  partners: ['school'],
};
const month = '?from=2026-03-01&to=2026-04-01';

describe('activities outside shifts', () => {
  it('logs a collaboration meeting under the phone’s id, once however often it is sent', async () => {
    const id = uuidv7();
    const first = await fatima.put(`${base}/activities/${id}`, meeting);
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({
      id,
      userId: t.ids.user('falt@demo.faltlogg.se'),
      displayName: 'Fatima Fältassistent',
      kind: 'collaboration_meeting',
      day: '2026-03-04',
      minutes: 90,
      partners: ['school'],
      version: 1,
    });
    const again = await fatima.put(`${base}/activities/${id}`, { ...meeting, minutes: 120 });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ minutes: 120, version: 2 });
    const { activities } = await (await fatima.get(`${base}/activities${month}`)).json();
    expect(activities.filter((a: { id: string }) => a.id === id)).toHaveLength(1);
  });

  it('shows a field worker their own activities and the manager everyone’s; colleagues cannot edit them', async () => {
    const id = uuidv7();
    await erik.put(`${base}/activities/${id}`, { ...meeting, kind: 'administration', partners: [] });
    const own = await (await fatima.get(`${base}/activities${month}`)).json();
    expect(own.activities.map((a: { id: string }) => a.id)).not.toContain(id);
    const all = await (await chef.get(`${base}/activities${month}`)).json();
    expect(all.activities.map((a: { id: string }) => a.id)).toContain(id);
    const taken = await fatima.put(`${base}/activities/${id}`, meeting);
    expect(taken.status).toBe(404);
    expect((await fatima.delete(`${base}/activities/${id}`)).status).toBe(404);
    expect((await chef.delete(`${base}/activities/${id}`)).status).toBe(204);
    expect((await chef.delete(`${base}/activities/${id}`)).status).toBe(404);
  });

  it('lets the manager log a colleague’s time, but not a field worker', async () => {
    const erikId = t.ids.user('falt2@demo.faltlogg.se');
    const byChef = await chef.put(`${base}/activities/${uuidv7()}`, { ...meeting, userId: erikId });
    expect(byChef.status).toBe(201);
    expect(await byChef.json()).toMatchObject({ userId: erikId });
    const byFatima = await fatima.put(`${base}/activities/${uuidv7()}`, { ...meeting, userId: erikId });
    expect(await errorCode(byFatima)).toBe('validation_failed');
    const outsider = t.ids.user('falt.soder@demo.faltlogg.se');
    const notHere = await chef.put(`${base}/activities/${uuidv7()}`, { ...meeting, userId: outsider });
    expect((await notHere.json()).error.issues).toMatchObject([{ code: 'not_unit_staff' }]);
  });

  it('refuses a day ahead, a missing assignment, and authority tasks where field workers do none', async () => {
    const put = async (body: object) => (await fatima.put(`${base}/activities/${uuidv7()}`, body)).json();
    const tomorrow = new Date(t.clock.now().getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect((await put({ ...meeting, day: tomorrow })).error.issues).toMatchObject([
      { code: 'day_in_future' },
    ]);
    expect((await put({ ...meeting, kind: 'other_municipal' })).error.issues).toMatchObject([
      { path: 'assignmentId', code: 'assignment_required' },
    ]);
    expect((await put({ ...meeting, day: '1999-12-31' })).error.issues).toMatchObject([
      { code: 'implausible_date' },
    ]);
    const authority = await put({ ...meeting, kind: 'authority' });
    expect(authority.error.code).toBe('authority_tasks_not_allowed');
    expect(authority.error.issues).toMatchObject([{ path: 'kind' }]);
    const allowed = await admin.put('/api/privacy/role-separation', { fieldWorkersDoAuthorityTasks: true });
    expect(allowed.status).toBe(200);
    expect(
      (await fatima.put(`${base}/activities/${uuidv7()}`, { ...meeting, kind: 'authority' })).status,
    ).toBe(201);
    await admin.put('/api/privacy/role-separation', { fieldWorkersDoAuthorityTasks: false });
  });

  it('keeps the manager’s list of municipal assignments, which activities name and keep once retired', async () => {
    const added = await chef.post(`${base}/assignments`, { name: 'Sommarutredningar' });
    expect(added.status).toBe(201);
    const assignment = await added.json();
    expect(await errorCode(await chef.post(`${base}/assignments`, { name: 'sommarutredningar' }))).toBe(
      'validation_failed',
    );
    expect((await fatima.post(`${base}/assignments`, { name: 'Eget uppdrag' })).status).toBe(403);
    const id = uuidv7();
    const summer = {
      ...meeting,
      kind: 'other_municipal',
      assignmentId: assignment.id,
      partners: ['social_services'],
    };
    const logged = await fatima.put(`${base}/activities/${id}`, summer);
    expect(await logged.json()).toMatchObject({ assignmentName: 'Sommarutredningar' });
    expect((await chef.post(`${base}/assignments/${assignment.id}/retire`, {})).status).toBe(200);
    // The activity that named it can still be saved; a new one cannot name it.
    expect((await fatima.put(`${base}/activities/${id}`, { ...summer, minutes: 60 })).status).toBe(200);
    const fresh = await fatima.put(`${base}/activities/${uuidv7()}`, summer);
    expect((await fresh.json()).error.issues).toMatchObject([{ code: 'unknown_assignment' }]);
    const { assignments } = await (await fatima.get(`${base}/assignments`)).json();
    expect(assignments).toContainEqual({ id: assignment.id, name: 'Sommarutredningar', retired: true });
  });

  it('keeps another unit’s activities and assignments out of reach', async () => {
    const soder = await t.signedIn('falt.soder@demo.faltlogg.se');
    expect((await soder.get(`${base}/activities${month}`)).status).toBe(404);
    expect((await soder.put(`${base}/activities/${uuidv7()}`, meeting)).status).toBe(404);
    expect((await soder.get(`${base}/assignments`)).status).toBe(404);
  });
});
