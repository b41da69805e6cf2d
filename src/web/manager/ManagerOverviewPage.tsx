import { useEffect, useRef } from 'preact/hooks';
import './manager.css';
import { useLocation } from 'preact-iso';
import { useUser } from '../auth/session';
import { useT } from '../i18n/i18n';
import { ErrorAlert } from '../ui/errors';
import { PageHeading } from '../ui/PageHeading';
import { useResource } from '../ui/useResource';
import { MonthView } from './MonthView';
import { dayKey, formatYearMonth, monthOf, parseYearMonth, type YearMonth } from './month';
import { managedUnits, overviewPath, rememberOverview } from './paths';
import { ShiftList } from './ShiftList';
import { ToDoSummary } from './ToDoSummary';
import { loadToDo } from './todo';

export type Filter = 'all' | 'needsLog' | 'needsReview';
export type View = 'calendar' | 'list';

const FILTER_LABEL = {
  all: 'manager.filterAll',
  needsLog: 'manager.filterNeedsLog',
  needsReview: 'manager.filterNeedsReview',
} as const;

function parseFilter(value: string | undefined): Filter {
  return value === 'needsLog' || value === 'needsReview' ? value : 'all';
}

/** The unit manager's view of the unit's shifts: a month calendar or list, and what needs doing. */
export function ManagerOverviewPage({ unitId }: { unitId: string }) {
  const { t } = useT();
  const user = useUser();
  const location = useLocation();
  // While the next page loads, this one is still rendered with the next page's address: keep our own.
  const own = useRef(location);
  if (location.path === overviewPath(unitId)) own.current = location;
  const { url, query, route } = own.current;
  const today = dayKey(new Date());
  const month = parseYearMonth(query.month) ?? monthOf(new Date());
  const view: View = query.view === 'list' ? 'list' : 'calendar';
  const filter = parseFilter(query.filter);
  const todo = useResource(() => loadToDo(unitId), [unitId]);
  const unitName = user.roles.find((grant) => grant.unitId === unitId)?.unitName ?? '';
  const managed = managedUnits(user);

  useEffect(() => rememberOverview(unitId, url), [unitId, url]);

  /** Changes the month, view or filter; the address keeps them, so "back" returns here. */
  function go(next: { month?: YearMonth; view?: View; filter?: Filter }) {
    const params = new URLSearchParams();
    const nextFilter = next.filter ?? filter;
    const nextView = next.view ?? view;
    const nextMonth = next.month ?? month;
    if (formatYearMonth(nextMonth) !== formatYearMonth(monthOf(new Date())))
      params.set('month', formatYearMonth(nextMonth));
    if (nextView !== 'calendar') params.set('view', nextView);
    if (nextFilter !== 'all') params.set('filter', nextFilter);
    const search = params.toString();
    route(`${overviewPath(unitId)}${search ? `?${search}` : ''}`, true);
  }

  const counts = { needsLog: todo.data?.needsLog.length, needsReview: todo.data?.needsReview.length };

  return (
    <>
      <PageHeading title={t('manager.heading')} />
      {managed.length > 1 ? (
        <UnitChooser units={managed} unitId={unitId} />
      ) : (
        unitName && <p class="lead">{unitName}</p>
      )}
      <ToDoSummary todo={todo.data} />
      <ErrorAlert error={todo.error} />

      <div class="toolbar manager-wide">
        <fieldset class="segmented">
          <legend class="visually-hidden">{t('manager.show')}</legend>
          {(['all', 'needsLog', 'needsReview'] as const).map((option) => (
            <button
              key={option}
              type="button"
              class="segmented-option"
              aria-pressed={filter === option}
              onClick={() => go({ filter: option })}
            >
              {t(FILTER_LABEL[option])}
              {option !== 'all' && counts[option] !== undefined && (
                <span class="segmented-count">{counts[option]}</span>
              )}
            </button>
          ))}
        </fieldset>
        {filter === 'all' && (
          <fieldset class="segmented">
            <legend class="visually-hidden">{t('manager.view')}</legend>
            {(['calendar', 'list'] as const).map((option) => (
              <button
                key={option}
                type="button"
                class="segmented-option"
                aria-pressed={view === option}
                onClick={() => go({ view: option })}
              >
                {t(option === 'calendar' ? 'manager.viewCalendar' : 'manager.viewList')}
              </button>
            ))}
          </fieldset>
        )}
      </div>

      {filter === 'all' ? (
        <MonthView
          unitId={unitId}
          month={month}
          view={view}
          today={today}
          onMonth={(next) => go({ month: next })}
        />
      ) : (
        <section class="section" aria-labelledby="manager-filtered">
          <h2 id="manager-filtered">
            {t(filter === 'needsLog' ? 'manager.needsLogHeading' : 'manager.needsReviewHeading')}
          </h2>
          <p class="muted">
            {t(filter === 'needsLog' ? 'manager.needsLogIntro' : 'manager.needsReviewIntro')}{' '}
            {t('manager.todoWindow')}
          </p>
          {todo.loading && !todo.data && (
            <p role="status" class="live-status">
              {t('app.loading')}
            </p>
          )}
          {todo.data && todo.data[filter].length === 0 && <p>{t('manager.noneToDo')}</p>}
          {todo.data && todo.data[filter].length > 0 && (
            <ShiftList shifts={todo.data[filter]} unitId={unitId} />
          )}
        </section>
      )}
    </>
  );
}

function UnitChooser({ units, unitId }: { units: { id: string; name: string }[]; unitId: string }) {
  const { t } = useT();
  const { route } = useLocation();
  return (
    <div class="field unit-chooser">
      <label for="manager-unit">{t('manager.unit')}</label>
      <select
        id="manager-unit"
        value={unitId}
        onChange={(event) => route(overviewPath(event.currentTarget.value))}
      >
        {units.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.name}
          </option>
        ))}
      </select>
    </div>
  );
}
