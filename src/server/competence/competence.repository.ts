import type { Kysely, Transaction } from 'kysely';
import type { Course, Database } from '../db/database';

type Reader = Kysely<Database> | Transaction<Database>;

const COLUMNS = [
  'c.user_id',
  'c.introduction_done_on',
  'c.introduction_name',
  'c.social_work_education',
  'c.courses',
  'c.version',
  'c.updated_at',
] as const;

export async function competenceOf(db: Reader, municipalityId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('staff_competence as c')
    .select(COLUMNS)
    .where('c.municipality_id', '=', municipalityId)
    .where('c.user_id', 'in', userIds)
    .execute();
}

export type CompetenceRow = Awaited<ReturnType<typeof competenceOf>>[number];

export async function saveCompetence(
  trx: Transaction<Database>,
  row: {
    municipality_id: string;
    user_id: string;
    introduction_done_on: string | null;
    introduction_name: string | null;
    social_work_education: boolean;
    courses: Course[];
    updated_by: string;
    updated_at: Date;
  },
) {
  const values = { ...row, courses: JSON.stringify(row.courses) };
  await trx
    .insertInto('staff_competence')
    .values({ ...values, version: 1 })
    .onConflict((oc) =>
      oc.columns(['municipality_id', 'user_id']).doUpdateSet((eb) => ({
        introduction_done_on: eb.ref('excluded.introduction_done_on'),
        introduction_name: eb.ref('excluded.introduction_name'),
        social_work_education: eb.ref('excluded.social_work_education'),
        courses: eb.ref('excluded.courses'),
        updated_by: eb.ref('excluded.updated_by'),
        updated_at: eb.ref('excluded.updated_at'),
        version: eb('staff_competence.version', '+', 1),
      })),
    )
    .execute();
}
