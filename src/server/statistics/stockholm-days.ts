import { type RawBuilder, sql } from 'kysely';

/**
 * Shifts belong to the Stockholm day they started. As instants, the bounds of a day range let the
 * (municipality, unit, starts_at) index serve it: from the first day's midnight, before the midnight
 * after the last day.
 */
export function stockholmDayBounds(range: { from: string; to: string }): {
  start: RawBuilder<Date>;
  end: RawBuilder<Date>;
} {
  return {
    start: sql<Date>`(${range.from}::date)::timestamp at time zone 'Europe/Stockholm'`,
    end: sql<Date>`(${range.to}::date + 1)::timestamp at time zone 'Europe/Stockholm'`,
  };
}
