import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

/**
 * Runs on both projects: pg turned a `date` into a Date at local midnight and PGlite into one at
 * UTC midnight, so `String(day).slice(0, 10)` printed "Tue Dec 01" in the register extract.
 */
describe('date columns', () => {
  it('come back as their YYYY-MM-DD text on either driver, across the year and DST changes', async () => {
    for (const day of ['2026-12-01', '2026-03-29', '2026-10-25', '2027-01-01', '2024-02-29']) {
      const { rows } = await sql<{ day: unknown }>`select ${day}::date as day`.execute(database.db);
      expect(rows[0]?.day).toBe(day);
    }
  });

  it('come back as text from a table through selectAll, and null stays null', async () => {
    const { rows } = await sql<{ day: unknown; none: unknown }>`
      select d as day, null::date as none from (values ('2026-12-01'::date)) as t(d)`.execute(database.db);
    expect(rows[0]).toEqual({ day: '2026-12-01', none: null });
  });

  it('leave timestamps as Dates', async () => {
    const { rows } = await sql<{ at: unknown }>`select '2026-12-01T10:00:00Z'::timestamptz as at`.execute(
      database.db,
    );
    expect(rows[0]?.at).toEqual(new Date('2026-12-01T10:00:00Z'));
  });
});
