import type { Gender } from '../../shared/field-log';
import { findPersonalData } from '../../shared/personal-data';
import { type ConsentIssue, consentIssues } from '../../shared/support-contacts';
import type { NewContact } from './api';

/** The "Ny stödkontakt" form as typed, before it is a request. */
export type ContactDraft = {
  name: string;
  birthYear: string;
  gender: Gender | '';
  areaId: string;
  plan: string;
  youngPerson: boolean;
  guardian: boolean;
  consentedOn: string;
  scope: string;
};

export function newDraft(today: string): ContactDraft {
  return {
    name: '',
    birthYear: '',
    gender: '',
    areaId: '',
    plan: '',
    youngPerson: false,
    guardian: false,
    consentedOn: today,
    scope: '',
  };
}

/** The birth year if it is a plausible four-digit year, else null. */
export function birthYearOf(draft: ContactDraft): number | null {
  return /^\d{4}$/.test(draft.birthYear.trim()) ? Number(draft.birthYear) : null;
}

/**
 * What stops the form from being sent, as issue codes by the API's field paths: the same rules the
 * server applies (support.issues.<code> says each in words).
 */
export type DraftIssue = 'required' | 'consent_in_future' | 'personal_data' | ConsentIssue;

export function draftIssues(draft: ContactDraft, today: string): Record<string, DraftIssue> {
  const issues: Record<string, DraftIssue> = {};
  const birthYear = birthYearOf(draft);
  if (!draft.name.trim()) issues.name = 'required';
  if (birthYear === null) issues.birthYear = 'required';
  if (!draft.gender) issues.gender = 'required';
  if (!draft.scope.trim()) issues['consent.scope'] = 'required';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.consentedOn)) issues['consent.consentedOn'] = 'required';
  else if (draft.consentedOn > today) issues['consent.consentedOn'] = 'consent_in_future';
  if (findPersonalData(draft.scope).length > 0) issues['consent.scope'] = 'personal_data';
  if (findPersonalData(draft.plan).length > 0) issues.plan = 'personal_data';
  if (birthYear !== null && !issues['consent.consentedOn']) {
    const consent = {
      birthYear,
      consentedOn: draft.consentedOn,
      youngPerson: draft.youngPerson,
      guardian: draft.guardian,
    };
    for (const code of consentIssues(consent)) {
      if (code === 'birth_year_out_of_range') issues.birthYear = code;
      if (code === 'young_person_consent_required') issues['consent.youngPerson'] = code;
      if (code === 'guardian_consent_required') issues['consent.guardian'] = code;
    }
  }
  return issues;
}

export function toNewContact(draft: ContactDraft): NewContact {
  return {
    name: draft.name.trim(),
    birthYear: Number(draft.birthYear),
    gender: draft.gender || 'other',
    areaId: draft.areaId || null,
    plan: draft.plan.trim() || null,
    consent: {
      youngPerson: draft.youngPerson,
      guardian: draft.guardian,
      consentedOn: draft.consentedOn,
      scope: draft.scope.trim(),
    },
  };
}
