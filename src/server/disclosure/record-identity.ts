import type { ActionKind, Depth, Gender } from '../../shared/field-log';

/**
 * What identifies each kind of counted record, as the text its record keys are made from. A tally
 * row's records are its ordinals 1..count of this identity (record-keys.ts). Changing any of these
 * changes every published figure, so they are fixed, and migration 0012 wrote them out too.
 */
export const recordIdentity = {
  encounter: (shiftId: string, e: { gender: Gender; ageBandId: string; depth: Depth }) =>
    `encounter|${shiftId}|${e.gender}|${e.ageBandId}|${e.depth}`,
  topic: (shiftId: string, topicId: string) => `topic|${shiftId}|${topicId}`,
  action: (
    shiftId: string,
    a: { kind: ActionKind; serviceId: string | null; gender: Gender; ageBandId: string },
  ) => `action|${shiftId}|${a.kind}|${a.serviceId ?? ''}|${a.gender}|${a.ageBandId}`,
  observation: (shiftId: string, observationId: string) => `observation|${shiftId}|${observationId}`,
  supportContact: (contactId: string) => `support_contact|${contactId}`,
  guidanceOutcome: (
    shiftId: string,
    cell: { serviceId: string; gender: Gender; ageBandId: string },
    outcome: 'arrived' | 'not_arrived' | 'unknown',
  ) => `outcome|${shiftId}|${cell.serviceId}|${cell.gender}|${cell.ageBandId}|${outcome}`,
};
