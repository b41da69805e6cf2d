import { uuidv7 } from '../../shared/uuidv7';
import { recordAudit } from '../audit/audit.repository';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/password';
import { ensureDefaultCategories } from '../categories/category.service';
import type { Db } from '../db/connect';
import {
  findMunicipalityByName,
  insertAdministration,
  insertMunicipality,
  insertUnit,
} from '../organisation/organisation.repository';
import { findUserByEmail, insertUser, replaceGrants } from '../users/users.repository';

export type FirstMunicipalityInput = {
  municipality: string;
  adminEmail: string;
  adminName: string;
  password: string;
  /** A first unit (and the administration it belongs to), if given. */
  unit?: { name: string; administration: string } | undefined;
};

/** Why setup refused: a stable code, and the line to print in Swedish and English. */
export class SetupRefused extends Error {
  constructor(
    readonly code: 'municipality_exists' | 'email_taken' | 'password_length' | 'no_password',
    message: string,
  ) {
    super(message);
    this.name = 'SetupRefused';
  }
}

/** The audit rows' actor: no user exists yet, the operator ran `npm run setup` on the server. */
const SETUP_ACTOR = { actorUserId: null, actorRoles: 'setup', ip: null } as const;

/**
 * Creates a municipality with its first administrator (and optionally a first unit) in one
 * transaction, audited in the new municipality's own chain. Refuses an existing municipality name
 * or e-mail rather than touching what is there: setup is for the first start, not for repairs.
 */
export async function createFirstMunicipality(db: Db, input: FirstMunicipalityInput, now: Date) {
  const email = input.adminEmail.trim().toLowerCase();
  if (input.password.length < PASSWORD_MIN_LENGTH || input.password.length > PASSWORD_MAX_LENGTH)
    throw new SetupRefused(
      'password_length',
      `Lösenordet måste ha ${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} tecken. / The password must have ${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} characters.`,
    );
  const passwordHash = await hashPassword(input.password);
  const created = await db.transaction().execute(async (trx) => {
    const existing = await findMunicipalityByName(trx, input.municipality);
    if (existing)
      throw new SetupRefused(
        'municipality_exists',
        `Kommunen "${existing.name}" finns redan; inget ändrades. / The municipality "${existing.name}" already exists; nothing was changed.`,
      );
    if (await findUserByEmail(trx, email))
      throw new SetupRefused(
        'email_taken',
        `E-postadressen ${email} används redan; inget ändrades. / The e-mail ${email} is already in use; nothing was changed.`,
      );
    const municipality = await insertMunicipality(trx, { id: uuidv7(), name: input.municipality.trim() });
    const audit = { ...SETUP_ACTOR, municipalityId: municipality.id, at: now };
    await recordAudit(trx, {
      ...audit,
      action: 'municipality.create',
      entityType: 'municipality',
      entityId: municipality.id,
    });
    let unitId: string | null = null;
    if (input.unit) {
      const administration = await insertAdministration(trx, {
        id: uuidv7(),
        municipalityId: municipality.id,
        name: input.unit.administration,
        now,
      });
      const unit = await insertUnit(trx, {
        id: uuidv7(),
        municipalityId: municipality.id,
        administrationId: administration.id,
        name: input.unit.name,
        now,
      });
      unitId = unit.id;
      await recordAudit(trx, {
        ...audit,
        action: 'administration.create',
        entityType: 'administration',
        entityId: administration.id,
      });
      await recordAudit(trx, { ...audit, action: 'unit.create', entityType: 'unit', entityId: unit.id });
    }
    const user = await insertUser(trx, {
      id: uuidv7(),
      municipality_id: municipality.id,
      email,
      display_name: input.adminName,
      password_hash: passwordHash,
      updated_at: now,
    });
    await replaceGrants(trx, municipality.id, user.id, [
      { id: uuidv7(), role: 'administrator', unit_id: null, administration_id: null, partner_kind: null },
    ]);
    await recordAudit(trx, {
      ...audit,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      details: { roles: ['administrator'] },
    });
    return { municipalityId: municipality.id, unitId, userId: user.id, email };
  });
  // The municipality starts with the default categories, as every start gives one that lacks them.
  await ensureDefaultCategories(db, now);
  return created;
}
