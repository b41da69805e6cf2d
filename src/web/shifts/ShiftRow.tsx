import { useT } from '../i18n/i18n';
import { editorPath } from './access';
import { formatSpan } from './format';
import type { ListedShift } from './listing';

/** One shift in the list: when, what, who, and what needs doing (a log, a sync, a conflict). */
export function ShiftRow({ row, unitName }: { row: ListedShift; unitName?: string | undefined }) {
  const { t, locale } = useT();
  const when = formatSpan(row.startsAt, row.endsAt, locale);
  const what = [row.title ?? t(`fieldLog.kinds.${row.kind}`), unitName].filter(Boolean).join(' · ');
  const badges: { text: string; tone: string }[] = [];
  if (row.unsavedDraft) badges.push({ text: t('shifts.unsavedDraft'), tone: 'badge-warn' });
  if (row.sync === 'conflict') badges.push({ text: t('shifts.sync.conflict'), tone: 'badge-danger' });
  if (row.sync === 'failed') badges.push({ text: t('shifts.sync.failed'), tone: 'badge-danger' });
  if (row.sync === 'waiting' || row.sync === 'sending')
    badges.push({ text: t(`shifts.sync.${row.sync}`), tone: 'badge-warn' });
  if (row.needsLog) badges.push({ text: t('shifts.needsLog'), tone: 'badge-warn' });
  if (row.status !== 'planned')
    badges.push({ text: t(`fieldLog.statuses.${row.status}`), tone: 'badge-muted' });
  if (row.reviewed) badges.push({ text: t('shifts.reviewed'), tone: 'badge-active' });
  return (
    <li>
      <a class={`shift-row shift-row-${row.status}`} href={editorPath(row.unitId, row.id)}>
        <span class="shift-when">{when}</span>
        <span class="shift-what">{what}</span>
        {row.staffNames.length > 0 && <span class="shift-who">{row.staffNames.join(', ')}</span>}
        <span class="shift-facts">
          {row.status === 'done' && <span>{t('shifts.contacts', { count: row.contacts })}</span>}
          {row.observations > 0 && <span>{t('shifts.observations', { count: row.observations })}</span>}
        </span>
        {badges.length > 0 && (
          <span class="shift-badges">
            {badges.map((badge) => (
              <span key={badge.text} class={`badge ${badge.tone}`}>
                {badge.text}
              </span>
            ))}
          </span>
        )}
      </a>
    </li>
  );
}
