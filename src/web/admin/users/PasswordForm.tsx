import { useState } from 'preact/hooks';
import { PASSWORD_MIN_LENGTH } from '../../../shared/password-policy';
import { api, call } from '../../api/client';
import type { User } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import { NewPasswordField } from './AccountFields';
import { fieldErrors } from './issues';

type Props = { user: User; onSaved: (user: User, message: string) => void };

export function PasswordForm({ user, onSaved }: Props) {
  const { t } = useT();
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    if (password.length < PASSWORD_MIN_LENGTH) {
      setFieldError(t('users.issues.password'));
      return;
    }
    setFieldError(undefined);
    setBusy(true);
    try {
      const next = await call(
        api.api.users[':userId'].password.$put({ param: { userId: user.id }, json: { password } }),
      );
      setPassword('');
      onSaved(next, t('users.passwordSet'));
    } catch (caught) {
      setFieldError(fieldErrors(caught, t).password);
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="panel" aria-labelledby="user-password">
      <h2 id="user-password">{t('users.password')}</h2>
      <p class="muted">{t('users.passwordIntro')}</p>
      <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
        <NewPasswordField
          label={t('users.newPassword')}
          value={password}
          onInput={setPassword}
          error={fieldError}
        />
        <ErrorAlert error={error} />
        <button type="submit" class="button button-primary" disabled={busy}>
          {t('users.setPassword')}
        </button>
      </form>
    </section>
  );
}
