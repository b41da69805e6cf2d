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
    </section>
  );
}
