import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferences, makeShiftInput, saveBody } from '../../../test/support/shift-factory';
import { createTestApp, errorCode, type TestApp, type TestClient } from '../../../test/support/test-app';
import { uuidv7 } from '../../shared/uuidv7';
import { addKeys } from '../disclosure/record-keys';
import { recordKeySecret } from '../disclosure/secret.repository';
import { keySupportContact } from '../disclosure/shift-keys';
import { auditRows, contactsUrl, makeContactInput, openContact } from './support.fixtures';
import { supportContactCounts } from './support-statistics.repository';

let t: TestApp;
let fatima: TestClient;
let erik: TestClient;
let url: string;
beforeAll(async () => {
  t = await createTestApp();
  fatima = await t.signedIn('falt@demo.faltlogg.se');
  erik = await t.signedIn('falt2@demo.faltlogg.se');
  url = contactsUrl(t.ids.unit.centre);
});
afterAll(() => t.close());

async function issueCodes(response: Response) {
  const body = (await response.json()) as {
    error: { code: string; issues?: { path: string; code: string }[] };
  };
  return { code: body.error.code, issues: (body.error.issues ?? []).map((i) => `${i.path}:${i.code}`) };
}

describe('opening a support contact', () => {
  it('opens one with consent; the opener is responsible, and it is recorded', async () => {
    const { area } = await demoReferences(t);
    const contact = await openContact(fatima, t.ids.unit.centre, { areaId: area('Stortorget') });
    expect(contact).toMatchObject({
      unitId: t.ids.unit.centre,
      name: 'Kim',
      birthYear: 2009,
      gender: 'girl',
      status: 'open',
      area: { name: 'Stortorget' },
      responsible: { displayName: 'Fatima Fältassistent' },
      responsibleInUnit: true,
      lastContactOn: '2026-03-20',
      version: 1,
      consent: { youngPerson: true, guardian: false, guardianRequired: false, consentedOn: '2026-03-20' },
      log: [],
      events: [{ kind: 'opened', actor: { displayName: 'Fatima Fältassistent' } }],
    });
    const rows = await auditRows(t, contact.id);
    expect(rows.map((row) => row.action)).toEqual(['support_contact.create']);
    expect(rows[0]).toMatchObject({
      actor_user_id: t.ids.user('falt@demo.faltlogg.se'),
      actor_roles: 'field_worker',
    });
  });

  it('needs a guardian’s consent too when the young person may be under 15', async () => {
    const young = makeContactInput({ birthYear: 2012 });
    const refused = await fatima.post(url, young);
    expect(refused.status).toBe(400);
    expect(await issueCodes(refused)).toEqual({
      code: 'guardian_consent_required',
      issues: ['consent.guardian:guardian_consent_required'],
    });
    const withGuardian = makeContactInput({
      birthYear: 2012,
      consent: { ...young.consent, guardian: true },
    });
    const created = await fatima.post(url, withGuardian);
    expect(created.status).toBe(201);
    expect((await created.json()).consent).toMatchObject({ guardian: true, guardianRequired: true });
  });

  it('always needs the young person’s own consent, given by today, for a plausible age', async () => {
    const base = makeContactInput();
    const cases: [Record<string, unknown>, string][] = [
      [{ consent: { ...base.consent, youngPerson: false } }, 'young_person_consent_required'],
      [{ consent: { ...base.consent, consentedOn: '2026-04-02' } }, 'consent_in_future'],
      [{ birthYear: 1970 }, 'birth_year_out_of_range'],
    ];
    for (const [override, code] of cases) {
      const response = await fatima.post(url, { ...base, ...override });
      expect(response.status, code).toBe(400);
      expect(await errorCode(response)).toBe(code);
    }
  });

  it('refuses personal data in the consent’s scope and the plan, and unknown areas', async () => {
    const response = await fatima.post(
      url,
      makeContactInput({
        plan: 'Ring 070-123 45 67',
        areaId: uuidv7(),
        consent: { ...makeContactInput().consent, scope: 'Mejla kim@example.com' },
      }),
    );
    expect(response.status).toBe(400);
    expect(await issueCodes(response)).toEqual({
      code: 'validation_failed',
      issues: ['consent.scope:personal_data', 'plan:personal_data', 'areaId:unknown_area'],
    });
  });
});

describe('reading', () => {
  it('records every read of a contact, and every contact a list shows', async () => {
    const contact = await openContact(fatima, t.ids.unit.centre, { name: 'Robin' });
    const read = await erik.get(`${url}/${contact.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.get('cache-control')).toBe('no-store');
    const list = await (await erik.get(url)).json();
    expect(list.contacts.map((c: { name: string }) => c.name)).toContain('Robin');
    const rows = await auditRows(t, contact.id);
    expect(rows.map((row) => row.action)).toEqual([
      'support_contact.create',
      'support_contact.read',
      'support_contact.list',
    ]);
    expect(rows.slice(1).every((row) => row.actor_user_id === t.ids.user('falt2@demo.faltlogg.se'))).toBe(
      true,
    );
  });

  it('shows who has read a contact to the unit’s staff', async () => {
    const contact = await openContact(fatima, t.ids.unit.centre, { name: 'Sam' });
    await erik.get(`${url}/${contact.id}`);
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    const trail = await (await chef.get(`${url}/${contact.id}/audit`)).json();
    expect(
      trail.events.map((e: { action: string; actor: { displayName: string } }) => [
        e.action,
        e.actor.displayName,
      ]),
    ).toEqual([
      ['support_contact.read', 'Erik Fältassistent'],
      ['support_contact.create', 'Fatima Fältassistent'],
    ]);
    expect(trail.events[0].actorRoles).toBe('field_worker');
    // Looking at the trail is itself in the trail, for the next reader.
    const rows = await auditRows(t, contact.id);
    expect(rows.at(-1)).toMatchObject({
      action: 'support_contact.audit_read',
      actor_user_id: t.ids.user('chef@demo.faltlogg.se'),
      actor_roles: 'unit_manager',
    });
    const again = await (await chef.get(`${url}/${contact.id}/audit`)).json();
    expect(again.events[0]).toMatchObject({
      action: 'support_contact.audit_read',
      actor: { displayName: 'Cecilia Fältchef' },
    });
  });

  it('filters open and closed contacts', async () => {
    const contact = await openContact(fatima, t.ids.unit.centre, { name: 'Alex' });
    await fatima.post(`${url}/${contact.id}/close`, { reason: 'goal_reached' });
    const names = async (status: string) =>
      ((await (await fatima.get(`${url}?status=${status}`)).json()).contacts as { name: string }[]).map(
        (c) => c.name,
      );
    expect(await names('open')).not.toContain('Alex');
    expect(await names('closed')).toContain('Alex');
    expect(await names('all')).toContain('Alex');
  });
});

describe('changing a contact', () => {
  it('updates the plan with the version it was edited from, and refuses a stale one', async () => {
    const contact = await openContact(fatima, t.ids.unit.centre);
    const updated = await erik.patch(`${url}/${contact.id}`, {
      version: 1,
      plan: 'Ny plan: träffas på skolan.',
    });
    expect(updated.status).toBe(200);
    expect(await updated.json()).toMatchObject({
      version: 2,
      plan: 'Ny plan: träffas på skolan.',
      name: 'Kim',
    });
    const stale = await fatima.patch(`${url}/${contact.id}`, { version: 1, plan: 'Min plan' });
    expect(stale.status).toBe(409);
    const body = await stale.json();
    expect(body.error.code).toBe('version_conflict');
    expect(body).not.toHaveProperty('current');
    const personal = await fatima.patch(`${url}/${contact.id}`, {
      version: 2,
      plan: '19900101-1234? nej: 070 123 45 67',
    });
    expect((await issueCodes(personal)).issues).toEqual(['plan:personal_data']);
    const audit = await auditRows(t, contact.id);
    expect(audit.at(-1)).toMatchObject({ action: 'support_contact.update', details: { fields: ['plan'] } });
  });

  it('keeps the consent rule when the birth year changes', async () => {
    const contact = await openContact(fatima, t.ids.unit.centre);
    const response = await fatima.patch(`${url}/${contact.id}`, { version: 1, birthYear: 2013 });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('guardian_consent_required');
  });
});

describe('the contact log', () => {
  it('logs a contact on one of the unit’s shifts, and moves the last contact forward', async () => {
    const contact = await openContact(fatima, t.ids.unit.centre);
    const shiftId = uuidv7();
    await fatima.put(
      `/api/units/${t.ids.unit.centre}/shifts/${shiftId}`,
      saveBody(await makeShiftInput(t), null),
    );
    const response = await fatima.post(`${url}/${contact.id}/log`, {
      contactOn: '2026-03-28',
      note: 'Pratade om skolan.',
      kind: 'preventive',
      shiftId,
    });
    expect(response.status).toBe(200);
    const logged = await response.json();
    expect(logged.lastContactOn).toBe('2026-03-28');
    expect(logged.log).toEqual([
      expect.objectContaining({
        contactOn: '2026-03-28',
        kind: 'preventive',
        note: 'Pratade om skolan.',
        shift: expect.objectContaining({ id: shiftId }),
        createdBy: expect.objectContaining({ displayName: 'Fatima Fältassistent' }),
      }),
    ]);
    // An older entry never moves the last contact back.
    await fatima.post(`${url}/${contact.id}/log`, {
      contactOn: '2026-03-21',
      note: null,
      kind: 'preventive',
      shiftId: null,
    });
    expect((await (await fatima.get(`${url}/${contact.id}`)).json()).lastContactOn).toBe('2026-03-28');
  });

  it('refuses authority tasks: a support contact holds relationship work only', async () => {
    const contact = await openContact(fatima, t.ids.unit.centre);
    const response = await fatima.post(`${url}/${contact.id}/log`, {
      contactOn: '2026-03-28',
      note: 'Utredningssamtal',
      kind: 'authority',
      shiftId: null,
    });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('authority_task_refused');
    const rows = await t.db
      .selectFrom('support_contact_log')
      .select('id')
      .where('support_contact_id', '=', contact.id)
      .execute();
    expect(rows).toEqual([]);
  });

  it('refuses a future day, a day before the consent, another unit’s shift and personal data', async () => {
    const contact = await openContact(fatima, t.ids.unit.centre);
    const sara = await t.signedIn('falt.soder@demo.faltlogg.se');
    const southShift = uuidv7();
    const { area } = await demoReferences(t);
    await sara.put(
      `/api/units/${t.ids.unit.south}/shifts/${southShift}`,
      saveBody(
        await makeShiftInput(t, {
          staffIds: [t.ids.user('falt.soder@demo.faltlogg.se')],
          areaIds: [area('Söderby centrum')],
        }),
        null,
      ),
    );
    const entry = { contactOn: '2026-03-28', note: null, kind: 'preventive', shiftId: null };
    const cases: [Record<string, unknown>, string][] = [
      [{ contactOn: '2026-04-02' }, 'contactOn:contact_in_future'],
      [{ contactOn: '2026-03-19' }, 'contactOn:contact_before_consent'],
      [{ shiftId: southShift }, 'shiftId:unknown_shift'],
      [{ shiftId: uuidv7() }, 'shiftId:unknown_shift'],
      [{ note: 'Hennes nummer 0701234567' }, 'note:personal_data'],
    ];
    for (const [override, issue] of cases) {
      const response = await fatima.post(`${url}/${contact.id}/log`, { ...entry, ...override });
      expect(response.status, issue).toBe(400);
      expect((await issueCodes(response)).issues).toEqual([issue]);
    }
  });
});

describe('consent withdrawn and closing', () => {
  it('closes the contact when consent is withdrawn; nothing more can be logged', async () => {
    const contact = await openContact(fatima, t.ids.unit.centre);
    const response = await erik.post(`${url}/${contact.id}/withdraw-consent`, { withdrawnBy: 'guardian' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'closed',
      closeReason: 'consent_withdrawn',
      consent: { withdrawnBy: 'guardian', withdrawnAt: '2026-04-01T10:00:00.000Z' },
      events: [{ kind: 'opened' }, { kind: 'closed', closeReason: 'consent_withdrawn' }],
    });
    const log = await fatima.post(`${url}/${contact.id}/log`, {
      contactOn: '2026-03-28',
      note: null,
      kind: 'preventive',
      shiftId: null,
    });
    expect(log.status).toBe(409);
    expect(await errorCode(log)).toBe('support_contact_closed');
    expect(await errorCode(await fatima.post(`${url}/${contact.id}/close`, { reason: 'other' }))).toBe(
      'support_contact_closed',
    );
  });

  it('closes with a reason; withdrawn consent is not a reason one picks', async () => {
    const contact = await openContact(fatima, t.ids.unit.centre);
    expect((await fatima.post(`${url}/${contact.id}/close`, { reason: 'consent_withdrawn' })).status).toBe(
      400,
    );
    const closed = await (await fatima.post(`${url}/${contact.id}/close`, { reason: 'moved' })).json();
    expect(closed).toMatchObject({ status: 'closed', closeReason: 'moved', version: 2 });
  });

  it('never writes names, plans or reasons into the audit trail', async () => {
    const contact = await openContact(fatima, t.ids.unit.centre, {
      name: 'Hemligt Namn',
      plan: 'Hemlig plan',
    });
    await fatima.patch(`${url}/${contact.id}`, { version: 1, name: 'Annat Namn', plan: 'Annan plan' });
    await fatima.post(`${url}/${contact.id}/log`, {
      contactOn: '2026-03-28',
      note: 'Hemlig anteckning',
      kind: 'preventive',
      shiftId: null,
    });
    await fatima.post(`${url}/${contact.id}/close`, { reason: 'goal_reached' });
    const text = JSON.stringify(await auditRows(t, contact.id));
    for (const secret of ['Hemlig', 'Namn', 'plan ', 'anteckning', 'goal_reached', 'Stödsamtal'])
      expect(text).not.toContain(secret);
  });
});

const unit = (id: string) => ({ kind: 'unit' as const, id });

describe('anonymous counts for statistics', () => {
  it('counts open contacts by gender and those opened and closed in a period, without identity', async () => {
    const other = await openContact(erik, t.ids.unit.centre, { gender: 'boy' });
    await erik.post(`${url}/${other.id}/close`, { reason: 'referred' });
    const counts = await supportContactCounts(t.db, t.ids.municipalityId, unit(t.ids.unit.centre), {
      from: '2026-04-01',
      to: '2026-04-01',
    });
    const rows = await t.db
      .selectFrom('support_contacts')
      .select(['id', 'gender', 'closed_at', 'cell_key'])
      .where('unit_id', '=', t.ids.unit.centre)
      .execute();
    // Each contact is one record, keyed by its id: a group's key is the sum of its contacts' keys.
    const secret = await recordKeySecret(t.db, t.ids.municipalityId);
    for (const row of rows) expect(row.cell_key).toBe(keySupportContact(secret, row.id));
    const byGender = (keep: (row: (typeof rows)[number]) => boolean) => {
      const of = (gender: string) => {
        const mine = rows.filter((row) => keep(row) && row.gender === gender);
        return { count: mine.length, key: addKeys(...mine.map((row) => row.cell_key)) };
      };
      return { girl: of('girl'), boy: of('boy'), other: of('other') };
    };
    expect(counts).toEqual({
      open: byGender((row) => row.closed_at === null),
      opened: byGender(() => true),
      closed: byGender((row) => row.closed_at !== null),
    });
    const zero = { count: 0, key: 0 };
    const none = { girl: zero, boy: zero, other: zero };
    expect(
      await supportContactCounts(t.db, t.ids.municipalityId, unit(t.ids.unit.south), {
        from: '2026-01-01',
        to: '2026-12-31',
      }),
    ).toEqual({ open: none, opened: none, closed: none });
    expect(
      (
        await supportContactCounts(t.db, t.ids.municipalityId, unit(t.ids.unit.centre), {
          from: '2026-03-01',
          to: '2026-03-31',
        })
      ).opened,
    ).toEqual(none);
  });
});
