import { api, call } from '../api/client';
import { useT } from '../i18n/i18n';
import { ErrorAlert } from '../ui/errors';
import { LiveStatus } from '../ui/Field';
import { useResource } from '../ui/useResource';
import { monthTitle } from './dates';
import type { View } from './ManagerOverviewPage';
import { MonthCalendar } from './MonthCalendar';
import { addMonths, formatYearMonth, monthOf, monthRange, type YearMonth } from './month';
import { ShiftsByDay } from './ShiftList';

type MonthViewProps = {
  unitId: string;
  month: YearMonth;
  view: View;
  today: string;
  onMonth: (month: YearMonth) => void;
};

/** One month of the unit's shifts, as a calendar or a list, with previous, next and today. */
export function MonthView({ unitId, month, view, today, onMonth }: MonthViewProps) {
  const { t, locale } = useT();
  const { from, to } = monthRange(month);
  const shifts = useResource(async () => {
    const body = await call(api.api.units[':unitId'].shifts.$get({ param: { unitId }, query: { from, to } }));
    return body.shifts.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  }, [unitId, from, to]);
  const title = monthTitle(month, locale);
  const isCurrent = formatYearMonth(month) === formatYearMonth(monthOf(new Date()));
  const list = shifts.data ?? [];

  return (
    <section class="section month" aria-labelledby="manager-month" aria-busy={shifts.loading}>
      <div class="month-nav">
        <button
          type="button"
          class="button month-step"
          aria-label={t('manager.previousMonth')}
          onClick={() => onMonth(addMonths(month, -1))}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <h2 id="manager-month" class="month-title">
          {title}
        </h2>
        <button
          type="button"
          class="button month-step"
          aria-label={t('manager.nextMonth')}
          onClick={() => onMonth(addMonths(month, 1))}
        >
          <span aria-hidden="true">›</span>
        </button>
        <button
          type="button"
          class="button button-small month-today"
          disabled={isCurrent}
          onClick={() => onMonth(monthOf(new Date()))}
        >
          {t('manager.today')}
        </button>
      </div>
      <LiveStatus>
        {shifts.loading
          ? t('app.loading')
          : shifts.data
            ? t('manager.monthCount', { count: list.length, month: title })
            : ''}
      </LiveStatus>
      <ErrorAlert error={shifts.error} />
      {view === 'calendar' ? (
        <>
          <div class="calendar-wrap">
            <MonthCalendar month={month} shifts={list} unitId={unitId} today={today} />
          </div>
          {shifts.data && list.length === 0 && (
            <p class="calendar-empty-note">{t('manager.noShiftsInMonth', { month: title })}</p>
          )}
          <Legend />
        </>
      ) : shifts.data && list.length === 0 ? (
        <p>{t('manager.noShiftsInMonth', { month: title })}</p>
      ) : (
        <ShiftsByDay shifts={list} unitId={unitId} />
      )}
    </section>
  );
}

function Legend() {
  const { t } = useT();
  return (
    <div class="legend">
      <h3 class="visually-hidden">{t('manager.legend')}</h3>
      <ul class="legend-list">
        {(['planned', 'done', 'cancelled'] as const).map((status) => (
          <li key={status}>
            <span class={`chip chip-${status} legend-swatch`} aria-hidden="true" />
            {t(`fieldLog.statuses.${status}`)}
          </li>
        ))}
        <li>
          <span class="badge badge-warning">{t('manager.missingLog')}</span>
        </li>
      </ul>
    </div>
  );
}
