import type { Kysely, Transaction } from 'kysely';
import { staffTimeIssues } from '../../shared/staff-time';
import { uuidv7 } from '../../shared/uuidv7';
import { auditFrom, recordAudit } from '../audit/audit.repository';
import { type Actor, describeRoles, requirePermission } from '../auth/actor';
import type { Db } from '../db/connect';
import { isUniqueViolation } from '../db/constraint-violation';
import type { Database } from '../db/database';
import { recordKeySecret } from '../disclosure/secret.repository';
import { keyShift } from '../disclosure/shift-keys';
import { Conflict, NotFound, ValidationError, VersionConflict } from '../http/errors';
import type { RequestContext } from '../http/request-context';
import { requireTimeUsesAllowed } from '../role-separation/role-separation.service';
import { rollupDelta } from '../statistics/rollup';
import { applyRollupDelta } from '../statistics/rollup.repository';
import { presentShift, presentSummary } from './shift.present';
import * as repo from './shift.repository';
import type { ShiftDto, ShiftInput } from './shift.schema';
import { canonicalShift, diffShifts } from './shift-diff';
import {
  actionIssues,
  areaIssues,
  categoryIssues,
  observationIssues,
  personalDataIssues,
  referenceIdsOf,
  staffIssues,
  timeSpanIssues,
  timeUsesWanted,
} from './shift-rules';
import * as writes from './shift-write.repository';

type Reader = Kysely<Database> | Transaction<Database>;

/** A shift row's own columns from the document (its tallies and links live in child tables). */
const fieldsOfRow = (shift: ShiftInput) => ({
  status: shift.status,
  kind: shift.kind,
  title: shift.title,
  starts_at: new Date(shift.startsAt),
  ends_at: new Date(shift.endsAt),
  time_use: shift.timeUse,
  prevention_level: shift.preventionLevel,
  partners: shift.partners,
  notes: shift.notes,
});

/**
 * Loads the shift this unit knows by `publicId` (the id in the API). Lookups go through the unit, so
 * another unit's shift is as absent as one that never existed.
 */
async function loadInUnit(
  db: Reader,
  municipalityId: string,
  unitId: string,
  publicId: string,
  forUpdate = false,
) {
  const id = await repo.shiftIdInUnit(db, municipalityId, unitId, publicId);
  return id === undefined ? undefined : repo.loadShift(db, municipalityId, id, forUpdate);
}

/**
 * The row id for a new shift: the phone's id, unless another unit of the municipality already holds
 * it, when the server makes one. Either way the unit addresses the shift by the phone's id, so a
 * create under another unit's id gets exactly what a create under a random id gets (201).
 */
async function rowIdFor(db: Reader, municipalityId: string, publicId: string, now: Date) {
  return (await repo.shiftRowExists(db, municipalityId, publicId)) ? uuidv7(now.getTime()) : publicId;
}

async function present(db: Reader, municipalityId: string, record: repo.ShiftRecord): Promise<ShiftDto> {
  const { row } = record;
  const ids = [
    row.created_by,
    row.updated_by,
    ...(row.reviewed_by ? [row.reviewed_by] : []),
    ...record.input.staffIds,
  ];
  return presentShift(row, record.input, await repo.findPeople(db, municipalityId, ids));
}

export async function getShift(db: Db, actor: Actor, unitId: string, shiftId: string) {
  requirePermission(actor, 'shifts.read');
  const record = await loadInUnit(db, actor.municipalityId, unitId, shiftId);
  if (!record) throw new NotFound('Shift');
  return present(db, actor.municipalityId, record);
}

export async function listShifts(
  db: Db,
  actor: Actor,
  unitId: string,
  query: { from: string; to: string; needsLog: boolean; needsReview: boolean },
  now: Date,
) {
  requirePermission(actor, 'shifts.read');
  const rows = await repo.listShiftSummaries(db, actor.municipalityId, unitId, {
    from: query.from,
    to: query.to,
    needsLogBefore: query.needsLog ? now : undefined,
    needsReview: query.needsReview,
  });
  return { shifts: rows.map((row) => presentSummary(row, row.staff, now)) };
}

export type SaveShiftRequest = { mutationId: string; baseVersion: number | null; shift: ShiftInput };

/**
 * Creates or updates a whole shift in one transaction. Idempotent: the same mutationId again returns
 * the current shift without applying it twice (a phone retrying after a lost response, even while
 * the first request still runs); a mutationId used for another shift is refused. Versioned: an edit
 * based on an older version is refused with the current one, never applied over it.
 */
export async function saveShift(
  db: Db,
  ctx: RequestContext,
  unitId: string,
  shiftId: string,
  request: SaveShiftRequest,
): Promise<{ created: boolean; shift: ShiftDto }> {
  requirePermission(ctx.actor, 'shifts.write');
  // Check the shift as sent, so every issue's path points into the request body; store it canonical.
  const sent = request.shift;
  const inputIssues = [
    ...timeSpanIssues(sent, ctx.now),
    ...personalDataIssues(sent),
    ...actionIssues(sent),
    ...observationIssues(sent),
    ...staffTimeIssues(sent),
  ];
  if (inputIssues.length > 0) throw new ValidationError('The shift cannot be saved as it is', inputIssues);

  try {
    return await applySave(db, ctx, unitId, shiftId, request);
  } catch (error) {
    // Two saves with one mutationId for two shifts at the same moment: the second meets the first's row.
    if (isUniqueViolation(error, 'shift_mutations_pkey'))
      throw new Conflict('mutation_id_reused', 'This mutationId was already used for another shift');
    throw error;
  }
}

/** The save itself, in one transaction; rollups last. */
async function applySave(
  db: Db,
  ctx: RequestContext,
  unitId: string,
  shiftId: string,
  request: SaveShiftRequest,
): Promise<{ created: boolean; shift: ShiftDto }> {
  const municipalityId = ctx.actor.municipalityId;
  const sent = request.shift;
  return db.transaction().execute(async (trx) => {
    await writes.lockShiftForSave(trx, municipalityId, shiftId);
    const existing = await loadInUnit(trx, municipalityId, unitId, shiftId, true);
    const rowId = existing?.row.id ?? (await rowIdFor(trx, municipalityId, shiftId, ctx.now));
    const appliedTo = await writes.appliedTo(trx, municipalityId, request.mutationId);
    if (appliedTo !== undefined && appliedTo !== rowId) {
      throw new Conflict('mutation_id_reused', 'This mutationId was already used for another shift');
    }
    if (existing && appliedTo === rowId) {
      return { created: false, shift: await present(trx, municipalityId, existing) };
    }
    if (!existing && request.baseVersion !== null) throw new NotFound('Shift');
    if (existing && request.baseVersion !== existing.row.version) {
      throw new VersionConflict(await present(trx, municipalityId, existing));
    }
    const previous = existing?.input ?? null;
    await requireTimeUsesAllowed(trx, municipalityId, timeUsesWanted(sent, previous));
    const createdBy = existing?.row.created_by ?? ctx.actor.userId;
    const references = await repo.loadSaveReferences(trx, municipalityId, unitId, {
      ...referenceIdsOf(sent),
      people: [createdBy, ctx.actor.userId, ...sent.staffIds],
    });
    const referenceIssues = [
      ...categoryIssues(sent, previous, references.categories),
      ...areaIssues(sent, previous, references.areas),
      ...staffIssues(sent, previous, references.members),
    ];
    if (referenceIssues.length > 0)
      throw new ValidationError('The shift names something unknown', referenceIssues);
    const shift = canonicalShift(sent);

    const changes = diffShifts(previous, shift);
    if (existing && changes.length === 0) {
      const unchanged = {
        municipalityId,
        shiftId: rowId,
        mutationId: request.mutationId,
        version: existing.row.version,
      };
      await writes.recordMutation(trx, { ...unchanged, now: ctx.now });
      return { created: false, shift: await present(trx, municipalityId, existing) };
    }
    const secret = await recordKeySecret(trx, municipalityId);
    const keys = keyShift(secret, rowId, shift);
    const version = (existing?.row.version ?? 0) + 1;
    await writes.writeShift(trx, {
      id: rowId,
      publicId: shiftId,
      municipalityId,
      unitId,
      version,
      mutationId: request.mutationId,
      actorId: ctx.actor.userId,
      now: ctx.now,
      created: !existing,
      input: shift,
      keys,
      changed: new Set(changes.map((change) => change.field)),
    });
    await writes.insertRevision(trx, {
      id: uuidv7(ctx.now.getTime()),
      municipalityId,
      shiftId: rowId,
      version,
      changedBy: ctx.actor.userId,
      changedByRoles: describeRoles(ctx.actor),
      changedAt: ctx.now,
      changes,
    });
    // What was just written, as a read would give it back: no second round of queries.
    const row = {
      ...(existing?.row ?? {
        id: rowId,
        public_id: shiftId,
        municipality_id: municipalityId,
        unit_id: unitId,
      }),
      ...fieldsOfRow(shift),
      version,
      created_by: createdBy,
      created_at: existing?.row.created_at ?? ctx.now,
      updated_by: ctx.actor.userId,
      updated_at: ctx.now,
      reviewed_by: null,
      reviewed_at: null,
    };
    const dto = presentShift(row, shift, references.people);
    // Last: the rollup rows are shared by every save of the unit (the municipality's month by every
    // save in it), so they are locked for as short a time as the commit allows.
    const before = previous && { input: previous, keys: keyShift(secret, rowId, previous) };
    await applyRollupDelta(trx, municipalityId, rollupDelta(unitId, before, { input: shift, keys }));
    return { created: !existing, shift: dto };
  });
}

export async function reviewShift(db: Db, ctx: RequestContext, unitId: string, shiftId: string) {
  requirePermission(ctx.actor, 'shifts.review');
  const municipalityId = ctx.actor.municipalityId;
  return db.transaction().execute(async (trx) => {
    const existing = await loadInUnit(trx, municipalityId, unitId, shiftId, true);
    if (!existing) throw new NotFound('Shift');
    if (existing.row.status !== 'done')
      throw new Conflict('not_done', 'Only a done shift’s log can be reviewed');
    const rowId = existing.row.id;
    await writes.markReviewed(trx, municipalityId, rowId, ctx.actor.userId, ctx.now);
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'shift.review',
      entityType: 'shift',
      entityId: rowId,
      details: { version: existing.row.version },
    });
    const reviewed = await repo.loadShift(trx, municipalityId, rowId);
    if (!reviewed) throw new Error('A shift just reviewed could not be read back');
    return present(trx, municipalityId, reviewed);
  });
}

export async function listShiftRevisions(db: Db, actor: Actor, unitId: string, shiftId: string) {
  requirePermission(actor, 'shifts.read');
  const shift = await loadInUnit(db, actor.municipalityId, unitId, shiftId);
  if (!shift) throw new NotFound('Shift');
  const rows = await repo.listRevisions(db, actor.municipalityId, shift.row.id);
  const names = await repo.findPeople(db, actor.municipalityId, [
    ...new Set(rows.map((row) => row.changed_by)),
  ]);
  return {
    revisions: rows.map((row) => ({
      version: row.version,
      changedAt: row.changed_at.toISOString(),
      changedBy: { id: row.changed_by, displayName: names.get(row.changed_by) ?? '' },
      changedByRoles: row.changed_by_roles,
      changes: row.changes,
    })),
  };
}
