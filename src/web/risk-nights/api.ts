import type { InferRequestType, InferResponseType } from 'hono/client';
import { api, call } from '../api/client';

const calendarRoute = api.api['risk-nights'];
const defaultsRoute = api.api['risk-nights'].defaults;
const nightRoute = api.api['risk-nights'][':riskNightId'];
const unitRoute = api.api.units[':unitId']['risk-nights'];
const answerRoute = api.api.units[':unitId']['risk-nights'][':riskNightId'].answer;
const shiftRoute = api.api.units[':unitId']['risk-nights'][':riskNightId'].shift;

export type RiskNightCalendar = InferResponseType<typeof calendarRoute.$get, 200>;
export type CalendarNight = RiskNightCalendar['nights'][number];
export type UnitRiskNights = InferResponseType<typeof unitRoute.$get, 200>;
export type UnitNight = UnitRiskNights['nights'][number];
export type RiskNightInput = InferRequestType<typeof calendarRoute.$post>['json'];
export type AnswerInput = InferRequestType<typeof answerRoute.$put>['json'];

const year = (value: number) => ({ query: { year: String(value) } });

export const fetchCalendar = (value: number) => call(calendarRoute.$get(year(value)));
export const addRiskNight = (json: RiskNightInput) => call(calendarRoute.$post({ json }));
export const seedDefaults = (value: number) => call(defaultsRoute.$post({ json: { year: value } }));
export const editRiskNight = (riskNightId: string, json: RiskNightInput) =>
  call(nightRoute.$put({ param: { riskNightId }, json }));
export const removeRiskNight = (riskNightId: string) => call(nightRoute.$delete({ param: { riskNightId } }));
export const fetchUnitNights = (unitId: string, value: number) =>
  call(unitRoute.$get({ param: { unitId }, ...year(value) }));
export const answerRiskNight = (unitId: string, riskNightId: string, json: AnswerInput) =>
  call(answerRoute.$put({ param: { unitId, riskNightId }, json }));
export const planShift = (unitId: string, riskNightId: string) =>
  call(shiftRoute.$post({ param: { unitId, riskNightId } }));
