import type { Kysely } from 'kysely';
import type { Database } from '../db/database';

/** A municipality's secret never changes once made, so each process reads it once. */
const secrets = new Map<string, Uint8Array>();

/** The secret the municipality's record keys are made from. Stays on the server. */
export async function recordKeySecret(db: Kysely<Database>, municipalityId: string): Promise<Uint8Array> {
  const cached = secrets.get(municipalityId);
  if (cached) return cached;
  const row = await db
    .selectFrom('municipalities')
    .select('record_key_secret')
    .where('id', '=', municipalityId)
    .executeTakeFirstOrThrow();
  const secret = new Uint8Array(row.record_key_secret);
  secrets.set(municipalityId, secret);
  return secret;
}
