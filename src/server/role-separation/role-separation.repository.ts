import type { Kysely } from 'kysely';
import type { Database } from '../db/database';

/** Whether the municipality's field workers may also carry out authority tasks. */
export async function authorityTasksAllowed(db: Kysely<Database>, municipalityId: string): Promise<boolean> {
  const row = await db
    .selectFrom('municipalities')
    .select('field_workers_do_authority_tasks')
    .where('id', '=', municipalityId)
    .executeTakeFirstOrThrow();
  return row.field_workers_do_authority_tasks;
}

export async function setAuthorityTasksAllowed(
  db: Kysely<Database>,
  municipalityId: string,
  allowed: boolean,
): Promise<void> {
  await db
    .updateTable('municipalities')
    .set({ field_workers_do_authority_tasks: allowed })
    .where('id', '=', municipalityId)
    .execute();
}
