import { ACTIVITY_TIME_USE } from '../../shared/field-log';
import { EARLIEST_SHIFT_START } from '../../shared/shift-time';
import { uuidv7 } from '../../shared/uuidv7';
import { auditFrom, recordAudit } from '../audit/audit.repository';
import { type Actor, canInUnit, requirePermission } from '../auth/actor';
import type { Db } from '../db/connect';
import { type ErrorIssue, NotFound, ValidationError } from '../http/errors';
import type { RequestContext } from '../http/request-context';
import { findUnitScope } from '../organisation/organisation.repository';
import { requireTimeUsesAllowed } from '../role-separation/role-separation.service';
import { stockholmDay } from '../statistics/rollup';
import { listUnitMembers } from '../users/users.repository';
import * as repo from './activity.repository';
import type { ActivityDto, ActivityInput, AssignmentDto } from './activity.schema';

/** A unit manager sees and edits everyone's activities; a field worker their own. */
async function managesUnit(db: Db, actor: Actor, unitId: string): Promise<boolean> {
  const unit = await findUnitScope(db, actor.municipalityId, unitId);
  return unit !== null && canInUnit(actor, 'shifts.review', unit);
}

const present = (row: repo.ActivityListRow): ActivityDto => ({
  id: row.id,
  unitId: row.unit_id,
  userId: row.user_id,
  displayName: row.display_name,
  kind: row.kind,
  day: row.day,
  minutes: row.minutes,
  assignmentId: row.assignment_id,
  assignmentName: row.assignment_name,
  partners: row.partners,
  version: row.version,
  updatedAt: new Date(row.updated_at).toISOString(),
});

export async function listActivities(
  db: Db,
  actor: Actor,
  unitId: string,
  range: { from: string; to: string },
): Promise<ActivityDto[]> {
  requirePermission(actor, 'shifts.read');
  const everyone = await managesUnit(db, actor, unitId);
  const rows = await repo.listActivities(db, actor.municipalityId, {
    unitId,
    ...range,
    ...(everyone ? {} : { userId: actor.userId }),
  });
  return rows.map(present);
}

/** What is wrong with an activity before anything is looked up. */
function inputIssues(input: ActivityInput, today: string): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  if (input.day < EARLIEST_SHIFT_START.slice(0, 10))
    issues.push({ path: 'day', code: 'implausible_date', message: 'An activity is on or after 2000-01-01' });
  else if (input.day > today)
    issues.push({
      path: 'day',
      code: 'day_in_future',
      message: 'Log an activity on the day it happened or later',
    });
  if ((input.kind === 'other_municipal') !== (input.assignmentId !== null))
    issues.push({
      path: 'assignmentId',
      code: input.kind === 'other_municipal' ? 'assignment_required' : 'assignment_not_expected',
      message:
        input.kind === 'other_municipal'
          ? 'Name the municipal assignment the time went to'
          : 'Only other municipal assignments name an assignment',
    });
  return issues;
}

/**
 * Creates the activity under the phone's id, or replaces it: a resend of the same save lands once.
 * Whose time it is defaults to the caller; only the unit's manager logs for a colleague.
 */
export async function saveActivity(
  db: Db,
  ctx: RequestContext,
  unitId: string,
  activityId: string,
  input: ActivityInput,
): Promise<{ created: boolean; activity: ActivityDto }> {
  requirePermission(ctx.actor, 'shifts.write');
  const municipalityId = ctx.actor.municipalityId;
  const issues = inputIssues(input, stockholmDay(ctx.now.toISOString()));
  if (issues.length > 0) throw new ValidationError('The activity cannot be saved as it is', issues);
  const manager = await managesUnit(db, ctx.actor, unitId);
  const userId = input.userId ?? ctx.actor.userId;
  const created = await db.transaction().execute(async (trx) => {
    const existing = await repo.findActivity(trx, municipalityId, unitId, activityId);
    if (existing && !manager && existing.user_id !== ctx.actor.userId) throw new NotFound('Activity');
    if (userId !== ctx.actor.userId && !manager)
      throw new ValidationError('You log your own time', [
        {
          path: 'userId',
          code: 'not_own_activity',
          message: 'Only the unit’s manager logs a colleague’s time',
        },
      ]);
    const members = await listUnitMembers(trx, municipalityId, unitId);
    if (!members.some((member) => member.id === userId) && existing?.user_id !== userId)
      throw new ValidationError('Not a member of this unit', [
        { path: 'userId', code: 'not_unit_staff', message: 'Not a member of this unit' },
      ]);
    if (input.assignmentId) {
      const assignment = await repo.findAssignment(trx, municipalityId, unitId, input.assignmentId);
      const kept = existing?.assignment_id === input.assignmentId;
      if (!assignment || (assignment.retired_at !== null && !kept))
        throw new ValidationError('Unknown assignment', [
          { path: 'assignmentId', code: 'unknown_assignment', message: 'Not one of the unit’s assignments' },
        ]);
    }
    await requireTimeUsesAllowed(trx, municipalityId, [
      {
        path: 'kind',
        timeUse: ACTIVITY_TIME_USE[input.kind],
        previous: existing ? ACTIVITY_TIME_USE[existing.kind] : null,
      },
    ]);
    const fields = {
      user_id: userId,
      kind: input.kind,
      assignment_id: input.assignmentId,
      day: input.day,
      minutes: input.minutes,
      partners: [...new Set(input.partners)].sort(),
      updated_by: ctx.actor.userId,
      updated_at: ctx.now,
    };
    const key = { municipalityId, unitId, id: activityId };
    if (existing) await repo.updateActivity(trx, key, fields);
    else
      await repo.insertActivity(trx, {
        id: activityId,
        municipality_id: municipalityId,
        unit_id: unitId,
        created_by: ctx.actor.userId,
        created_at: ctx.now,
        version: 1,
        ...fields,
      });
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: existing ? 'activity.update' : 'activity.create',
      entityType: 'activity',
      entityId: activityId,
      details: { unitId, userId, kind: input.kind, day: input.day, minutes: input.minutes },
    });
    return !existing;
  });
  const [saved] = (
    await repo.listActivities(db, municipalityId, { unitId, from: input.day, to: nextDay(input.day) })
  ).filter((row) => row.id === activityId);
  if (!saved) throw new NotFound('Activity');
  return { created, activity: present(saved) };
}

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export async function deleteActivity(db: Db, ctx: RequestContext, unitId: string, activityId: string) {
  requirePermission(ctx.actor, 'shifts.write');
  const municipalityId = ctx.actor.municipalityId;
  const manager = await managesUnit(db, ctx.actor, unitId);
  await db.transaction().execute(async (trx) => {
    const existing = await repo.findActivity(trx, municipalityId, unitId, activityId);
    if (!existing || (!manager && existing.user_id !== ctx.actor.userId)) throw new NotFound('Activity');
    await repo.deleteActivity(trx, { municipalityId, unitId, id: activityId });
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'activity.delete',
      entityType: 'activity',
      entityId: activityId,
      details: { unitId, userId: existing.user_id, kind: existing.kind, day: existing.day },
    });
  });
}

const presentAssignment = (row: { id: string; name: string; retired_at: Date | null }): AssignmentDto => ({
  id: row.id,
  name: row.name,
  retired: row.retired_at !== null,
});

export async function listAssignments(db: Db, actor: Actor, unitId: string): Promise<AssignmentDto[]> {
  requirePermission(actor, 'shifts.read');
  return (await repo.listAssignments(db, actor.municipalityId, unitId)).map(presentAssignment);
}

export async function addAssignment(db: Db, ctx: RequestContext, unitId: string, name: string) {
  requirePermission(ctx.actor, 'shifts.review');
  const municipalityId = ctx.actor.municipalityId;
  const id = uuidv7(ctx.now.getTime());
  await db.transaction().execute(async (trx) => {
    const taken = (await repo.listAssignments(trx, municipalityId, unitId)).some(
      (row) => row.retired_at === null && row.name.toLocaleLowerCase('sv') === name.toLocaleLowerCase('sv'),
    );
    if (taken)
      throw new ValidationError('The unit already has this assignment', [
        { path: 'name', code: 'assignment_exists', message: 'An active assignment has this name' },
      ]);
    await repo.insertAssignment(trx, {
      id,
      municipality_id: municipalityId,
      unit_id: unitId,
      name,
      now: ctx.now,
    });
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'assignment.create',
      entityType: 'municipal_assignment',
      entityId: id,
      details: { unitId },
    });
  });
  return presentAssignment({ id, name, retired_at: null });
}

/** Retired assignments stay on the activities that named them, and are offered no more. */
export async function retireAssignment(db: Db, ctx: RequestContext, unitId: string, assignmentId: string) {
  requirePermission(ctx.actor, 'shifts.review');
  const municipalityId = ctx.actor.municipalityId;
  return db.transaction().execute(async (trx) => {
    const found = await repo.findAssignment(trx, municipalityId, unitId, assignmentId);
    if (!found) throw new NotFound('Assignment');
    await repo.retireAssignment(trx, { municipalityId, unitId, id: assignmentId }, ctx.now);
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'assignment.retire',
      entityType: 'municipal_assignment',
      entityId: assignmentId,
      details: { unitId },
    });
    return presentAssignment({ ...found, retired_at: found.retired_at ?? ctx.now });
  });
}
