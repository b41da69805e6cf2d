import { uuidv7 } from '../../shared/uuidv7';
import { auditFrom, recordAccess, recordAudit } from '../audit/audit.repository';
import { requirePermission } from '../auth/actor';
import type { Db } from '../db/connect';
import { isUniqueViolation } from '../db/errors';
import { Conflict, NotFound, ValidationError } from '../http/errors';
import type { RequestContext } from '../http/request-context';
import { shiftIdInUnit } from '../shifts/shift.repository';
import { renderReportPdf } from './concern.pdf';
import { presentReport, presentSummary } from './concern.present';
import type { ReportRecord } from './concern.repository';
import * as repo from './concern.repository';
import type { FeedbackInput, ReportDto, SendReportInput } from './concern.schema';
import { compareInbox, feedbackIssues, normaliseReport, reportIssues, seesWholeUnit } from './concern-rules';

const ENTITY = 'report_of_concern';
/** Which side of the boundary read a report: the unit that sent it, or the reception. */
type Side = 'unit' | 'reception';

/**
 * Records a read of reports (personal data) before the answer leaves. Ids only: the audit trail
 * outlives the reports, and must not keep what the scheduled deletion removes.
 */
function recordRead(
  db: Db,
  ctx: RequestContext,
  action: 'concern.list' | 'concern.read' | 'concern.pdf',
  read: { side: Side; reportId?: string; unitId?: string; reportIds?: string[] },
) {
  const { reportId, ...details } = read;
  return recordAccess(db, {
    ...auditFrom(ctx),
    action,
    entityType: ENTITY,
    entityId: reportId ?? null,
    details,
  });
}

/**
 * A send id is the browser's key for one send, so a resend after a lost answer is recognised; it is
 * looked up only among the caller's own reports from this unit. Another unit's or another reporter's
 * send id is therefore as unused here as a random one (201, a new report), and the report's own id
 * is made by the server, so nothing a caller sends can collide with someone else's report.
 */
const sendIdReused = () =>
  new Conflict(
    'send_id_reused',
    'This sendId was already used for another report; send it with a new sendId',
  );

const instant = (value: Date | string | null) => (value === null ? null : new Date(value).getTime());

/** Whether a resend carries the report already stored under its id (the outbox's retry). */
function sameReport(existing: ReportRecord, unitId: string, report: SendReportInput): boolean {
  const { child } = report;
  return (
    existing.unit_id === unitId &&
    existing.shift_id === (report.shiftId ?? null) &&
    existing.child_name === child.name &&
    existing.child_personal_number === child.personalIdentityNumber &&
    existing.child_address === child.address &&
    existing.child_school === child.school &&
    existing.child_description === child.description &&
    existing.guardians === report.guardians &&
    existing.concern === report.concern &&
    existing.seen_and_heard === report.seenAndHeard &&
    existing.place === report.place &&
    existing.urgency === report.urgency &&
    existing.emergency_contacted === report.emergencyContacted &&
    existing.guardian_informed === report.guardianInformed &&
    instant(existing.occurred_at) === (report.occurredAt ? Date.parse(report.occurredAt) : null)
  );
}

/** Creates the report and delivers it to the reception in one step. A resend of the same id is answered, not repeated. */
export async function sendReport(
  db: Db,
  ctx: RequestContext,
  unitId: string,
  input: SendReportInput,
): Promise<{ created: boolean; report: ReportDto }> {
  requirePermission(ctx.actor, 'concern.report');
  const municipalityId = ctx.actor.municipalityId;
  const report = normaliseReport(input);
  const issues = reportIssues(report, ctx.now);
  if (issues.length > 0) throw new ValidationError('The report cannot be sent as it is', issues);

  try {
    return await db.transaction().execute(async (trx) => {
      const existing = await repo.findSentReport(
        trx,
        municipalityId,
        unitId,
        ctx.actor.userId,
        report.sendId,
      );
      if (existing) {
        if (!sameReport(existing, unitId, report)) throw sendIdReused();
        return { created: false, report: presentReport(existing) };
      }
      const shiftId = report.shiftId && (await shiftIdInUnit(trx, municipalityId, unitId, report.shiftId));
      if (shiftId === undefined)
        throw new ValidationError('The shift is not one of the unit’s', [
          { path: 'shiftId', code: 'unknown_shift', message: 'No such shift in this unit' },
        ]);
      const id = uuidv7(ctx.now.getTime());
      await repo.insertReport(trx, {
        id,
        send_id: report.sendId,
        municipality_id: municipalityId,
        unit_id: unitId,
        shift_id: shiftId,
        reporter_user_id: ctx.actor.userId,
        reporter_name: report.reporter.name,
        reporter_role: report.reporter.role,
        reporter_phone: report.reporter.phone,
        child_name: report.child.name,
        child_personal_number: report.child.personalIdentityNumber,
        child_birth_date: report.child.birthDate,
        child_address: report.child.address,
        child_school: report.child.school,
        child_description: report.child.description,
        guardians: report.guardians,
        concern: report.concern,
        seen_and_heard: report.seenAndHeard,
        place: report.place,
        occurred_at: report.occurredAt,
        urgency: report.urgency,
        emergency_contacted: report.emergencyContacted,
        guardian_informed: report.guardianInformed,
        guardian_not_informed_reason:
          report.guardianInformed === 'no' ? report.guardianNotInformedReason : null,
        status: 'sent',
        sent_at: ctx.now,
      });
      await recordAudit(trx, {
        ...auditFrom(ctx),
        action: 'concern.send',
        entityType: ENTITY,
        entityId: id,
        details: { unitId },
      });
      const saved = await repo.findReport(trx, municipalityId, id);
      if (!saved) throw new Error('A report just sent could not be read back');
      return { created: true, report: presentReport(saved) };
    });
  } catch (error) {
    // Two sends of one send id at once: the loser is told, the winner's report stands.
    if (isUniqueViolation(error)) throw sendIdReused();
    throw error;
  }
}

/** The unit's reports its caller may see: the unit manager all of them, a field worker their own. */
export async function listUnitReports(db: Db, ctx: RequestContext, unitId: string) {
  requirePermission(ctx.actor, 'concern.report');
  const reporterId = seesWholeUnit(ctx.actor.grants, unitId) ? null : ctx.actor.userId;
  const rows = await repo.listUnitReports(db, ctx.actor.municipalityId, unitId, reporterId);
  await recordRead(db, ctx, 'concern.list', { side: 'unit', unitId, reportIds: rows.map((row) => row.id) });
  return { reports: rows.map(presentSummary) };
}

/** A report as its unit sees it; someone else's (for a field worker) is as absent as a missing one. */
async function loadForUnit(db: Db, ctx: RequestContext, unitId: string, reportId: string) {
  requirePermission(ctx.actor, 'concern.report');
  const row = await repo.findReport(db, ctx.actor.municipalityId, reportId);
  const visible =
    row?.unit_id === unitId &&
    (seesWholeUnit(ctx.actor.grants, unitId) || row.reporter_user_id === ctx.actor.userId);
  if (!row || !visible) throw new NotFound('Report of concern');
  return presentReport(row);
}

/** A report of the municipality, as the reception sees it. */
async function loadForReception(db: Db, ctx: RequestContext, reportId: string) {
  requirePermission(ctx.actor, 'concern.receive');
  const row = await repo.findReport(db, ctx.actor.municipalityId, reportId);
  if (!row) throw new NotFound('Report of concern');
  return presentReport(row);
}

/** The audit's note of who read: the unit (and which), or the reception. */
function readBy(unitId: string | null): { side: Side; unitId?: string } {
  return unitId === null ? { side: 'reception' } : { side: 'unit', unitId };
}

/** Where a report is read from: its unit (`unitId`) or the reception (`null`). */
function load(db: Db, ctx: RequestContext, unitId: string | null, reportId: string) {
  return unitId === null ? loadForReception(db, ctx, reportId) : loadForUnit(db, ctx, unitId, reportId);
}

/** One report, from its unit's side or the reception's; the read is audited. */
export async function getReport(db: Db, ctx: RequestContext, unitId: string | null, reportId: string) {
  const report = await load(db, ctx, unitId, reportId);
  await recordRead(db, ctx, 'concern.read', { ...readBy(unitId), reportId });
  return report;
}

/** One report as a PDF file; the download is audited. */
export async function reportPdf(db: Db, ctx: RequestContext, unitId: string | null, reportId: string) {
  const report = await load(db, ctx, unitId, reportId);
  const file = await renderReportPdf(report);
  await recordRead(db, ctx, 'concern.pdf', { ...readBy(unitId), reportId });
  return { file, fileName: `orosanmalan-${report.sentAt.slice(0, 10)}-${report.id.slice(-8)}.pdf` };
}

/** The reception's inbox: waiting reports first, the most urgent of them first, then newest first. */
export async function listInbox(db: Db, ctx: RequestContext) {
  requirePermission(ctx.actor, 'concern.receive');
  const rows = await repo.listInbox(db, ctx.actor.municipalityId);
  rows.sort((a, b) =>
    compareInbox(
      { status: a.status, urgency: a.urgency, sentAt: a.sent_at, id: a.id },
      { status: b.status, urgency: b.urgency, sentAt: b.sent_at, id: b.id },
    ),
  );
  await recordRead(db, ctx, 'concern.list', { side: 'reception', reportIds: rows.map((row) => row.id) });
  return { reports: rows.map(presentSummary) };
}

/** The reception confirms it has the report; once. */
export async function acknowledgeReport(db: Db, ctx: RequestContext, reportId: string) {
  requirePermission(ctx.actor, 'concern.receive');
  const municipalityId = ctx.actor.municipalityId;
  return db.transaction().execute(async (trx) => {
    if (!(await repo.findReport(trx, municipalityId, reportId))) throw new NotFound('Report of concern');
    if (!(await repo.markAcknowledged(trx, municipalityId, reportId, ctx.actor.userId, ctx.now)))
      throw new Conflict('already_acknowledged', 'The report has already been acknowledged');
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'concern.acknowledge',
      entityType: ENTITY,
      entityId: reportId,
    });
    const saved = await repo.findReport(trx, municipalityId, reportId);
    if (!saved) throw new Error('A report just acknowledged could not be read back');
    return presentReport(saved);
  });
}

/**
 * The reception tells the reporter what happens with the report. It may say so again later (from
 * "received" to "investigation opened"); the latest stands, and every one is audited.
 */
export async function giveFeedback(db: Db, ctx: RequestContext, reportId: string, input: FeedbackInput) {
  requirePermission(ctx.actor, 'concern.receive');
  const municipalityId = ctx.actor.municipalityId;
  const message = input.message?.trim() || null;
  const issues = feedbackIssues({ ...input, message });
  if (issues.length > 0) throw new ValidationError('The feedback cannot be sent as it is', issues);
  return db.transaction().execute(async (trx) => {
    if (!(await repo.findReport(trx, municipalityId, reportId))) throw new NotFound('Report of concern');
    const saved = await repo.setFeedback(trx, municipalityId, reportId, {
      kind: input.feedback,
      message,
      by: ctx.actor.userId,
      at: ctx.now,
    });
    if (!saved) throw new Conflict('not_acknowledged', 'Acknowledge the report before giving feedback');
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'concern.feedback',
      entityType: ENTITY,
      entityId: reportId,
    });
    const updated = await repo.findReport(trx, municipalityId, reportId);
    if (!updated) throw new Error('A report just answered could not be read back');
    return presentReport(updated);
  });
}
