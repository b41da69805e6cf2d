import { useT } from '../i18n/i18n';
import { formatMinutes } from '../shifts/format';
import type { Activity } from './api';
import type { PendingActivity } from './pending';

type Props = {
  activities: Activity[];
  pending: PendingActivity[];
  showNames: boolean;
  loading: boolean;
  onRemove: (id: string) => void;
};

const dayFormat = (locale: string) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });

/** The last two months' activities, newest first; those still on the phone say so. */
export function ActivityList({ activities, pending, showNames, loading, onRemove }: Props) {
  const { t, locale } = useT();
  const format = dayFormat(locale);
  const rows = [
    ...pending.map((p) => ({
      id: p.id,
      ...p.input,
      assignmentName: null,
      displayName: null,
      note: p.refused ? t('activities.refused', { message: p.refused.message }) : t('activities.waiting'),
    })),
    ...activities.filter((a) => !pending.some((p) => p.id === a.id)).map((a) => ({ ...a, note: null })),
  ].sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
  return (
    <section class="activity-list" aria-labelledby="activities-recent">
      <h2 id="activities-recent">{t('activities.recent')}</h2>
      {loading && <p>{t('activities.loading')}</p>}
      {!loading && rows.length === 0 && <p>{t('activities.noneRecent')}</p>}
      <ul>
        {rows.map((row) => {
          const what = [t(`fieldLog.activityKinds.${row.kind}`), row.assignmentName]
            .filter(Boolean)
            .join(': ');
          return (
            <li key={row.id} class={row.note ? 'activity activity-pending' : 'activity'}>
              <div>
                <strong>{what}</strong>
                <span class="activity-meta">
                  {[
                    format.format(new Date(`${row.day}T12:00:00Z`)),
                    formatMinutes(row.minutes, locale),
                    ...row.partners.map((partner) => t(`fieldLog.activityPartners.${partner}`)),
                    showNames ? row.displayName : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                {row.note && <span class="activity-note">{row.note}</span>}
              </div>
              <button
                type="button"
                class="button button-quiet"
                aria-label={t('activities.removeLabel', {
                  what: `${what} ${format.format(new Date(`${row.day}T12:00:00Z`))}`,
                })}
                onClick={() => onRemove(row.id)}
              >
                {t('activities.remove')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
