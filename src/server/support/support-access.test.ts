import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACTORY_PASSWORD, makeMunicipality } from '../../../test/support/factories';
import { createTestApp, errorCode, type TestApp, type TestClient } from '../../../test/support/test-app';
import { auditRows, contactsUrl, makeContactInput, openContact } from './support.fixtures';
import type { SupportContactDto } from './support.schema';

let t: TestApp;
let fatima: TestClient;
let contact: SupportContactDto;
let centre: string;
let south: string;
beforeAll(async () => {
  t = await createTestApp();
  fatima = await t.signedIn('falt@demo.faltlogg.se');
  centre = contactsUrl(t.ids.unit.centre);
  south = contactsUrl(t.ids.unit.south);
  contact = await openContact(fatima, t.ids.unit.centre, { name: 'Kim' });
});
afterAll(() => t.close());

/** Every request that reads or changes a contact, against one unit's path and one contact id. */
function attempts(base: string, id: string): [string, string, unknown?][] {
  return [
    ['GET', base],
    ['GET', `${base}?status=all`],
    ['POST', base, makeContactInput()],
    ['GET', `${base}/${id}`],
    ['PATCH', `${base}/${id}`, { version: 1, plan: 'x' }],
    ['POST', `${base}/${id}/log`, { contactOn: '2026-03-28', note: null, kind: 'preventive', shiftId: null }],
    ['POST', `${base}/${id}/withdraw-consent`, { withdrawnBy: 'young_person' }],
    ['POST', `${base}/${id}/close`, { reason: 'other' }],
    ['POST', `${base}/${id}/handover`, { toUserId: t.ids.user('falt2@demo.faltlogg.se') }],
    ['GET', `${base}/${id}/audit`],
    ['GET', `${base}/continuity?from=2026-01-01&to=2026-12-31`],
  ];
}

async function expectUnchanged() {
  const row = await t.db
    .selectFrom('support_contacts')
    .select(['version', 'closed_at', 'plan'])
    .where('id', '=', contact.id)
    .executeTakeFirstOrThrow();
  expect(row).toMatchObject({ version: 1, closed_at: null });
  const log = await t.db
    .selectFrom('support_contact_log')
    .select('id')
    .where('support_contact_id', '=', contact.id)
    .execute();
  expect(log).toEqual([]);
}

describe('a field worker of another unit', () => {
  it('cannot read, list, change or even probe Centrum’s contacts, with or without the right id (404)', async () => {
    const sara = await t.signedIn('falt.soder@demo.faltlogg.se');
    for (const [method, path, body] of attempts(centre, contact.id)) {
      const response = await sara.request(method, path, body);
      // Continuity needs support.manage, which Sara has nowhere: refused before the unit is looked at.
      const expected = path.includes('/continuity') ? 403 : 404;
      expect(response.status, `${method} ${path}`).toBe(expected);
      expect(await response.text(), `${method} ${path}`).not.toContain('Kim');
    }
    // Through her own unit's path, Centrum's contact id is as absent as a made-up one.
    for (const [method, path, body] of attempts(south, contact.id).filter(([, p]) =>
      p.includes(contact.id),
    )) {
      const response = await sara.request(method, path, body);
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(await errorCode(response)).toBe('not_found');
    }
    const own = await (await sara.get(south)).json();
    expect(own.contacts).toEqual([]);
    await expectUnchanged();
  });
});

describe('roles without support contacts', () => {
  it('refuses analysts, reception, partners and administrators (403), and records no read', async () => {
    for (const email of [
      'analytiker@demo.faltlogg.se',
      'analytiker.norr@demo.faltlogg.se',
      'mottagning@demo.faltlogg.se',
      'polis@demo.faltlogg.se',
      'admin@demo.faltlogg.se',
    ]) {
      const client = await t.signedIn(email);
      for (const [method, path, body] of attempts(centre, contact.id)) {
        const response = await client.request(method, path, body);
        expect(response.status, `${email} ${method} ${path}`).toBe(403);
        expect(await errorCode(response)).toBe('forbidden');
      }
    }
    const readers = (await auditRows(t, contact.id)).map((row) => row.actor_user_id);
    expect(new Set(readers)).toEqual(new Set([t.ids.user('falt@demo.faltlogg.se')]));
    await expectUnchanged();
  });

  it('answers anonymous callers 401', async () => {
    for (const [method, path, body] of attempts(centre, contact.id)) {
      expect((await t.client().request(method, path, body)).status, `${method} ${path}`).toBe(401);
    }
  });
});

describe('another municipality', () => {
  it('cannot reach Demo stad’s contacts even with the unit and contact ids', async () => {
    const other = await makeMunicipality(t.db);
    const client = t.client();
    expect((await client.signIn(other.fieldWorker.email, FACTORY_PASSWORD)).status).toBe(200);
    for (const [method, path, body] of attempts(centre, contact.id)) {
      const response = await client.request(method, path, body);
      expect([403, 404], `${method} ${path}`).toContain(response.status);
    }
    // Their own unit's path with Demo stad's contact id: absent.
    const response = await client.get(`${contactsUrl(other.unitId)}/${contact.id}`);
    expect(response.status).toBe(404);
    await expectUnchanged();
  });
});

describe('the unit’s own staff', () => {
  it('lets the unit manager read the contact and its trail', async () => {
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    expect((await chef.get(`${centre}/${contact.id}`)).status).toBe(200);
    expect((await chef.get(`${centre}/${contact.id}/audit`)).status).toBe(200);
  });

  it('answers a malformed contact id as invalid, and an unknown one as absent', async () => {
    expect((await fatima.get(`${centre}/not-an-id`)).status).toBe(400);
    expect((await fatima.get(`${centre}/01a2055b-0000-7000-8000-000000000000`)).status).toBe(404);
  });

  it('gives field workers no continuity report: that is the manager’s', async () => {
    const response = await fatima.get(`${centre}/continuity?from=2026-01-01&to=2026-12-31`);
    expect(response.status).toBe(403);
  });
});
