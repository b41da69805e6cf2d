import type { Db } from '../db/connect';

const COURSES = [
  { name: 'MI – motiverande samtal', hours: 16 },
  { name: 'Våld i nära relationer', hours: 8 },
  { name: 'Första hjälpen och HLR', hours: 4 },
  { name: 'Lagstiftning om barn och unga', hours: 6 },
];

const daysAgo = (now: Date, days: number) =>
  new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Competence records for Demo stad's field staff, so the unit overview has something to count:
 * most have done the introduction, the newest two have not; some have social work education.
 */
export async function seedDemoCompetence(db: Db, municipalityId: string, now: Date): Promise<void> {
  const staff = await db
    .selectFrom('role_assignments')
    .select('user_id')
    .distinct()
    .where('municipality_id', '=', municipalityId)
    .where('role', 'in', ['field_worker', 'unit_manager'])
    .orderBy('user_id')
    .execute();
  const year = now.getUTCFullYear();
  const rows = staff.slice(2).map((member, i) => ({
    municipality_id: municipalityId,
    user_id: member.user_id,
    introduction_done_on: `${year - 1 - (i % 3)}-0${(i % 8) + 1}-1${i % 9}`,
    introduction_name: 'Stadens tredagarsintroduktion',
    social_work_education: i % 3 !== 2,
    courses: JSON.stringify(
      COURSES.slice(0, (i % 3) + 1).map((course, j) => ({
        ...course,
        completedOn: daysAgo(now, 30 + 75 * j + i),
      })),
    ),
    version: 1,
    updated_by: member.user_id,
    updated_at: now,
  }));
  if (rows.length > 0) await db.insertInto('staff_competence').values(rows).execute();
}
