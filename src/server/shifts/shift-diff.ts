import { actionKey, encounterKey, normaliseTallies, topicKey } from '../../shared/tallies';
import type { ShiftChangeList } from '../db/database';
import type { ShiftInput } from './shift.schema';

/** The shift in one canonical form: id sets sorted, tallies merged and ordered, instants in UTC. */
export function canonicalShift(shift: ShiftInput): ShiftInput {
  const sorted = (ids: readonly string[]) => [...new Set(ids)].sort();
  return {
    ...shift,
    startsAt: new Date(shift.startsAt).toISOString(),
    endsAt: new Date(shift.endsAt).toISOString(),
    staffIds: sorted(shift.staffIds),
    // Revisions older than staff time lack these: they read as none given.
    staffMinutes: [...(shift.staffMinutes ?? [])].sort((a, b) => (a.userId < b.userId ? -1 : 1)),
    timeSplit: [...(shift.timeSplit ?? [])].sort((a, b) => (a.timeUse < b.timeUse ? -1 : 1)),
    areaIds: sorted(shift.areaIds),
    arenaIds: sorted(shift.arenaIds),
    riskFactorIds: sorted(shift.riskFactorIds),
    protectiveFactorIds: sorted(shift.protectiveFactorIds),
    partners: [...new Set(shift.partners)].sort(),
    encounters: normaliseTallies(shift.encounters, encounterKey),
    topics: normaliseTallies(shift.topics, topicKey),
    actions: normaliseTallies(shift.actions, actionKey),
    observations: [...shift.observations]
      .map((o) => ({ ...o, observedAt: new Date(o.observedAt).toISOString() }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

/** Which fields differ between two versions of a shift, with both values (for the revision trail). */
export function diffShifts(before: ShiftInput | null, after: ShiftInput): ShiftChangeList {
  const next = canonicalShift(after);
  if (!before) return [{ field: 'created', before: null, after: next.status }];
  const previous = canonicalShift(before);
  const fields = Object.keys(next) as (keyof ShiftInput)[];
  return fields
    .filter((field) => JSON.stringify(previous[field]) !== JSON.stringify(next[field]))
    .map((field) => ({ field, before: previous[field], after: next[field] }));
}
