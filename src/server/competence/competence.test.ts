import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const record = {
  introductionDoneOn: '2025-02-10',
  introductionName: 'Stadens tredagarsintroduktion',
  socialWorkEducation: true,
  courses: [{ name: 'MI – motiverande samtal', completedOn: '2025-05-04', hours: 16 }],
};

describe('competence records', () => {
  it('lets a field worker keep their own record, and their manager see it in the unit overview', async () => {
    const fatima = await t.signedIn('falt@demo.faltlogg.se');
    const saved = await fatima.put('/api/me/competence', record);
    expect(saved.status, JSON.stringify(await saved.clone().json())).toBe(200);
    expect(await saved.json()).toMatchObject({
      ...record,
      recorded: true,
      displayName: 'Fatima Fältassistent',
    });
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    const overview = await (await chef.get(`/api/units/${t.ids.unit.centre}/competence`)).json();
    const names = overview.staff.map((s: { displayName: string }) => s.displayName);
    expect(names).toContain('Fatima Fältassistent');
    expect(overview.summary.staff).toBe(names.length);
    // Everyone but Fatima lacks the introduction so far.
    expect(overview.summary.withoutIntroduction).toBe(names.length - 1);
    expect(overview.summary.withSocialWorkEducation).toBe(1);
  });

  it('lets the manager record a colleague’s introduction, audited, but only for the unit’s own staff', async () => {
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    const erik = t.ids.user('falt2@demo.faltlogg.se');
    const saved = await chef.put(`/api/units/${t.ids.unit.centre}/competence/${erik}`, {
      ...record,
      courses: [],
    });
    expect(saved.status).toBe(200);
    const sara = t.ids.user('falt.soder@demo.faltlogg.se');
    const other = await chef.put(`/api/units/${t.ids.unit.centre}/competence/${sara}`, record);
    expect(other.status).toBe(404);
    const admin = await t.signedIn('admin@demo.faltlogg.se');
    const events = await (await admin.get('/api/audit/events?action=competence.update')).json();
    expect(JSON.stringify(events)).toContain(erik);
  });

  it('keeps individual records from colleagues, other units, analysts and the reception', async () => {
    const erik = await t.signedIn('falt2@demo.faltlogg.se');
    expect((await erik.get(`/api/units/${t.ids.unit.centre}/competence`)).status).toBe(403);
    const analyst = await t.signedIn('analytiker@demo.faltlogg.se');
    expect((await analyst.get(`/api/units/${t.ids.unit.centre}/competence`)).status).toBe(403);
    expect((await analyst.get('/api/me/competence')).status).toBe(403);
    const reception = await t.signedIn('mottagning@demo.faltlogg.se');
    expect((await reception.get('/api/me/competence')).status).toBe(403);
    const southChef = await t.signedIn('falt.soder@demo.faltlogg.se');
    expect((await southChef.get(`/api/units/${t.ids.unit.centre}/competence`)).status).toBe(403);
  });

  it('refuses training dated in the future, naming the field', async () => {
    const fatima = await t.signedIn('falt@demo.faltlogg.se');
    const response = await fatima.put('/api/me/competence', {
      ...record,
      courses: [{ name: 'Våld i nära relationer', completedOn: '2099-01-01', hours: null }],
    });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe('validation_failed');
    expect(error.issues).toMatchObject([{ path: 'courses.0.completedOn', code: 'day_in_future' }]);
  });
});
