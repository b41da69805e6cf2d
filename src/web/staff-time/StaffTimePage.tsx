import { useLocation } from 'preact-iso';
import { useT } from '../i18n/i18n';
import { BarChart } from '../statistics/BarChart';
import { FigureTable } from '../statistics/FigureTable';
import { today } from '../statistics/period';
import { ErrorAlert } from '../ui/errors';
import { LiveStatus, SelectField } from '../ui/Field';
import { PageHeading } from '../ui/PageHeading';
import { useResource } from '../ui/useResource';
import { fetchStaffTime } from './api';
import { STAFF_TIME_PATH } from './paths';
import { staffTimeTable } from './staffTimeTable';
import '../statistics/statistics.css';
import './staff-time.css';

/**
 * `/arbetstid`: how the staff's working time went to relationship work, collaboration,
 * administration, training, authority tasks and other municipal assignments, month by month, in
 * one's own unit and the whole city side by side. The question the Luleå politicians asked.
 */
export function StaffTimePage() {
  const { t, locale } = useT();
  const { query, route } = useLocation();
  const thisYear = Number(today().slice(0, 4));
  const years = [thisYear, thisYear - 1, thisYear - 2];
  const year = years.find((y) => String(y) === query.ar) ?? thisYear;
  const to = year === thisYear ? today() : `${year}-12-31`;
  const data = useResource(() => fetchStaffTime(`${year}-01-01`, to), [year, to]);

  return (
    <>
      <PageHeading title={t('staffTime.heading')} />
      <p class="lead">{t('staffTime.intro')}</p>
      <SelectField
        label={t('staffTime.year')}
        value={String(year)}
        onChange={(value) => route(`${STAFF_TIME_PATH}?ar=${value}`)}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <LiveStatus>{data.loading ? t('staffTime.loading') : ''}</LiveStatus>
      <ErrorAlert error={data.error} />
      <div class="staff-time-places">
        {data.data?.places.map((place) => {
          const table = staffTimeTable(place, t, locale);
          const headingId = `staff-time-${place.id}`;
          return (
            <section key={place.id} class="stats-section" aria-labelledby={headingId}>
              <h2 id={headingId}>
                {place.kind === 'municipality' ? t('staffTime.city', { name: place.name }) : place.name}
              </h2>
              {place.months.length === 0 ? (
                <p>{t('staffTime.empty')}</p>
              ) : (
                <>
                  <BarChart table={table} />
                  <FigureTable table={table} labelledBy={headingId} />
                </>
              )}
            </section>
          );
        })}
      </div>
      <p class="field-hint">{t('staffTime.method')}</p>
    </>
  );
}
