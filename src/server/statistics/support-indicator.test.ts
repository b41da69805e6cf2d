import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { openContact } from '../support/support.fixtures';
import type { Indicators } from './indicators.schema';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(); // 1 April 2026
  const fatima = await t.signedIn('falt@demo.faltlogg.se');
  for (const name of ['Kim', 'Robin', 'Sam', 'Alex', 'Mio', 'Noa'])
    await openContact(fatima, t.ids.unit.centre, { name, gender: name === 'Robin' ? 'boy' : 'girl' });
});
afterAll(() => t.close());

const april = 'from=2026-04-01&to=2026-04-30';
const supportTable = (body: Indicators) => body.tables.find((table) => table.id === 'supportContacts');

describe('support contacts in statistics', () => {
  it('are counted by gender without identity, exactly for the unit’s own staff', async () => {
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    const body: Indicators = await (
      await chef.get(`/api/units/${t.ids.unit.centre}/statistics/indicators?${april}`)
    ).json();
    const table = supportTable(body);
    expect(table?.rows.map((row) => row.key)).toEqual(['open', 'opened', 'closed']);
    expect(table?.cells).toEqual([
      [5, 1, 0, 6],
      [5, 1, 0, 6],
      [0, 0, 0, 0],
    ]);
    expect(JSON.stringify(body)).not.toMatch(/Kim|Robin/);
  });

  it('hide small groups from an analyst', async () => {
    const analyst = await t.signedIn('analytiker@demo.faltlogg.se');
    const body: Indicators = await (
      await analyst.get(`/api/units/${t.ids.unit.centre}/statistics/indicators?${april}`)
    ).json();
    const cells = supportTable(body)?.cells ?? [];
    expect(cells.flat().every((v) => typeof v !== 'number' || v >= 5)).toBe(true);
    expect(cells[0]?.[3]).toBe(6);
  });
});
