import type { InferRequestType, InferResponseType } from 'hono/client';
import { api, call } from '../api/client';

const listRoute = api.api.plans;
const planRoute = api.api.units[':unitId'].plans[':year'];

export type PlanSummary = InferResponseType<typeof listRoute.$get, 200>[number];
export type Plan = InferResponseType<typeof planRoute.$get, 200>;
export type PlanVersion = Plan['versions'][number];
export type PlanGoal = PlanVersion['goals'][number];
export type PlanTarget = PlanGoal['targets'][number];
export type PlanDraft = InferRequestType<typeof planRoute.$put>['json'];
export type FollowUp = InferResponseType<(typeof planRoute)['follow-up']['$get'], 200>;
export type Decision = 'submit' | 'approve' | 'return' | 'close';

const param = (unitId: string, year: number) => ({ unitId, year: String(year) });

export const fetchPlans = (year: number) => call(listRoute.$get({ query: { year: String(year) } }));
export const fetchPlan = (unitId: string, year: number) =>
  call(planRoute.$get({ param: param(unitId, year) }));
export const fetchFollowUp = (unitId: string, year: number) =>
  call(planRoute['follow-up'].$get({ param: param(unitId, year) }));
export const saveDraft = (unitId: string, year: number, json: PlanDraft) =>
  call(planRoute.$put({ param: param(unitId, year), json }));
export const decide = (unitId: string, year: number, decision: Decision, comment?: string) =>
  call(planRoute[decision].$post({ param: param(unitId, year), json: comment ? { comment } : {} }));
