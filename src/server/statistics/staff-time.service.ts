import { TIME_USES } from '../../shared/field-log';
import type { MinutesByTimeUse } from '../../shared/staff-time';
import { totalMinutes } from '../../shared/staff-time';
import { type Actor, canAcrossMunicipality } from '../auth/actor';
import type { Db } from '../db/connect';
import { listUnits } from '../organisation/organisation.repository';
import type { ShiftFact } from './indicator-tables';
import { activityFactRows, shiftFactRows } from './indicators.repository';
import { toShiftFacts } from './indicators.service';
import type { StaffTime, StaffTimePlace } from './staff-time.schema';
import { type ActivityFact, hours, shares, staffMinutes, staffMinutesByMonth } from './staff-time-tables';
import { scopeName } from './statistics.repository';

type Range = { from: string; to: string };

function figures(minutes: MinutesByTimeUse) {
  return {
    staffHours: hours(totalMinutes(minutes)),
    percent: shares(minutes),
    hours: Object.fromEntries(TIME_USES.map((use) => [use, hours(minutes[use])])) as MinutesByTimeUse,
  };
}

function place(
  kind: StaffTimePlace['kind'],
  id: string,
  name: string,
  shifts: readonly ShiftFact[],
  activities: readonly ActivityFact[],
): StaffTimePlace {
  const months = [...staffMinutesByMonth(shifts, activities)].map(([month, minutes]) => ({
    month,
    ...figures(minutes),
  }));
  return { kind, id, name, months, total: figures(staffMinutes(shifts, activities)) };
}

/**
 * How the staff's working time was spent, per month, in the reader's own units and the whole
 * municipality side by side: Luleå's question. About staff, not young people, and summed over
 * everyone in a place, so exact for every reader with statistics; a municipality-wide reader (an
 * analyst) gets every unit.
 */
export async function staffTimeStatistics(db: Db, actor: Actor, range: Range): Promise<StaffTime> {
  const m = actor.municipalityId;
  const municipality = { kind: 'municipality' as const, id: m };
  const [rows, activityRows, units, cityName] = await Promise.all([
    shiftFactRows(db, m, municipality, range),
    activityFactRows(db, m, municipality, range),
    listUnits(db, m, false),
    scopeName(db, m, municipality),
  ]);
  const shifts = toShiftFacts(rows);
  const activities = activityRows.map((a): ActivityFact & { unitId: string } => ({
    unitId: a.unit_id,
    day: a.day,
    kind: a.kind,
    minutes: a.minutes,
  }));
  const own = new Set(actor.grants.flatMap((grant) => (grant.unitId ? [grant.unitId] : [])));
  const shown = canAcrossMunicipality(actor, 'statistics.read')
    ? units
    : units.filter((unit) => own.has(unit.id));
  const unitPlaces = shown.map((unit) =>
    place(
      'unit',
      unit.id,
      unit.name,
      shifts.filter((_, i) => rows.shifts[i]?.unit_id === unit.id),
      activities.filter((a) => a.unitId === unit.id),
    ),
  );
  return { ...range, places: [...unitPlaces, place('municipality', m, cityName, shifts, activities)] };
}
