import type { Kysely, Transaction } from 'kysely';
import type { Database, OidcProviderRow } from '../db/database';

type Reader = Kysely<Database> | Transaction<Database>;

export async function findProviderOf(
  db: Reader,
  municipalityId: string,
): Promise<OidcProviderRow | undefined> {
  return db
    .selectFrom('oidc_providers')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
}

export async function findProvider(
  db: Reader,
  municipalityId: string,
  id: string,
): Promise<OidcProviderRow | undefined> {
  return db
    .selectFrom('oidc_providers')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The enabled provider of the municipality with this id or four-digit code. */
export async function findEnabledProviderByMunicipality(
  db: Reader,
  municipality: string,
): Promise<OidcProviderRow | undefined> {
  const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(municipality);
  return db
    .selectFrom('oidc_providers as p')
    .innerJoin('municipalities as m', 'm.id', 'p.municipality_id')
    .selectAll('p')
    .where(isId ? 'm.id' : 'm.code', '=', municipality)
    .where('p.enabled', '=', true)
    .executeTakeFirst();
}

/** Every municipality's enabled provider: sign-in is by e-mail across municipalities, so all show. */
export async function listEnabledButtons(db: Reader) {
  return db
    .selectFrom('oidc_providers as p')
    .innerJoin('municipalities as m', 'm.id', 'p.municipality_id')
    .select(['p.municipality_id', 'p.button_label'])
    .where('p.enabled', '=', true)
    .orderBy('m.name')
    .execute();
}

export type ProviderValues = Omit<OidcProviderRow, 'id' | 'municipality_id' | 'created_at' | 'updated_at'>;

export async function upsertProvider(
  trx: Transaction<Database>,
  municipalityId: string,
  id: string,
  values: ProviderValues,
  now: Date,
): Promise<OidcProviderRow> {
  return trx
    .insertInto('oidc_providers')
    .values({ id, municipality_id: municipalityId, ...values, updated_at: now })
    .onConflict((conflict) => conflict.column('municipality_id').doUpdateSet({ ...values, updated_at: now }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertLogin(
  db: Reader,
  login: {
    stateHash: string;
    municipalityId: string;
    providerId: string;
    nonce: string;
    codeVerifier: string;
    returnPath: string;
    now: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await db
    .insertInto('oidc_logins')
    .values({
      state_hash: login.stateHash,
      municipality_id: login.municipalityId,
      provider_id: login.providerId,
      nonce: login.nonce,
      code_verifier: login.codeVerifier,
      return_path: login.returnPath,
      created_at: login.now,
      expires_at: login.expiresAt,
    })
    .execute();
}

/** Takes the pending sign-in for this state, once: a second call with the same state finds nothing. */
export async function consumeLogin(db: Reader, stateHash: string, now: Date) {
  const row = await db
    .deleteFrom('oidc_logins')
    .where('state_hash', '=', stateHash)
    .returningAll()
    .executeTakeFirst();
  return row && row.expires_at > now ? row : undefined;
}

/** Removes sign-ins that were started and never came back. */
export async function deleteExpiredLogins(db: Reader, now: Date): Promise<void> {
  await db.deleteFrom('oidc_logins').where('expires_at', '<=', now).execute();
}

export async function findSubjectLink(db: Reader, municipalityId: string, issuer: string, subject: string) {
  return db
    .selectFrom('user_oidc_subjects')
    .select('user_id')
    .where('municipality_id', '=', municipalityId)
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .executeTakeFirst();
}

/** Whether the user is already linked to another subject at this issuer. */
export async function hasOtherSubject(
  db: Reader,
  municipalityId: string,
  issuer: string,
  userId: string,
  subject: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('user_oidc_subjects')
    .select('subject')
    .where('municipality_id', '=', municipalityId)
    .where('issuer', '=', issuer)
    .where('user_id', '=', userId)
    .where('subject', '<>', subject)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertSubjectLink(
  trx: Transaction<Database>,
  link: { municipalityId: string; issuer: string; subject: string; userId: string },
): Promise<void> {
  await trx
    .insertInto('user_oidc_subjects')
    .values({
      municipality_id: link.municipalityId,
      issuer: link.issuer,
      subject: link.subject,
      user_id: link.userId,
    })
    .execute();
}
