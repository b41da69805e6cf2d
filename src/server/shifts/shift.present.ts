import type { ShiftRow } from '../db/database';
import type { ShiftDto, ShiftInput, ShiftSummaryDto } from './shift.schema';

const person = (id: string | null, names: Map<string, string>) =>
  id ? { id, displayName: names.get(id) ?? '' } : null;

export function presentShift(row: ShiftRow, input: ShiftInput, names: Map<string, string>): ShiftDto {
  return {
    ...input,
    id: row.public_id,
    unitId: row.unit_id,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    createdBy: person(row.created_by, names),
    updatedBy: person(row.updated_by, names),
    reviewedAt: row.reviewed_at?.toISOString() ?? null,
    reviewedBy: person(row.reviewed_by, names),
    staff: input.staffIds.map((id) => ({ id, displayName: names.get(id) ?? '' })),
  };
}

export function presentSummary(
  row: Pick<
    ShiftRow,
    | 'id'
    | 'unit_id'
    | 'status'
    | 'kind'
    | 'title'
    | 'starts_at'
    | 'ends_at'
    | 'time_use'
    | 'version'
    | 'reviewed_at'
  > & {
    contacts: number;
    observation_count: number;
  },
  staff: { id: string; displayName: string }[],
  now: Date,
): ShiftSummaryDto {
  return {
    id: row.id,
    unitId: row.unit_id,
    status: row.status,
    kind: row.kind,
    title: row.title,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    timeUse: row.time_use,
    staff,
    contacts: Number(row.contacts),
    observations: Number(row.observation_count),
    version: row.version,
    reviewedAt: row.reviewed_at?.toISOString() ?? null,
    needsLog: row.status === 'planned' && row.ends_at < now,
  };
}
