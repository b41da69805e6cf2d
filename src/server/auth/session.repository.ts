import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database';

type Writer = Kysely<Database> | Transaction<Database>;

export async function insertSession(
  db: Writer,
  session: {
    tokenHash: string;
    municipalityId: string;
    userId: string;
    csrfToken: string;
    now: Date;
    expiresAt: Date;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      municipality_id: session.municipalityId,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: session.now,
      last_seen_at: session.now,
      expires_at: session.expiresAt,
      ip: session.ip,
      user_agent: session.userAgent,
    })
    .execute();
}

/** The session and its user, found by the hash of the cookie token. */
export async function findSessionWithUser(db: Writer, tokenHash: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', (join) =>
      join.onRef('u.municipality_id', '=', 's.municipality_id').onRef('u.id', '=', 's.user_id'),
    )
    .select([
      's.token_hash',
      's.municipality_id',
      's.user_id',
      's.csrf_token',
      's.last_seen_at',
      's.expires_at',
      'u.email',
      'u.display_name',
      'u.locale',
      'u.active',
    ])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchSession(db: Writer, tokenHash: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: Writer, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsForUser(
  db: Writer,
  municipalityId: string,
  userId: string,
): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where('municipality_id', '=', municipalityId)
    .where('user_id', '=', userId)
    .execute();
}

/** Removes sessions past their absolute or idle limit; returns how many went. */
export async function deleteExpiredSessions(db: Writer, now: Date, idleCutoff: Date): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleCutoff)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
