import { hashPassword } from '../../src/server/auth/password';
import type { Db } from '../../src/server/db/connect';
import type { Role } from '../../src/server/db/database';
import { insertUser, replaceGrants } from '../../src/server/users/users.repository';
import { uuidv7 } from '../../src/shared/uuidv7';

export const FACTORY_PASSWORD = 'factory-password-1';

/** A second municipality with one administration, one unit and users, for cross-tenant tests. */
export async function makeMunicipality(db: Db, overrides: { name?: string; emailDomain?: string } = {}) {
  const municipalityId = uuidv7();
  const administrationId = uuidv7();
  const unitId = uuidv7();
  const domain = overrides.emailDomain ?? `${municipalityId.slice(-8)}.example`;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('municipalities')
      .values({ id: municipalityId, name: overrides.name ?? 'Annan kommun', code: null })
      .execute();
    await trx
      .insertInto('administrations')
      .values({
        id: administrationId,
        municipality_id: municipalityId,
        name: 'Förvaltning',
        updated_at: new Date(),
      })
      .execute();
    await trx
      .insertInto('units')
      .values({
        id: unitId,
        municipality_id: municipalityId,
        administration_id: administrationId,
        name: 'Fältgruppen',
        updated_at: new Date(),
      })
      .execute();
  });
  const admin = await makeUser(db, {
    municipalityId,
    email: `admin@${domain}`,
    roles: [{ role: 'administrator' }],
  });
  const fieldWorker = await makeUser(db, {
    municipalityId,
    email: `falt@${domain}`,
    roles: [{ role: 'field_worker', unitId }],
  });
  return { municipalityId, administrationId, unitId, admin, fieldWorker };
}

/** A user with the given roles; password FACTORY_PASSWORD. */
export async function makeUser(
  db: Db,
  user: {
    municipalityId: string;
    email: string;
    displayName?: string;
    roles: { role: Role; unitId?: string; administrationId?: string; partnerKind?: 'police' }[];
  },
) {
  const id = uuidv7();
  const passwordHash = await hashPassword(FACTORY_PASSWORD);
  await db.transaction().execute(async (trx) => {
    await insertUser(trx, {
      id,
      municipality_id: user.municipalityId,
      email: user.email,
      display_name: user.displayName ?? user.email,
      password_hash: passwordHash,
      updated_at: new Date(),
    });
    await replaceGrants(
      trx,
      user.municipalityId,
      id,
      user.roles.map((grant) => ({
        id: uuidv7(),
        role: grant.role,
        unit_id: grant.unitId ?? null,
        administration_id: grant.administrationId ?? null,
        partner_kind: grant.partnerKind ?? null,
      })),
    );
  });
  return { id, email: user.email };
}
