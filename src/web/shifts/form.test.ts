import { describe, expect, it } from 'vitest';
import {
  formFromInput,
  inputFromForm,
  newShiftForm,
  serverIssues,
  statusWhenFinished,
  validateForm,
} from './form';
import { shiftSpan } from './time';

const ME = '0190a000-0000-7000-8000-000000000004';
const AGE = '0190a000-0000-7000-8000-000000000010';
const SERVICE = '0190a000-0000-7000-8000-000000000030';

describe('the shift form', () => {
  it('starts with tonight’s usual outreach shift with me on it', () => {
    const form = newShiftForm(ME, new Date('2026-06-12T10:00:00+02:00'));
    expect(form).toMatchObject({
      status: 'planned',
      kind: 'outreach',
      timeUse: 'outreach',
      staffIds: [ME],
      startsAt: '2026-06-12T18:00:00+02:00',
      endsAt: '2026-06-12T22:00:00+02:00',
    });
    expect(newShiftForm(ME, new Date('2026-06-12T21:00:00+02:00')).status).toBe('done');
  });

  it('stops a start before 2000 or more than two years ahead: a mistyped year, said at the date', () => {
    const now = new Date('2026-12-03T18:00:00+01:00');
    const at = (date: string) => ({ ...newShiftForm(ME, now), ...shiftSpan(date, '18:00', '22:00') });
    for (const date of ['1906-12-01', '0002-12-01', '1999-12-31', '2029-01-01'])
      expect(validateForm(at(date), now), date).toEqual([{ path: 'startsAt', code: 'implausible_date' }]);
    for (const date of ['2000-01-01', '2026-12-01', '2028-11-30'])
      expect(validateForm(at(date), now)).toEqual([]);
    expect(
      serverIssues({
        status: 400,
        code: 'validation_failed',
        message: 'x',
        issues: [{ path: 'shift.startsAt', code: 'implausible_date', message: 'x' }],
      }),
    ).toEqual([{ path: 'startsAt', code: 'implausible_date' }]);
  });

  it('finishes a shift as done, but tonight’s one made in the afternoon as still planned', () => {
    const afternoon = new Date('2026-06-12T14:00:00+02:00');
    const tonight = newShiftForm(ME, afternoon);
    expect(statusWhenFinished(tonight, afternoon)).toBe('planned');
    expect(statusWhenFinished(tonight, new Date('2026-06-12T22:30:00+02:00'))).toBe('done');
  });

  it('blocks personal data in any free text, saying what was found', () => {
    const form = { ...newShiftForm(ME), notes: 'ring 070-123 45 67' };
    expect(validateForm(form)).toEqual([{ path: 'notes', code: 'personal_data', found: ['phone_number'] }]);
    form.notes = 'träffade några vid torget';
    form.title = 'mejla a.b@example.se';
    expect(validateForm(form)).toEqual([{ path: 'title', code: 'personal_data', found: ['email'] }]);
  });

  it('stops a broken character (NUL, half a surrogate pair) in free text, and lets emoji and å, ä, ö be', () => {
    const form = { ...newShiftForm(ME), notes: 'lugnt \uD83D', title: 'Kväll\u0000' };
    expect(validateForm(form)).toEqual([
      { path: 'title', code: 'invalid_character' },
      { path: 'notes', code: 'invalid_character' },
    ]);
    expect(validateForm({ ...form, notes: 'Åsa åt glass 🍦👍🏽', title: 'Fältpass på torget' })).toEqual([]);
    expect(
      serverIssues({
        status: 400,
        code: 'validation_failed',
        message: 'x',
        issues: [{ path: 'shift.observations.0.note', code: 'lone_surrogate', message: 'x' }],
      }),
    ).toEqual([{ path: 'observations.0.note', code: 'invalid_character' }]);
  });

  it('requires what the server requires of rows', () => {
    const form = newShiftForm(ME);
    form.actions.push({
      rowId: 'r',
      kind: 'guidance',
      serviceId: null,
      gender: null,
      ageBandId: null,
      count: 1,
    });
    form.observations.push({
      id: 'o',
      typeId: null,
      areaId: null,
      observedAt: form.startsAt,
      severity: 'low',
      estimatedSize: null,
      note: '',
    });
    expect(validateForm(form).map((issue) => issue.path)).toEqual([
      'observations.0.typeId',
      'actions.0.serviceId',
      'actions.0.gender',
      'actions.0.ageBandId',
    ]);
  });

  it('turns rows into tallies, and back', () => {
    const form = newShiftForm(ME);
    form.actions.push(
      { rowId: 'a', kind: 'guidance', serviceId: SERVICE, gender: 'girl', ageBandId: AGE, count: 1 },
      { rowId: 'b', kind: 'guidance', serviceId: SERVICE, gender: 'girl', ageBandId: AGE, count: 2 },
      { rowId: 'c', kind: 'safe_transport', serviceId: SERVICE, gender: 'boy', ageBandId: AGE, count: 1 },
    );
    form.notes = '  ';
    const input = inputFromForm(form);
    expect(input.notes).toBeNull();
    expect(input.actions).toEqual([
      { kind: 'guidance', serviceId: SERVICE, gender: 'girl', ageBandId: AGE, count: 3 },
      { kind: 'safe_transport', serviceId: null, gender: 'boy', ageBandId: AGE, count: 1 },
    ]);
    const back = formFromInput(input);
    expect(back.actions.map(({ rowId: _, ...rest }) => rest)).toEqual(input.actions);
    expect(back.notes).toBe('');
  });

  it('keeps an observation’s map point, and sends none for a row kept without one', () => {
    const form = newShiftForm(ME);
    const row = {
      id: 'o',
      typeId: 't',
      areaId: null,
      observedAt: form.startsAt,
      severity: 'low' as const,
      estimatedSize: null,
      note: '',
    };
    form.observations.push({ ...row, point: { lat: 59.3712, lon: 16.5441 } }, { ...row, id: 'p' });
    const input = inputFromForm(form);
    expect(input.observations.map((o) => o.point)).toEqual([{ lat: 59.3712, lon: 16.5441 }, null]);
    expect(formFromInput(input).observations[0]?.point).toEqual({ lat: 59.3712, lon: 16.5441 });
  });

  it('puts the server’s issues at the same fields', () => {
    const issues = serverIssues({
      status: 400,
      code: 'validation_failed',
      message: 'no',
      issues: [
        { path: 'shift.observations.0.note', code: 'personal_data', message: 'x' },
        { path: 'shift.areaIds.0', code: 'unknown_area', message: 'x' },
      ],
    });
    expect(issues).toEqual([
      { path: 'observations.0.note', code: 'personal_data' },
      { path: 'areaIds.0', code: 'rejected' },
    ]);
  });
});
