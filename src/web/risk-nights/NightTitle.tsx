import { formatDay } from '../i18n/format';
import { useT } from '../i18n/i18n';

/** A night's name, weekday and date, and its hours, as each list on the page shows them. */
export function NightTitle({
  night,
  level,
}: {
  night: { name: string; day: string; startsAt: string; endsAt: string };
  level: 'h3' | 'h4';
}) {
  const { t, locale } = useT();
  const Heading = level;
  return (
    <>
      <Heading class="risk-night-name">{night.name}</Heading>
      <p class="risk-night-when">
        <time dateTime={night.day}>{formatDay(night.day, locale)}</time>{' '}
        {t('riskNights.time', { start: night.startsAt, end: night.endsAt })}
      </p>
    </>
  );
}
