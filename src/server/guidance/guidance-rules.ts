import type { Gender } from '../../shared/field-log';
import type { ErrorIssue } from '../http/errors';

/** Guidance is followed up once a week has passed: time enough to have arrived, or not. */
export const FOLLOW_UP_AFTER_DAYS = 7;
/**
 * The follow-up list looks back this far. Whether someone arrived months ago is rarely known, and
 * the list stays short enough to work through; older guidance counts as not followed up.
 */
export const FOLLOW_UP_WITHIN_DAYS = 90;

/** One guidance cell of a shift: the service guided to, and the young people's gender and age band. */
export type GuidanceCell = { serviceId: string; gender: Gender; ageBandId: string };
export type OutcomeCounts = { arrived: number; notArrived: number; unknown: number };
export type OutcomeCell = GuidanceCell & OutcomeCounts;

export const cellKey = (cell: GuidanceCell) => `${cell.serviceId}|${cell.gender}|${cell.ageBandId}`;
export const followedUp = (outcome: OutcomeCounts) => outcome.arrived + outcome.notArrived + outcome.unknown;
export const NO_OUTCOME: OutcomeCounts = { arrived: 0, notArrived: 0, unknown: 0 };

/** Every guided young person of the cell has an outcome (arrived, did not, or unknown). */
export const isComplete = (guided: number, outcome: OutcomeCounts) => followedUp(outcome) === guided;

/**
 * An outcome set for a shift must name guidance cells of that shift, each at most once, and never
 * count more outcomes than young people were guided in the cell.
 */
export function outcomeIssues(
  guided: ReadonlyMap<string, number>,
  outcomes: readonly OutcomeCell[],
): ErrorIssue[] {
  const seen = new Set<string>();
  return outcomes.flatMap((outcome, i): ErrorIssue[] => {
    const path = `outcomes.${i}`;
    const key = cellKey(outcome);
    const count = guided.get(key);
    if (count === undefined)
      return [{ path, code: 'not_guided', message: 'The shift has no guidance in this cell' }];
    if (seen.has(key)) return [{ path, code: 'duplicate_cell', message: 'This cell is given twice' }];
    seen.add(key);
    if (followedUp(outcome) > count)
      return [
        {
          path,
          code: 'exceeds_guided',
          message: `${followedUp(outcome)} outcomes for ${count} guided young people`,
        },
      ];
    return [];
  });
}

/**
 * The outcome of a cell as statistics count it. Outcomes recorded before the shift's guidance was
 * later reduced may no longer fit; such a cell counts as not followed up until it is corrected.
 */
export function countedOutcome(guided: number, recorded: OutcomeCounts | null): OutcomeCounts {
  return recorded && followedUp(recorded) <= guided ? recorded : NO_OUTCOME;
}
