import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACTORY_PASSWORD, makeMunicipality, makeUser } from '../../../test/support/factories';
import { demoReferences, makeShiftInput, saveBody } from '../../../test/support/shift-factory';
import { createTestApp, errorCode, type TestApp, type TestClient } from '../../../test/support/test-app';
import { uuidv7 } from '../../shared/uuidv7';
import { makeReportInput } from '../concerns/concern.factory';

let t: TestApp;
let fatima: TestClient;
let chef: TestClient;
let shiftsUrl: string;
beforeAll(async () => {
  t = await createTestApp();
  fatima = await t.signedIn('falt@demo.faltlogg.se');
  chef = await t.signedIn('chef@demo.faltlogg.se');
  shiftsUrl = `/api/units/${t.ids.unit.centre}/shifts`;
});
afterAll(() => t.close());

describe('logging a shift', () => {
  it('creates a shift with everything on it, and reads it back the same', async () => {
    const id = uuidv7();
    const input = await makeShiftInput(t);
    const response = await fatima.put(`${shiftsUrl}/${id}`, saveBody(input, null));
    expect(response.status).toBe(201);
    const created = await response.json();
    expect(created).toMatchObject({
      id,
      unitId: t.ids.unit.centre,
      version: 1,
      status: 'done',
      createdBy: { displayName: 'Fatima Fältassistent' },
    });
    expect(created.encounters.reduce((sum: number, e: { count: number }) => sum + e.count, 0)).toBe(14);
    const read = await (await fatima.get(`${shiftsUrl}/${id}`)).json();
    expect(read).toEqual(created);
    expect(read.startsAt).toBe('2026-03-06T18:00:00.000Z');
  });

  it('applies a retried save once (same mutationId), even with a lost response', async () => {
    const id = uuidv7();
    const body = saveBody(await makeShiftInput(t), null);
    expect((await fatima.put(`${shiftsUrl}/${id}`, body)).status).toBe(201);
    const retry = await fatima.put(`${shiftsUrl}/${id}`, body);
    expect(retry.status).toBe(200);
    expect((await retry.json()).version).toBe(1);
    const update = saveBody(await makeShiftInput(t, { notes: 'Tillägg' }), 1);
    expect((await (await fatima.put(`${shiftsUrl}/${id}`, update)).json()).version).toBe(2);
    expect((await (await fatima.put(`${shiftsUrl}/${id}`, update)).json()).version).toBe(2);
    const revisions = await (await fatima.get(`${shiftsUrl}/${id}/revisions`)).json();
    expect(revisions.revisions.map((r: { version: number }) => r.version)).toEqual([2, 1]);
  });

  it('recognises a retry even after a colleague has saved since', async () => {
    const id = uuidv7();
    const input = await makeShiftInput(t);
    await fatima.put(`${shiftsUrl}/${id}`, saveBody(input, null));
    const mine = saveBody({ ...input, notes: 'Min ändring' }, 1);
    expect((await fatima.put(`${shiftsUrl}/${id}`, mine)).status).toBe(200);
    const erik = await t.signedIn('falt2@demo.faltlogg.se');
    expect(
      (await erik.put(`${shiftsUrl}/${id}`, saveBody({ ...input, notes: 'Eriks ändring' }, 2))).status,
    ).toBe(200);
    const retry = await fatima.put(`${shiftsUrl}/${id}`, mine);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toMatchObject({ version: 3, notes: 'Eriks ändring' });
  });

  it('refuses a stale edit with 409 and the current version, never overwriting', async () => {
    const id = uuidv7();
    const input = await makeShiftInput(t);
    await fatima.put(`${shiftsUrl}/${id}`, saveBody(input, null));
    const erik = await t.signedIn('falt2@demo.faltlogg.se');
    expect(
      (await erik.put(`${shiftsUrl}/${id}`, saveBody({ ...input, notes: 'Eriks version' }, 1))).status,
    ).toBe(200);
    const stale = await fatima.put(`${shiftsUrl}/${id}`, saveBody({ ...input, notes: 'Fatimas version' }, 1));
    expect(stale.status).toBe(409);
    const body = await stale.json();
    expect(body.error.code).toBe('version_conflict');
    expect(body.current).toMatchObject({ version: 2, notes: 'Eriks version' });
    expect((await (await fatima.get(`${shiftsUrl}/${id}`)).json()).notes).toBe('Eriks version');
  });

  it('lets exactly one of two simultaneous edits of the same version win', async () => {
    const id = uuidv7();
    const input = await makeShiftInput(t);
    await fatima.put(`${shiftsUrl}/${id}`, saveBody(input, null));
    const responses = await Promise.all(
      ['A', 'B', 'C'].map((note) => fatima.put(`${shiftsUrl}/${id}`, saveBody({ ...input, notes: note }, 1))),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect((await (await fatima.get(`${shiftsUrl}/${id}`)).json()).version).toBe(2);
  });

  it('answers 404 for an update of a shift that does not exist', async () => {
    const response = await fatima.put(`${shiftsUrl}/${uuidv7()}`, saveBody(await makeShiftInput(t), 3));
    expect(response.status).toBe(404);
  });

  it('refuses personal data in any free text, saying where', async () => {
    const base = await makeShiftInput(t);
    const cases = [
      { shift: { ...base, notes: 'Pratade med 0701234567 om jobb' }, path: 'shift.notes' },
      { shift: { ...base, title: 'Möte 19900101-0017' }, path: 'shift.title' },
      {
        shift: {
          ...base,
          observations: [
            { ...(base.observations[0] as (typeof base.observations)[number]), note: 'mejla x@y.se' },
          ],
        },
        path: 'shift.observations.0.note',
      },
    ];
    for (const { shift, path } of cases) {
      const response = await fatima.put(`${shiftsUrl}/${uuidv7()}`, saveBody(shift, null));
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error.issues).toContainEqual(expect.objectContaining({ path, code: 'personal_data' }));
      expect(JSON.stringify(body)).not.toContain('0701234567');
    }
  });

  it('refuses impossible times, unknown or mismatched categories, outside staff and service-less guidance', async () => {
    const base = await makeShiftInput(t);
    const { category } = await demoReferences(t);
    const cases: [Partial<typeof base>, string][] = [
      [{ endsAt: '2026-03-06T18:00:00+01:00' }, 'ends_before_start'],
      [{ endsAt: '2026-03-08T01:00:00+01:00' }, 'too_long'],
      [{ arenaIds: [category('topic', 'school')] }, 'unknown_category'],
      [{ arenaIds: [uuidv7()] }, 'unknown_category'],
      [{ staffIds: [t.ids.user('falt.soder@demo.faltlogg.se')] }, 'not_unit_staff'],
      [
        { actions: [{ ...(base.actions[0] as (typeof base.actions)[number]), serviceId: null }] },
        'service_required',
      ],
    ];
    for (const [override, code] of cases) {
      const response = await fatima.put(`${shiftsUrl}/${uuidv7()}`, saveBody({ ...base, ...override }, null));
      expect(response.status, code).toBe(400);
      expect((await response.json()).error.issues.map((i: { code: string }) => i.code)).toContain(code);
    }
  });

  it('points error paths into the body as sent, not a reordered copy', async () => {
    const base = await makeShiftInput(t);
    const first = base.observations[0] as (typeof base.observations)[number];
    const observations = [
      { ...first, id: 'ffffffff-ffff-7fff-bfff-ffffffffffff', note: null },
      { ...first, id: '00000000-0000-7000-8000-000000000000', note: 'ring 0701234567' },
    ];
    const response = await fatima.put(`${shiftsUrl}/${uuidv7()}`, saveBody({ ...base, observations }, null));
    expect((await response.json()).error.issues[0].path).toBe('shift.observations.1.note');
  });

  it('refuses a start outside 2000 to two years ahead (a mistyped year), and says where', async () => {
    // The test clock stands at 2026-04-01, so the latest plausible start is about 2028-04-01.
    const span = (day: string, status: 'done' | 'planned' = 'done') => ({
      status,
      startsAt: `${day}T18:00:00+01:00`,
      endsAt: `${day}T22:00:00+01:00`,
    });
    for (const shift of [
      span('1906-12-01'),
      span('0002-12-01'),
      span('1999-12-31'),
      span('2028-05-01', 'planned'),
    ]) {
      const response = await fatima.put(
        `${shiftsUrl}/${uuidv7()}`,
        saveBody(await makeShiftInput(t, shift), null),
      );
      expect(response.status, shift.startsAt).toBe(400);
      expect((await response.json()).error.issues).toEqual([
        expect.objectContaining({ path: 'shift.startsAt', code: 'implausible_date' }),
      ]);
    }
    const boundaries = [
      { status: 'done' as const, startsAt: '2000-01-01T00:00:00+01:00', endsAt: '2000-01-01T04:00:00+01:00' },
      span('2028-03-01', 'planned'),
    ];
    for (const shift of boundaries) {
      const response = await fatima.put(
        `${shiftsUrl}/${uuidv7()}`,
        saveBody(await makeShiftInput(t, shift), null),
      );
      expect(response.status, shift.startsAt).toBe(201);
    }
  });

  it('refuses a shift marked done before it has started', async () => {
    const response = await fatima.put(
      `${shiftsUrl}/${uuidv7()}`,
      saveBody(
        await makeShiftInput(t, {
          startsAt: '2027-01-01T18:00:00+01:00',
          endsAt: '2027-01-01T22:00:00+01:00',
        }),
        null,
      ),
    );
    expect((await response.json()).error.issues[0].code).toBe('done_before_start');
  });

  it('merges duplicate tally cells rather than storing them twice', async () => {
    const base = await makeShiftInput(t);
    const cell = base.encounters[0] as (typeof base.encounters)[number];
    const response = await fatima.put(
      `${shiftsUrl}/${uuidv7()}`,
      saveBody({ ...base, encounters: [cell, { ...cell, count: 2 }] }, null),
    );
    expect((await response.json()).encounters).toEqual([{ ...cell, count: cell.count + 2 }]);
  });
});

describe('who reaches which shifts', () => {
  it('keeps a field worker to their own unit', async () => {
    const id = uuidv7();
    await fatima.put(`${shiftsUrl}/${id}`, saveBody(await makeShiftInput(t), null));
    const sara = await t.signedIn('falt.soder@demo.faltlogg.se');
    const southUrl = `/api/units/${t.ids.unit.south}/shifts`;
    expect((await sara.get(`${shiftsUrl}/${id}`)).status).toBe(404);
    expect((await sara.get(`${southUrl}/${id}`)).status).toBe(404);
    expect(
      (await sara.put(`${southUrl}/${id}`, saveBody(await makeShiftInput(t, { staffIds: [] }), 1))).status,
    ).toBe(404);
    expect((await fatima.get(`${southUrl}?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z`)).status).toBe(
      404,
    );
  });

  it('answers a create with another unit’s shift id exactly as a random id, and overwrites nothing', async () => {
    const id = uuidv7();
    const original = await makeShiftInput(t);
    await fatima.put(`${shiftsUrl}/${id}`, saveBody(original, null));
    const sara = await t.signedIn('falt.soder@demo.faltlogg.se');
    const southUrl = `/api/units/${t.ids.unit.south}/shifts`;
    // Names nothing of any unit's or municipality's, so it saves in any unit.
    const southInput = await makeShiftInput(t, {
      staffIds: [],
      areaIds: [],
      arenaIds: [],
      riskFactorIds: [],
      encounters: [],
      topics: [],
      actions: [],
      observations: [],
      notes: 'Södermalms pass',
    });
    // An answer with the id it was asked under taken out: the rest must not tell the two apart.
    const answer = async (response: Response, sentId: string) => {
      const { id: answeredId, ...body } = await response.json();
      expect(answeredId).toBe(sentId);
      return { status: response.status, body };
    };
    const randomId = uuidv7();
    const random = await answer(
      await sara.put(`${southUrl}/${randomId}`, saveBody(southInput, null)),
      randomId,
    );
    expect(random.status).toBe(201);
    const foreign = await answer(await sara.put(`${southUrl}/${id}`, saveBody(southInput, null)), id);
    expect(foreign).toEqual(random);

    // The same for the caller's own shift in another of their units.
    const both = await makeUser(t.db, {
      municipalityId: t.ids.municipalityId,
      email: 'tva.enheter@demo.faltlogg.se',
      roles: [
        { role: 'field_worker', unitId: t.ids.unit.centre },
        { role: 'field_worker', unitId: t.ids.unit.south },
      ],
    });
    const twoUnits = t.client();
    expect((await twoUnits.signIn(both.email, FACTORY_PASSWORD)).status).toBe(200);
    const ownId = uuidv7();
    const ownSouth = uuidv7();
    const own = (unitUrl: string, shiftId: string) =>
      twoUnits.put(`${unitUrl}/${shiftId}`, saveBody({ ...southInput, staffIds: [] }, null));
    expect((await own(shiftsUrl, ownId)).status).toBe(201);
    expect(await answer(await own(southUrl, ownId), ownId)).toEqual(
      await answer(await own(southUrl, ownSouth), ownSouth),
    );

    // Each unit now has its own shift under the id; reads, edits and links reach only their own.
    const south = await (await sara.get(`${southUrl}/${id}`)).json();
    expect(south).toMatchObject({ id, unitId: t.ids.unit.south, version: 1, notes: 'Södermalms pass' });
    const kept = await (await fatima.get(`${shiftsUrl}/${id}`)).json();
    expect(kept).toMatchObject({ id, version: 1, unitId: t.ids.unit.centre, notes: original.notes });
    const edited = await sara.put(`${southUrl}/${id}`, saveBody({ ...southInput, notes: 'Ändrat' }, 1));
    expect(edited.status).toBe(200);
    expect((await (await fatima.get(`${shiftsUrl}/${id}`)).json()).notes).toBe(original.notes);
    const revisions = await (await sara.get(`${southUrl}/${id}/revisions`)).json();
    expect(revisions.revisions.map((r: { version: number }) => r.version)).toEqual([2, 1]);
    const listed = await (
      await sara.get(`${southUrl}?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z`)
    ).json();
    expect(listed.shifts.filter((s: { id: string }) => s.id === id)).toHaveLength(1);
    const report = await sara.post(
      `/api/units/${t.ids.unit.south}/reports-of-concern`,
      makeReportInput({ shiftId: id }),
    );
    expect(report.status).toBe(201);
    expect((await report.json()).shiftId).toBe(id);

    // Ids are unique per unit: another municipality's field worker creates one with this id too.
    const other = await makeMunicipality(t.db);
    const abroad = t.client();
    expect((await abroad.signIn(other.fieldWorker.email, FACTORY_PASSWORD)).status).toBe(200);
    const created = await abroad.put(`/api/units/${other.unitId}/shifts/${id}`, saveBody(southInput, null));
    expect(created.status, await created.clone().text()).toBe(201);
  });

  it('shows no shift to reception, partners, analysts or administrators', async () => {
    const id = uuidv7();
    await fatima.put(`${shiftsUrl}/${id}`, saveBody(await makeShiftInput(t), null));
    for (const email of [
      'mottagning@demo.faltlogg.se',
      'polis@demo.faltlogg.se',
      'analytiker@demo.faltlogg.se',
      'admin@demo.faltlogg.se',
    ]) {
      const client = await t.signedIn(email);
      expect((await client.get(`${shiftsUrl}/${id}`)).status, email).toBe(403);
    }
  });
});

describe('the unit manager', () => {
  it('corrects a field worker’s log, recorded as who, when and what', async () => {
    const id = uuidv7();
    const input = await makeShiftInput(t);
    await fatima.put(`${shiftsUrl}/${id}`, saveBody(input, null));
    t.clock.advance(60_000);
    const fixed = await chef.put(
      `${shiftsUrl}/${id}`,
      saveBody({ ...input, kind: 'risk_night', title: 'Skolavslutning' }, 1),
    );
    expect((await fixed.json()).updatedBy.displayName).toBe('Cecilia Fältchef');
    const { revisions } = await (await chef.get(`${shiftsUrl}/${id}/revisions`)).json();
    expect(revisions[0]).toMatchObject({
      version: 2,
      changedBy: { displayName: 'Cecilia Fältchef' },
      changedByRoles: 'unit_manager',
      changes: [
        { field: 'kind', before: 'outreach', after: 'risk_night' },
        { field: 'title', before: null, after: 'Skolavslutning' },
      ],
    });
    expect(revisions[1]).toMatchObject({ version: 1, changedBy: { displayName: 'Fatima Fältassistent' } });
  });

  it('reviews done logs; a later change asks for review again', async () => {
    const id = uuidv7();
    const input = await makeShiftInput(t);
    await fatima.put(`${shiftsUrl}/${id}`, saveBody(input, null));
    expect((await fatima.post(`${shiftsUrl}/${id}/review`)).status).toBe(403);
    const reviewed = await (await chef.post(`${shiftsUrl}/${id}/review`)).json();
    expect(reviewed.reviewedBy.displayName).toBe('Cecilia Fältchef');
    expect(reviewed.version).toBe(1);
    const changed = await (
      await fatima.put(`${shiftsUrl}/${id}`, saveBody({ ...input, notes: 'Ändrat' }, 1))
    ).json();
    expect(changed.reviewedAt).toBeNull();

    const planned = uuidv7();
    await fatima.put(
      `${shiftsUrl}/${planned}`,
      saveBody({ ...input, status: 'planned', encounters: [] }, null),
    );
    expect(await errorCode(await chef.post(`${shiftsUrl}/${planned}/review`))).toBe('not_done');
  });

  it('lists the unit’s shifts in a window, and what needs a log or a review', async () => {
    const input = await makeShiftInput(t);
    const past = { startsAt: '2026-03-01T18:00:00+01:00', endsAt: '2026-03-01T22:00:00+01:00' };
    const planned = uuidv7();
    const done = uuidv7();
    await fatima.put(
      `${shiftsUrl}/${planned}`,
      saveBody({ ...input, ...past, status: 'planned', encounters: [] }, null),
    );
    await fatima.put(`${shiftsUrl}/${done}`, saveBody({ ...input, ...past }, null));
    const window = 'from=2026-03-01T00:00:00%2B01:00&to=2026-03-02T00:00:00%2B01:00';
    const all = await (await chef.get(`${shiftsUrl}?${window}`)).json();
    expect(all.shifts.map((s: { id: string }) => s.id).sort()).toEqual([planned, done].sort());
    const summary = all.shifts.find((s: { id: string }) => s.id === done);
    expect(summary).toMatchObject({
      contacts: 14,
      observations: 1,
      staff: [{ displayName: 'Fatima Fältassistent' }],
      needsLog: false,
    });
    const needsLog = await (await chef.get(`${shiftsUrl}?${window}&needsLog=true`)).json();
    expect(needsLog.shifts.map((s: { id: string }) => s.id)).toEqual([planned]);
    const needsReview = await (await chef.get(`${shiftsUrl}?${window}&needsReview=true`)).json();
    expect(needsReview.shifts.map((s: { id: string }) => s.id)).toEqual([done]);
  });
});
