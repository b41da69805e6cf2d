/**
 * Support contacts (individual, consented): the vocabularies and the consent rule that the phone and
 * the server share, so the form can say what the server will demand.
 */

/**
 * Below this age a guardian must consent too (assumed from practice: at 15 a young person can
 * usually decide on contact with social field work; the municipality's legal advice may differ).
 */
export const GUARDIAN_CONSENT_AGE = 15;

/** Who can give or withdraw consent. The young person's consent is always needed. */
export const CONSENT_PARTIES = ['young_person', 'guardian'] as const;
export type ConsentParty = (typeof CONSENT_PARTIES)[number];

/** Why a contact was closed. `consent_withdrawn` is set only by withdrawing consent. */
export const CLOSE_REASONS = [
  'goal_reached',
  'young_person_ended',
  'referred',
  'moved',
  'no_contact',
  'worker_left',
  'consent_withdrawn',
  'other',
] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];
export const CHOOSABLE_CLOSE_REASONS = CLOSE_REASONS.filter(
  (reason): reason is Exclude<CloseReason, 'consent_withdrawn'> => reason !== 'consent_withdrawn',
);

/**
 * What a log entry records. Only relationship (preventive) work belongs on a support contact;
 * `authority` is named so the server can refuse it with its own code.
 */
export const LOG_KINDS = ['preventive'] as const;
export const REFUSED_LOG_KINDS = ['authority'] as const;

export const MAX_NAME_LENGTH = 60;
export const MAX_CONSENT_SCOPE_LENGTH = 300;
export const MAX_PLAN_LENGTH = 2000;
export const MAX_LOG_NOTE_LENGTH = 1000;
/** Field work meets children and young adults; a birth year outside this age span is a typo. */
export const MIN_AGE = 6;
export const MAX_AGE = 30;

/**
 * The youngest age someone born in `birthYear` can be on `date` (YYYY-MM-DD): only the year is
 * known, so their birthday may still be ahead — except on 31 December, when everyone has had it.
 */
export function youngestAgeOn(birthYear: number, date: string): number {
  const year = Number(date.slice(0, 4));
  return year - birthYear - (date.slice(5) === '12-31' ? 0 : 1);
}

/** The oldest age someone born in `birthYear` can be on `date`. */
export function oldestAgeOn(birthYear: number, date: string): number {
  return Number(date.slice(0, 4)) - birthYear;
}

/** Whether a guardian must consent too: the young person may still be under GUARDIAN_CONSENT_AGE. */
export function guardianConsentRequired(birthYear: number, consentedOn: string): boolean {
  return youngestAgeOn(birthYear, consentedOn) < GUARDIAN_CONSENT_AGE;
}

export type ConsentIssue =
  | 'young_person_consent_required'
  | 'guardian_consent_required'
  | 'birth_year_out_of_range';

/** What is missing for a consent to be valid, by the rules above; empty when it is. */
export function consentIssues(consent: {
  birthYear: number;
  consentedOn: string;
  youngPerson: boolean;
  guardian: boolean;
}): ConsentIssue[] {
  const issues: ConsentIssue[] = [];
  if (
    oldestAgeOn(consent.birthYear, consent.consentedOn) < MIN_AGE ||
    youngestAgeOn(consent.birthYear, consent.consentedOn) > MAX_AGE
  )
    issues.push('birth_year_out_of_range');
  if (!consent.youngPerson) issues.push('young_person_consent_required');
  if (!consent.guardian && guardianConsentRequired(consent.birthYear, consent.consentedOn))
    issues.push('guardian_consent_required');
  return issues;
}
