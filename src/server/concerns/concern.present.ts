import type { ReportRecord, ReportSummaryRow } from './concern.repository';
import type { ReportDto, ReportSummaryDto } from './concern.schema';

const iso = (value: Date | null) => value?.toISOString() ?? null;

/** The whole report, as its reporter, the unit manager and the reception see it. */
export function presentReport(row: ReportRecord): ReportDto {
  return {
    id: row.id,
    unit: { id: row.unit_id, name: row.unit_name },
    shiftId: row.shift_id,
    reporterUserId: row.reporter_user_id,
    reporter: { name: row.reporter_name, role: row.reporter_role, phone: row.reporter_phone },
    child: {
      name: row.child_name,
      personalIdentityNumber: row.child_personal_number,
      birthDate: row.child_birth_date,
      address: row.child_address,
      school: row.child_school,
      description: row.child_description,
    },
    guardians: row.guardians,
    concern: row.concern,
    seenAndHeard: row.seen_and_heard,
    place: row.place,
    occurredAt: iso(row.occurred_at),
    urgency: row.urgency,
    emergencyContacted: row.emergency_contacted,
    guardianInformed: row.guardian_informed,
    guardianNotInformedReason: row.guardian_not_informed_reason,
    sentAt: row.sent_at.toISOString(),
    status: row.status,
    acknowledgedAt: iso(row.acknowledged_at),
    acknowledgedBy: row.acknowledged_by
      ? { id: row.acknowledged_by, displayName: row.acknowledged_by_name ?? '' }
      : null,
    feedback:
      row.feedback && row.feedback_at && row.feedback_by
        ? {
            kind: row.feedback,
            message: row.feedback_message,
            at: row.feedback_at.toISOString(),
            by: { id: row.feedback_by, displayName: row.feedback_by_name ?? '' },
          }
        : null,
  };
}

/** One line of a list: enough to find the report, not its content. */
export function presentSummary(row: ReportSummaryRow): ReportSummaryDto {
  return {
    id: row.id,
    unit: { id: row.unit_id, name: row.unit_name },
    reporterName: row.reporter_name,
    childName: row.child_name,
    urgency: row.urgency,
    sentAt: row.sent_at.toISOString(),
    status: row.status,
    acknowledgedAt: iso(row.acknowledged_at),
    feedback: row.feedback,
    feedbackAt: iso(row.feedback_at),
  };
}
