import type { InferRequestType, InferResponseType } from 'hono/client';
import { api, call } from '../api/client';

const ownRoute = api.api.me.competence;
const unitRoute = api.api.units[':unitId'].competence;
const staffRoute = api.api.units[':unitId'].competence[':userId'];

export type Competence = InferResponseType<typeof ownRoute.$get, 200>;
export type CompetenceInput = InferRequestType<typeof ownRoute.$put>['json'];
export type UnitCompetence = InferResponseType<typeof unitRoute.$get, 200>;

export const fetchOwnCompetence = () => call(ownRoute.$get());
export const saveOwnCompetence = (json: CompetenceInput) => call(ownRoute.$put({ json }));
export const fetchUnitCompetence = (unitId: string) => call(unitRoute.$get({ param: { unitId } }));
export const saveStaffCompetence = (unitId: string, userId: string, json: CompetenceInput) =>
  call(staffRoute.$put({ param: { unitId, userId }, json }));
