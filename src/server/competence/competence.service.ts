import { auditFrom, recordAudit } from '../audit/audit.repository';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/connect';
import { type ErrorIssue, NotFound, ValidationError } from '../http/errors';
import type { RequestContext } from '../http/request-context';
import { stockholmDay } from '../statistics/rollup';
import { findUser, listUnitMembers } from '../users/users.repository';
import * as repo from './competence.repository';
import type { CompetenceDto, CompetenceInput, UnitCompetence } from './competence.schema';

/** The staff whose competence a unit keeps: its field workers and managers, once each. */
async function unitStaff(db: Db, municipalityId: string, unitId: string) {
  const members = await listUnitMembers(db, municipalityId, unitId);
  const staff = new Map<string, string>();
  for (const member of members)
    if (member.role === 'field_worker' || member.role === 'unit_manager')
      staff.set(member.id, member.display_name);
  return staff;
}

function present(userId: string, displayName: string, row: repo.CompetenceRow | undefined): CompetenceDto {
  return {
    userId,
    displayName,
    recorded: row !== undefined,
    introductionDoneOn: row?.introduction_done_on ?? null,
    introductionName: row?.introduction_name ?? null,
    socialWorkEducation: row?.social_work_education ?? false,
    courses: row?.courses ?? [],
    updatedAt: row ? new Date(row.updated_at).toISOString() : null,
  };
}

/** The unit overview for its manager (or an administrator): each person, and counts without names. */
export async function unitCompetence(
  db: Db,
  actor: Actor,
  unitId: string,
  now: Date,
): Promise<UnitCompetence> {
  const staff = await unitStaff(db, actor.municipalityId, unitId);
  const rows = new Map(
    (await repo.competenceOf(db, actor.municipalityId, [...staff.keys()])).map((row) => [row.user_id, row]),
  );
  const records = [...staff].map(([id, name]) => present(id, name, rows.get(id)));
  const year = stockholmDay(now.toISOString()).slice(0, 4);
  return {
    staff: records,
    summary: {
      staff: records.length,
      withoutIntroduction: records.filter((r) => r.introductionDoneOn === null).length,
      withSocialWorkEducation: records.filter((r) => r.socialWorkEducation).length,
      coursesThisYear: records.flatMap((r) => r.courses).filter((c) => c.completedOn.startsWith(year)).length,
    },
  };
}

export async function ownCompetence(db: Db, actor: Actor): Promise<CompetenceDto> {
  const [user, rows] = await Promise.all([
    findUser(db, actor.municipalityId, actor.userId),
    repo.competenceOf(db, actor.municipalityId, [actor.userId]),
  ]);
  return present(actor.userId, user?.display_name ?? '', rows[0]);
}

/** Dates in the future are typing mistakes: training is recorded once it is done. */
function inputIssues(input: CompetenceInput, today: string): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const future = (path: string) =>
    issues.push({ path, code: 'day_in_future', message: 'Record training once it is done' });
  if (input.introductionDoneOn && input.introductionDoneOn > today) future('introductionDoneOn');
  input.courses.forEach((course, i) => {
    if (course.completedOn > today) future(`courses.${i}.completedOn`);
  });
  return issues;
}

async function save(
  db: Db,
  ctx: RequestContext,
  userId: string,
  input: CompetenceInput,
  unitId: string | null,
) {
  const issues = inputIssues(input, stockholmDay(ctx.now.toISOString()));
  if (issues.length > 0) throw new ValidationError('The competence record has mistakes', issues);
  await db.transaction().execute(async (trx) => {
    await repo.saveCompetence(trx, {
      municipality_id: ctx.actor.municipalityId,
      user_id: userId,
      introduction_done_on: input.introductionDoneOn,
      introduction_name: input.introductionName,
      social_work_education: input.socialWorkEducation,
      courses: [...input.courses].sort((a, b) => (a.completedOn < b.completedOn ? 1 : -1)),
      updated_by: ctx.actor.userId,
      updated_at: ctx.now,
    });
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'competence.update',
      entityType: 'staff_competence',
      entityId: userId,
      details: { unitId, courses: input.courses.length },
    });
  });
}

/** A manager (or administrator) keeps a staff member's record; only the unit's own staff. */
export async function saveStaffCompetence(
  db: Db,
  ctx: RequestContext,
  unitId: string,
  userId: string,
  input: CompetenceInput,
): Promise<CompetenceDto> {
  const staff = await unitStaff(db, ctx.actor.municipalityId, unitId);
  const name = staff.get(userId);
  if (name === undefined) throw new NotFound('Staff member');
  await save(db, ctx, userId, input, unitId);
  const [row] = await repo.competenceOf(db, ctx.actor.municipalityId, [userId]);
  return present(userId, name, row);
}

export async function saveOwnCompetence(
  db: Db,
  ctx: RequestContext,
  input: CompetenceInput,
): Promise<CompetenceDto> {
  await save(db, ctx, ctx.actor.userId, input, null);
  return ownCompetence(db, ctx.actor);
}
