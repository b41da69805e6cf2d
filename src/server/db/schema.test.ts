import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { databaseColumns } from './database';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

async function migratedColumns(): Promise<Record<string, string[]>> {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and table_name not like 'kysely_%'
    order by table_name, column_name`.execute(database.db);
  const tables: Record<string, string[]> = {};
  for (const row of rows) {
    tables[row.table_name] = [...(tables[row.table_name] ?? []), row.column_name];
  }
  return tables;
}

describe('schema', () => {
  it('matches the Kysely types exactly (a migration and database.ts must change together)', async () => {
    const declared = Object.fromEntries(
      Object.entries(databaseColumns).map(([table, columns]) => [table, Object.keys(columns).sort()]),
    );
    expect(await migratedColumns()).toEqual(declared);
  });

  it('gives every table the municipality id, so it can be sharded on it', async () => {
    for (const [table, columns] of Object.entries(await migratedColumns())) {
      // The one table outside any municipality: the sign-in throttle counts by client address
      // before an account, and so a municipality, is known (migration 0014). It joins nothing.
      if (table === 'sign_in_throttle') continue;
      const key = table === 'municipalities' ? 'id' : 'municipality_id';
      expect(columns, table).toContain(key);
    }
  });
});
