import { useT } from '../i18n/i18n';
import { useResource } from '../ui/useResource';
import { changeSince, comparedDays } from './comparison';
import { formatFigure, formatShare } from './figures';
import { dayRangeLabel } from './labels';
import { type ContactStatistics, type Gender, loadContactStatistics } from './load';
import { today } from './period';
import type { Scope } from './scopes';

/** The summary's heading, where the page's section index leads first. */
export const CONTACTS_HEADING = 'stats-total-heading';

/** The headline: how many contacts, what they are (not people), and the gender balance. */
export function ContactSummary({
  stats,
  scope,
  period,
}: {
  stats: ContactStatistics;
  scope: Scope;
  period: { from: string; to: string };
}) {
  const { t, locale } = useT();
  // The same share as the table's "Andel" column: the gender's published total of the total.
  const share = (gender: Gender) =>
    formatShare(stats.byGenderAndAge.find((row) => row.gender === gender)?.total ?? 0, stats.total, locale);
  return (
    <section class="stats-summary" aria-labelledby={CONTACTS_HEADING}>
      <h2 id={CONTACTS_HEADING} class="stats-summary-label" tabIndex={-1}>
        {t('statistics.contacts')}
      </h2>
      <p class="stats-total">{formatFigure(stats.total, locale)}</p>
      <p class="stats-note">{t('statistics.contactsNote')}</p>
      {stats.total !== 0 && (
        <p class="stats-balance">
          {t('statistics.genderBalance', { girl: share('girl'), boy: share('boy'), other: share('other') })}
        </p>
      )}
      <YearOnYear stats={stats} scope={scope} period={period} />
    </section>
  );
}

/**
 * The contacts against the same period a year earlier, read from then to now. While the period
 * runs, its days so far are fetched on their own and set against the same days a year earlier.
 */
function YearOnYear({
  stats,
  scope,
  period,
}: {
  stats: ContactStatistics;
  scope: Scope;
  period: { from: string; to: string };
}) {
  const { t, locale } = useT();
  const days = comparedDays(period, today());
  const soFar = useResource(
    () =>
      days?.soFar && days.to !== stats.to
        ? loadContactStatistics(scope, { from: days.from, to: days.to })
        : Promise.resolve(stats),
    [scope.kind, scope.id, days?.from, days?.to, stats],
  );
  if (!days) return null;
  const compared = days.soFar ? soFar.data : stats;
  if (!compared || compared.from !== days.from || compared.to !== days.to) return null;
  const lastYear = compared.comparisons.sameTimeLastYear;
  const change = changeSince(compared.total, lastYear.total);
  const percent = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  });
  const range = (from: string, to: string) => dayRangeLabel(from, to, locale);
  return (
    <div class="stats-comparisons">
      <p class="stats-change">
        {change === null
          ? t('statistics.yearOnYear.none')
          : t(days.soFar ? 'statistics.yearOnYear.changeSoFar' : 'statistics.yearOnYear.change', {
              change: percent.format(change),
            })}
      </p>
      <dl aria-label={t('statistics.comparisons')}>
        {days.soFar && (
          <div>
            <dt>{t('statistics.yearOnYear.thisPeriodSoFar', { range: range(days.from, days.to) })}</dt>
            <dd>{formatFigure(compared.total, locale)}</dd>
          </div>
        )}
        <div>
          <dt>
            {t(days.soFar ? 'statistics.yearOnYear.lastYearSoFar' : 'statistics.yearOnYear.lastYear', {
              range: range(lastYear.from, lastYear.to),
            })}
          </dt>
          <dd>{formatFigure(lastYear.total, locale)}</dd>
        </div>
      </dl>
    </div>
  );
}
