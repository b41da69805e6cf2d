import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import type { User } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert } from '../../ui/errors';
import { UserStatus } from './UserStatus';

type Props = { user: User; onSaved: (user: User, message: string) => void };

/** Deactivate or reactivate the account, after a confirmation. */
export function AccountSection({ user, onSaved }: Props) {
  const { t } = useT();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const deactivating = user.active;
  const actionLabel = t(deactivating ? 'users.deactivate' : 'users.reactivate');

  async function confirm() {
    setConfirming(false);
    setBusy(true);
    setError(null);
    try {
      const param = { userId: user.id };
      const next = deactivating
        ? await call(api.api.users[':userId'].deactivate.$post({ param }))
        : await call(api.api.users[':userId'].reactivate.$post({ param }));
      onSaved(next, t(deactivating ? 'users.deactivatedOk' : 'users.reactivatedOk'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="panel" aria-labelledby="user-account">
      <h2 id="user-account">{t('users.account')}</h2>
      <p>
        <UserStatus user={user} />
      </p>
      <ErrorAlert error={error} />
      <button
        type="button"
        class={deactivating ? 'button button-danger' : 'button button-primary'}
        onClick={() => setConfirming(true)}
        disabled={busy}
      >
        {actionLabel}
      </button>
      <ConfirmDialog
        open={confirming}
        message={t(deactivating ? 'users.confirmDeactivate' : 'users.confirmReactivate', {
          name: user.displayName,
        })}
        confirmLabel={t(deactivating ? 'users.confirmDeactivateButton' : 'users.confirmReactivateButton')}
        danger={deactivating}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
