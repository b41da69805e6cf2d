import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type TestApp, type TestClient } from '../../../test/support/test-app';
import { contactsUrl, openContact } from './support.fixtures';
import type { SupportContactDto } from './support.schema';

const DAY = 86_400_000;

let t: TestApp;
let fatima: TestClient;
let erik: TestClient;
let chef: TestClient;
let admin: TestClient;
let url: string;
let fatimaId: string;
let erikId: string;
let first: SupportContactDto;
let second: SupportContactDto;
beforeAll(async () => {
  t = await createTestApp();
  fatima = await t.signedIn('falt@demo.faltlogg.se');
  erik = await t.signedIn('falt2@demo.faltlogg.se');
  chef = await t.signedIn('chef@demo.faltlogg.se');
  admin = await t.signedIn('admin@demo.faltlogg.se');
  url = contactsUrl(t.ids.unit.centre);
  fatimaId = t.ids.user('falt@demo.faltlogg.se');
  erikId = t.ids.user('falt2@demo.faltlogg.se');
  first = await openContact(fatima, t.ids.unit.centre, { name: 'Kim' });
  second = await openContact(fatima, t.ids.unit.centre, { name: 'Robin', gender: 'boy' });
});
afterAll(() => t.close());

const handOver = (client: TestClient, contactId: string, toUserId: string) =>
  client.post(`${url}/${contactId}/handover`, { toUserId });

describe('leaving the unit with open support contacts', () => {
  it('refuses to deactivate Fatima while she is responsible for open contacts: 409, counts per unit, no names', async () => {
    const response = await admin.post(`/api/users/${fatimaId}/deactivate`);
    expect(response.status).toBe(409);
    const text = await response.text();
    expect(JSON.parse(text).error).toMatchObject({
      code: 'open_support_contacts',
      issues: [
        {
          path: `units.${t.ids.unit.centre}`,
          code: 'open_support_contacts',
          message: '2 open support contacts',
        },
      ],
    });
    expect(text).not.toMatch(/Kim|Robin/);
    const user = await t.db
      .selectFrom('users')
      .select('active')
      .where('id', '=', fatimaId)
      .executeTakeFirstOrThrow();
    expect(user.active).toBe(true);
  });

  it('lets only the responsible person or the unit manager hand a contact over, to a colleague in the unit', async () => {
    const byColleague = await handOver(erik, first.id, erikId);
    expect(byColleague.status).toBe(403);
    expect(await errorCode(byColleague)).toBe('handover_not_allowed');
    for (const target of [
      t.ids.user('falt.soder@demo.faltlogg.se'),
      t.ids.user('admin@demo.faltlogg.se'),
      fatimaId,
    ]) {
      const response = await handOver(fatima, first.id, target);
      expect(response.status).toBe(400);
      expect(await errorCode(response)).toBe('handover_target_invalid');
    }
  });

  it('hands over (by the worker herself, and by the manager), with the history and audit to show it', async () => {
    const own = await handOver(fatima, first.id, erikId);
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({
      responsible: { id: erikId, displayName: 'Erik Fältassistent' },
      version: 2,
      events: [
        { kind: 'opened' },
        {
          kind: 'handed_over',
          actor: { displayName: 'Fatima Fältassistent' },
          from: { displayName: 'Fatima Fältassistent' },
          to: { displayName: 'Erik Fältassistent' },
        },
      ],
    });
    const byManager = await handOver(chef, second.id, erikId);
    expect(byManager.status).toBe(200);
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['details', 'actor_roles'])
      .where('entity_id', '=', second.id)
      .where('action', '=', 'support_contact.handover')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      actor_roles: 'unit_manager',
      details: { fromUserId: fatimaId, toUserId: erikId },
    });
  });

  it('then deactivates her', async () => {
    const response = await admin.post(`/api/users/${fatimaId}/deactivate`);
    expect(response.status).toBe(200);
    expect((await response.json()).active).toBe(false);
  });

  it('flags contacts whose responsible person no longer works in the unit', async () => {
    const setRoles = await admin.put(`/api/users/${erikId}/roles`, {
      roles: [{ role: 'field_worker', unitId: t.ids.unit.south }],
    });
    expect(setRoles.status).toBe(200);
    const list = (await (await chef.get(url)).json()).contacts as SupportContactDto[];
    expect(list.map((c) => [c.name, c.responsibleInUnit]).sort()).toEqual([
      ['Kim', false],
      ['Robin', false],
    ]);
    // Erik is no colleague in Centrum any more: the manager takes them over himself.
    const chefId = t.ids.user('chef@demo.faltlogg.se');
    expect((await handOver(chef, first.id, chefId)).status).toBe(200);
    expect((await handOver(chef, second.id, chefId)).status).toBe(200);
    await admin.put(`/api/users/${erikId}/roles`, {
      roles: [{ role: 'field_worker', unitId: t.ids.unit.centre }],
    });
  });
});

describe('the continuity report', () => {
  it('counts opened, handed over, closed by reason and lost, for a period', async () => {
    const left = await openContact(chef, t.ids.unit.centre, { name: 'Alex' });
    await chef.post(`${url}/${left.id}/close`, { reason: 'worker_left' });
    const recent = await openContact(chef, t.ids.unit.centre, { name: 'Sam' });
    const april = await (await chef.get(`${url}/continuity?from=2026-04-01&to=2026-04-30`)).json();
    expect(april).toMatchObject({
      period: { from: '2026-04-01', to: '2026-04-30' },
      lostAfterDays: 90,
      openAtStart: 0,
      opened: 4,
      openAtEnd: 3,
      handedOver: 4,
      closed: { total: 1, byReason: { worker_left: 1, goal_reached: 0 } },
      lost: { workerLeft: 1, noContact: 0, total: 1 },
    });

    // A hundred days on: Kim and Robin have had no contact since the consent in March; Sam has.
    t.clock.advance(100 * DAY);
    chef = await t.signedIn('chef@demo.faltlogg.se');
    const logged = await chef.post(`${url}/${recent.id}/log`, {
      contactOn: '2026-07-05',
      note: null,
      kind: 'preventive',
      shiftId: null,
    });
    expect(logged.status).toBe(200);
    const july = await (await chef.get(`${url}/continuity?from=2026-07-01&to=2026-07-31`)).json();
    expect(july).toMatchObject({
      openAtStart: 3,
      opened: 0,
      openAtEnd: 3,
      handedOver: 0,
      closed: { total: 0 },
      lost: { workerLeft: 0, noContact: 2, total: 2 },
    });
    // The same period seen back in April had nothing lost yet.
    expect(
      (await (await chef.get(`${url}/continuity?from=2026-04-01&to=2026-04-30`)).json()).lost.noContact,
    ).toBe(0);
  });

  it('refuses a period that ends before it starts', async () => {
    const response = await chef.get(`${url}/continuity?from=2026-05-01&to=2026-04-01`);
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('invalid_period');
  });
});
