import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { uuidv7 } from '../../shared/uuidv7';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insertInto('municipalities').values({ id: uuidv7(), name: 'Test', code: null }).execute();
});
afterAll(() => database.close());

/**
 * PGlite has one session; overlapping transactions once leaked a rolled-back row into a committed
 * one. Runs on PostgreSQL too, where the pool gives each transaction its own connection.
 */
describe('concurrent transactions', () => {
  it('keep their own writes: rollbacks vanish, commits stay, with many in flight', async () => {
    const municipality = await database.db
      .selectFrom('municipalities')
      .select('id')
      .executeTakeFirstOrThrow();
    const attempts = Array.from({ length: 40 }, (_, i) => ({
      name: `Förvaltning ${i}`,
      commit: i % 3 !== 0,
    }));
    await Promise.all(
      attempts.map(({ name, commit }) =>
        database.db
          .transaction()
          .execute(async (trx) => {
            await trx
              .insertInto('administrations')
              .values({ id: uuidv7(), municipality_id: municipality.id, name, updated_at: new Date() })
              .execute();
            await sql`select pg_sleep(0.001)`.execute(trx);
            if (!commit) throw new Error('roll back');
          })
          .catch((error: Error) => {
            if (error.message !== 'roll back') throw error;
          }),
      ),
    );
    const rows = await database.db.selectFrom('administrations').select('name').execute();
    const expected = attempts.filter((a) => a.commit).map((a) => a.name);
    expect(rows.map((r) => r.name).sort()).toEqual(expected.sort());
  });

  it('let plain queries run beside a transaction without seeing its uncommitted rows', async () => {
    const municipality = await database.db
      .selectFrom('municipalities')
      .select('id')
      .executeTakeFirstOrThrow();
    const before = await database.db.selectFrom('administrations').select('id').execute();
    let release!: () => void;
    const hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    const transaction = database.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('administrations')
        .values({ id: uuidv7(), municipality_id: municipality.id, name: 'Pågående', updated_at: new Date() })
        .execute();
      await hold;
      throw new Error('roll back');
    });
    const outside = database.db.selectFrom('administrations').select('id').execute();
    release();
    await expect(transaction).rejects.toThrow('roll back');
    expect((await outside).length).toBe(before.length);
  });

  it('return counts as numbers on either database', async () => {
    const { rows } = await sql<{
      n: number;
      big: number;
    }>`select count(*) as n, 9007199254740::int8 as big`.execute(database.db);
    expect(rows[0]).toEqual({ n: 1, big: 9007199254740 });
  });
});
