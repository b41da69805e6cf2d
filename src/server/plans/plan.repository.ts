import type { Kysely, Transaction } from 'kysely';
import type { PlanGoal } from '../../shared/plan-targets';
import type { Database, PlanStatus } from '../db/database';

type Reader = Kysely<Database> | Transaction<Database>;

export async function findPlan(db: Reader, municipalityId: string, unitId: string, year: number) {
  return db
    .selectFrom('plans')
    .select(['id', 'closed_at'])
    .where('municipality_id', '=', municipalityId)
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .executeTakeFirst();
}

/** A plan's row, locked for a change: two managers saving at once take turns. */
export async function lockPlan(
  trx: Transaction<Database>,
  municipalityId: string,
  unitId: string,
  year: number,
) {
  return trx
    .selectFrom('plans')
    .select(['id', 'closed_at'])
    .where('municipality_id', '=', municipalityId)
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertPlan(
  trx: Transaction<Database>,
  row: { municipality_id: string; id: string; unit_id: string; year: number },
) {
  await trx.insertInto('plans').values(row).execute();
}

/** Every version of a plan, newest first, with who drafted and decided it. */
export async function planVersions(db: Reader, municipalityId: string, planId: string) {
  return db
    .selectFrom('plan_versions as v')
    .innerJoin('users as d', (join) =>
      join.onRef('d.municipality_id', '=', 'v.municipality_id').onRef('d.id', '=', 'v.drafted_by'),
    )
    .leftJoin('users as u', (join) =>
      join.onRef('u.municipality_id', '=', 'v.municipality_id').onRef('u.id', '=', 'v.decided_by'),
    )
    .select([
      'v.version',
      'v.status',
      'v.goals',
      'd.display_name as drafted_by_name',
      'v.updated_at',
      'v.submitted_at',
      'u.display_name as decided_by_name',
      'v.decided_at',
      'v.decision_comment',
    ])
    .where('v.municipality_id', '=', municipalityId)
    .where('v.plan_id', '=', planId)
    .orderBy('v.version', 'desc')
    .execute();
}

export type PlanVersionRow = Awaited<ReturnType<typeof planVersions>>[number];

export async function insertVersion(
  trx: Transaction<Database>,
  row: {
    municipality_id: string;
    plan_id: string;
    version: number;
    goals: PlanGoal[];
    drafted_by: string;
    updated_at: Date;
  },
) {
  await trx
    .insertInto('plan_versions')
    .values({ ...row, status: 'draft', goals: JSON.stringify(row.goals) })
    .execute();
}

export async function updateDraft(
  trx: Transaction<Database>,
  key: { municipality_id: string; plan_id: string; version: number },
  change: { goals: PlanGoal[]; drafted_by: string; updated_at: Date },
) {
  await trx
    .updateTable('plan_versions')
    .set({
      ...change,
      goals: JSON.stringify(change.goals),
      status: 'draft',
      decided_by: null,
      decided_at: null,
      submitted_at: null,
    })
    .where('municipality_id', '=', key.municipality_id)
    .where('plan_id', '=', key.plan_id)
    .where('version', '=', key.version)
    .execute();
}

export async function setVersionStatus(
  trx: Transaction<Database>,
  key: { municipality_id: string; plan_id: string; version: number },
  change: {
    status: PlanStatus;
    updated_at: Date;
    submitted_at?: Date;
    decided_by?: string;
    decided_at?: Date;
    decision_comment?: string | null;
  },
) {
  await trx
    .updateTable('plan_versions')
    .set(change)
    .where('municipality_id', '=', key.municipality_id)
    .where('plan_id', '=', key.plan_id)
    .where('version', '=', key.version)
    .execute();
}

export async function closePlan(
  trx: Transaction<Database>,
  municipalityId: string,
  planId: string,
  by: string,
  at: Date,
) {
  await trx
    .updateTable('plans')
    .set({ closed_at: at, closed_by: by })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', planId)
    .execute();
}

/** Every unit's plan for a year with its latest version, for the administration's overview. */
export async function plansOfYear(db: Reader, municipalityId: string, year: number) {
  return db
    .selectFrom('plans as p')
    .innerJoin('plan_versions as v', (join) =>
      join.onRef('v.municipality_id', '=', 'p.municipality_id').onRef('v.plan_id', '=', 'p.id'),
    )
    .select(['p.unit_id', 'p.closed_at', 'v.version', 'v.status', 'v.goals'])
    .where('p.municipality_id', '=', municipalityId)
    .where('p.year', '=', year)
    .orderBy('v.version', 'desc')
    .execute();
}
