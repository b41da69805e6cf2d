import { api, call } from '../api/client';
import type { Area, UnitMember } from '../api/types';
import type { Category, Shift, ShiftSummary } from './model';

/** Reads for the shift pages. Writes never happen here: they go through the outbox. */
const READ_TIMEOUT_MS = 12_000;
const options = () => ({ init: { signal: AbortSignal.timeout(READ_TIMEOUT_MS) } });

export async function fetchCategories(): Promise<Category[]> {
  const body = await call(api.api.categories.$get({ query: { includeRetired: 'true' } }, options()));
  return body.categories;
}

export async function fetchAreas(): Promise<Area[]> {
  const body = await call(api.api.areas.$get({ query: { includeInactive: 'true' } }, options()));
  return body.areas;
}

export async function fetchMembers(unitId: string): Promise<UnitMember[]> {
  const body = await call(api.api.units[':unitId'].members.$get({ param: { unitId } }, options()));
  return body.members;
}

export async function fetchShiftList(unitId: string, from: string, to: string): Promise<ShiftSummary[]> {
  const body = await call(
    api.api.units[':unitId'].shifts.$get({ param: { unitId }, query: { from, to } }, options()),
  );
  return body.shifts;
}

export async function fetchShift(unitId: string, shiftId: string): Promise<Shift> {
  return call(api.api.units[':unitId'].shifts[':shiftId'].$get({ param: { unitId, shiftId } }, options()));
}
