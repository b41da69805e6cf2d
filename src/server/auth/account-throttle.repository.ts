import { sql } from 'kysely';
import type { Db } from '../db/connect';

export type PairKey = { account: string; address: string; municipalityId: string | null };

/**
 * Counts an attempt on `key` at `at` unless the pair is blocked then; returns the pair's failures
 * including this one, or null when it was blocked (nothing counted). One statement: the conflict
 * takes the row lock, so parallel attempts on any instance are counted one after another and the
 * one that reaches the limit blocks those behind it. A pair idle since `forgetBefore` starts again
 * at 1. `blockFor` gives the seconds a pair with that many failures waits after this attempt.
 */
export async function countPairAttempt(
  db: Db,
  key: PairKey,
  at: Date,
  forgetBefore: Date,
  blockFor: { freeFailures: number; baseSeconds: number; capSeconds: number },
): Promise<number | null> {
  const { freeFailures, baseSeconds, capSeconds } = blockFor;
  const { rows } = await sql<{ failures: number }>`
    insert into sign_in_failures as t
      (account, address, municipality_id, failures, last_failure_at, blocked_until)
    values (${key.account}, ${key.address}, ${key.municipalityId}::uuid, 1, ${at}::timestamptz,
      case when 1 >= ${freeFailures}::int then ${at}::timestamptz + make_interval(secs => ${baseSeconds}::int) end)
    on conflict (account, address) do update set
      failures = case when t.last_failure_at <= ${forgetBefore}::timestamptz then 1 else t.failures + 1 end,
      last_failure_at = ${at}::timestamptz,
      blocked_until = case
        when (case when t.last_failure_at <= ${forgetBefore}::timestamptz then 1 else t.failures + 1 end)
          >= ${freeFailures}::int
        then ${at}::timestamptz + make_interval(secs => least(${capSeconds}::int,
          ${baseSeconds}::int * power(2, least(20,
            (case when t.last_failure_at <= ${forgetBefore}::timestamptz then 1 else t.failures + 1 end)
            - ${freeFailures}::int))::int))
        end
    where t.blocked_until is null or t.blocked_until <= ${at}::timestamptz
    returning t.failures`.execute(db);
  return rows[0]?.failures ?? null;
}

/** When the pair may try again, if it is blocked at all. */
export async function pairBlockedUntil(db: Db, key: PairKey): Promise<Date | null> {
  const row = await db
    .selectFrom('sign_in_failures')
    .select('blocked_until')
    .where('account', '=', key.account)
    .where('address', '=', key.address)
    .executeTakeFirst();
  return row?.blocked_until ?? null;
}

/** Forgets one pair's failures: its password was right. Other addresses keep theirs. */
export async function deletePair(db: Db, key: PairKey): Promise<void> {
  await db
    .deleteFrom('sign_in_failures')
    .where('account', '=', key.account)
    .where('address', '=', key.address)
    .execute();
}

/** Forgets every address's failures on an account (an administrator set a new password). */
export async function deleteAccountFailures(db: Db, municipalityId: string, userId: string): Promise<void> {
  await db
    .deleteFrom('sign_in_failures')
    .where('municipality_id', '=', municipalityId)
    .where('account', '=', userId)
    .execute();
}

/** Of `userIds`, those that some address is blocked from at `now`: the administrator's "locked". */
export async function accountsBlockedSomewhere(
  db: Db,
  municipalityId: string,
  userIds: readonly string[],
  now: Date,
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('sign_in_failures')
    .select('account')
    .distinct()
    .where('municipality_id', '=', municipalityId)
    .where('account', 'in', userIds)
    .where('blocked_until', '>', now)
    .execute();
  return new Set(rows.map((row) => row.account));
}

/** Forgets pairs with no failure since `before` and no block left; returns how many went. */
export async function deletePairsIdleSince(db: Db, before: Date, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('sign_in_failures')
    .where('last_failure_at', '<=', before)
    .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
