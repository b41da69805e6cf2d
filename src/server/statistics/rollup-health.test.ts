import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { hasAnyMunicipality, seedDemo } from '../demo/demo-seed';
import { rollupDrift } from './rollup-drift.repository';
import { healRollups } from './rollup-health';

const quiet = pino({ level: 'silent' });
const NOW = new Date('2026-04-01T10:00:00Z');

describe('the first-start demo and the rollups', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('seeds all or nothing: a failure at the very end leaves no half-seeded municipality', async () => {
    const { db } = database;
    // The rollups are built last: fail there, as a start killed in its final second would.
    await sql
      .raw(`create function refuse() returns trigger language plpgsql as $$
      begin raise exception 'killed'; end $$`)
      .execute(db);
    await sql
      .raw(
        'create trigger refuse before insert on encounter_monthly_municipality for each statement execute function refuse()',
      )
      .execute(db);
    await expect(seedDemo(db, NOW)).rejects.toThrow(/killed/);
    expect(await hasAnyMunicipality(db)).toBe(false);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from shifts`.execute(db);
    expect(rows[0]?.n).toBe(0);
    await sql.raw('drop trigger refuse on encounter_monthly_municipality').execute(db);
    // The next start finds nothing and seeds it whole.
    const seeded = await seedDemo(db, NOW);
    expect(seeded.shifts).toBeGreaterThan(1000);
    expect((await rollupDrift(db)).filter((d) => d.cells > 0)).toEqual([]);
  }, 120_000);

  it('are rebuilt at start when they disagree with the field log, and left alone when they agree', async () => {
    const { db } = database;
    expect(await healRollups(db, quiet)).toEqual([]);
    // What a crash between writing shifts and their rollups used to leave: shifts the rollups miss.
    const { rows } = await sql<{ municipality_id: string }>`
      delete from encounter_daily where day < '2025-10-01' returning municipality_id`.execute(db);
    await sql`delete from encounter_monthly where month < '2025-10-01'`.execute(db);
    expect(rows.length).toBeGreaterThan(0);
    const municipalityId = rows[0]?.municipality_id;
    expect(await healRollups(db, quiet)).toEqual([municipalityId]);
    expect((await rollupDrift(db)).filter((d) => d.cells > 0)).toEqual([]);
    expect(await healRollups(db, quiet)).toEqual([]);
  });
});
