import { useT } from '../i18n/i18n';
import { clock, dayTitle, monthTitle, timeRange, weekdayNames } from './dates';
import { type CalendarDay, dayKey, monthGrid, type YearMonth } from './month';
import { reviewPath } from './paths';
import { followUp, shiftName } from './shiftText';
import type { ShiftSummary } from './types';

type MonthCalendarProps = { month: YearMonth; shifts: ShiftSummary[]; unitId: string; today: string };

/**
 * The month as a grid of weeks, Monday first; each day lists its shifts as small links coloured by
 * status. On a phone the grid folds into a list of the days that have shifts.
 */
export function MonthCalendar({ month, shifts, unitId, today }: MonthCalendarProps) {
  const { t, locale } = useT();
  const byDay = new Map<string, ShiftSummary[]>();
  for (const shift of shifts) {
    const key = dayKey(shift.startsAt);
    byDay.set(key, [...(byDay.get(key) ?? []), shift]);
  }
  const weekdays = weekdayNames(locale);
  return (
    <table class="calendar">
      <caption class="visually-hidden">{monthTitle(month, locale)}</caption>
      <thead>
        <tr>
          {weekdays.map((weekday) => (
            <th key={weekday.long} scope="col" abbr={weekday.long}>
              {weekday.short}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthGrid(month).map((week) => (
          <tr key={week[0]?.key}>
            {week.map((day) => (
              <CalendarCell
                key={day.key}
                day={day}
                shifts={byDay.get(day.key) ?? []}
                unitId={unitId}
                isToday={day.key === today}
                label={dayTitle(day.key, locale, false)}
                todayText={t('manager.today_marker')}
              />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type CellProps = {
  day: CalendarDay;
  shifts: ShiftSummary[];
  unitId: string;
  isToday: boolean;
  label: string;
  todayText: string;
};

function CalendarCell({ day, shifts, unitId, isToday, label, todayText }: CellProps) {
  const { t, locale } = useT();
  const missingLog = shifts.some((shift) => shift.needsLog);
  const classes = ['calendar-day'];
  if (!day.inMonth) classes.push('calendar-day-outside');
  if (isToday) classes.push('calendar-day-today');
  if (shifts.length === 0) classes.push('calendar-day-empty');
  if (day.weekday >= 5) classes.push('calendar-day-weekend');
  return (
    <td class={classes.join(' ')} aria-current={isToday ? 'date' : undefined}>
      <div class="calendar-day-head">
        <span class="calendar-day-number" aria-hidden="true">
          {day.day}
        </span>
        <span class="calendar-day-label">
          {label}
          {isToday && <span class="visually-hidden"> ({todayText})</span>}
        </span>
        {missingLog && <span class="badge badge-warning calendar-marker">{t('manager.missingLog')}</span>}
      </div>
      {shifts.length > 0 && (
        <ul class="calendar-shifts">
          {shifts.map((shift) => {
            const name = shiftName(shift, t);
            const state = followUp(shift);
            const status = t(`manager.status.${shift.status}`);
            const extra =
              state === 'missingLog' || state === 'notReviewed' ? `, ${t(`manager.${state}`)}` : '';
            return (
              <li key={shift.id}>
                <a
                  class={`chip chip-${shift.status}${state === 'missingLog' ? ' chip-missing-log' : ''}`}
                  href={reviewPath(unitId, shift.id)}
                  title={`${timeRange(shift.startsAt, shift.endsAt, locale)} ${name}`}
                  aria-label={`${t('manager.chip', { time: clock(shift.startsAt, locale), name, status })}${extra}`}
                >
                  <span class="chip-time">{clock(shift.startsAt, locale)}</span> {name}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </td>
  );
}
