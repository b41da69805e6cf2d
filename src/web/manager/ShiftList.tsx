import { useT } from '../i18n/i18n';
import { dayTitle } from './dates';
import { dayKey } from './month';
import { ShiftRow } from './ShiftRow';
import type { ShiftSummary } from './types';

type ShiftListProps = { shifts: ShiftSummary[]; unitId: string };

/** A month's shifts day by day, each day under its own heading. */
export function ShiftsByDay({ shifts, unitId }: ShiftListProps) {
  const { locale } = useT();
  const days = new Map<string, ShiftSummary[]>();
  for (const shift of shifts) {
    const key = dayKey(shift.startsAt);
    days.set(key, [...(days.get(key) ?? []), shift]);
  }
  return (
    <div class="shift-days">
      {[...days].map(([key, dayShifts]) => (
        <section key={key} class="shift-day" aria-labelledby={`day-${key}`}>
          <h3 id={`day-${key}`} class="shift-day-title">
            {dayTitle(key, locale, false)}
          </h3>
          <ul class="shift-list">
            {dayShifts.map((shift) => (
              <ShiftRow key={shift.id} shift={shift} unitId={unitId} withDate={false} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Shifts from several months, each with its date. */
export function ShiftList({ shifts, unitId }: ShiftListProps) {
  return (
    <ul class="shift-list">
      {shifts.map((shift) => (
        <ShiftRow key={shift.id} shift={shift} unitId={unitId} withDate />
      ))}
    </ul>
  );
}
