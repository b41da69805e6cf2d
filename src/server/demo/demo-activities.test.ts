import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { seedDemoActivities } from './demo-activities';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoActivities(t.db, t.ids.municipalityId, new Date('2026-12-01T12:00:00Z'));
});
afterAll(() => t.close());

type Month = { month: string; staffHours: number; percent: Record<string, number> };

describe('the demo year of work outside shifts', () => {
  it('shows the Luleå question: authority tasks and summer assignments elsewhere are not zero', async () => {
    const analyst = await t.signedIn('analytiker@demo.faltlogg.se');
    const response = await analyst.get('/api/statistics/staff-time?from=2025-12-01&to=2026-11-30');
    const { places } = (await response.json()) as {
      places: { kind: string; months: Month[]; total: Month }[];
    };
    const city = places.find((p) => p.kind === 'municipality');
    expect(city?.total.percent.authority).toBeGreaterThan(0);
    const july = city?.months.find((m) => m.month === '2026-07');
    const march = city?.months.find((m) => m.month === '2026-03');
    expect(july?.percent.other_municipal).toBeGreaterThan(march?.percent.other_municipal ?? 0);
    for (const month of city?.months ?? []) {
      const sum = Object.values(month.percent).reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - 100), month.month).toBeLessThan(0.4);
    }
  });

  it('lets field workers log authority tasks in Demo stad, and names each unit’s assignments', async () => {
    const fatima = await t.signedIn('falt@demo.faltlogg.se');
    const setting = await (await fatima.get('/api/privacy/role-separation')).json();
    expect(setting.fieldWorkersDoAuthorityTasks).toBe(true);
    const { assignments } = await (await fatima.get(`/api/units/${t.ids.unit.centre}/assignments`)).json();
    expect(assignments.map((a: { name: string }) => a.name).sort()).toEqual([
      'Socialjouren – första linjen',
      'Sommarutredningar',
    ]);
  });
});
