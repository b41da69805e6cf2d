import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeShiftInput, saveBody } from '../../../test/support/shift-factory';
import { createTestApp, errorCode, type TestApp } from '../../../test/support/test-app';
import { uuidv7 } from '../../shared/uuidv7';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const girlsGoal = {
  id: uuidv7(),
  text: 'Fler flickor nås av fältarbetet',
  targets: [{ measure: 'girlsShareOfContacts', comparison: 'atLeast', value: 40 }],
};
const relationshipGoal = {
  id: uuidv7(),
  text: 'Relationsskapande arbete är huvuduppgiften',
  targets: [
    { measure: 'staffTimeShare', timeUse: 'outreach', comparison: 'atLeast', value: 60 },
    { measure: 'eveningPresence', weekdays: [5, 6], comparison: 'atLeast', value: 80 },
  ],
};
const planPath = (year: number) => `/api/units/${t.ids.unit.centre}/plans/${year}`;

describe('the year’s plan', () => {
  it('is drafted by the manager, approved by the administration, and versioned after that', async () => {
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    const first = await chef.put(planPath(2026), { goals: [girlsGoal] });
    expect(first.status, JSON.stringify(await first.clone().json())).toBe(200);
    const edited = await (await chef.put(planPath(2026), { goals: [girlsGoal, relationshipGoal] })).json();
    expect(edited.versions).toMatchObject([{ version: 1, status: 'draft', draftedBy: 'Cecilia Fältchef' }]);
    expect(edited.versions[0].goals).toHaveLength(2);

    expect((await chef.post(`${planPath(2026)}/submit`, {})).status).toBe(200);
    expect(await errorCode(await chef.put(planPath(2026), { goals: [girlsGoal] }))).toBe(
      'plan_awaiting_decision',
    );
    expect((await chef.post(`${planPath(2026)}/approve`, {})).status).toBe(403);

    const admin = await t.signedIn('admin@demo.faltlogg.se');
    const approved = await (await admin.post(`${planPath(2026)}/approve`, {})).json();
    expect(approved).toMatchObject({
      inForce: 1,
      versions: [{ status: 'approved', decidedBy: expect.any(String) }],
    });

    // Changing an approved plan leaves version 1 as approved and drafts version 2.
    const next = await (await chef.put(planPath(2026), { goals: [relationshipGoal] })).json();
    expect(next.inForce).toBe(1);
    expect(next.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [2, 'draft'],
      [1, 'approved'],
    ]);
    const events = JSON.stringify(await (await admin.get('/api/audit/events?entityType=plan')).json());
    for (const action of ['plan.draft', 'plan.submit', 'plan.approve']) expect(events).toContain(action);
  });

  it('is returned only with a comment, and the returned version can be edited again', async () => {
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    await chef.put(planPath(2027), { goals: [girlsGoal] });
    await chef.post(`${planPath(2027)}/submit`, {});
    const admin = await t.signedIn('admin@demo.faltlogg.se');
    expect(await errorCode(await admin.post(`${planPath(2027)}/return`, {}))).toBe('comment_required');
    const returned = await (
      await admin.post(`${planPath(2027)}/return`, { comment: 'Lägg till ett mål om skolor' })
    ).json();
    expect(returned.versions[0]).toMatchObject({
      status: 'returned',
      decisionComment: 'Lägg till ett mål om skolor',
    });
    const redrafted = await (await chef.put(planPath(2027), { goals: [girlsGoal, relationshipGoal] })).json();
    expect(redrafted.versions).toMatchObject([{ version: 1, status: 'draft' }]);
  });

  it('follows up each target: exactly for the unit, through the disclosure service above it', async () => {
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    // A Friday evening with 8 girls and 6 boys.
    const shift = await makeShiftInput(t);
    const saved = await chef.put(`/api/units/${t.ids.unit.centre}/shifts/${uuidv7()}`, saveBody(shift, null));
    expect(saved.status).toBe(201);
    const own = await (await chef.get(`${planPath(2026)}/follow-up`)).json();
    expect(own).toMatchObject({
      version: 1,
      approved: true,
      protection: 'exact',
      from: '2026-01-01',
      to: '2026-04-01',
    });
    const [girls] = own.goals[0].targets;
    expect(girls.actual).toBeGreaterThan(0);
    expect(girls.byGender.girl).toBeGreaterThanOrEqual(8);
    expect(['onTrack', 'behind']).toContain(girls.status);
    const relationship = own.goals[1].targets;
    expect(relationship[0]).toMatchObject({ measure: 'staffTimeShare', status: expect.any(String) });
    expect(relationship[1].actual).toBeGreaterThan(0);

    const analyst = await t.signedIn('analytiker@demo.faltlogg.se');
    const above = await (await analyst.get(`${planPath(2026)}/follow-up`)).json();
    expect(above.protection).toBe('cellKey');
    expect(above.goals).toHaveLength(2);
  });

  it('is read by the unit’s field workers and analysts, written only by the unit’s manager', async () => {
    const erik = await t.signedIn('falt2@demo.faltlogg.se');
    expect((await erik.get(planPath(2026))).status).toBe(200);
    expect((await erik.put(planPath(2026), { goals: [] })).status).toBe(403);
    const sara = await t.signedIn('falt.soder@demo.faltlogg.se');
    expect((await sara.get(planPath(2026))).status).toBe(404);
    const reception = await t.signedIn('mottagning@demo.faltlogg.se');
    expect((await reception.get(planPath(2026))).status).toBe(403);
    const admin = await t.signedIn('admin@demo.faltlogg.se');
    const overview = await (await admin.get('/api/plans?year=2026')).json();
    expect(overview.find((p: { unitId: string }) => p.unitId === t.ids.unit.centre)).toMatchObject({
      status: 'draft',
      version: 2,
      inForce: 1,
    });
  });

  it('refuses targets without what they need, shares over 100 and personal data, naming the field', async () => {
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    const missing = await chef.put(planPath(2028), {
      goals: [{ ...girlsGoal, targets: [{ measure: 'staffTimeShare', comparison: 'atLeast', value: 60 }] }],
    });
    expect((await missing.json()).error).toMatchObject({
      code: 'target_parameter_required',
      issues: [{ path: 'goals.0.targets.0.timeUse' }],
    });
    expect(
      await errorCode(
        await chef.put(planPath(2028), {
          goals: [
            {
              ...girlsGoal,
              targets: [{ measure: 'girlsShareOfContacts', comparison: 'atLeast', value: 140 }],
            },
          ],
        }),
      ),
    ).toBe('share_over_100');
    const personal = await chef.put(planPath(2028), {
      goals: [{ ...girlsGoal, text: 'Ring Kim på 070-123 45 67 varje vecka' }],
    });
    expect((await personal.json()).error.issues).toMatchObject([
      { path: 'goals.0.text', code: 'personal_data' },
    ]);
  });

  it('is read-only once its year is closed, and a year closes only when it is over', async () => {
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    await chef.put(planPath(2025), { goals: [girlsGoal] });
    const admin = await t.signedIn('admin@demo.faltlogg.se');
    expect(await errorCode(await admin.post(`${planPath(2026)}/close`, {}))).toBe('plan_year_not_over');
    const closed = await (await admin.post(`${planPath(2025)}/close`, {})).json();
    expect(closed.closed).toBe(true);
    expect(await errorCode(await chef.put(planPath(2025), { goals: [relationshipGoal] }))).toBe(
      'plan_year_closed',
    );
    expect(await errorCode(await chef.post(`${planPath(2025)}/submit`, {}))).toBe('plan_year_closed');
  });
});
