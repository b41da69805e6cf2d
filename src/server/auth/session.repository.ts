import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database, PartnerKind, Role } from '../db/database';

/** One role grant of the signed-in user, as the session lookup returns it. */
type SessionGrantRow = {
  role: Role;
  unit_id: string | null;
  administration_id: string | null;
  partner_kind: PartnerKind | null;
};

type Writer = Kysely<Database> | Transaction<Database>;

/** How the OpenID provider signed the user in, kept on the session. */
export type OidcSessionFacts = {
  providerId: string;
  idToken: string;
  acr: string | null;
  amr: string[] | null;
  authTime: Date | null;
  mfaByProvider: boolean;
};

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
    /** Set when the OpenID provider signed the user in. */
    oidc?: OidcSessionFacts;
  },
): Promise<void> {
  const oidc = session.oidc;
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
      ...(oidc
        ? {
            oidc_provider_id: oidc.providerId,
            oidc_id_token: oidc.idToken,
            acr: oidc.acr,
            amr: oidc.amr,
            auth_time: oidc.authTime,
            mfa_by_provider: oidc.mfaByProvider,
          }
        : {}),
    })
    .execute();
}

/**
 * The session, its user and the user's role grants, found by the hash of the cookie token: one
 * round trip, as every request pays it.
 */
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
      sql<SessionGrantRow[]>`coalesce((select json_agg(json_build_object(
          'role', r.role, 'unit_id', r.unit_id, 'administration_id', r.administration_id,
          'partner_kind', r.partner_kind) order by r.created_at)
        from role_assignments r where r.municipality_id = s.municipality_id and r.user_id = s.user_id), '[]')`.as(
        'grants',
      ),
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

/** Ends a session and says whether an OpenID provider opened it, to sign out there too. */
export async function endSession(db: Writer, tokenHash: string) {
  return db
    .deleteFrom('sessions')
    .where('token_hash', '=', tokenHash)
    .returning(['municipality_id', 'oidc_provider_id', 'oidc_id_token'])
    .executeTakeFirst();
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
