import type { InferRequestType, InferResponseType } from 'hono/client';
import { api, call } from '../api/client';

const followUpRoute = api.api.units[':unitId'].guidance['follow-up'];
const outcomesRoute = api.api.units[':unitId'].shifts[':shiftId']['guidance-outcomes'];

export type FollowUpList = InferResponseType<typeof followUpRoute.$get, 200>;
export type FollowUpShift = FollowUpList['shifts'][number];
export type GuidanceCell = FollowUpShift['cells'][number];
export type SaveOutcomesBody = InferRequestType<typeof outcomesRoute.$put>['json'];

export function fetchFollowUp(unitId: string): Promise<FollowUpList> {
  return call(followUpRoute.$get({ param: { unitId } }));
}

/** The follow-up is done at a desk, online: a failed save stays on the page to be sent again. */
export function saveOutcomes(
  unitId: string,
  shiftId: string,
  body: SaveOutcomesBody,
): Promise<FollowUpShift> {
  return call(outcomesRoute.$put({ param: { unitId, shiftId }, json: body }));
}
