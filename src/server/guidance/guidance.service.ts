import { type Actor, requirePermission } from '../auth/actor';
import type { Db } from '../db/connect';
import { recordKeySecret } from '../disclosure/secret.repository';
import { keyGuidanceOutcome } from '../disclosure/shift-keys';
import { Conflict, NotFound, ValidationError } from '../http/errors';
import type { RequestContext } from '../http/request-context';
import { findShiftRow, shiftIdInUnit } from '../shifts/shift.repository';
import { awaitsFollowUp, presentFollowUpShifts } from './guidance.present';
import * as repo from './guidance.repository';
import type { FollowUpShift, SaveOutcomes } from './guidance.schema';
import { cellKey, FOLLOW_UP_AFTER_DAYS, FOLLOW_UP_WITHIN_DAYS, outcomeIssues } from './guidance-rules';

const DAY_MS = 86_400_000;

/** "Uppföljning av lotsning": the unit's guidance from done shifts old enough to ask about, still lacking an outcome. */
export async function listFollowUp(db: Db, actor: Actor, unitId: string, now: Date) {
  requirePermission(actor, 'shifts.read');
  const rows = await repo.listGuidanceCells(db, actor.municipalityId, {
    unitId,
    endedBefore: new Date(now.getTime() - FOLLOW_UP_AFTER_DAYS * DAY_MS),
    endedAfter: new Date(now.getTime() - FOLLOW_UP_WITHIN_DAYS * DAY_MS),
  });
  return {
    followUpAfterDays: FOLLOW_UP_AFTER_DAYS,
    followUpWithinDays: FOLLOW_UP_WITHIN_DAYS,
    shifts: presentFollowUpShifts(rows).filter(awaitsFollowUp),
  };
}

/**
 * Records the whole outcome set of one done shift's guidance, in one transaction. Idempotent: the
 * same mutationId again returns the current outcomes without applying it twice, even after a
 * colleague has saved since. The shift row is locked, so a concurrent shift edit cannot change the
 * guided counts while they are checked.
 */
export async function saveOutcomes(
  db: Db,
  ctx: RequestContext,
  unitId: string,
  publicShiftId: string,
  request: SaveOutcomes,
): Promise<FollowUpShift> {
  requirePermission(ctx.actor, 'shifts.write');
  const municipalityId = ctx.actor.municipalityId;
  return db.transaction().execute(async (trx) => {
    const shiftId = await shiftIdInUnit(trx, municipalityId, unitId, publicShiftId);
    const shift = shiftId && (await findShiftRow(trx, municipalityId, shiftId, true));
    if (!shiftId || !shift) throw new NotFound('Shift');
    const current = async () => {
      const rows = await repo.listGuidanceCells(trx, municipalityId, { shiftId });
      return presentFollowUpShifts(rows)[0] ?? emptyShift(shift);
    };
    const applied = await repo.appliedTo(trx, municipalityId, request.mutationId);
    if (applied === shiftId) return current();
    if (applied) throw new Conflict('mutation_reused', 'This mutationId was used for another shift');
    if (shift.status !== 'done')
      throw new Conflict('shift_not_done', 'Only a done shift’s guidance can be followed up');

    const cells = await current();
    const guided = new Map(cells.cells.map((cell) => [cellKey(cell), cell.guided]));
    const issues = outcomeIssues(guided, request.outcomes);
    if (issues.length > 0) throw new ValidationError('The outcomes do not fit the guidance', issues);
    const secret = await recordKeySecret(trx, municipalityId);
    await repo.replaceOutcomes(trx, {
      municipalityId,
      shiftId,
      actorId: ctx.actor.userId,
      now: ctx.now,
      outcomes: request.outcomes.map((o) => ({ ...o, ...keyGuidanceOutcome(secret, shiftId, o, o) })),
    });
    await repo.recordOutcomeMutation(trx, {
      municipalityId,
      shiftId,
      mutationId: request.mutationId,
      now: ctx.now,
    });
    return current();
  });
}

const emptyShift = (shift: { public_id: string; starts_at: Date; ends_at: Date }): FollowUpShift => ({
  shiftId: shift.public_id,
  startsAt: shift.starts_at.toISOString(),
  endsAt: shift.ends_at.toISOString(),
  cells: [],
});
