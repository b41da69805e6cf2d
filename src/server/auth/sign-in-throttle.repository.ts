import { sql } from 'kysely';
import type { Db } from '../db/connect';

/**
 * Counts an attempt at `at` against `key` unless `limit` attempts already fall after
 * `windowStart`; true when it was counted. One statement: the conflict takes the row lock, so
 * concurrent attempts on any instance are counted one after another and none slips past the limit.
 * Attempts older than the window are dropped as the row is rewritten.
 */
export async function countAttemptIfAllowed(
  db: Db,
  key: string,
  at: Date,
  windowStart: Date,
  limit: number,
): Promise<boolean> {
  const { rows } = await sql<{ counted: boolean }>`
    insert into sign_in_throttle as t (address, attempted_at, last_attempt_at)
    values (${key}, array[${at}::timestamptz], ${at})
    on conflict (address) do update set
      attempted_at = array(
        select a from unnest(t.attempted_at) as a where a > ${windowStart}::timestamptz order by a
      ) || ${at}::timestamptz,
      last_attempt_at = ${at}
    where (select count(*) from unnest(t.attempted_at) as a where a > ${windowStart}::timestamptz) < ${limit}
    returning true as counted`.execute(db);
  return rows.length > 0;
}

/** The attempt times stored for `key`, oldest first (some may lie before the window). */
export async function storedAttempts(db: Db, key: string): Promise<Date[]> {
  const row = await db
    .selectFrom('sign_in_throttle')
    .select('attempted_at')
    .where('address', '=', key)
    .executeTakeFirst();
  return (row?.attempted_at ?? []).map((time) => new Date(time));
}

/** Removes one attempt recorded at `at` (another attempt at the same instant keeps its own). */
export async function removeAttempt(db: Db, key: string, at: Date): Promise<void> {
  await sql`
    update sign_in_throttle set attempted_at = array(
      select a from unnest(attempted_at) with ordinality as u(a, i)
      where i <> coalesce(array_position(attempted_at, ${at}::timestamptz), 0)
      order by i)
    where address = ${key}`.execute(db);
}

/** Forgets keys whose last attempt is at or before `before`; returns how many went. */
export async function deleteAttemptsBefore(db: Db, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('sign_in_throttle')
    .where('last_attempt_at', '<=', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
