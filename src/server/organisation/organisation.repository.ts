import type { Kysely, Transaction } from 'kysely';
import type { UnitScope } from '../auth/actor';
import type { AdministrationRow, AreaRow, Database, UnitRow } from '../db/database';

type Reader = Kysely<Database> | Transaction<Database>;

export async function findMunicipality(db: Reader, municipalityId: string) {
  return db
    .selectFrom('municipalities')
    .select(['id', 'name', 'code'])
    .where('id', '=', municipalityId)
    .executeTakeFirst();
}

export async function listAdministrations(
  db: Reader,
  municipalityId: string,
  includeInactive: boolean,
): Promise<AdministrationRow[]> {
  let query = db.selectFrom('administrations').selectAll().where('municipality_id', '=', municipalityId);
  if (!includeInactive) query = query.where('active', '=', true);
  return query.orderBy('name').execute();
}

export async function listUnits(
  db: Reader,
  municipalityId: string,
  includeInactive: boolean,
): Promise<UnitRow[]> {
  let query = db.selectFrom('units').selectAll().where('municipality_id', '=', municipalityId);
  if (!includeInactive) query = query.where('active', '=', true);
  return query.orderBy('name').execute();
}

export async function listAreas(
  db: Reader,
  municipalityId: string,
  includeInactive: boolean,
): Promise<AreaRow[]> {
  let query = db.selectFrom('areas').selectAll().where('municipality_id', '=', municipalityId);
  if (!includeInactive) query = query.where('active', '=', true);
  return query.orderBy('name').execute();
}

export async function findAdministration(db: Reader, municipalityId: string, id: string) {
  return db
    .selectFrom('administrations')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findUnit(db: Reader, municipalityId: string, id: string) {
  return db
    .selectFrom('units')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The unit and its administration, for access checks; null if no such unit in this municipality. */
export async function findUnitScope(
  db: Reader,
  municipalityId: string,
  unitId: string,
): Promise<UnitScope | null> {
  const row = await db
    .selectFrom('units')
    .select(['id', 'administration_id'])
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', unitId)
    .executeTakeFirst();
  return row ? { unitId: row.id, administrationId: row.administration_id } : null;
}

export async function findAdministrationScope(
  db: Reader,
  municipalityId: string,
  id: string,
): Promise<boolean> {
  return (await findAdministration(db, municipalityId, id)) !== undefined;
}

export async function insertAdministration(
  trx: Transaction<Database>,
  row: { id: string; municipalityId: string; name: string; now: Date },
) {
  return trx
    .insertInto('administrations')
    .values({ id: row.id, municipality_id: row.municipalityId, name: row.name, updated_at: row.now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateAdministration(
  trx: Transaction<Database>,
  municipalityId: string,
  id: string,
  changes: { name?: string; active?: boolean; now: Date },
) {
  const { now, ...fields } = changes;
  return trx
    .updateTable('administrations')
    .set({ ...fields, updated_at: now })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function countActiveUnits(db: Reader, municipalityId: string, administrationId: string) {
  const row = await db
    .selectFrom('units')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('municipality_id', '=', municipalityId)
    .where('administration_id', '=', administrationId)
    .where('active', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertUnit(
  trx: Transaction<Database>,
  row: { id: string; municipalityId: string; administrationId: string; name: string; now: Date },
) {
  return trx
    .insertInto('units')
    .values({
      id: row.id,
      municipality_id: row.municipalityId,
      administration_id: row.administrationId,
      name: row.name,
      updated_at: row.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateUnit(
  trx: Transaction<Database>,
  municipalityId: string,
  id: string,
  changes: { name?: string; administrationId?: string; active?: boolean; now: Date },
) {
  const { now, administrationId, ...fields } = changes;
  return trx
    .updateTable('units')
    .set({ ...fields, ...(administrationId ? { administration_id: administrationId } : {}), updated_at: now })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Names of units and administrations by id, so grants and scopes read as places rather than ids. */
export type OrgNames = { units: Map<string, string>; administrations: Map<string, string> };

/** Every unit's and administration's name, active or not (old grants may name inactive ones). */
export async function loadOrgNames(db: Reader, municipalityId: string): Promise<OrgNames> {
  const [administrations, units] = await Promise.all([
    listAdministrations(db, municipalityId, true),
    listUnits(db, municipalityId, true),
  ]);
  return {
    units: new Map(units.map((unit) => [unit.id, unit.name])),
    administrations: new Map(
      administrations.map((administration) => [administration.id, administration.name]),
    ),
  };
}

/** A municipality by its name, case aside: names must not repeat, or sign-in pages would confuse. */
export async function findMunicipalityByName(db: Reader, name: string) {
  return db
    .selectFrom('municipalities')
    .select(['id', 'name'])
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.trim().toLowerCase()))
    .executeTakeFirst();
}

/** A new municipality; its record key secret is drawn by the database (migration 0012). */
export async function insertMunicipality(trx: Transaction<Database>, row: { id: string; name: string }) {
  return trx
    .insertInto('municipalities')
    .values({ id: row.id, name: row.name, code: null })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
}
