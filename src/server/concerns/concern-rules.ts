import { findPersonalData, isPersonalIdentityNumber } from '../../shared/personal-data';
import type { Grant } from '../auth/actor';
import type { ConcernStatus, ConcernUrgency, Role } from '../db/database';
import type { ErrorIssue } from '../http/errors';
import type { FeedbackInput, SendReportInput } from './concern.schema';

/**
 * Who on the reporting side sees all of a unit's reports rather than only their own. The unit
 * manager answers for the unit's reporting duty and follows it up; colleagues do not need to read
 * each other's reports about named children.
 */
const SEES_WHOLE_UNIT: Record<Role, boolean> = {
  field_worker: false,
  unit_manager: true,
  analyst: false,
  reception: false,
  partner: false,
  administrator: false,
};

/** Whether the grants let their holder read every report of the unit (else only their own). */
export function seesWholeUnit(grants: readonly Grant[], unitId: string): boolean {
  return grants.some((grant) => SEES_WHOLE_UNIT[grant.role] && grant.unitId === unitId);
}

/** Blank optional text is "not known": stored as null, never as ''. */
export function blankToNull(text: string | null): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** A report with every optional text trimmed, and blanks as null. */
export function normaliseReport(input: SendReportInput): SendReportInput {
  const { child } = input;
  return {
    ...input,
    child: {
      name: blankToNull(child.name),
      personalIdentityNumber: blankToNull(child.personalIdentityNumber),
      birthDate: child.birthDate,
      address: blankToNull(child.address),
      school: blankToNull(child.school),
      description: blankToNull(child.description),
    },
    guardians: blankToNull(input.guardians),
    place: blankToNull(input.place),
    guardianNotInformedReason: blankToNull(input.guardianNotInformedReason),
  };
}

const issue = (path: string, code: string, message: string): ErrorIssue => ({ path, code, message });
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * What makes a (normalised) report impossible to act on. The child's identity fields may hold a
 * personnummer, a name and an address: that is what they are for, so no personal-data guard here.
 */
export function reportIssues(report: SendReportInput, now: Date): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const { child } = report;
  if (Object.values(child).every((value) => value === null))
    issues.push(
      issue('child', 'child_unidentified', 'Give something that identifies the child, or describe them'),
    );
  if (child.personalIdentityNumber !== null && !isPersonalIdentityNumber(child.personalIdentityNumber))
    issues.push(
      issue(
        'child.personalIdentityNumber',
        'invalid_personal_identity_number',
        'Not a valid personnummer or samordningsnummer',
      ),
    );
  if (child.birthDate !== null && Date.parse(`${child.birthDate}T00:00:00Z`) > now.getTime())
    issues.push(issue('child.birthDate', 'in_future', 'The birth date is in the future'));
  if (report.occurredAt !== null && Date.parse(report.occurredAt) > now.getTime() + CLOCK_SKEW_MS)
    issues.push(issue('occurredAt', 'in_future', 'What is reported cannot have happened yet'));
  if (report.reporter.phone.replace(/\D/g, '').length < 6)
    issues.push(issue('reporter.phone', 'invalid_phone', 'The reception must be able to call the reporter'));
  if (report.urgency === 'immediate' && report.emergencyContacted === null)
    issues.push(
      issue('emergencyContacted', 'required', 'Say whether 112 or the social emergency service was called'),
    );
  if (report.guardianInformed === 'no' && report.guardianNotInformedReason === null)
    issues.push(issue('guardianNotInformedReason', 'required', 'Say why the guardians were not told'));
  return issues;
}

/**
 * The reception's message goes back to the reporter, and secrecy lets it say little more than
 * what happens next: no personnummer, phone number or e-mail address in it.
 */
export function feedbackIssues(input: FeedbackInput): ErrorIssue[] {
  const found = input.message ? findPersonalData(input.message) : [];
  if (found.length === 0) return [];
  return [
    issue(
      'message',
      'personal_data',
      `Contains ${found.map((f) => f.kind).join(', ')}; the message to the reporter must not identify anyone`,
    ),
  ];
}

const URGENCY_RANK: Record<ConcernUrgency, number> = { immediate: 0, urgent: 1, normal: 2 };

type InboxEntry = { status: ConcernStatus; urgency: ConcernUrgency; sentAt: Date; id: string };

/**
 * The reception's order: reports not yet acknowledged first, the most urgent of them first; then
 * newest first. Ties by id, so the order is the same on every read.
 */
export function compareInbox(a: InboxEntry, b: InboxEntry): number {
  const waiting = (entry: InboxEntry) => (entry.status === 'sent' ? 0 : 1);
  if (waiting(a) !== waiting(b)) return waiting(a) - waiting(b);
  if (a.status === 'sent' && URGENCY_RANK[a.urgency] !== URGENCY_RANK[b.urgency])
    return URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency];
  return b.sentAt.getTime() - a.sentAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
