import { useT } from '../i18n/i18n';
import { formatFigure, formatShare } from './figures';
import type { ContactStatistics, Gender } from './load';

/** The headline: how many contacts, what they are (not people), and the gender balance when it can be told. */
export function ContactSummary({ stats }: { stats: ContactStatistics }) {
  const { t, locale } = useT();
  const totalOf = (gender: Gender) =>
    stats.byGenderAndAge.find((row) => row.gender === gender)?.total ?? null;
  const girl = totalOf('girl');
  const boy = totalOf('boy');
  const other = totalOf('other');
  const balanceKnown = [stats.total, girl, boy, other].every((figure) => typeof figure === 'number');
  return (
    <section class="stats-summary" aria-labelledby="stats-total-heading">
      <h2 id="stats-total-heading" class="stats-summary-label">
        {t('statistics.contacts')}
      </h2>
      <p class="stats-total">{formatFigure(stats.total, stats.threshold, locale)}</p>
      <p class="stats-note">{t('statistics.contactsNote')}</p>
      {stats.total !== 0 &&
        (balanceKnown ? (
          <p class="stats-balance">
            {t('statistics.genderBalance', {
              girl: formatShare(girl, stats.total, locale),
              boy: formatShare(boy, stats.total, locale),
              other: formatShare(other, stats.total, locale),
            })}
          </p>
        ) : (
          <p class="stats-balance muted">
            {t('statistics.genderBalanceHidden', { threshold: stats.threshold })}
          </p>
        ))}
      <Comparisons stats={stats} />
    </section>
  );
}

/** The same count for the period before and a year earlier, with the change when both are shown. */
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
        const now = stats.total;
        const change =
          typeof then === 'number' && typeof now === 'number' && then > 0
            ? new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
                style: 'percent',
                maximumFractionDigits: 0,
                signDisplay: 'exceptZero',
              }).format((now - then) / then)
            : null;
        return (
          <div key={label}>
            <dt>{t(label, { from: day(period.from), to: day(period.to) })}</dt>
            <dd>
              {formatFigure(then, stats.threshold, locale)}
              {change && <span class="muted"> · {t('statistics.change', { change })}</span>}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
