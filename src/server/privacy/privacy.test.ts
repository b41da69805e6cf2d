import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { makeReportInput } from '../concerns/concern.factory';
import { contactsUrl, openContact } from '../support/support.fixtures';

const DAY = 86_400_000;
let t: TestApp;
let early: string; // last contact 20 March 2026 (the consent day)
let later: string; // last contact 31 March 2026
let acknowledged: string;
let unacknowledged: string;

beforeAll(async () => {
  t = await createTestApp(); // the clock stands at 1 April 2026
  const fatima = await t.signedIn('falt@demo.faltlogg.se');
  const centre = t.ids.unit.centre;
  early = (await openContact(fatima, centre, { name: 'Kim' })).id;
  later = (await openContact(fatima, centre, { name: 'Robin' })).id;
  const logged = await fatima.post(`${contactsUrl(centre)}/${later}/log`, {
    contactOn: '2026-03-31',
    note: null,
    kind: 'preventive',
    shiftId: null,
  });
  expect(logged.status).toBeLessThan(300);
  const reports = `/api/units/${centre}/reports-of-concern`;
  const send = async () => {
    const sent = await fatima.post(reports, makeReportInput());
    expect(sent.status).toBe(201);
    return (await sent.json()).id as string;
  };
  acknowledged = await send();
  unacknowledged = await send();
  const reception = await t.signedIn('mottagning@demo.faltlogg.se');
  const ack = await reception.post(`/api/reception/reports-of-concern/${acknowledged}/acknowledge`);
  expect(ack.status).toBe(200);
});
afterAll(() => t.close());

const exists = async (table: 'support_contacts' | 'reports_of_concern', id: string) =>
  (await t.db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
const logRows = async (contactId: string) =>
  (
    await t.db
      .selectFrom('support_contact_log')
      .select('id')
      .where('support_contact_id', '=', contactId)
      .execute()
  ).length;

async function runNow() {
  const admin = await t.signedIn('admin@demo.faltlogg.se');
  const response = await admin.post('/api/privacy/retention/run');
  expect(response.status).toBe(200);
  return (await response.json()).deleted as Record<string, number>;
}

describe('scheduled deletion', () => {
  it('deletes nothing before its time', async () => {
    expect(await runNow()).toEqual({ support_contact: 0, report_of_concern: 0 });
    expect(await exists('reports_of_concern', acknowledged)).toBe(true);
  });

  it('deletes an acknowledged report 3 months after acknowledgement, and never an unacknowledged one', async () => {
    t.clock.advance(92 * DAY); // 2 July 2026
    expect(await runNow()).toEqual({ support_contact: 0, report_of_concern: 1 });
    expect(await exists('reports_of_concern', acknowledged)).toBe(false);
    expect(await exists('reports_of_concern', unacknowledged)).toBe(true);
    // The reporter's list and the reception's inbox no longer have it.
    const reception = await t.signedIn('mottagning@demo.faltlogg.se');
    const inbox = await (await reception.get('/api/reception/reports-of-concern')).text();
    expect(inbox).not.toContain(acknowledged);
    expect((await reception.get(`/api/reception/reports-of-concern/${acknowledged}`)).status).toBe(404);
  });

  it('deletes a support contact 12 months after its last contact, with its log and history', async () => {
    t.clock.advance(262 * DAY); // 21 March 2027: Kim's year is up, Robin's is not
    expect(await runNow()).toEqual({ support_contact: 1, report_of_concern: 0 });
    expect(await exists('support_contacts', early)).toBe(false);
    expect(await exists('support_contacts', later)).toBe(true);
    const history = await t.db
      .selectFrom('support_contact_events')
      .select('id')
      .where('support_contact_id', '=', early)
      .execute();
    expect(history).toHaveLength(0);
    expect(await logRows(later)).toBe(1);
    // Not in the unit's list, not by id, not in a register search.
    const fatima = await t.signedIn('falt@demo.faltlogg.se');
    expect(await (await fatima.get(contactsUrl(t.ids.unit.centre))).text()).not.toContain(early);
    expect((await fatima.get(`${contactsUrl(t.ids.unit.centre)}/${early}`)).status).toBe(404);
    const admin = await t.signedIn('admin@demo.faltlogg.se');
    const search = await (await admin.get('/api/privacy/support-contacts?name=Kim&birthYear=2009')).json();
    expect(search.matches).toEqual([]);
    t.clock.advance(12 * DAY);
    expect((await runNow()).support_contact).toBe(1);
    expect(await exists('support_contacts', later)).toBe(false);
    expect(await logRows(later)).toBe(0);
  });

  it('keeps an anonymous tally of every run, and logs it', async () => {
    const admin = await t.signedIn('admin@demo.faltlogg.se');
    const overview = await (await admin.get('/api/privacy/retention')).json();
    expect(overview.months).toEqual({ support_contact: 12, report_of_concern: 3 });
    expect(overview.runs.map((run: { deleted: Record<string, number> }) => run.deleted)).toEqual([
      { support_contact: 1, report_of_concern: 0 },
      { support_contact: 1, report_of_concern: 0 },
      { support_contact: 0, report_of_concern: 1 },
      { support_contact: 0, report_of_concern: 0 },
    ]);
    const runs = await t.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'retention.run')
      .execute();
    expect(runs).toHaveLength(4);
    expect(JSON.stringify(runs)).not.toMatch(/Kim|Robin|Alex/);
  });

  it('lets an administrator change the periods, and no one else', async () => {
    const admin = await t.signedIn('admin@demo.faltlogg.se');
    const saved = await admin.put('/api/privacy/retention', { support_contact: 6, report_of_concern: 1 });
    expect(saved.status).toBe(200);
    expect((await saved.json()).months).toEqual({ support_contact: 6, report_of_concern: 1 });
    expect(
      (await admin.put('/api/privacy/retention', { support_contact: 0, report_of_concern: 1 })).status,
    ).toBe(400);
    for (const email of ['chef@demo.faltlogg.se', 'falt@demo.faltlogg.se', 'analytiker@demo.faltlogg.se']) {
      const other = await t.signedIn(email);
      expect((await other.get('/api/privacy/retention')).status, email).toBe(403);
      expect((await other.post('/api/privacy/retention/run')).status, email).toBe(403);
    }
  });
});

describe('register requests', () => {
  it('finds a young person’s contacts, gives the extract with who has read it, and erases on request', async () => {
    const fatima = await t.signedIn('falt@demo.faltlogg.se');
    const contact = await openContact(fatima, t.ids.unit.centre, { name: 'Sam', birthYear: 2008 });
    await fatima.get(`${contactsUrl(t.ids.unit.centre)}/${contact.id}`);
    const admin = await t.signedIn('admin@demo.faltlogg.se');
    const search = await (await admin.get('/api/privacy/support-contacts?name=sam&birthYear=2008')).json();
    expect(search.matches.map((m: { id: string }) => m.id)).toEqual([contact.id]);
    const extract = await (await admin.get(`/api/privacy/support-contacts/${contact.id}/extract`)).json();
    expect(extract.supportContact).toMatchObject({ name: 'Sam', birthYear: 2008, gender: 'girl' });
    expect(extract.consent.scope).toBe('Stödsamtal och lotsning');
    expect(extract.readBy.map((r: { action: string }) => r.action)).toContain('support_contact.read');
    const actions = (
      await t.db.selectFrom('audit_events').select('action').where('action', 'like', 'privacy.%').execute()
    ).map((row) => row.action);
    expect(actions).toEqual(
      expect.arrayContaining(['privacy.support_contact.search', 'privacy.support_contact.extract']),
    );

    const erased = await admin.delete(`/api/privacy/support-contacts/${contact.id}`, {
      reason: 'data_subject_request',
    });
    expect(erased.status).toBe(204);
    expect(await exists('support_contacts', contact.id)).toBe(false);
    expect(
      (await admin.delete(`/api/privacy/support-contacts/${contact.id}`, { reason: 'other' })).status,
    ).toBe(404);
  });

  it('is only for administrators', async () => {
    for (const email of ['falt@demo.faltlogg.se', 'chef@demo.faltlogg.se', 'mottagning@demo.faltlogg.se']) {
      const other = await t.signedIn(email);
      expect((await other.get('/api/privacy/support-contacts?name=Sam&birthYear=2008')).status, email).toBe(
        403,
      );
    }
  });
});
