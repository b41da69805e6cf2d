import type { GuidanceCell, SaveOutcomesBody } from './api';

export const OUTCOMES = ['arrived', 'notArrived', 'unknown'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** How many of the cell's guided young people still lack an outcome (negative: too many). */
export function remaining(cell: GuidanceCell): number {
  return cell.guided - cell.arrived - cell.notArrived - cell.unknown;
}

/** A −/+ tap: never below zero, and never more outcomes than young people were guided. */
export function stepOutcome(cell: GuidanceCell, outcome: Outcome, delta: 1 | -1): GuidanceCell {
  if (delta > 0 && remaining(cell) <= 0) return cell;
  return { ...cell, [outcome]: Math.max(0, cell[outcome] + delta) };
}

/** The whole outcome set of a shift as the server takes it: every cell that has any outcome. */
export function outcomeSet(cells: readonly GuidanceCell[]): SaveOutcomesBody['outcomes'] {
  return cells
    .filter((cell) => cell.arrived + cell.notArrived + cell.unknown > 0)
    .map(({ serviceId, gender, ageBandId, arrived, notArrived, unknown }) => ({
      serviceId,
      gender,
      ageBandId,
      arrived,
      notArrived,
      unknown,
    }));
}

export function sameOutcomes(a: readonly GuidanceCell[], b: readonly GuidanceCell[]): boolean {
  return JSON.stringify(outcomeSet(a)) === JSON.stringify(outcomeSet(b));
}
