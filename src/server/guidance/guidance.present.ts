import type { GuidanceCellRow } from './guidance.repository';
import type { FollowUpShift } from './guidance.schema';
import { isComplete } from './guidance-rules';

function presentCell(row: GuidanceCellRow): FollowUpShift['cells'][number] {
  return {
    serviceId: row.service_id,
    service: { sv: row.service_sv, en: row.service_en },
    gender: row.gender,
    ageBandId: row.age_band_id,
    ageBand: { sv: row.age_band_sv, en: row.age_band_en },
    guided: row.guided,
    arrived: row.arrived ?? 0,
    notArrived: row.not_arrived ?? 0,
    unknown: row.outcome_unknown ?? 0,
  };
}

/** Guidance cells grouped by shift, in the rows' order. */
export function presentFollowUpShifts(rows: readonly GuidanceCellRow[]): FollowUpShift[] {
  const shifts = new Map<string, FollowUpShift>();
  for (const row of rows) {
    const shift = shifts.get(row.shift_id) ?? {
      shiftId: row.shift_id,
      startsAt: row.starts_at.toISOString(),
      endsAt: row.ends_at.toISOString(),
      cells: [],
    };
    shift.cells.push(presentCell(row));
    shifts.set(row.shift_id, shift);
  }
  return [...shifts.values()];
}

/** A shift still awaits follow-up while any of its guidance cells lacks a full outcome. */
export const awaitsFollowUp = (shift: FollowUpShift) =>
  shift.cells.some((cell) => !isComplete(cell.guided, cell));
