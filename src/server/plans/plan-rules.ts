import type { PlanStatus } from '../db/database';

/** What a plan is now: whether its year is closed and its newest version (if any). */
export type PlanState = { closed: boolean; latest: { version: number; status: PlanStatus } | null };

export type PlanRefusal = { code: string; message: string };

/**
 * Saving a draft: a draft (or a version the administration returned) is edited in place; an
 * approved version stays as it was approved and the change becomes the next version; a submitted
 * one waits for its decision.
 */
export function draftStep(
  state: PlanState,
):
  | { kind: 'createPlan' }
  | { kind: 'edit'; version: number }
  | { kind: 'newVersion'; version: number }
  | PlanRefusal {
  if (state.closed)
    return { code: 'plan_year_closed', message: 'The year is closed; its plan can no longer change' };
  if (!state.latest) return { kind: 'createPlan' };
  switch (state.latest.status) {
    case 'draft':
    case 'returned':
      return { kind: 'edit', version: state.latest.version };
    case 'approved':
      return { kind: 'newVersion', version: state.latest.version + 1 };
    case 'submitted':
      return {
        code: 'plan_awaiting_decision',
        message: 'The plan is with the administration; wait for its decision',
      };
  }
}

/** The transitions after drafting: submit, approve, return. */
export function transitionRefusal(
  state: PlanState,
  transition: 'submit' | 'approve' | 'return',
  goals: number,
): PlanRefusal | null {
  if (state.closed)
    return { code: 'plan_year_closed', message: 'The year is closed; its plan can no longer change' };
  const status = state.latest?.status;
  if (transition === 'submit') {
    if (status !== 'draft') return { code: 'plan_not_draft', message: 'Only a draft can be submitted' };
    if (goals === 0) return { code: 'plan_without_goals', message: 'A plan needs at least one goal' };
    return null;
  }
  if (status !== 'submitted')
    return { code: 'plan_not_submitted', message: 'Only a submitted plan can be approved or returned' };
  return null;
}

/** A year can be closed once it is over, and only once. */
export function closeRefusal(state: PlanState, year: number, today: string): PlanRefusal | null {
  if (state.closed) return { code: 'plan_year_closed', message: 'The year is already closed' };
  if (today <= `${year}-12-31`)
    return { code: 'plan_year_not_over', message: 'A year can be closed once it is over' };
  return null;
}

export const isRefusal = (value: object): value is PlanRefusal => 'code' in value;
