import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { uuidv7 } from '../../shared/uuidv7';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // Sara leads Fältgruppen Söder too, so there is a manager of another unit to refuse.
  await t.db
    .insertInto('role_assignments')
    .values({
      id: uuidv7(),
      municipality_id: t.ids.municipalityId,
      user_id: t.ids.user('falt.soder@demo.faltlogg.se'),
      role: 'unit_manager',
      unit_id: t.ids.unit.south,
      administration_id: null,
      partner_kind: null,
    })
    .execute();
});
afterAll(() => t.close());

type Night = { id: string; name: string; day: string; coverage: { answered: number; plannedStaff: number } };

const nightNamed = async (name: string): Promise<Night> => {
  const admin = await t.signedIn('admin@demo.faltlogg.se');
  const calendar = await (await admin.get('/api/risk-nights?year=2026')).json();
  const night = calendar.nights.find((n: Night) => n.name === name);
  if (!night) throw new Error(`No risk night ${name}`);
  return night;
};

describe('the risk-night calendar', () => {
  it('lets an administrator add the year’s defaults once, then move and remove a date, audited', async () => {
    const admin = await t.signedIn('admin@demo.faltlogg.se');
    const seeded = await admin.post('/api/risk-nights/defaults', { year: 2026 });
    expect(seeded.status).toBe(200);
    const first = await seeded.json();
    expect(first.added).toBe(6);
    expect(first.nights.map((n: Night) => n.day)).toContain('2026-06-19');
    expect((await (await admin.post('/api/risk-nights/defaults', { year: 2026 })).json()).added).toBe(0);

    const schoolEnd = first.nights.find((n: Night) => n.name === 'Skolavslutning');
    const moved = await admin.put(`/api/risk-nights/${schoolEnd.id}`, {
      day: '2026-06-11',
      name: 'Skolavslutning',
      startsAt: '15:00',
      endsAt: '01:00',
    });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({ day: '2026-06-11', startsAt: '15:00', endsAt: '01:00' });

    const halloween = first.nights.find((n: Night) => n.name === 'Halloween');
    expect((await admin.delete(`/api/risk-nights/${halloween.id}`)).status).toBe(200);
    expect((await admin.delete(`/api/risk-nights/${halloween.id}`)).status).toBe(404);
    const calendar = await (await admin.get('/api/risk-nights?year=2026')).json();
    expect(calendar.nights.map((n: Night) => n.name)).not.toContain('Halloween');
    const events = await (await admin.get('/api/audit/events?action=risk_night.remove')).json();
    expect(JSON.stringify(events)).toContain(halloween.id);
  });

  it('lets a unit manager answer, and answer again, and counts the coverage across units', async () => {
    const walpurgis = await nightNamed('Valborgsmässoafton');
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    const path = `/api/units/${t.ids.unit.centre}/risk-nights/${walpurgis.id}/answer`;
    expect((await chef.put(path, { plannedStaff: 3, comment: 'Stortorget' })).status).toBe(200);
    const again = await chef.put(path, { plannedStaff: 4, comment: 'Stortorget och Resecentrum' });
    expect(await again.json()).toMatchObject({ plannedStaff: 4, comment: 'Stortorget och Resecentrum' });
    const sara = await t.signedIn('falt.soder@demo.faltlogg.se');
    const south = `/api/units/${t.ids.unit.south}/risk-nights/${walpurgis.id}/answer`;
    expect((await sara.put(south, { plannedStaff: 2 })).status).toBe(200);

    const analyst = await t.signedIn('analytiker@demo.faltlogg.se');
    const calendar = await (await analyst.get('/api/risk-nights?year=2026')).json();
    const night = calendar.nights.find((n: Night) => n.id === walpurgis.id);
    expect(night.coverage).toMatchObject({ units: 5, answered: 2, plannedStaff: 6 });
    expect(night.coverage.notAnswered.map((u: { unitName: string }) => u.unitName)).toContain(
      'Fältgruppen Norr',
    );
  });

  it('keeps other units’ managers, field workers and the reception from answering', async () => {
    const midsummer = await nightNamed('Midsommarafton');
    const centre = `/api/units/${t.ids.unit.centre}/risk-nights/${midsummer.id}/answer`;
    const sara = await t.signedIn('falt.soder@demo.faltlogg.se');
    expect((await sara.put(centre, { plannedStaff: 9 })).status).toBe(404);
    const fatima = await t.signedIn('falt@demo.faltlogg.se');
    expect((await fatima.put(centre, { plannedStaff: 9 })).status).toBe(403);
    const unitView = await fatima.get(`/api/units/${t.ids.unit.centre}/risk-nights?year=2026`);
    expect(unitView.status).toBe(200);
    const own = await unitView.json();
    expect(own.nights.find((n: { name: string }) => n.name === 'Valborgsmässoafton').answer).toMatchObject({
      plannedStaff: 4,
    });
    expect((await fatima.get(`/api/units/${t.ids.unit.south}/risk-nights?year=2026`)).status).toBe(404);
    expect((await fatima.post('/api/risk-nights/defaults', { year: 2027 })).status).toBe(403);
    const reception = await t.signedIn('mottagning@demo.faltlogg.se');
    expect((await reception.get('/api/risk-nights?year=2026')).status).toBe(403);
  });

  it('turns an answer into exactly one planned risk-night shift', async () => {
    const walpurgis = await nightNamed('Valborgsmässoafton');
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    const path = `/api/units/${t.ids.unit.centre}/risk-nights/${walpurgis.id}/shift`;
    const first = await chef.post(path);
    expect(first.status, await first.clone().text()).toBe(200);
    const { created, shiftId } = await first.json();
    expect(created).toBe(true);
    const second = await (await chef.post(path)).json();
    expect(second).toEqual({ created: false, shiftId });

    const window = 'from=2026-04-30T00:00:00%2B02:00&to=2026-05-01T00:00:00%2B02:00';
    const list = await (await chef.get(`/api/units/${t.ids.unit.centre}/shifts?${window}`)).json();
    const planned = list.shifts.filter((s: { kind: string }) => s.kind === 'risk_night');
    expect(planned).toHaveLength(1);
    const shift = await (await chef.get(`/api/units/${t.ids.unit.centre}/shifts/${shiftId}`)).json();
    expect(shift).toMatchObject({
      status: 'planned',
      kind: 'risk_night',
      title: 'Valborgsmässoafton',
      startsAt: '2026-04-30T14:00:00.000Z',
      endsAt: '2026-05-01T00:00:00.000Z',
    });
    const calendar = await (await chef.get('/api/risk-nights?year=2026')).json();
    const night = calendar.nights.find((n: Night) => n.id === walpurgis.id);
    expect(night.coverage.answers).toContainEqual(
      expect.objectContaining({ unitName: 'Fältgruppen Centrum', planned: true }),
    );
  });

  it('refuses bad input with stable codes', async () => {
    const admin = await t.signedIn('admin@demo.faltlogg.se');
    const sameTimes = await admin.post('/api/risk-nights', {
      day: '2026-09-04',
      name: 'Skolfest',
      startsAt: '20:00',
      endsAt: '20:00',
    });
    expect(sameTimes.status).toBe(400);
    expect((await sameTimes.json()).error.issues).toMatchObject([{ path: 'endsAt', code: 'empty_span' }]);
    const badTime = await admin.post('/api/risk-nights', {
      day: '2026-09-04',
      name: 'Skolfest',
      startsAt: '25:00',
    });
    expect(badTime.status).toBe(400);
    expect((await badTime.json()).error.code).toBe('validation_failed');
    const added = await admin.post('/api/risk-nights', { day: '2026-09-04', name: 'Skolfest' });
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({ startsAt: '18:00', endsAt: '02:00', administrationId: null });

    const chef = await t.signedIn('chef@demo.faltlogg.se');
    const midsummer = await nightNamed('Midsommarafton');
    const base = `/api/units/${t.ids.unit.centre}/risk-nights/${midsummer.id}`;
    expect((await chef.put(`${base}/answer`, { plannedStaff: -1 })).status).toBe(400);
    const unanswered = await chef.post(`${base}/shift`);
    expect(unanswered.status).toBe(400);
    expect((await unanswered.json()).error.issues).toMatchObject([{ code: 'not_answered' }]);
  });
});
