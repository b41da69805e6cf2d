import type { Insertable, Kysely, Transaction } from 'kysely';
import type { ActivitiesTable, Database } from '../db/database';

type Reader = Kysely<Database> | Transaction<Database>;

export async function listActivities(
  db: Reader,
  municipalityId: string,
  filter: { unitId: string; from: string; to: string; userId?: string },
) {
  let query = db
    .selectFrom('activities as a')
    .innerJoin('users as u', (join) =>
      join.onRef('u.municipality_id', '=', 'a.municipality_id').onRef('u.id', '=', 'a.user_id'),
    )
    .leftJoin('municipal_assignments as m', (join) =>
      join.onRef('m.municipality_id', '=', 'a.municipality_id').onRef('m.id', '=', 'a.assignment_id'),
    )
    .selectAll('a')
    .select(['u.display_name', 'm.name as assignment_name'])
    .where('a.municipality_id', '=', municipalityId)
    .where('a.unit_id', '=', filter.unitId)
    .where('a.day', '>=', filter.from)
    .where('a.day', '<', filter.to);
  if (filter.userId) query = query.where('a.user_id', '=', filter.userId);
  return query.orderBy('a.day', 'desc').orderBy('a.created_at', 'desc').execute();
}

export type ActivityListRow = Awaited<ReturnType<typeof listActivities>>[number];

export async function findActivity(trx: Reader, municipalityId: string, unitId: string, id: string) {
  return trx
    .selectFrom('activities')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('unit_id', '=', unitId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertActivity(trx: Transaction<Database>, row: Insertable<ActivitiesTable>) {
  await trx.insertInto('activities').values(row).execute();
}

export async function updateActivity(
  trx: Transaction<Database>,
  key: { municipalityId: string; unitId: string; id: string },
  row: Pick<
    Insertable<ActivitiesTable>,
    'user_id' | 'kind' | 'assignment_id' | 'day' | 'minutes' | 'partners'
  > & {
    updated_by: string;
    updated_at: Date;
  },
) {
  await trx
    .updateTable('activities')
    .set((eb) => ({ ...row, version: eb('version', '+', 1) }))
    .where('municipality_id', '=', key.municipalityId)
    .where('unit_id', '=', key.unitId)
    .where('id', '=', key.id)
    .execute();
}

export async function deleteActivity(
  trx: Transaction<Database>,
  key: { municipalityId: string; unitId: string; id: string },
) {
  await trx
    .deleteFrom('activities')
    .where('municipality_id', '=', key.municipalityId)
    .where('unit_id', '=', key.unitId)
    .where('id', '=', key.id)
    .execute();
}

export async function listAssignments(db: Reader, municipalityId: string, unitId: string) {
  return db
    .selectFrom('municipal_assignments')
    .select(['id', 'name', 'retired_at'])
    .where('municipality_id', '=', municipalityId)
    .where('unit_id', '=', unitId)
    .orderBy('retired_at', (order) => order.nullsFirst())
    .orderBy('name')
    .execute();
}

export async function findAssignment(db: Reader, municipalityId: string, unitId: string, id: string) {
  return db
    .selectFrom('municipal_assignments')
    .select(['id', 'name', 'retired_at'])
    .where('municipality_id', '=', municipalityId)
    .where('unit_id', '=', unitId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertAssignment(
  trx: Transaction<Database>,
  row: { id: string; municipality_id: string; unit_id: string; name: string; now: Date },
) {
  const { now, ...values } = row;
  await trx
    .insertInto('municipal_assignments')
    .values({ ...values, created_at: now, updated_at: now })
    .execute();
}

export async function retireAssignment(
  trx: Transaction<Database>,
  key: { municipalityId: string; unitId: string; id: string },
  now: Date,
) {
  await trx
    .updateTable('municipal_assignments')
    .set({ retired_at: now, updated_at: now })
    .where('municipality_id', '=', key.municipalityId)
    .where('unit_id', '=', key.unitId)
    .where('id', '=', key.id)
    .where('retired_at', 'is', null)
    .execute();
}
