import { useT } from '../i18n/i18n';
import { formatFigure, formatShare } from './figures';
import type { ContactStatistics, Gender } from './load';

/** The headline: how many contacts, what they are (not people), and the gender balance. */
export function ContactSummary({ stats }: { stats: ContactStatistics }) {
  const { t, locale } = useT();
  const share = (gender: Gender) =>
    formatShare(stats.byGenderAndAge.find((row) => row.gender === gender)?.total ?? 0, stats.total, locale);
  return (
    <section class="stats-summary" aria-labelledby="stats-total-heading">
      <h2 id="stats-total-heading" class="stats-summary-label">
        {t('statistics.contacts')}
      </h2>
      <p class="stats-total">{formatFigure(stats.total, locale)}</p>
      <p class="stats-note">{t('statistics.contactsNote')}</p>
      {stats.total !== 0 && (
        <p class="stats-balance">
          {t('statistics.genderBalance', { girl: share('girl'), boy: share('boy'), other: share('other') })}
        </p>
      )}
      <Comparisons stats={stats} />
    </section>
  );
}

/** The same count for the period before and a year earlier, with the change when there was one to change from. */
function Comparisons({ stats }: { stats: ContactStatistics }) {
  const { t, locale } = useT();
  const day = (iso: string) =>
    new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${iso}T00:00:00Z`));
  const rows = [
    { label: 'statistics.previousPeriod', period: stats.comparisons.previousPeriod },
    { label: 'statistics.sameTimeLastYear', period: stats.comparisons.sameTimeLastYear },
  ] as const;
  return (
    <dl class="stats-comparisons" aria-label={t('statistics.comparisons')}>
      {rows.map(({ label, period }) => {
        const then = period.total;
        const change =
          then > 0
            ? new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
                style: 'percent',
                maximumFractionDigits: 0,
                signDisplay: 'exceptZero',
              }).format((stats.total - then) / then)
            : null;
        return (
          <div key={label}>
            <dt>{t(label, { from: day(period.from), to: day(period.to) })}</dt>
            <dd>
              {formatFigure(then, locale)}
              {change && <span class="muted"> · {t('statistics.change', { change })}</span>}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
