import type { Kysely, Transaction } from 'kysely';
import type { Database, NewUser, RoleAssignmentRow, UserRow } from '../db/database';

type Reader = Kysely<Database> | Transaction<Database>;

export async function listUsers(
  db: Reader,
  municipalityId: string,
  filter: { includeInactive: boolean; q?: string | undefined },
): Promise<UserRow[]> {
  let query = db.selectFrom('users').selectAll().where('municipality_id', '=', municipalityId);
  if (!filter.includeInactive) query = query.where('active', '=', true);
  if (filter.q) {
    const pattern = `%${filter.q.toLowerCase().replaceAll(/[\\%_]/g, (m) => `\\${m}`)}%`;
    query = query.where((eb) =>
      eb.or([eb(eb.fn('lower', ['display_name']), 'like', pattern), eb('email', 'like', pattern)]),
    );
  }
  return query.orderBy('display_name').execute();
}

export async function findUser(db: Reader, municipalityId: string, id: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Sign-in is the one lookup that precedes knowing the municipality. */
export async function findUserByEmail(db: Reader, email: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

export async function listGrants(
  db: Reader,
  municipalityId: string,
  userIds: readonly string[],
): Promise<RoleAssignmentRow[]> {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('role_assignments')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('user_id', 'in', userIds)
    .orderBy('created_at')
    .execute();
}

export async function insertUser(trx: Transaction<Database>, user: NewUser): Promise<UserRow> {
  return trx.insertInto('users').values(user).returningAll().executeTakeFirstOrThrow();
}

export async function updateUser(
  trx: Reader,
  municipalityId: string,
  id: string,
  changes: Partial<Omit<NewUser, 'id' | 'municipality_id' | 'created_at'>>,
): Promise<UserRow> {
  return trx
    .updateTable('users')
    .set(changes)
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export type GrantRow = Pick<RoleAssignmentRow, 'role' | 'unit_id' | 'administration_id' | 'partner_kind'>;

export async function replaceGrants(
  trx: Transaction<Database>,
  municipalityId: string,
  userId: string,
  grants: readonly (GrantRow & { id: string })[],
): Promise<void> {
  await trx
    .deleteFrom('role_assignments')
    .where('municipality_id', '=', municipalityId)
    .where('user_id', '=', userId)
    .execute();
  if (grants.length === 0) return;
  await trx
    .insertInto('role_assignments')
    .values(grants.map((grant) => ({ ...grant, municipality_id: municipalityId, user_id: userId })))
    .execute();
}

/** Active users holding a role in the unit (a unit with staff cannot be deactivated). */
export async function countActiveMembers(
  db: Reader,
  municipalityId: string,
  unitId: string,
): Promise<number> {
  const row = await db
    .selectFrom('role_assignments as r')
    .innerJoin('users as u', (join) =>
      join.onRef('u.municipality_id', '=', 'r.municipality_id').onRef('u.id', '=', 'r.user_id'),
    )
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('r.municipality_id', '=', municipalityId)
    .where('r.unit_id', '=', unitId)
    .where('u.active', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Active administrators other than `exceptUserId`: the municipality must never lose its last one. */
export async function countOtherActiveAdministrators(
  db: Reader,
  municipalityId: string,
  exceptUserId: string,
): Promise<number> {
  const row = await db
    .selectFrom('role_assignments as r')
    .innerJoin('users as u', (join) =>
      join.onRef('u.municipality_id', '=', 'r.municipality_id').onRef('u.id', '=', 'r.user_id'),
    )
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('r.municipality_id', '=', municipalityId)
    .where('r.role', '=', 'administrator')
    .where('u.active', '=', true)
    .where('u.id', '!=', exceptUserId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function listUnitMembers(db: Reader, municipalityId: string, unitId: string) {
  return db
    .selectFrom('role_assignments as r')
    .innerJoin('users as u', (join) =>
      join.onRef('u.municipality_id', '=', 'r.municipality_id').onRef('u.id', '=', 'r.user_id'),
    )
    .select(['u.id', 'u.display_name', 'r.role'])
    .where('r.municipality_id', '=', municipalityId)
    .where('r.unit_id', '=', unitId)
    .where('u.active', '=', true)
    .orderBy('u.display_name')
    .execute();
}
