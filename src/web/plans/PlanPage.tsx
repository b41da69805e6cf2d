import { useLocation } from 'preact-iso';
import { useUser } from '../auth/session';
import { useT } from '../i18n/i18n';
import { userUnits } from '../layout/navigation';
import { today } from '../statistics/period';
import { ErrorAlert } from '../ui/errors';
import { LiveStatus } from '../ui/Field';
import { PageHeading } from '../ui/PageHeading';
import { ScrollRegion } from '../ui/ScrollRegion';
import { useResource } from '../ui/useResource';
import { fetchPlans } from './api';
import { PlanView } from './PlanView';
import { unitPlanPath } from './paths';
import './plans.css';

/** The year in `?ar=`, else this year. */
function useYear(): [number, (year: number) => void] {
  const { query, path, route } = useLocation();
  const asked = Number(query.ar);
  const year =
    Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : Number(today().slice(0, 4));
  return [year, (next) => route(`${path}?ar=${next}`)];
}

function YearSwitch({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useT();
  return (
    <nav class="plan-years" aria-label={t('plans.year')}>
      <button type="button" class="button button-small" onClick={() => onChange(year - 1)}>
        <span aria-hidden="true">←</span> <span class="visually-hidden">{t('plans.previousYear')}</span>
        {year - 1}
      </button>
      <strong aria-current="page">{year}</strong>
      <button type="button" class="button button-small" onClick={() => onChange(year + 1)}>
        <span class="visually-hidden">{t('plans.nextYear')}</span>
        {year + 1} <span aria-hidden="true">→</span>
      </button>
    </nav>
  );
}

/**
 * `/arsplan`: the own unit's plan for a field worker or manager; every unit's for the
 * administration and analysts. `/arsplan/:unitId` opens one unit's.
 */
export function PlanPage({ unitId }: { unitId?: string }) {
  const { t } = useT();
  const user = useUser();
  const [year, setYear] = useYear();
  const units = userUnits(user);
  const shown = unitId ?? (units.length === 1 ? units[0]?.id : undefined);
  return (
    <>
      <PageHeading title={t('plans.heading')} />
      <p class="lead">{shown ? t('plans.intro') : t('plans.overviewIntro')}</p>
      <YearSwitch year={year} onChange={setYear} />
      {shown ? (
        <PlanView key={`${shown}:${year}`} unitId={shown} year={year} />
      ) : (
        <PlanOverview year={year} />
      )}
    </>
  );
}

function PlanOverview({ year }: { year: number }) {
  const { t } = useT();
  const plans = useResource(() => fetchPlans(year), [year]);
  return (
    <section aria-labelledby="plans-overview">
      <h2 id="plans-overview">{t('plans.overviewHeading', { year })}</h2>
      <LiveStatus>{plans.loading && !plans.data ? t('plans.loading') : ''}</LiveStatus>
      <ErrorAlert error={plans.error} />
      {plans.data && (
        <ScrollRegion labelledBy="plans-overview">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('plans.unit')}</th>
                <th scope="col">{t('plans.administration')}</th>
                <th scope="col">{t('plans.statusHeading')}</th>
                <th scope="col" class="num">
                  {t('plans.goalsCount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {plans.data.map((plan) => (
                <tr key={plan.unitId}>
                  <th scope="row">
                    <a
                      href={unitPlanPath(plan.unitId, year)}
                      aria-label={t('plans.open', { unit: plan.unitName })}
                    >
                      {plan.unitName}
                    </a>
                  </th>
                  <td>{plan.administrationName}</td>
                  <td>
                    <span class={`plan-status plan-status-${plan.status ?? 'none'}`}>
                      {t(`plans.status.${plan.status ?? 'none'}`)}
                    </span>
                    {plan.closed && ` · ${t('plans.yearClosed')}`}
                  </td>
                  <td class="num">{plan.goals}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
