import type { PlanGoal } from '../../shared/plan-targets';
import { uuidv7 } from '../../shared/uuidv7';
import type { Db } from '../db/connect';
import type { PlanStatus } from '../db/database';

/** Goals a field unit typically writes into its year's plan, with targets from the catalogue. */
const goals = (): PlanGoal[] => [
  {
    id: uuidv7(),
    text: 'Fältarbetet når flickor och pojkar i lika hög grad',
    targets: [{ measure: 'girlsShareOfContacts', comparison: 'atLeast', value: 45 }],
  },
  {
    id: uuidv7(),
    text: 'Det relationsskapande arbetet ute bland unga är huvuduppgiften',
    targets: [
      { measure: 'staffTimeShare', timeUse: 'outreach', comparison: 'atLeast', value: 60 },
      { measure: 'eveningPresence', weekdays: [5, 6], comparison: 'atLeast', value: 75 },
    ],
  },
  {
    id: uuidv7(),
    text: 'Regelbunden samverkan med skolorna i området',
    targets: [
      {
        measure: 'activitiesPerMonth',
        activityKind: 'collaboration_meeting',
        partner: 'school',
        comparison: 'atLeast',
        value: 2,
      },
    ],
  },
];

/** This year's state per demo unit: most approved, one waiting for the administration, one a draft. */
const THIS_YEAR: PlanStatus[] = ['approved', 'approved', 'approved', 'submitted', 'draft'];

/**
 * Every demo unit has a plan for this year and last year's, approved and closed, so the follow-up,
 * the administration's queue and the version history all have something to show.
 */
export async function seedDemoPlans(db: Db, municipalityId: string, now: Date): Promise<void> {
  const [units, members, admin] = await Promise.all([
    db
      .selectFrom('units')
      .select('id')
      .where('municipality_id', '=', municipalityId)
      .orderBy('name')
      .execute(),
    db
      .selectFrom('role_assignments')
      .select(['unit_id', 'user_id', 'role'])
      .where('municipality_id', '=', municipalityId)
      .where('role', 'in', ['unit_manager', 'field_worker'])
      .orderBy('role', 'desc')
      .execute(),
    db
      .selectFrom('role_assignments')
      .select('user_id')
      .where('municipality_id', '=', municipalityId)
      .where('role', '=', 'administrator')
      .executeTakeFirstOrThrow(),
  ]);
  const year = Number(now.toISOString().slice(0, 4));
  // Early in a year the demo's dates must not lie in the future.
  const notAfterNow = (instant: string) => new Date(Math.min(now.getTime(), Date.parse(instant)));
  const closedAt = notAfterNow(`${year}-01-20T09:00:00Z`);
  const decidedAt = (y: number) => notAfterNow(`${y}-02-10T09:00:00Z`);
  const plans = [];
  const versions = [];
  for (const [i, unit] of units.entries()) {
    const drafter = members.find((m) => m.unit_id === unit.id)?.user_id ?? admin.user_id;
    for (const [planYear, status] of [
      [year - 1, 'approved'],
      [year, THIS_YEAR[i % THIS_YEAR.length] ?? 'draft'],
    ] as const) {
      const id = uuidv7();
      const past = planYear < year;
      plans.push({
        municipality_id: municipalityId,
        id,
        unit_id: unit.id,
        year: planYear,
        closed_at: past ? closedAt : null,
        closed_by: past ? admin.user_id : null,
      });
      const decided = status === 'approved';
      versions.push({
        municipality_id: municipalityId,
        plan_id: id,
        version: 1,
        status,
        goals: JSON.stringify(goals()),
        drafted_by: drafter,
        updated_at: decided ? decidedAt(planYear) : now,
        submitted_at: status === 'draft' ? null : notAfterNow(`${planYear}-01-25T09:00:00Z`),
        decided_by: decided ? admin.user_id : null,
        decided_at: decided ? decidedAt(planYear) : null,
      });
    }
  }
  if (plans.length === 0) return;
  await db.insertInto('plans').values(plans).execute();
  await db.insertInto('plan_versions').values(versions).execute();
}
