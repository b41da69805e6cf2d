import { useState } from 'preact/hooks';
import { useT } from '../i18n/i18n';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { ErrorAlert } from '../ui/errors';
import { TextField } from '../ui/Field';
import { PageHeading } from '../ui/PageHeading';
import { type SignInNotice, signIn } from './session';

export function SignInPage({ notice }: { notice: SignInNotice }) {
  const { t } = useT();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState({ email: false, password: false });

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (submitting) return;
    const empty = { email: !email.trim(), password: !password };
    setMissing(empty);
    if (empty.email || empty.password) return;
    setSubmitting(true);
    setError(null);
    try {
      // The app shell sees the new session and goes on to the page asked for (`?next=`).
      await signIn(email.trim(), password);
    } catch (caught) {
      setError(caught);
      setPassword('');
      setSubmitting(false);
    }
  }

  return (
    <div class="sign-in">
      <div class="sign-in-language">
        <LanguageSwitch />
      </div>
      <main id="main" class="sign-in-card">
        <PageHeading title={t('auth.signInHeading')}>{t('app.name')}</PageHeading>
        <p class="sign-in-tagline">{t('app.tagline')}</p>
        {notice === 'sessionExpired' && !error && (
          <p class="alert alert-warning" role="alert">
            {t('auth.sessionExpired')}
          </p>
        )}
        {notice === 'signedOut' && !error && (
          <p class="alert alert-info" role="status">
            {t('auth.signedOut')}
          </p>
        )}
        <ErrorAlert error={error} />
        <form onSubmit={submit} noValidate aria-busy={submitting}>
          <TextField
            label={t('auth.email')}
            type="email"
            value={email}
            onInput={setEmail}
            autocomplete="username"
            required
            error={missing.email ? t('common.required') : undefined}
            autoFocus
          />
          <TextField
            label={t('auth.password')}
            type="password"
            value={password}
            onInput={setPassword}
            autocomplete="current-password"
            required
            error={missing.password ? t('common.required') : undefined}
          />
          <button type="submit" class="button button-primary button-block" disabled={submitting}>
            {t('auth.signIn')}
          </button>
          <p class="live-status" role="status" aria-live="polite">
            {submitting ? t('auth.signingIn') : ''}
          </p>
        </form>
      </main>
    </div>
  );
}
