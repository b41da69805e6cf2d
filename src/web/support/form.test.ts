import { describe, expect, it } from 'vitest';
import { type ContactDraft, draftIssues, newDraft, toNewContact } from './form';

const TODAY = '2026-04-01';
const filled = (change: Partial<ContactDraft> = {}): ContactDraft => ({
  ...newDraft(TODAY),
  name: ' Kim ',
  birthYear: '2009',
  gender: 'girl',
  youngPerson: true,
  scope: 'Stödsamtal',
  ...change,
});

describe('the new support contact form', () => {
  it('asks for what is missing, field by field', () => {
    expect(draftIssues(newDraft(TODAY), TODAY)).toEqual({
      name: 'required',
      birthYear: 'required',
      gender: 'required',
      'consent.scope': 'required',
    });
    expect(draftIssues(filled(), TODAY)).toEqual({});
  });

  it('applies the server’s consent rule before sending', () => {
    expect(draftIssues(filled({ youngPerson: false }), TODAY)).toEqual({
      'consent.youngPerson': 'young_person_consent_required',
    });
    expect(draftIssues(filled({ birthYear: '2012' }), TODAY)).toEqual({
      'consent.guardian': 'guardian_consent_required',
    });
    expect(draftIssues(filled({ birthYear: '2012', guardian: true }), TODAY)).toEqual({});
    expect(draftIssues(filled({ consentedOn: '2026-04-02' }), TODAY)).toEqual({
      'consent.consentedOn': 'consent_in_future',
    });
  });

  it('refuses personal data in the free texts', () => {
    expect(draftIssues(filled({ scope: 'ring 070-123 45 67', plan: 'kim@example.com' }), TODAY)).toEqual({
      'consent.scope': 'personal_data',
      plan: 'personal_data',
    });
  });

  it('sends trimmed text, and no area or plan as null', () => {
    expect(toNewContact(filled())).toEqual({
      name: 'Kim',
      birthYear: 2009,
      gender: 'girl',
      areaId: null,
      plan: null,
      consent: { youngPerson: true, guardian: false, consentedOn: TODAY, scope: 'Stödsamtal' },
    });
  });
});
