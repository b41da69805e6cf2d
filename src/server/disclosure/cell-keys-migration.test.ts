import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMunicipality } from '../../../test/support/factories';
import { demoReferences, makeShiftInput, saveBody } from '../../../test/support/shift-factory';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { uuidv7 } from '../../shared/uuidv7';
import { backfillCellKeys } from '../db/migrations/0012_cell_keys';
import { openContact } from '../support/support.fixtures';

/** Every stored key, in a stable order, table by table. */
async function storedKeys(t: TestApp) {
  const { rows } = await sql<{ k: string }>`
    select 'e|' || shift_id || gender || age_band_id || depth || '|' || cell_key as k from encounter_tallies
    union all select 't|' || shift_id || topic_id || '|' || cell_key from topic_tallies
    union all select 'a|' || shift_id || kind || coalesce(service_id::text, '') || gender || age_band_id || '|' || cell_key
      from action_tallies
    union all select 'o|' || shift_id || id || '|' || cell_key from observations
    union all select 's|' || id || '|' || cell_key from support_contacts
    union all select 'g|' || shift_id || service_id || gender || age_band_id || '|' || arrived_key || '|'
      || not_arrived_key || '|' || unknown_key from guidance_outcomes
    order by 1`.execute(t.db);
  return rows.map((row) => row.k);
}

describe('migration 0012 (cell keys)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const fatima = await t.signedIn('falt@demo.faltlogg.se');
    const { category } = await demoReferences(t);
    const cell = { serviceId: category('service', 'youth_clinic'), gender: 'girl' as const };
    const shift = await makeShiftInput(t, {
      actions: [{ kind: 'guidance', ...cell, ageBandId: category('age_band', 'age_16_17'), count: 4 }],
    });
    const shiftId = uuidv7();
    const unit = t.ids.unit.centre;
    expect((await fatima.put(`/api/units/${unit}/shifts/${shiftId}`, saveBody(shift, null))).status).toBe(
      201,
    );
    const outcomes = [
      { ...cell, ageBandId: category('age_band', 'age_16_17'), arrived: 2, notArrived: 1, unknown: 1 },
    ];
    const saved = await fatima.put(`/api/units/${unit}/shifts/${shiftId}/guidance-outcomes`, {
      mutationId: uuidv7(),
      outcomes,
    });
    expect(saved.status).toBe(200);
    await openContact(fatima, unit);
  });
  afterAll(() => t.close());

  it('keys existing rows exactly as the app keys new ones, so an upgraded database publishes the same figures', async () => {
    const asTheAppKeyedThem = await storedKeys(t);
    expect(asTheAppKeyedThem.map((k) => k[0])).toEqual(
      expect.arrayContaining(['a', 'e', 'g', 'o', 's', 't']),
    );
    for (const table of [
      'encounter_tallies',
      'topic_tallies',
      'action_tallies',
      'observations',
      'support_contacts',
    ])
      await sql`update ${sql.table(table)} set cell_key = 0`.execute(t.db);
    await sql`update guidance_outcomes set arrived_key = 0, not_arrived_key = 0, unknown_key = 0`.execute(
      t.db,
    );
    await backfillCellKeys(t.db as unknown as Kysely<unknown>);
    expect(await storedKeys(t)).toEqual(asTheAppKeyedThem);
  });

  it('gives every municipality its own secret of 32 random bytes', async () => {
    await makeMunicipality(t.db);
    await makeMunicipality(t.db);
    const { rows } = await sql<{ n: number; distinct_secrets: number; bytes: number }>`
      select count(*)::int as n, count(distinct record_key_secret)::int as distinct_secrets,
        min(length(record_key_secret))::int as bytes from municipalities`.execute(t.db);
    expect(rows[0]?.n).toBe(3);
    expect(rows[0]?.bytes).toBe(32);
    expect(rows[0]?.distinct_secrets).toBe(rows[0]?.n);
  });
});
