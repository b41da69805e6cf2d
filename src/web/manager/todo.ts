import { api, call } from '../api/client';
import type { ShiftSummary } from './types';

/** How far back the manager's to-do reaches. */
export const TODO_WINDOW_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

export type ToDo = { needsLog: ShiftSummary[]; needsReview: ShiftSummary[] };

const newestFirst = (a: ShiftSummary, b: ShiftSummary) => b.startsAt.localeCompare(a.startsAt);

/** The unit's shifts that lack a log, and the logs no manager has reviewed, newest first. */
export async function loadToDo(unitId: string, now = Date.now()): Promise<ToDo> {
  const from = new Date(now - TODO_WINDOW_DAYS * DAY_MS).toISOString();
  const to = new Date(now + DAY_MS).toISOString();
  const shifts = api.api.units[':unitId'].shifts;
  const [needsLog, needsReview] = await Promise.all([
    call(shifts.$get({ param: { unitId }, query: { from, to, needsLog: 'true' } })),
    call(shifts.$get({ param: { unitId }, query: { from, to, needsReview: 'true' } })),
  ]);
  return {
    needsLog: needsLog.shifts.sort(newestFirst),
    needsReview: needsReview.shifts.sort(newestFirst),
  };
}
