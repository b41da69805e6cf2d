import { describe, expect, it } from 'vitest';
import { emptyForm, formIssues, toInput } from './form';

const filled = () => ({
  ...emptyForm({ name: 'Fatima', role: 'Fältassistent', unitId: 'u1', shiftId: null }),
  urgency: 'urgent' as const,
  childName: 'Alex',
  guardianInformed: 'unknown' as const,
  concern: 'Oro',
  seenAndHeard: 'Sett',
  reporterPhone: '070-123 45 67',
});

describe('the report form', () => {
  it('has nothing to say about a complete form, and sends blanks as null', () => {
    const form = filled();
    expect(formIssues(form)).toEqual({});
    const input = toInput(form, 'id-1');
    expect(input.child).toEqual({
      name: 'Alex',
      personalIdentityNumber: null,
      birthDate: null,
      address: null,
      school: null,
      description: null,
    });
    expect(input).toMatchObject({ urgency: 'urgent', emergencyContacted: null, occurredAt: null });
  });

  it('asks the same questions the server does', () => {
    const form = {
      ...filled(),
      childName: ' ',
      urgency: 'immediate' as const,
      guardianInformed: 'no' as const,
      reporterPhone: '12',
    };
    expect(formIssues(form)).toEqual({
      child: 'child_unidentified',
      emergencyContacted: 'required',
      guardianNotInformedReason: 'required',
      'reporter.phone': 'invalid_phone',
    });
    expect(formIssues({ ...filled(), childPersonalIdentityNumber: '20121212-1213' })).toEqual({
      'child.personalIdentityNumber': 'invalid_personal_identity_number',
    });
  });

  it('sends the time as Stockholm time with its offset, and 112 only for immediate danger', () => {
    const input = toInput(
      { ...filled(), occurredAt: '2026-03-31T21:30', urgency: 'immediate', emergencyContacted: 'yes' },
      'id-2',
    );
    expect(input.occurredAt).toBe('2026-03-31T21:30:00+02:00');
    expect(input.emergencyContacted).toBe(true);
  });
});
