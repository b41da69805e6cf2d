import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type TestApp, type TestClient } from '../../../test/support/test-app';
import { FREE_FAILURES } from '../auth/account-throttle';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signedIn('admin@demo.faltlogg.se');
});
afterAll(() => t.close());

const newFieldWorker = (email: string, unitId: string) => ({
  email,
  displayName: 'Nils Nyanställd',
  password: 'ett-bra-losenord',
  roles: [{ role: 'field_worker', unitId }],
});

describe('users', () => {
  it('creates a field worker who can sign in and sees their unit', async () => {
    const response = await admin.post(
      '/api/users',
      newFieldWorker('Nils@Demo.Faltlogg.se', t.ids.unit.north),
    );
    expect(response.status).toBe(201);
    const user = await response.json();
    expect(user).toMatchObject({
      email: 'nils@demo.faltlogg.se',
      active: true,
      roles: [{ role: 'field_worker', unitName: 'Fältgruppen Norr' }],
    });
    expect(user).not.toHaveProperty('passwordHash');
    expect(JSON.stringify(user)).not.toContain('argon2');

    const nils = t.client();
    expect((await nils.signIn('nils@demo.faltlogg.se', 'ett-bra-losenord')).status).toBe(200);
    expect((await nils.get(`/api/units/${t.ids.unit.north}/members`)).status).toBe(200);
    expect((await nils.get(`/api/units/${t.ids.unit.centre}/members`)).status).toBe(404);
  });

  it('refuses a second account with the same e-mail', async () => {
    const response = await admin.post(
      '/api/users',
      newFieldWorker('FALT@demo.faltlogg.se', t.ids.unit.north),
    );
    expect(response.status).toBe(409);
    expect(await errorCode(response)).toBe('email_taken');
  });

  it('refuses roles at the wrong kind of place, naming the field', async () => {
    const cases = [
      { role: 'field_worker' },
      { role: 'administrator', unitId: t.ids.unit.centre },
      { role: 'analyst', unitId: t.ids.unit.centre },
      { role: 'partner' },
      { role: 'reception', partnerKind: 'police' },
      { role: 'superuser' },
    ];
    for (const grant of cases) {
      const response = await admin.post('/api/users', {
        ...newFieldWorker(`x${Math.random()}@demo.faltlogg.se`, t.ids.unit.centre),
        roles: [grant],
      });
      expect(response.status, JSON.stringify(grant)).toBe(400);
      const body = await response.json();
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.issues[0].path).toMatch(/^roles\.0/);
    }
  });

  it('refuses a unit of another municipality or an unknown one', async () => {
    const response = await admin.post(
      '/api/users',
      newFieldWorker('y@demo.faltlogg.se', '01a2055b-0000-7000-8000-000000000000'),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error.issues[0].path).toBe('roles.0.unitId');
  });

  it('gives new roles effect on the next request', async () => {
    const analyst = await t.signedIn('analytiker.norr@demo.faltlogg.se');
    expect((await analyst.get(`/api/units/${t.ids.unit.north}/members`)).status).toBe(403);
    const id = t.ids.user('analytiker.norr@demo.faltlogg.se');
    const response = await admin.put(`/api/users/${id}/roles`, {
      roles: [
        { role: 'analyst', administrationId: t.ids.administration.north },
        { role: 'unit_manager', unitId: t.ids.unit.north },
      ],
    });
    expect(response.status).toBe(200);
    expect((await analyst.get(`/api/units/${t.ids.unit.north}/members`)).status).toBe(200);
    expect((await analyst.get(`/api/units/${t.ids.unit.centre}/members`)).status).toBe(404);
  });

  it('deactivates a user: sessions end, sign-in stops, history stays', async () => {
    const id = t.ids.user('falt.soder@demo.faltlogg.se');
    const sara = await t.signedIn('falt.soder@demo.faltlogg.se');
    const response = await admin.post(`/api/users/${id}/deactivate`);
    expect((await response.json()).active).toBe(false);
    expect(await errorCode(await sara.get('/api/organisation'))).toBe('session_expired');
    expect(await errorCode(await t.client().signIn('falt.soder@demo.faltlogg.se'))).toBe('account_inactive');
    expect(await errorCode(await t.client().signIn('falt.soder@demo.faltlogg.se', 'wrong-password'))).toBe(
      'invalid_credentials',
    );

    const row = await t.db
      .selectFrom('users')
      .select(['active', 'deactivated_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.active).toBe(false);
    expect(row.deactivated_at).not.toBeNull();
    const listed = await (await admin.get('/api/users?includeInactive=true&q=sara')).json();
    expect(listed.users).toHaveLength(1);
    expect((await (await admin.get('/api/users?q=sara')).json()).users).toHaveLength(0);

    expect((await admin.post(`/api/users/${id}/reactivate`)).status).toBe(200);
    expect((await t.client().signIn('falt.soder@demo.faltlogg.se')).status).toBe(200);
  });

  it('never leaves the municipality without an administrator', async () => {
    const adminId = t.ids.user('admin@demo.faltlogg.se');
    expect(await errorCode(await admin.post(`/api/users/${adminId}/deactivate`))).toBe(
      'cannot_deactivate_self',
    );
    const demote = await admin.put(`/api/users/${adminId}/roles`, { roles: [{ role: 'analyst' }] });
    expect(await errorCode(demote)).toBe('last_administrator');
  });

  it('resets a password: old sessions end, the addresses held back after wrong passwords may try again', async () => {
    const id = t.ids.user('chef@demo.faltlogg.se');
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    const from = { remoteAddress: '198.51.100.70' };
    for (let i = 0; i < FREE_FAILURES; i++) await t.client(from).signIn('chef@demo.faltlogg.se', 'wrong');
    expect((await t.client(from).signIn('chef@demo.faltlogg.se')).status).toBe(429);
    expect((await (await admin.get(`/api/users/${id}`)).json()).locked).toBe(true);
    const response = await admin.put(`/api/users/${id}/password`, { password: 'nytt-losenord-2026' });
    expect((await response.json()).locked).toBe(false);
    expect((await chef.get('/api/organisation')).status).toBe(401);
    expect((await t.client(from).signIn('chef@demo.faltlogg.se', 'nytt-losenord-2026')).status).toBe(200);
    expect(await errorCode(await admin.put(`/api/users/${id}/password`, { password: 'short' }))).toBe(
      'validation_failed',
    );
  });

  it('edits name, e-mail and language, and audits without personal data in the details', async () => {
    const id = t.ids.user('polis@demo.faltlogg.se');
    const response = await admin.patch(`/api/users/${id}`, { displayName: 'Petra Polis', locale: 'en' });
    expect(await response.json()).toMatchObject({ displayName: 'Petra Polis', locale: 'en' });
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('entity_id', '=', id)
      .execute();
    expect(audit).toEqual([{ action: 'user.update', details: { fields: ['displayName', 'locale'] } }]);
  });

  it('records every list and read of user accounts in the audit log', async () => {
    const fatima = t.ids.user('falt@demo.faltlogg.se');
    expect((await admin.get('/api/users')).status).toBe(200);
    expect((await admin.get(`/api/users/${fatima}`)).status).toBe(200);
    const reads = await t.db
      .selectFrom('audit_events')
      .select(['action', 'entity_id', 'details'])
      .where('action', 'in', ['user.list', 'user.read'])
      .orderBy('seq')
      .execute();
    expect(reads.at(-1)).toMatchObject({ action: 'user.read', entity_id: fatima });
    const list = reads.findLast((row) => row.action === 'user.list');
    expect(list?.details).toMatchObject({ users: expect.arrayContaining([fatima]) });
  });
});
