import { actionKey, encounterKey, mergeTallies, normaliseTallies, topicKey } from '../../shared/tallies';
import {
  type ActionTally,
  type EncounterTally,
  type InputField,
  inputFields,
  inputOf,
  type Observation,
  type Shift,
  type ShiftInput,
  type TopicTally,
} from '../shifts/model';

export type ConflictChoice = 'mine' | 'theirs' | 'merge';

/** The three versions of a conflict: the last one both sides saw, the phone's, and the server's. */
export type ConflictVersions = { base: ShiftInput | null; mine: ShiftInput; theirs: Shift };

const TALLY_FIELDS = ['encounters', 'topics', 'actions'] as const;

/**
 * Observations are merged by id: each side's additions are kept; one side's removal stands unless
 * the other side changed that observation; when both changed it, mine wins.
 */
export function mergeObservations(
  base: readonly Observation[],
  mine: readonly Observation[],
  theirs: readonly Observation[],
): Observation[] {
  const baseById = new Map(base.map((o) => [o.id, o]));
  const theirsById = new Map(theirs.map((o) => [o.id, o]));
  const mineIds = new Set(mine.map((o) => o.id));
  const same = (a: Observation | undefined, b: Observation | undefined) =>
    JSON.stringify(a) === JSON.stringify(b);
  const merged: Observation[] = [];
  for (const observation of mine) {
    const before = baseById.get(observation.id);
    const their = theirsById.get(observation.id);
    if (before && !their && same(before, observation)) continue; // they removed it, I left it alone
    merged.push(before && their && same(before, observation) ? their : observation);
  }
  for (const observation of theirs) {
    if (mineIds.has(observation.id)) continue;
    const before = baseById.get(observation.id);
    if (!before || !same(before, observation)) merged.push(observation); // added by them, or changed while I removed it
  }
  return merged.sort((a, b) => (a.observedAt < b.observedAt ? -1 : a.observedAt > b.observedAt ? 1 : 0));
}

/** "Slå ihop räkningarna": every count is mine plus their change since the base; other fields are mine. */
export function mergeShift(base: ShiftInput | null, mine: ShiftInput, theirs: ShiftInput): ShiftInput {
  const b = base ?? { ...mine, encounters: [], topics: [], actions: [], observations: [] };
  return {
    ...mine,
    encounters: mergeTallies<Omit<EncounterTally, 'count'>>(
      b.encounters,
      mine.encounters,
      theirs.encounters,
      encounterKey,
    ),
    topics: mergeTallies<Omit<TopicTally, 'count'>>(b.topics, mine.topics, theirs.topics, topicKey),
    actions: mergeTallies<Omit<ActionTally, 'count'>>(b.actions, mine.actions, theirs.actions, actionKey),
    observations: mergeObservations(b.observations, mine.observations, theirs.observations),
  };
}

/** The document to send after the user's choice; null means "drop mine, keep the server's". */
export function resolveConflict(choice: ConflictChoice, versions: ConflictVersions): ShiftInput | null {
  switch (choice) {
    case 'mine':
      return versions.mine;
    case 'theirs':
      return null;
    case 'merge':
      return mergeShift(versions.base, versions.mine, inputOf(versions.theirs));
    default: {
      const never: never = choice;
      throw new Error(`Unknown choice ${String(never)}`);
    }
  }
}

export type CountDiff =
  | { field: 'encounters'; cell: Omit<EncounterTally, 'count'>; base: number; mine: number; theirs: number }
  | { field: 'topics'; cell: Omit<TopicTally, 'count'>; base: number; mine: number; theirs: number }
  | { field: 'actions'; cell: Omit<ActionTally, 'count'>; base: number; mine: number; theirs: number };

export type ShiftDiff = {
  /** Plain fields that differ between mine and theirs. */
  fields: InputField[];
  /** Count cells that differ between mine and theirs, with the base count. */
  counts: CountDiff[];
  /** Observations only one side has, or that differ. */
  observations: { mine: number; theirs: number; changed: number };
};

function countsOf<T extends { count: number }>(list: readonly T[], keyOf: (cell: T) => string) {
  return new Map(normaliseTallies(list, keyOf).map((tally) => [keyOf(tally), tally]));
}

function tallyDiffs<T extends { count: number }>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
  keyOf: (cell: T) => string,
): { cell: T; base: number; mine: number; theirs: number }[] {
  const [b, m, t] = [countsOf(base, keyOf), countsOf(mine, keyOf), countsOf(theirs, keyOf)];
  const keys = [...new Set([...m.keys(), ...t.keys()])].sort();
  return keys.flatMap((key) => {
    const mineCount = m.get(key)?.count ?? 0;
    const theirCount = t.get(key)?.count ?? 0;
    if (mineCount === theirCount) return [];
    const cell = (m.get(key) ?? t.get(key)) as T;
    return [{ cell, base: b.get(key)?.count ?? 0, mine: mineCount, theirs: theirCount }];
  });
}

function stripCount<T extends { count: number }>(cell: T): Omit<T, 'count'> {
  const { count: _count, ...rest } = cell;
  return rest;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b) && a.every((x) => typeof x === 'string')) {
    return JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
  }
  if (typeof a === 'string' && typeof b === 'string' && !Number.isNaN(Date.parse(a)) && /T\d/.test(a)) {
    return Date.parse(a) === Date.parse(b);
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What differs between the phone's version and the server's, for the conflict screen. */
export function diffShift(base: ShiftInput | null, mine: ShiftInput, theirs: ShiftInput): ShiftDiff {
  const skip = new Set<InputField>([...TALLY_FIELDS, 'observations']);
  const fields = inputFields().filter((field) => !skip.has(field) && !sameValue(mine[field], theirs[field]));
  const b = base ?? { encounters: [], topics: [], actions: [], observations: [] };
  const counts: CountDiff[] = [
    ...tallyDiffs(b.encounters, mine.encounters, theirs.encounters, encounterKey).map((d) => ({
      field: 'encounters' as const,
      ...d,
      cell: stripCount(d.cell),
    })),
    ...tallyDiffs(b.topics, mine.topics, theirs.topics, topicKey).map((d) => ({
      field: 'topics' as const,
      ...d,
      cell: stripCount(d.cell),
    })),
    ...tallyDiffs(b.actions, mine.actions, theirs.actions, actionKey).map((d) => ({
      field: 'actions' as const,
      ...d,
      cell: stripCount(d.cell),
    })),
  ];
  const theirsById = new Map(theirs.observations.map((o) => [o.id, o]));
  const mineIds = new Set(mine.observations.map((o) => o.id));
  const observations = {
    mine: mine.observations.filter((o) => !theirsById.has(o.id)).length,
    theirs: theirs.observations.filter((o) => !mineIds.has(o.id)).length,
    changed: mine.observations.filter((o) => {
      const their = theirsById.get(o.id);
      return their !== undefined && JSON.stringify(their) !== JSON.stringify(o);
    }).length,
  };
  return { fields, counts, observations };
}

/** Whether two documents say the same (tallies compared in normal form). */
export function sameShift(a: ShiftInput, b: ShiftInput): boolean {
  const diff = diffShift(null, a, b);
  return (
    diff.fields.length === 0 &&
    diff.counts.length === 0 &&
    diff.observations.mine + diff.observations.theirs + diff.observations.changed === 0
  );
}
