import type { Shift, ShiftInput } from '../shifts/model';
import type { NewSave, OutboxEntry } from './logic';

export const UNIT = '0190a000-0000-7000-8000-000000000001';
export const SHIFT = '0190a000-0000-7000-8000-000000000002';
export const OTHER_SHIFT = '0190a000-0000-7000-8000-000000000003';
export const ME = '0190a000-0000-7000-8000-000000000004';
export const AGE_13 = '0190a000-0000-7000-8000-000000000010';
export const AGE_16 = '0190a000-0000-7000-8000-000000000011';
export const SCHOOL = '0190a000-0000-7000-8000-000000000020';
export const FAMILY = '0190a000-0000-7000-8000-000000000021';

export function doc(overrides: Partial<ShiftInput> = {}): ShiftInput {
  return {
    status: 'done',
    kind: 'outreach',
    title: null,
    startsAt: '2026-06-12T18:00:00+02:00',
    endsAt: '2026-06-12T22:00:00+02:00',
    timeUse: 'outreach',
    preventionLevel: null,
    staffIds: [ME],
    staffMinutes: [],
    timeSplit: [],
    areaIds: [],
    arenaIds: [],
    partners: [],
    riskFactorIds: [],
    protectiveFactorIds: [],
    encounters: [],
    topics: [],
    actions: [],
    observations: [],
    notes: null,
    ...overrides,
  };
}

export function serverShift(input: ShiftInput, version: number): Shift {
  return {
    ...input,
    id: SHIFT,
    unitId: UNIT,
    version,
    createdAt: '2026-06-12T20:00:00.000Z',
    updatedAt: '2026-06-12T20:00:00.000Z',
    createdBy: { id: ME, displayName: 'Fatima' },
    updatedBy: { id: ME, displayName: 'Fatima' },
    reviewedAt: null,
    reviewedBy: null,
    staff: input.staffIds.map((id) => ({ id, displayName: 'Fatima' })),
  };
}

export function save(mutationId: string, input: ShiftInput = doc(), shiftId = SHIFT): NewSave {
  return { mutationId, unitId: UNIT, shiftId, ownerId: ME, doc: input };
}

export function entry(overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    mutationId: 'm1',
    unitId: UNIT,
    shiftId: SHIFT,
    ownerId: ME,
    doc: doc(),
    state: 'pending',
    attempts: 0,
    lastError: null,
    seq: 1,
    nextAttemptAt: 0,
    current: null,
    ...overrides,
  };
}
