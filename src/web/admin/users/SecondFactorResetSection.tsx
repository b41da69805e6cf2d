import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import type { User } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert } from '../../ui/errors';

/** For a user who lost their phone and recovery codes: remove every second factor (audited). */
export function SecondFactorResetSection({
  user,
  onDone,
}: {
  user: User;
  onDone: (message: string) => void;
}) {
  const { t } = useT();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function reset() {
    setAsking(false);
    setBusy(true);
    setError(null);
    try {
      await call(api.api.users[':userId']['second-factor'].reset.$post({ param: { userId: user.id } }));
      onDone(t('security.reset.done', { name: user.displayName }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="section" aria-labelledby="user-second-factor">
      <h2 id="user-second-factor">{t('security.reset.heading')}</h2>
      <p class="muted">{t('security.reset.intro')}</p>
      <ErrorAlert error={error} />
      <button type="button" class="button" disabled={busy} onClick={() => setAsking(true)}>
        {t('security.reset.button')}
      </button>
      <ConfirmDialog
        open={asking}
        message={t('security.reset.confirm', { name: user.displayName })}
        confirmLabel={t('security.reset.button')}
        danger
        onConfirm={() => void reset()}
        onCancel={() => setAsking(false)}
      />
    </section>
  );
}
