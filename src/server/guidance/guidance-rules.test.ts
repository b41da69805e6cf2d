import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENDERS } from '../../shared/field-log';
import {
  cellKey,
  countedOutcome,
  followedUp,
  type GuidanceCell,
  isComplete,
  type OutcomeCell,
  outcomeIssues,
} from './guidance-rules';

const cell: fc.Arbitrary<GuidanceCell> = fc.record({
  serviceId: fc.constantFrom('clinic', 'school'),
  gender: fc.constantFrom(...GENDERS),
  ageBandId: fc.constantFrom('teen', 'older'),
});
const count = fc.integer({ min: 0, max: 12 });
const outcome: fc.Arbitrary<OutcomeCell> = fc
  .tuple(cell, count, count, count)
  .map(([c, arrived, notArrived, unknown]) => ({ ...c, arrived, notArrived, unknown }));
/** A shift's guidance: guided count per cell. */
const guidance = fc
  .array(fc.tuple(cell, fc.integer({ min: 1, max: 12 })), { maxLength: 6 })
  .map((cells) => new Map(cells.map(([c, n]) => [cellKey(c), n])));

describe('the outcome-count rule', () => {
  it('accepts an outcome set exactly when each cell is guided, given once, and within its count', () => {
    fc.assert(
      fc.property(guidance, fc.array(outcome, { maxLength: 6 }), (guided, outcomes) => {
        const keys = outcomes.map(cellKey);
        const fits = outcomes.every((o) => followedUp(o) <= (guided.get(cellKey(o)) ?? -1));
        const accepted = outcomeIssues(guided, outcomes).length === 0;
        expect(accepted).toBe(fits && new Set(keys).size === keys.length);
      }),
    );
  });

  it('accepts any split of the guided young people into arrived, did not and unknown', () => {
    fc.assert(
      fc.property(guidance, fc.array(fc.tuple(count, count), { maxLength: 6 }), (guided, splits) => {
        const outcomes = [...guided].map(([key, n], i) => {
          const [serviceId, gender, ageBandId] = key.split('|') as [string, GuidanceCell['gender'], string];
          const [a, b] = splits[i] ?? [0, 0];
          const arrived = Math.min(a, n);
          const notArrived = Math.min(b, n - arrived);
          return { serviceId, gender, ageBandId, arrived, notArrived, unknown: n - arrived - notArrived };
        });
        expect(outcomeIssues(guided, outcomes)).toEqual([]);
        expect(outcomes.every((o) => isComplete(guided.get(cellKey(o)) ?? 0, o))).toBe(true);
      }),
    );
  });

  it('never lets statistics count more outcomes than were guided, even after the guidance shrank', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), outcome, (guided, recorded) => {
        const counted = countedOutcome(guided, recorded);
        expect(followedUp(counted)).toBeLessThanOrEqual(guided);
        if (followedUp(recorded) <= guided) expect(counted).toBe(recorded);
      }),
    );
  });
});
