import type { ActivityKind, ActivityPartner } from '../../shared/field-log';
import { uuidv7 } from '../../shared/uuidv7';
import type { Db } from '../db/connect';
import { mulberry32 } from './demo-shifts';

/** The assignments elsewhere in the municipality each demo unit's staff take part in. */
const ASSIGNMENTS = ['Sommarutredningar', 'Socialjouren – första linjen'] as const;

type Row = {
  kind: ActivityKind;
  minutes: number;
  partners: ActivityPartner[];
  assignment: (typeof ASSIGNMENTS)[number] | null;
};

/**
 * One field worker's work outside shifts in one week, so the working-time figures have something
 * to show: weekly administration, a school meeting every other week, training now and then, a
 * few authority tasks, and in the summer weeks investigation work for social services.
 */
function weekOf(random: () => number, week: number, month: number): Row[] {
  const rows: Row[] = [
    { kind: 'administration', minutes: 60 + Math.round(random() * 4) * 30, partners: [], assignment: null },
  ];
  if (week % 2 === 0)
    rows.push({
      kind: 'collaboration_meeting',
      minutes: 90,
      partners: random() < 0.3 ? ['school', 'police'] : ['school'],
      assignment: null,
    });
  if (random() < 0.25)
    rows.push({ kind: 'collaboration_meeting', minutes: 60, partners: ['youth_centre'], assignment: null });
  if (week % 5 === 0)
    rows.push({ kind: 'training', minutes: random() < 0.3 ? 480 : 180, partners: [], assignment: null });
  if (random() < 0.15)
    rows.push({
      kind: 'authority',
      minutes: 60 + Math.round(random() * 2) * 30,
      partners: ['social_services'],
      assignment: null,
    });
  const summer = month >= 5 && month <= 7;
  if (summer && random() < 0.7)
    rows.push({
      kind: 'other_municipal',
      minutes: 240 + Math.round(random() * 8) * 30,
      partners: [],
      assignment: 'Sommarutredningar',
    });
  if (!summer && random() < 0.1)
    rows.push({
      kind: 'other_municipal',
      minutes: 240,
      partners: ['social_services'],
      assignment: 'Socialjouren – första linjen',
    });
  return rows;
}

/** The Monday of the week of a UTC midnight. */
const monday = (time: number) => time - ((new Date(time).getUTCDay() + 6) % 7) * 86_400_000;

/** The demo's year of activities and each unit's assignment list; deterministic, so tests can rely on it. */
export async function seedDemoActivities(db: Db, municipalityId: string, now: Date): Promise<number> {
  const random = mulberry32(20261205);
  const staff = await db
    .selectFrom('role_assignments')
    .select(['user_id', 'unit_id'])
    .where('municipality_id', '=', municipalityId)
    .where('role', '=', 'field_worker')
    .where('unit_id', 'is not', null)
    .orderBy('user_id')
    .execute();
  const units = [...new Set(staff.map((s) => s.unit_id as string))].sort();
  const assignmentIds = new Map<string, string>();
  const assignments = units.flatMap((unitId) =>
    ASSIGNMENTS.map((name) => {
      const id = uuidv7();
      assignmentIds.set(`${unitId}:${name}`, id);
      return { id, municipality_id: municipalityId, unit_id: unitId, name, created_at: now, updated_at: now };
    }),
  );
  if (assignments.length > 0) await db.insertInto('municipal_assignments').values(assignments).execute();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const activities = [];
  for (let week = 52; week >= 1; week--) {
    for (const member of staff) {
      for (const row of weekOf(random, week, new Date(today - week * 7 * 86_400_000).getUTCMonth())) {
        // A weekday of that week: Monday to Thursday.
        const day = new Date(monday(today - week * 7 * 86_400_000) + Math.floor(random() * 4) * 86_400_000);
        activities.push({
          id: uuidv7(day.getTime()),
          municipality_id: municipalityId,
          unit_id: member.unit_id as string,
          user_id: member.user_id,
          kind: row.kind,
          assignment_id: row.assignment
            ? (assignmentIds.get(`${member.unit_id}:${row.assignment}`) ?? null)
            : null,
          day: day.toISOString().slice(0, 10),
          minutes: row.minutes,
          partners: row.partners,
          version: 1,
          created_by: member.user_id,
          updated_by: member.user_id,
          created_at: day,
          updated_at: day,
        });
      }
    }
  }
  for (let i = 0; i < activities.length; i += 500)
    await db
      .insertInto('activities')
      .values(activities.slice(i, i + 500))
      .execute();
  // Demo stad lets field workers do authority tasks, so the figures can show the question.
  await db
    .updateTable('municipalities')
    .set({ field_workers_do_authority_tasks: true })
    .where('id', '=', municipalityId)
    .execute();
  return activities.length;
}
