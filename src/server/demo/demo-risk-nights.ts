import { uuidv7 } from '../../shared/uuidv7';
import type { Db } from '../db/connect';
import { defaultRiskNights } from '../risk-nights/risk-night-dates';

/** Planned staff per unit for the demo's answers; the units not named have not answered yet. */
const ANSWERS: Record<string, number> = {
  'Fältgruppen Centrum': 4,
  'Fältgruppen Norr': 2,
  'Fältgruppen Söder': 3,
};

/**
 * The default risk nights of this year and the next (the demo clock's), and answers from three of
 * the five units to the first of next year's nights, so coverage shows both answers and a gap.
 */
export async function seedDemoRiskNights(db: Db, municipalityId: string, now: Date): Promise<void> {
  const admin = await db
    .selectFrom('role_assignments')
    .select('user_id')
    .where('municipality_id', '=', municipalityId)
    .where('role', '=', 'administrator')
    .executeTakeFirstOrThrow();
  const year = now.getUTCFullYear();
  const nights = [year, year + 1].flatMap((y) =>
    defaultRiskNights(y).map((night, i) => ({
      id: uuidv7(now.getTime() + y * 10 + i),
      municipality_id: municipalityId,
      administration_id: null,
      day: night.day,
      name: night.name,
      starts_at: night.startsAt,
      ends_at: night.endsAt,
      note: null,
      version: 1,
      created_by: admin.user_id,
      created_at: now,
      updated_at: now,
    })),
  );
  await db.insertInto('risk_nights').values(nights).execute();

  const first = nights.find((night) => night.day.startsWith(`${year + 1}-`));
  const staff = await db
    .selectFrom('units as u')
    .innerJoin('role_assignments as r', (join) =>
      join.onRef('r.municipality_id', '=', 'u.municipality_id').onRef('r.unit_id', '=', 'u.id'),
    )
    .select(['u.id', 'u.name', 'r.user_id'])
    .where('u.municipality_id', '=', municipalityId)
    .where('u.name', 'in', Object.keys(ANSWERS))
    .orderBy('r.role', 'desc')
    .execute();
  // The unit's manager answers where it has one (unit_manager sorts first), else a field worker.
  const byUnit = new Map<string, (typeof staff)[number]>();
  for (const row of staff) if (!byUnit.has(row.id)) byUnit.set(row.id, row);
  const answers = [...byUnit.values()].map((row) => ({
    municipality_id: municipalityId,
    risk_night_id: first?.id ?? '',
    unit_id: row.id,
    planned_staff: ANSWERS[row.name] ?? 0,
    comment: null,
    version: 1,
    answered_by: row.user_id,
    answered_at: now,
  }));
  if (first && answers.length > 0) await db.insertInto('risk_night_answers').values(answers).execute();
}
