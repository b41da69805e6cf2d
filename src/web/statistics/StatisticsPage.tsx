import { useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import './statistics.css';
import { api, call } from '../api/client';
import { useUser } from '../auth/session';
import { ProtectionNote } from '../disclosure/ProtectionNote';
import { useT } from '../i18n/i18n';
import { userUnits } from '../layout/navigation';
import { ErrorAlert } from '../ui/errors';
import { PageHeading } from '../ui/PageHeading';
import { useResource } from '../ui/useResource';
import { ByAgeTable } from './ByAgeTable';
import { ByMonthSection } from './ByMonthSection';
import { CONTACTS_HEADING, ContactSummary } from './ContactSummary';
import { ACTIVITY_HEADING, IndicatorsSection, YOUNG_PEOPLE_HEADING } from './IndicatorsSection';
import { periodLabel } from './labels';
import { loadContactStatistics } from './load';
import { PeriodPicker } from './PeriodPicker';
import { type Period, parsePeriod } from './period';
import { offersResearchExport, RESEARCH_EXPORT_HEADING, ResearchExport } from './ResearchExport';
import { ScopePicker } from './ScopePicker';
import { SectionIndex, type SectionLink } from './SectionIndex';
import { chooseScope, needsOrganisation, reachableScopes, type Scope, scopeKey } from './scopes';
import { COMPARISON_HEADING, UnitComparisonSection } from './UnitComparisonSection';

export const STATISTICS_PATH = '/statistik';

/** Contacts by gender, age and month for the places the user's roles reach. */
export function StatisticsPage() {
  const { t, locale } = useT();
  const user = useUser();
  const location = useLocation();
  // While the next page loads, this one is still rendered with the next page's address: keep our own.
  const own = useRef(location);
  if (location.path === STATISTICS_PATH) own.current = location;
  const { query, route } = own.current;

  const wantsTree = needsOrganisation(user);
  const tree = useResource(
    () =>
      wantsTree
        ? call(api.api.organisation.$get({ query: { includeInactive: 'false' } }))
        : Promise.resolve(undefined),
    [wantsTree],
  );
  const groups = reachableScopes(user, tree.data);
  const scope = chooseScope(groups, query.scope, userUnits(user)[0]?.id);
  const period = parsePeriod(query.period, query.from, query.to);
  const key = scope ? scopeKey(scope) : '';
  const stats = useResource(
    () => (scope ? loadContactStatistics(scope, period) : Promise.resolve(undefined)),
    [key, period.from, period.to],
  );

  /** The address keeps the place and period, so a link or "back" shows the same figures. */
  function go(next: { scope?: Scope; period?: Period }) {
    const chosen = next.scope ?? scope;
    const nextPeriod = next.period ?? period;
    const params = new URLSearchParams();
    if (chosen) params.set('scope', scopeKey(chosen));
    params.set('period', nextPeriod.kind);
    params.set('from', nextPeriod.from);
    if (nextPeriod.kind === 'custom') params.set('to', nextPeriod.to);
    route(`${STATISTICS_PATH}?${params}`, true);
  }

  const waitingForTree = wantsTree && tree.loading && !tree.data;
  const data = scope ? stats.data : undefined;
  const sections: SectionLink[] = scope
    ? [
        { id: CONTACTS_HEADING, label: t('statistics.contacts') },
        { id: ACTIVITY_HEADING, label: t('indicators.activityHeading') },
        { id: YOUNG_PEOPLE_HEADING, label: t('indicators.youngPeopleHeading') },
        ...(scope.kind !== 'unit'
          ? [{ id: COMPARISON_HEADING, label: t('indicators.comparison.heading') }]
          : []),
        ...(offersResearchExport(scope, user)
          ? [{ id: RESEARCH_EXPORT_HEADING, label: t('statistics.researchExport.heading') }]
          : []),
      ]
    : [];

  return (
    <div class="stats-page">
      <PageHeading title={t('statistics.heading')} />
      <p class="lead">{t('statistics.intro')}</p>
      <ErrorAlert error={tree.error} />
      {!scope && !waitingForTree && !tree.error && <p class="alert alert-info">{t('statistics.noScope')}</p>}
      {scope && (
        <>
          <div class="stats-controls">
            <ScopePicker groups={groups} scope={scope} onChange={(next) => go({ scope: next })} />
            <PeriodPicker period={period} onChange={(next) => go({ period: next })} />
          </div>
          {/* The pickers are not printed, so the paper says in words which place and period it is. */}
          <p class="print-only stats-print-scope">
            {scope.name}, {periodLabel(period, t, locale)}
          </p>
          {data && <SectionIndex links={sections} />}
          <ErrorAlert error={stats.error} />
          {!data && stats.loading && (
            <p class="muted" role="status">
              {t('statistics.loading')}
            </p>
          )}
          {data && (
            <div
              class={stats.loading ? 'stats-figures stats-stale' : 'stats-figures'}
              aria-busy={stats.loading}
            >
              <ContactSummary stats={data} scope={scope} period={period} />
              <ProtectionNote protection={data.protection} />
              {data.total === 0 ? (
                <p>{t('statistics.noContacts')}</p>
              ) : (
                <>
                  <ByMonthSection stats={data} />
                  <ByAgeTable stats={data} />
                </>
              )}
              <IndicatorsSection
                scope={scope}
                period={period}
                contacts={data}
                periodLabel={periodLabel(period, t, locale)}
              />
            </div>
          )}
          {scope.kind !== 'unit' && <UnitComparisonSection scope={scope} period={period} />}
          <ResearchExport scope={scope} period={period} />
        </>
      )}
    </div>
  );
}
