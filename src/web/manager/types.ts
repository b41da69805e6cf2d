import type { InferResponseType } from 'hono/client';
import type { api } from '../api/client';

type UnitShifts = (typeof api.api.units)[':unitId']['shifts'];

/** Shapes the manager's pages show, inferred from the server's routes. */
export type ShiftSummary = InferResponseType<UnitShifts['$get'], 200>['shifts'][number];
export type Shift = InferResponseType<UnitShifts[':shiftId']['$get'], 200>;
export type ShiftRevision = InferResponseType<
  UnitShifts[':shiftId']['revisions']['$get'],
  200
>['revisions'][number];
export type Category = InferResponseType<typeof api.api.categories.$get, 200>['categories'][number];
