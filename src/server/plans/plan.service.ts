import { findPersonalData } from '../../shared/personal-data';
import type { PlanGoal } from '../../shared/plan-targets';
import { uuidv7 } from '../../shared/uuidv7';
import { auditFrom, recordAudit } from '../audit/audit.repository';
import { type Actor, canInUnit } from '../auth/actor';
import type { Db } from '../db/connect';
import { Conflict, type ErrorIssue, NotFound, ValidationError } from '../http/errors';
import type { RequestContext } from '../http/request-context';
import { findUnit, listAdministrations, listAreas, listUnits } from '../organisation/organisation.repository';
import { stockholmDay } from '../statistics/rollup';
import * as repo from './plan.repository';
import type { PlanDraft, PlanDto, PlanSummary } from './plan.schema';
import {
  closeRefusal,
  draftStep,
  isRefusal,
  type PlanRefusal,
  type PlanState,
  transitionRefusal,
} from './plan-rules';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

function stateOf(
  plan: { closed_at: Date | null } | undefined,
  versions: readonly repo.PlanVersionRow[],
): PlanState {
  const latest = versions[0];
  return {
    closed: plan?.closed_at != null,
    latest: latest ? { version: latest.version, status: latest.status } : null,
  };
}

function refuse(refusal: PlanRefusal): never {
  throw new Conflict(refusal.code, refusal.message);
}

/** A unit's plan for a year with every version, newest first. */
export async function getPlan(db: Db, actor: Actor, unitId: string, year: number): Promise<PlanDto> {
  const [plan, unit] = await Promise.all([
    repo.findPlan(db, actor.municipalityId, unitId, year),
    findUnit(db, actor.municipalityId, unitId),
  ]);
  const versions = plan ? await repo.planVersions(db, actor.municipalityId, plan.id) : [];
  return {
    unitId,
    unitName: unit?.name ?? '',
    year,
    exists: plan !== undefined,
    closed: plan?.closed_at != null,
    inForce: versions.find((v) => v.status === 'approved')?.version ?? null,
    versions: versions.map((v) => ({
      version: v.version,
      status: v.status,
      goals: v.goals,
      draftedBy: v.drafted_by_name,
      updatedAt: new Date(v.updated_at).toISOString(),
      submittedAt: iso(v.submitted_at),
      decidedBy: v.decided_by_name,
      decidedAt: iso(v.decided_at),
      decisionComment: v.decision_comment,
    })),
  };
}

/** Goals are read by the committee: no personnummer, phone numbers or e-mail; areas must exist. */
async function goalIssues(db: Db, municipalityId: string, goals: readonly PlanGoal[]): Promise<ErrorIssue[]> {
  const areaIds = new Set((await listAreas(db, municipalityId, true)).map((a) => a.id));
  const issues: ErrorIssue[] = [];
  const ids = new Set<string>();
  goals.forEach((goal, g) => {
    if (ids.has(goal.id))
      issues.push({ path: `goals.${g}.id`, code: 'duplicate_goal', message: 'Two goals share an id' });
    ids.add(goal.id);
    if (findPersonalData(goal.text).length > 0)
      issues.push({
        path: `goals.${g}.text`,
        code: 'personal_data',
        message: 'A goal must not identify anyone',
      });
    goal.targets.forEach((target, t) => {
      if (target.areaId && !areaIds.has(target.areaId))
        issues.push({
          path: `goals.${g}.targets.${t}.areaId`,
          code: 'unknown_area',
          message: 'No such area',
        });
    });
  });
  return issues;
}

/** Saves the manager's draft: edits the open draft, or starts the next version after an approval. */
export async function saveDraft(db: Db, ctx: RequestContext, unitId: string, year: number, draft: PlanDraft) {
  const { municipalityId, userId } = ctx.actor;
  const issues = await goalIssues(db, municipalityId, draft.goals);
  if (issues.length > 0) throw new ValidationError('The plan has mistakes', issues);
  await db.transaction().execute(async (trx) => {
    let plan = await repo.lockPlan(trx, municipalityId, unitId, year);
    const versions = plan ? await repo.planVersions(trx, municipalityId, plan.id) : [];
    const step = draftStep(stateOf(plan, versions));
    if (isRefusal(step)) refuse(step);
    if (!plan) {
      plan = { id: uuidv7(ctx.now.getTime()), closed_at: null };
      await repo.insertPlan(trx, { municipality_id: municipalityId, id: plan.id, unit_id: unitId, year });
    }
    const key = { municipality_id: municipalityId, plan_id: plan.id };
    const change = { goals: draft.goals, drafted_by: userId, updated_at: ctx.now };
    const version = step.kind === 'edit' ? step.version : step.kind === 'newVersion' ? step.version : 1;
    if (step.kind === 'edit') await repo.updateDraft(trx, { ...key, version }, change);
    else await repo.insertVersion(trx, { ...key, version, ...change });
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'plan.draft',
      entityType: 'plan',
      entityId: plan.id,
      details: { unitId, year, version, goals: draft.goals.length },
    });
  });
  return getPlan(db, ctx.actor, unitId, year);
}

type Transition = 'submit' | 'approve' | 'return';
const NEXT_STATUS = { submit: 'submitted', approve: 'approved', return: 'returned' } as const;

/** Submit (manager), approve or return with a comment (administration); each in the audit log. */
export async function decidePlan(
  db: Db,
  ctx: RequestContext,
  unitId: string,
  year: number,
  transition: Transition,
  comment: string | null,
) {
  const { municipalityId, userId } = ctx.actor;
  if (transition === 'return' && !comment)
    throw new ValidationError(
      'Say why the plan is returned',
      [{ path: 'comment', code: 'comment_required', message: 'Say what should change' }],
      'comment_required',
    );
  await db.transaction().execute(async (trx) => {
    const plan = await repo.lockPlan(trx, municipalityId, unitId, year);
    if (!plan) throw new NotFound('Plan');
    const versions = await repo.planVersions(trx, municipalityId, plan.id);
    const latest = versions[0];
    const refusal = transitionRefusal(stateOf(plan, versions), transition, latest?.goals.length ?? 0);
    if (refusal || !latest) refuse(refusal ?? { code: 'plan_not_draft', message: 'Nothing to decide' });
    const key = { municipality_id: municipalityId, plan_id: plan.id, version: latest.version };
    await repo.setVersionStatus(
      trx,
      key,
      transition === 'submit'
        ? { status: 'submitted', updated_at: ctx.now, submitted_at: ctx.now }
        : {
            status: NEXT_STATUS[transition],
            updated_at: ctx.now,
            decided_by: userId,
            decided_at: ctx.now,
            decision_comment: comment,
          },
    );
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: `plan.${transition}`,
      entityType: 'plan',
      entityId: plan.id,
      details: { unitId, year, version: latest.version },
    });
  });
  return getPlan(db, ctx.actor, unitId, year);
}

/** Closes a year that is over: its plan is read-only from then on. */
export async function closePlanYear(db: Db, ctx: RequestContext, unitId: string, year: number) {
  const { municipalityId, userId } = ctx.actor;
  await db.transaction().execute(async (trx) => {
    const plan = await repo.lockPlan(trx, municipalityId, unitId, year);
    if (!plan) throw new NotFound('Plan');
    const refusal = closeRefusal(
      { closed: plan.closed_at !== null, latest: null },
      year,
      stockholmDay(ctx.now.toISOString()),
    );
    if (refusal) refuse(refusal);
    await repo.closePlan(trx, municipalityId, plan.id, userId, ctx.now);
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'plan.close',
      entityType: 'plan',
      entityId: plan.id,
      details: { unitId, year },
    });
  });
  return getPlan(db, ctx.actor, unitId, year);
}

/** Every unit the reader reaches, with its plan's state for the year: the administration's queue. */
export async function listPlans(db: Db, actor: Actor, year: number): Promise<PlanSummary[]> {
  const [units, administrations, plans] = await Promise.all([
    listUnits(db, actor.municipalityId, false),
    listAdministrations(db, actor.municipalityId, true),
    repo.plansOfYear(db, actor.municipalityId, year),
  ]);
  const administrationName = new Map(administrations.map((a) => [a.id, a.name]));
  return units
    .filter((unit) =>
      canInUnit(actor, 'plans.read', { unitId: unit.id, administrationId: unit.administration_id }),
    )
    .map((unit) => {
      const versions = plans.filter((p) => p.unit_id === unit.id);
      const latest = versions[0];
      return {
        unitId: unit.id,
        unitName: unit.name,
        administrationName: administrationName.get(unit.administration_id) ?? '',
        status: latest?.status ?? null,
        version: latest?.version ?? null,
        goals: latest?.goals.length ?? 0,
        inForce: versions.find((v) => v.status === 'approved')?.version ?? null,
        closed: latest?.closed_at != null,
      };
    });
}
