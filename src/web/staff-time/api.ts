import type { InferResponseType } from 'hono/client';
import { api, call } from '../api/client';

const route = api.api.statistics['staff-time'];
export type StaffTime = InferResponseType<typeof route.$get, 200>;
export type StaffTimePlace = StaffTime['places'][number];

export function fetchStaffTime(from: string, to: string): Promise<StaffTime> {
  return call(route.$get({ query: { from, to } }));
}
