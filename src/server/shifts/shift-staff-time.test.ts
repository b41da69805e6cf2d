import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeShiftInput, saveBody } from '../../../test/support/shift-factory';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/test-app';
import { uuidv7 } from '../../shared/uuidv7';

let t: TestApp;
let fatima: TestClient;
let fatimaId: string;
let erikId: string;
const shiftPath = (id: string) => `/api/units/${t.ids.unit.centre}/shifts/${id}`;
beforeAll(async () => {
  t = await createTestApp();
  fatima = await t.signedIn('falt@demo.faltlogg.se');
  fatimaId = t.ids.user('falt@demo.faltlogg.se');
  erikId = t.ids.user('falt2@demo.faltlogg.se');
});
afterAll(() => t.close());

/** Six hours out, 19:00–01:00, with two staff. */
const evening = (overrides = {}) => makeShiftInput(t, { staffIds: [fatimaId, erikId], ...overrides });

describe('staff time on a shift', () => {
  it('keeps each person’s own minutes and the time split, and shows both in the revision trail', async () => {
    const id = uuidv7();
    const input = await evening({
      staffMinutes: [{ userId: erikId, minutes: 240 }],
      timeSplit: [{ timeUse: 'administration', minutes: 30 }],
    });
    const created = await (await fatima.put(shiftPath(id), saveBody(input, null))).json();
    expect(created.staffMinutes).toEqual([{ userId: erikId, minutes: 240 }]);
    expect(created.timeSplit).toEqual([{ timeUse: 'administration', minutes: 30 }]);
    const edit = { ...input, timeSplit: [{ timeUse: 'collaboration' as const, minutes: 60 }] };
    const edited = await fatima.put(shiftPath(id), saveBody(edit, 1));
    expect(edited.status).toBe(200);
    const { revisions } = await (await fatima.get(`${shiftPath(id)}/revisions`)).json();
    expect(revisions[0].changes).toEqual([
      {
        field: 'timeSplit',
        before: [{ timeUse: 'administration', minutes: 30 }],
        after: [{ timeUse: 'collaboration', minutes: 60 }],
      },
    ]);
  });

  it('accepts a save from an older phone that sends neither (the whole span, all in the main time use)', async () => {
    const { staffMinutes: _minutes, timeSplit: _split, ...older } = await evening();
    const response = await fatima.put(shiftPath(uuidv7()), saveBody(older as never, null));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ staffMinutes: [], timeSplit: [] });
  });

  it('refuses a split longer than the shift, the main time use split off, and minutes of someone not on it', async () => {
    const input = await evening({
      staffMinutes: [{ userId: t.ids.user('falt.soder@demo.faltlogg.se'), minutes: 60 }],
      timeSplit: [
        { timeUse: 'outreach', minutes: 10 },
        { timeUse: 'administration', minutes: 400 },
      ],
    });
    const response = await fatima.put(shiftPath(uuidv7()), saveBody(input, null));
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(
      error.issues.map((issue: { path: string; code: string }) => `${issue.path} ${issue.code}`),
    ).toEqual([
      'shift.timeSplit.0.timeUse split_is_main_time_use',
      'shift.timeSplit split_exceeds_shift',
      'shift.staffMinutes.0.userId staff_minutes_not_on_shift',
    ]);
  });

  it('refuses authority time split off a shift where field workers do no authority tasks', async () => {
    const input = await evening({ timeSplit: [{ timeUse: 'authority', minutes: 60 }] });
    const response = await fatima.put(shiftPath(uuidv7()), saveBody(input, null));
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe('authority_tasks_not_allowed');
    expect(error.issues).toMatchObject([{ path: 'shift.timeSplit.0.timeUse' }]);
  });
});
