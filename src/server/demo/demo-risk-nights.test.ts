import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { seedDemoRiskNights } from './demo-risk-nights';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoRiskNights(t.db, t.ids.municipalityId, new Date('2026-12-01T12:00:00Z'));
});
afterAll(() => t.close());

describe('the demo risk nights', () => {
  it('puts out next year’s defaults with three of five units answering the first, leaving a gap', async () => {
    const analyst = await t.signedIn('analytiker@demo.faltlogg.se');
    const { nights } = await (await analyst.get('/api/risk-nights?year=2027')).json();
    expect(nights).toHaveLength(6);
    expect(nights[0]).toMatchObject({ name: 'Valborgsmässoafton', day: '2027-04-30' });
    expect(nights[0].coverage).toMatchObject({ units: 5, answered: 3, plannedStaff: 9 });
    expect(nights[0].coverage.notAnswered).toHaveLength(2);
  });
});
