import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grant } from '../auth/actor';
import { makeReportInput, TEST_PERSONNUMMER } from './concern.factory';
import { URGENCIES } from './concern.schema';
import { compareInbox, feedbackIssues, normaliseReport, reportIssues, seesWholeUnit } from './concern-rules';

const NOW = new Date('2026-04-01T10:00:00Z');
const UNIT = '01a20000-0000-7000-8000-000000000001';
const OTHER = '01a20000-0000-7000-8000-000000000002';
const grant = (role: Grant['role'], unitId: string | null): Grant => ({
  role,
  unitId,
  administrationId: null,
  partnerKind: null,
});

describe('who on the unit side sees which reports', () => {
  it('gives the unit manager the whole unit and a field worker only their own', () => {
    expect(seesWholeUnit([grant('unit_manager', UNIT)], UNIT)).toBe(true);
    expect(seesWholeUnit([grant('unit_manager', OTHER)], UNIT)).toBe(false);
    expect(seesWholeUnit([grant('field_worker', UNIT)], UNIT)).toBe(false);
    expect(seesWholeUnit([grant('reception', null), grant('administrator', null)], UNIT)).toBe(false);
  });
});

describe('reportIssues', () => {
  it('accepts a complete report, personnummer included', () => {
    expect(reportIssues(normaliseReport(makeReportInput()), NOW)).toEqual([]);
  });

  it('accepts any single thing that identifies the child', () => {
    const none = {
      name: null,
      personalIdentityNumber: null,
      birthDate: null,
      address: null,
      school: null,
      description: null,
    };
    for (const [key, value] of Object.entries({
      name: 'Kim',
      personalIdentityNumber: TEST_PERSONNUMMER,
      birthDate: '2012-12-12',
      address: 'Storgatan 1',
      school: 'Centrumskolan',
      description: 'Pojke, ca 12 år',
    })) {
      const report = normaliseReport(makeReportInput({ child: { ...none, [key]: value } }));
      expect(reportIssues(report, NOW), key).toEqual([]);
    }
    expect(reportIssues(normaliseReport(makeReportInput({ child: { ...none, name: '  ' } })), NOW)).toEqual([
      expect.objectContaining({ path: 'child', code: 'child_unidentified' }),
    ]);
  });

  it('asks about 112 only for immediate danger, and why not only when the guardians were not told', () => {
    const immediate = makeReportInput({ urgency: 'immediate', emergencyContacted: null });
    expect(reportIssues(immediate, NOW).map((i) => i.path)).toEqual(['emergencyContacted']);
    const told = makeReportInput({ guardianInformed: 'unknown', guardianNotInformedReason: null });
    expect(reportIssues(told, NOW)).toEqual([]);
  });
});

describe('feedbackIssues', () => {
  it('keeps personal data out of the message to the reporter', () => {
    expect(feedbackIssues({ feedback: 'received', message: 'Tack, vi återkommer.' })).toEqual([]);
    expect(feedbackIssues({ feedback: 'received', message: 'Ring 070-123 45 67' })[0]?.code).toBe(
      'personal_data',
    );
  });
});

describe('compareInbox', () => {
  const entry = fc.record({
    status: fc.constantFrom('sent' as const, 'acknowledged' as const),
    urgency: fc.constantFrom(...URGENCIES),
    sentAt: fc.date({ min: new Date('2026-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }),
    id: fc.uuid(),
  });

  it('puts every waiting report before every acknowledged one, and is a consistent order', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), (entries) => {
        const sorted = [...entries].sort(compareInbox);
        const firstDone = sorted.findIndex((e) => e.status === 'acknowledged');
        if (firstDone >= 0)
          expect(sorted.slice(firstDone).every((e) => e.status === 'acknowledged')).toBe(true);
        expect([...sorted].reverse().sort(compareInbox)).toEqual(sorted);
        for (let i = 1; i < sorted.length; i++)
          expect(compareInbox(sorted[i - 1] as never, sorted[i] as never)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('orders waiting reports by urgency, then newest first', () => {
    const at = (iso: string) => new Date(iso);
    const waitingNormal = {
      status: 'sent' as const,
      urgency: 'normal' as const,
      sentAt: at('2026-04-02'),
      id: 'a',
    };
    const waitingImmediate = {
      status: 'sent' as const,
      urgency: 'immediate' as const,
      sentAt: at('2026-04-01'),
      id: 'b',
    };
    const done = {
      status: 'acknowledged' as const,
      urgency: 'immediate' as const,
      sentAt: at('2026-04-03'),
      id: 'c',
    };
    expect([done, waitingNormal, waitingImmediate].sort(compareInbox).map((e) => e.id)).toEqual([
      'b',
      'a',
      'c',
    ]);
  });
});
