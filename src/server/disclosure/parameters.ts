import { buildPtable, type PtableParameters } from './ptable';

/**
 * The published parameters of Fältlogg's perturbation table, the same in every municipality so a
 * figure means the same everywhere (docs/disclosure.md explains the choice):
 * - D = 4: at most 4 from the true count, but deviations of 3 or 4 are rare (about 1 in 100 and
 *   1 in 2,000), so an intruder who combines many figures almost never meets the edges that would
 *   let bounds close on a value;
 * - V = 1.2: a typical deviation of about ±1 (mean absolute error 0.8 for counts of 6 and more);
 * - js = 1: a published 1 never occurs, so no figure reads as "exactly one young person".
 */
export const DISCLOSURE_PARAMETERS: PtableParameters = { maxDeviation: 4, variance: 1.2, js: 1 };

export const PTABLE = buildPtable(DISCLOSURE_PARAMETERS);
