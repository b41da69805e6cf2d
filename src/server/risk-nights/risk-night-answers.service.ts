import { uuidv7 } from '../../shared/uuidv7';
import { auditFrom, recordAudit } from '../audit/audit.repository';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/connect';
import { NotFound, ValidationError } from '../http/errors';
import type { RequestContext } from '../http/request-context';
import { findUnit } from '../organisation/organisation.repository';
import { saveShift } from '../shifts/shift.service';
import * as repo from './risk-nights.repository';
import type { RiskNightAnswerDto, RiskNightAnswerInput, UnitRiskNights } from './risk-nights.schema';
import { nightAsks, presentNight } from './risk-nights.service';

function presentAnswer(row: repo.AnswerRow): RiskNightAnswerDto {
  return {
    plannedStaff: row.planned_staff,
    comment: row.comment,
    answeredAt: new Date(row.answered_at).toISOString(),
    shiftId: row.shift_id,
  };
}

async function loadUnit(db: Db, municipalityId: string, unitId: string) {
  const unit = await findUnit(db, municipalityId, unitId);
  if (!unit) throw new NotFound('Unit');
  return unit;
}

/** A night the unit is asked about; another administration's night is as absent as none. */
async function nightForUnit(db: Db, municipalityId: string, unitId: string, nightId: string) {
  const [unit, night] = await Promise.all([
    loadUnit(db, municipalityId, unitId),
    repo.findRiskNight(db, municipalityId, nightId),
  ]);
  if (!night || !nightAsks(night, unit)) throw new NotFound('Risk night');
  return { unit, night };
}

/** The year's nights the unit is asked about, each with the unit's own answer. */
export async function unitRiskNights(
  db: Db,
  actor: Actor,
  unitId: string,
  year: number,
): Promise<UnitRiskNights> {
  const unit = await loadUnit(db, actor.municipalityId, unitId);
  const nights = (await repo.riskNightsOfYear(db, actor.municipalityId, year)).filter((n) =>
    nightAsks(n, unit),
  );
  const answers = await repo.answersTo(
    db,
    actor.municipalityId,
    nights.map((night) => night.id),
  );
  const own = new Map(answers.filter((a) => a.unit_id === unitId).map((a) => [a.risk_night_id, a]));
  return {
    year,
    nights: nights.map((night) => {
      const answer = own.get(night.id);
      return { ...presentNight(night), answer: answer ? presentAnswer(answer) : null };
    }),
  };
}

/** The unit's answer; answering again replaces it (the same answer twice changes nothing but the time). */
export async function answerRiskNight(
  db: Db,
  ctx: RequestContext,
  unitId: string,
  nightId: string,
  input: RiskNightAnswerInput,
): Promise<RiskNightAnswerDto> {
  const municipalityId = ctx.actor.municipalityId;
  await nightForUnit(db, municipalityId, unitId, nightId);
  await db.transaction().execute(async (trx) => {
    await repo.saveAnswer(trx, {
      municipality_id: municipalityId,
      risk_night_id: nightId,
      unit_id: unitId,
      planned_staff: input.plannedStaff,
      comment: input.comment,
      answered_by: ctx.actor.userId,
      answered_at: ctx.now,
    });
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'risk_night.answer',
      entityType: 'risk_night',
      entityId: nightId,
      details: { unitId, plannedStaff: input.plannedStaff },
    });
  });
  const saved = await repo.findAnswer(db, municipalityId, nightId, unitId);
  if (!saved) throw new Error('The answer just saved is missing');
  return presentAnswer(saved);
}

/**
 * Turns the unit's answer into one planned shift of kind risk_night, through the shift service's
 * own save (its validation, revisions and rollups). The answer claims the shift's ids first, so a
 * second call, or a retry after a failure, saves the same shift again instead of making another.
 */
export async function planRiskNightShift(db: Db, ctx: RequestContext, unitId: string, nightId: string) {
  const municipalityId = ctx.actor.municipalityId;
  const { night } = await nightForUnit(db, municipalityId, unitId, nightId);
  const key = { municipalityId, nightId, unitId };
  if (!(await repo.findAnswer(db, municipalityId, nightId, unitId)))
    throw new ValidationError('Answer the risk night before planning its shift', [
      { path: 'plannedStaff', code: 'not_answered', message: 'The unit has not answered this risk night' },
    ]);
  const fresh = { shiftId: uuidv7(ctx.now.getTime()), mutationId: uuidv7(ctx.now.getTime()) };
  const answer = await repo.claimShiftIds(db, key, fresh);
  if (!answer?.shift_id || !answer.shift_mutation_id) throw new Error('The answer holds no shift ids');
  const span = await repo.nightSpan(db, municipalityId, nightId);
  const { created, shift } = await saveShift(db, ctx, unitId, answer.shift_id, {
    mutationId: answer.shift_mutation_id,
    baseVersion: null,
    shift: {
      status: 'planned',
      kind: 'risk_night',
      title: night.name,
      ...span,
      timeUse: 'outreach',
      preventionLevel: 'universal',
      staffIds: [],
      staffMinutes: [],
      timeSplit: [],
      areaIds: [],
      arenaIds: [],
      partners: [],
      riskFactorIds: [],
      protectiveFactorIds: [],
      encounters: [],
      topics: [],
      actions: [],
      observations: [],
      notes: [`Riskkväll: ${answer.planned_staff} personal planerade.`, answer.comment]
        .filter(Boolean)
        .join(' '),
    },
  });
  return { created, shiftId: shift.id };
}
