import type { InferRequestType, InferResponseType } from 'hono/client';
import { api, call } from '../api/client';

const activitiesRoute = api.api.units[':unitId'].activities;
const activityRoute = api.api.units[':unitId'].activities[':activityId'];
const assignmentsRoute = api.api.units[':unitId'].assignments;
const retireRoute = api.api.units[':unitId'].assignments[':assignmentId'].retire;

export type Activity = InferResponseType<typeof activitiesRoute.$get, 200>['activities'][number];
export type ActivityInput = InferRequestType<typeof activityRoute.$put>['json'];
export type Assignment = InferResponseType<typeof assignmentsRoute.$get, 200>['assignments'][number];

/** Activities on days from `from` up to, not including, `to`. */
export function fetchActivities(unitId: string, from: string, to: string): Promise<Activity[]> {
  return call(activitiesRoute.$get({ param: { unitId }, query: { from, to } })).then(
    (body) => body.activities,
  );
}

/** Idempotent under the phone's id: a resend replaces, it never doubles. */
export function putActivity(unitId: string, activityId: string, input: ActivityInput): Promise<Activity> {
  return call(activityRoute.$put({ param: { unitId, activityId }, json: input }));
}

export function deleteActivity(unitId: string, activityId: string): Promise<unknown> {
  return call(activityRoute.$delete({ param: { unitId, activityId } }));
}

export function fetchAssignments(unitId: string): Promise<Assignment[]> {
  return call(assignmentsRoute.$get({ param: { unitId } })).then((body) => body.assignments);
}

export function createAssignment(unitId: string, name: string): Promise<Assignment> {
  return call(assignmentsRoute.$post({ param: { unitId }, json: { name } }));
}

export function retireAssignment(unitId: string, assignmentId: string): Promise<Assignment> {
  return call(retireRoute.$post({ param: { unitId, assignmentId } }));
}
