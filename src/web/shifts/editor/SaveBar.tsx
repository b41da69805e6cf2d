import { useT } from '../../i18n/i18n';
import type { SyncState } from '../../outbox/logic';

type Props = {
  dirty: boolean;
  sync: SyncState;
  everSaved: boolean;
  online: boolean;
  message: string;
  /** Said while there is nothing else to say (no message, nothing unsaved or unsent). */
  hint?: string;
  busy: boolean;
  onSave: () => void;
  onDone: () => void;
};

/** Always in reach of a thumb: how the shift stands, "Spara" and "Klart". */
export function SaveBar({ dirty, sync, everSaved, online, message, hint = '', busy, onSave, onDone }: Props) {
  const { t } = useT();
  const state = dirty
    ? t('shifts.editor.unsaved')
    : sync === 'synced'
      ? hint || (everSaved ? t('shifts.sync.synced') : '')
      : sync === 'waiting' && !online
        ? t('shifts.savedOffline')
        : t(`shifts.sync.${sync}`);
  return (
    <div class="save-bar">
      <p class={`save-state save-state-${dirty ? 'dirty' : sync}`} role="status" aria-live="polite">
        {message || state}
      </p>
      <div class="save-buttons">
        <button type="button" class="button" disabled={busy} onClick={onSave}>
          {t('shifts.editor.save')}
        </button>
        <button type="button" class="button button-primary" disabled={busy} onClick={onDone}>
          {t('shifts.editor.done')}
        </button>
      </div>
    </div>
  );
}
