import type { InferResponseType } from 'hono/client';
import { api, call } from '../api/client';

/** The cell-key method as the server publishes it: its parameters and perturbation table. */
export type DisclosureMethod = InferResponseType<typeof api.api.disclosure.method.$get, 200>;

/** How a page's figures about young people are published: "exact" only to a unit's own staff. */
export type Protection = InferResponseType<typeof api.api.statistics.contacts.$get, 200>['protection'];

/** Public: the method page needs no sign-in. */
export function loadDisclosureMethod(): Promise<DisclosureMethod> {
  return call(api.api.disclosure.method.$get());
}
