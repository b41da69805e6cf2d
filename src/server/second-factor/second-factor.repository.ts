import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database, SecondFactorMethod } from '../db/database';

type Db = Kysely<Database> | Transaction<Database>;
type Owner = { municipalityId: string; userId: string };

/**
 * What the step-up guard needs for one session, in one read: the municipality's rule, the
 * session's step-up, and whether the user has any factor to step up with.
 */
export async function findStepUpState(db: Db, tokenHash: string) {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('municipalities as m', 'm.id', 's.municipality_id')
    .select([
      'm.require_second_factor',
      's.second_factor_at',
      's.mfa_by_provider',
      sql<boolean>`(exists (select 1 from passkeys p
          where p.municipality_id = s.municipality_id and p.user_id = s.user_id)
        or exists (select 1 from totp_credentials t where t.municipality_id = s.municipality_id
          and t.user_id = s.user_id and t.confirmed_at is not null))`.as('enrolled'),
    ])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return null;
  return {
    requireSecondFactor: row.require_second_factor,
    secondFactorAt: row.second_factor_at,
    mfaByProvider: row.mfa_by_provider,
    enrolled: row.enrolled,
  };
}

export async function findSessionFactor(db: Db, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .select(['second_factor_at', 'second_factor_method', 'mfa_by_provider'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function markSessionStepUp(
  db: Db,
  tokenHash: string,
  at: Date,
  method: SecondFactorMethod,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ second_factor_at: at, second_factor_method: method })
    .where('token_hash', '=', tokenHash)
    .execute();
}

// --- Municipality rule ---

export async function readSecondFactorRule(db: Db, municipalityId: string): Promise<boolean> {
  const row = await db
    .selectFrom('municipalities')
    .select('require_second_factor')
    .where('id', '=', municipalityId)
    .executeTakeFirstOrThrow();
  return row.require_second_factor;
}

export async function setSecondFactorRule(db: Db, municipalityId: string, required: boolean): Promise<void> {
  await db
    .updateTable('municipalities')
    .set({ require_second_factor: required })
    .where('id', '=', municipalityId)
    .execute();
}

// --- WebAuthn challenges ---

export type ChallengePurpose = 'registration' | 'authentication';

/** One pending challenge per session and purpose: a new ceremony replaces an unfinished one. */
export async function saveChallenge(
  db: Db,
  input: {
    municipalityId: string;
    tokenHash: string;
    purpose: ChallengePurpose;
    challenge: string;
    expiresAt: Date;
  },
): Promise<void> {
  await db
    .insertInto('second_factor_challenges')
    .values({
      municipality_id: input.municipalityId,
      session_token_hash: input.tokenHash,
      purpose: input.purpose,
      challenge: input.challenge,
      expires_at: input.expiresAt,
    })
    .onConflict((oc) =>
      oc
        .columns(['session_token_hash', 'purpose'])
        .doUpdateSet({ challenge: input.challenge, expires_at: input.expiresAt }),
    )
    .execute();
}

/** Removes and returns the session's challenge, so it can be used once; null when none is pending. */
export async function takeChallenge(db: Db, tokenHash: string, purpose: ChallengePurpose, now: Date) {
  const row = await db
    .deleteFrom('second_factor_challenges')
    .where('session_token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .returning(['challenge', 'expires_at'])
    .executeTakeFirst();
  return row && row.expires_at > now ? row.challenge : null;
}

// --- Passkeys ---

const passkeyColumns = [
  'id',
  'credential_id',
  'public_key',
  'counter',
  'transports',
  'nickname',
  'created_at',
  'last_used_at',
] as const;

function normalisePasskey<T extends { counter: string | number; public_key: Uint8Array }>(row: T) {
  // bigint arrives as a string from pg and a number from PGlite; bytea as Buffer or Uint8Array.
  return { ...row, counter: Number(row.counter), public_key: new Uint8Array(row.public_key) };
}

export async function listPasskeys(db: Db, owner: Owner) {
  const rows = await db
    .selectFrom('passkeys')
    .select(passkeyColumns)
    .where('municipality_id', '=', owner.municipalityId)
    .where('user_id', '=', owner.userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(normalisePasskey);
}

export type PasskeyRow = Awaited<ReturnType<typeof listPasskeys>>[number];

export async function insertPasskey(
  db: Db,
  owner: Owner,
  passkey: {
    id: string;
    credentialId: string;
    publicKey: Uint8Array;
    counter: number;
    transports: string[];
    nickname: string;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('passkeys')
    .values({
      id: passkey.id,
      municipality_id: owner.municipalityId,
      user_id: owner.userId,
      credential_id: passkey.credentialId,
      public_key: passkey.publicKey,
      counter: passkey.counter,
      transports: passkey.transports,
      nickname: passkey.nickname,
      created_at: passkey.now,
    })
    .execute();
}

export async function deletePasskey(db: Db, owner: Owner, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('passkeys')
    .where('municipality_id', '=', owner.municipalityId)
    .where('user_id', '=', owner.userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function recordPasskeyUse(db: Db, owner: Owner, id: string, counter: number, now: Date) {
  await db
    .updateTable('passkeys')
    .set({ counter, last_used_at: now })
    .where('municipality_id', '=', owner.municipalityId)
    .where('user_id', '=', owner.userId)
    .where('id', '=', id)
    .execute();
}

// --- TOTP ---

export async function findTotp(db: Db, owner: Owner) {
  return db
    .selectFrom('totp_credentials')
    .select(['secret', 'confirmed_at', 'last_used_step', 'failed_attempts', 'locked_until', 'created_at'])
    .where('municipality_id', '=', owner.municipalityId)
    .where('user_id', '=', owner.userId)
    .executeTakeFirst();
}

/** Starts (or restarts) an enrolment; never replaces a confirmed secret. */
export async function savePendingTotp(db: Db, owner: Owner, secret: string, now: Date): Promise<boolean> {
  const row = await db
    .insertInto('totp_credentials')
    .values({ municipality_id: owner.municipalityId, user_id: owner.userId, secret, created_at: now })
    .onConflict((oc) =>
      oc
        .columns(['municipality_id', 'user_id'])
        .doUpdateSet({ secret, failed_attempts: 0, locked_until: null, last_used_step: null })
        .where('totp_credentials.confirmed_at', 'is', null),
    )
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Takes `step` as used, only if it is later than the last one used: two requests racing with the
 * same code cannot both pass. Also activates a pending secret and clears failures.
 */
export async function useTotpStep(db: Db, owner: Owner, step: number, now: Date): Promise<boolean> {
  const row = await db
    .updateTable('totp_credentials')
    .set((eb) => ({
      last_used_step: step,
      failed_attempts: 0,
      locked_until: null,
      confirmed_at: eb.fn.coalesce('confirmed_at', eb.val(now)),
    }))
    .where('municipality_id', '=', owner.municipalityId)
    .where('user_id', '=', owner.userId)
    .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step)]))
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Counts a wrong code; locks further tries for a while after `limit` in a row. */
export async function recordTotpFailure(db: Db, owner: Owner, limit: number, lockUntil: Date): Promise<void> {
  await db
    .updateTable('totp_credentials')
    .set((eb) => ({
      failed_attempts: sql<number>`case when failed_attempts + 1 >= ${limit} then 0 else failed_attempts + 1 end`,
      locked_until: sql<Date | null>`case when failed_attempts + 1 >= ${limit} then ${lockUntil}::timestamptz
        else ${eb.ref('locked_until')} end`,
    }))
    .where('municipality_id', '=', owner.municipalityId)
    .where('user_id', '=', owner.userId)
    .execute();
}

export async function deleteTotp(db: Db, owner: Owner): Promise<boolean> {
  const result = await db
    .deleteFrom('totp_credentials')
    .where('municipality_id', '=', owner.municipalityId)
    .where('user_id', '=', owner.userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

// --- Recovery codes ---

export async function replaceRecoveryCodes(db: Db, owner: Owner, hashes: string[], now: Date): Promise<void> {
  await deleteRecoveryCodes(db, owner);
  await db
    .insertInto('recovery_codes')
    .values(
      hashes.map((code_hash) => ({
        municipality_id: owner.municipalityId,
        user_id: owner.userId,
        code_hash,
        created_at: now,
      })),
    )
    .execute();
}

export async function deleteRecoveryCodes(db: Db, owner: Owner): Promise<void> {
  await db
    .deleteFrom('recovery_codes')
    .where('municipality_id', '=', owner.municipalityId)
    .where('user_id', '=', owner.userId)
    .execute();
}

/** Marks an unused code used; false when it is unknown or already used (one atomic update). */
export async function useRecoveryCode(db: Db, owner: Owner, hash: string, now: Date): Promise<boolean> {
  const row = await db
    .updateTable('recovery_codes')
    .set({ used_at: now })
    .where('municipality_id', '=', owner.municipalityId)
    .where('user_id', '=', owner.userId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .returning('code_hash')
    .executeTakeFirst();
  return row !== undefined;
}

export async function countUnusedRecoveryCodes(db: Db, owner: Owner): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('municipality_id', '=', owner.municipalityId)
    .where('user_id', '=', owner.userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** An administrator's reset: every factor and code of the user goes, and no session keeps its step-up. */
export async function deleteAllFactors(db: Db, owner: Owner): Promise<number> {
  const passkeys = await db
    .deleteFrom('passkeys')
    .where('municipality_id', '=', owner.municipalityId)
    .where('user_id', '=', owner.userId)
    .executeTakeFirst();
  const totp = await deleteTotp(db, owner);
  await deleteRecoveryCodes(db, owner);
  await db
    .updateTable('sessions')
    .set({ second_factor_at: null, second_factor_method: null })
    .where('municipality_id', '=', owner.municipalityId)
    .where('user_id', '=', owner.userId)
    .execute();
  return Number(passkeys.numDeletedRows) + (totp ? 1 : 0);
}

export async function userExists(db: Db, owner: Owner): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('municipality_id', '=', owner.municipalityId)
    .where('id', '=', owner.userId)
    .executeTakeFirst();
  return row !== undefined;
}
