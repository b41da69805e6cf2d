import { isPersonalIdentityNumber } from '../../shared/personal-data';
import { toInstant } from '../shifts/time';
import type { GuardianInformed, SendReportInput, Urgency } from './api';

/** The report form as typed: strings throughout, '' for "not given". */
export type ConcernForm = {
  unitId: string;
  shiftId: string | null;
  urgency: Urgency | '';
  emergencyContacted: 'yes' | 'no' | '';
  childName: string;
  childPersonalIdentityNumber: string;
  childBirthDate: string;
  childAddress: string;
  childSchool: string;
  childDescription: string;
  guardians: string;
  guardianInformed: GuardianInformed | '';
  guardianNotInformedReason: string;
  concern: string;
  seenAndHeard: string;
  place: string;
  /** `datetime-local` value, Stockholm wall-clock time. */
  occurredAt: string;
  reporterName: string;
  reporterRole: string;
  reporterPhone: string;
};

/** An empty form with the reporter's own details filled in. */
export function emptyForm(reporter: {
  name: string;
  role: string;
  unitId: string;
  shiftId: string | null;
}): ConcernForm {
  return {
    unitId: reporter.unitId,
    shiftId: reporter.shiftId,
    urgency: '',
    emergencyContacted: '',
    childName: '',
    childPersonalIdentityNumber: '',
    childBirthDate: '',
    childAddress: '',
    childSchool: '',
    childDescription: '',
    guardians: '',
    guardianInformed: '',
    guardianNotInformedReason: '',
    concern: '',
    seenAndHeard: '',
    place: '',
    occurredAt: '',
    reporterName: reporter.name,
    reporterRole: reporter.role,
    reporterPhone: '',
  };
}

/** Field name (as the server's issue paths say it) → issue code. */
export type FormIssues = Partial<Record<string, string>>;

const CHILD_FIELDS = [
  'childName',
  'childPersonalIdentityNumber',
  'childBirthDate',
  'childAddress',
  'childSchool',
  'childDescription',
] as const;

/** What keeps the form from being sent, by the same paths and codes the server uses. */
export function formIssues(form: ConcernForm): FormIssues {
  const issues: FormIssues = {};
  const blank = (value: string) => value.trim() === '';
  if (!form.urgency) issues.urgency = 'required';
  if (form.urgency === 'immediate' && !form.emergencyContacted) issues.emergencyContacted = 'required';
  if (CHILD_FIELDS.every((field) => blank(form[field]))) issues.child = 'child_unidentified';
  if (!blank(form.childPersonalIdentityNumber) && !isPersonalIdentityNumber(form.childPersonalIdentityNumber))
    issues['child.personalIdentityNumber'] = 'invalid_personal_identity_number';
  if (!form.guardianInformed) issues.guardianInformed = 'required';
  if (form.guardianInformed === 'no' && blank(form.guardianNotInformedReason))
    issues.guardianNotInformedReason = 'required';
  if (blank(form.concern)) issues.concern = 'required';
  if (blank(form.seenAndHeard)) issues.seenAndHeard = 'required';
  if (blank(form.reporterName)) issues['reporter.name'] = 'required';
  if (blank(form.reporterRole)) issues['reporter.role'] = 'required';
  if (form.reporterPhone.replace(/\D/g, '').length < 6) issues['reporter.phone'] = 'invalid_phone';
  return issues;
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The request body for a form without issues. */
export function toInput(form: ConcernForm, sendId: string): SendReportInput {
  const [date = '', time = ''] = form.occurredAt.split('T');
  return {
    sendId,
    shiftId: form.shiftId,
    reporter: {
      name: form.reporterName.trim(),
      role: form.reporterRole.trim(),
      phone: form.reporterPhone.trim(),
    },
    child: {
      name: orNull(form.childName),
      personalIdentityNumber: orNull(form.childPersonalIdentityNumber),
      birthDate: orNull(form.childBirthDate),
      address: orNull(form.childAddress),
      school: orNull(form.childSchool),
      description: orNull(form.childDescription),
    },
    guardians: orNull(form.guardians),
    concern: form.concern.trim(),
    seenAndHeard: form.seenAndHeard.trim(),
    place: orNull(form.place),
    occurredAt: date && time ? toInstant(date, time) : null,
    urgency: form.urgency || 'normal',
    emergencyContacted: form.urgency === 'immediate' ? form.emergencyContacted === 'yes' : null,
    guardianInformed: form.guardianInformed || 'unknown',
    guardianNotInformedReason: form.guardianInformed === 'no' ? orNull(form.guardianNotInformedReason) : null,
  };
}
