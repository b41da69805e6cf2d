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

  it('are published to an analyst by the cell-key method: near the truth, never 1, the same each time', async () => {
    const analyst = await t.signedIn('analytiker@demo.faltlogg.se');
    const url = `/api/units/${t.ids.unit.centre}/statistics/indicators?${april}`;
    const body: Indicators = await (await analyst.get(url)).json();
    const cells = (supportTable(body)?.cells ?? []).flat() as number[];
    const truth = [5, 1, 0, 6, 5, 1, 0, 6, 0, 0, 0, 0];
    cells.forEach((value, i) => {
      expect(Math.abs(value - (truth[i] as number))).toBeLessThanOrEqual(4);
      expect(value).not.toBe(1);
      if (truth[i] === 0) expect(value).toBe(0);
    });
    // Opened and open are the same six contacts in April: the same records, so the same figures.
    expect(cells.slice(0, 4)).toEqual(cells.slice(4, 8));
    expect(supportTable(await (await analyst.get(url)).json())?.cells).toEqual(supportTable(body)?.cells);
  });
});
