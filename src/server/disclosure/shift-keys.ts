import type { ShiftInput } from '../shifts/shift.schema';
import { recordIdentity } from './record-identity';
import { tallyKey } from './record-keys';

/** The cell keys of a shift's tally rows and observations, index for index with the input's arrays. */
export type ShiftKeys = { encounters: number[]; topics: number[]; actions: number[]; observations: number[] };

/** Every key a shift's rows store, made from the municipality's secret and the shift's identity. */
export function keyShift(secret: Uint8Array, shiftId: string, shift: ShiftInput): ShiftKeys {
  return {
    encounters: shift.encounters.map((e) => tallyKey(secret, recordIdentity.encounter(shiftId, e), e.count)),
    topics: shift.topics.map((t) => tallyKey(secret, recordIdentity.topic(shiftId, t.topicId), t.count)),
    actions: shift.actions.map((a) => tallyKey(secret, recordIdentity.action(shiftId, a), a.count)),
    observations: shift.observations.map((o) =>
      tallyKey(secret, recordIdentity.observation(shiftId, o.id), 1),
    ),
  };
}

/** The keys of one guidance cell's followed-up records, per outcome. */
export function keyGuidanceOutcome(
  secret: Uint8Array,
  shiftId: string,
  cell: { serviceId: string; gender: ShiftInput['actions'][number]['gender']; ageBandId: string },
  counts: { arrived: number; notArrived: number; unknown: number },
) {
  const key = (outcome: 'arrived' | 'not_arrived' | 'unknown', count: number) =>
    tallyKey(secret, recordIdentity.guidanceOutcome(shiftId, cell, outcome), count);
  return {
    arrivedKey: key('arrived', counts.arrived),
    notArrivedKey: key('not_arrived', counts.notArrived),
    unknownKey: key('unknown', counts.unknown),
  };
}

/** A support contact is one record, counted in statistics by this key. */
export const keySupportContact = (secret: Uint8Array, contactId: string) =>
  tallyKey(secret, recordIdentity.supportContact(contactId), 1);
