import { useT } from '../i18n/i18n';
import type { OutboxSummary } from '../outbox/logic';

/** "Allt är synkat", "N ändringar väntar på nätverk", conflicts and failures, and a way to send now. */
export function SyncSummary({
  summary,
  online,
  onRetry,
  problemHref,
}: {
  summary: OutboxSummary;
  online: boolean;
  onRetry: () => void;
  /** The first shift with a conflict or a refused save, to go and sort it out. */
  problemHref?: string | undefined;
}) {
  const { t } = useT();
  const { waiting, conflicts, failed, sending, serverUnavailable } = summary;
  const lines: string[] = [];
  if (conflicts > 0) lines.push(t('outbox.conflicts', { count: conflicts }));
  if (failed > 0) lines.push(t('outbox.failed', { count: failed }));
  if (waiting > 0) {
    if (sending) lines.push(t('outbox.sending'));
    else if (serverUnavailable) lines.push(t('outbox.waitingForServer', { count: waiting }));
    else lines.push(t('outbox.waiting', { count: waiting }));
  }
  const tone = conflicts + failed > 0 ? 'sync-problem' : waiting > 0 ? 'sync-waiting' : 'sync-ok';
  return (
    <div class={`sync-summary ${tone}`}>
      <p role="status" aria-live="polite" class="sync-lines">
        {lines.length === 0 ? t('outbox.allSynced') : lines.join(' · ')}
      </p>
      {problemHref && (
        <a class="button button-small" href={problemHref}>
          {t('outbox.resolve')}
        </a>
      )}
      {!online && <p class="sync-offline">{t('outbox.offline')}</p>}
      {online && serverUnavailable && waiting > 0 && (
        <p class="sync-offline">{t('outbox.serverUnavailable')}</p>
      )}
      {online && waiting > 0 && !sending && (
        <button type="button" class="button button-small" onClick={onRetry}>
          {t('outbox.retry')}
        </button>
      )}
    </div>
  );
}
