import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, call } from '../api/client';
import { hasText, useT } from '../i18n/i18n';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { ErrorAlert } from '../ui/errors';
import { TextField } from '../ui/Field';
import { PageHeading } from '../ui/PageHeading';
import { useResource } from '../ui/useResource';
import { safeReturnPath } from './Redirect';
import { type SignInNotice, signIn } from './session';

/** Buttons for signing in through each municipality's own identity provider, above the password form. */
function ProviderButtons({ next }: { next: string }) {
  const { t } = useT();
  const buttons = useResource(() => call(api.api.auth.oidc.providers.$get()), []);
  const providers = buttons.data?.providers ?? [];
  if (providers.length === 0) return null;
  const query = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
  return (
    <nav class="sign-in-providers" aria-label={t('oidc.providersLabel')}>
      <ul>
        {providers.map((provider) => (
          <li key={provider.municipalityId}>
            {/* target=_top: a real navigation to the server (and on to the provider), not the client router. */}
            <a class="button button-primary button-block" href={`${provider.startUrl}${query}`} target="_top">
              {provider.label}
            </a>
          </li>
        ))}
      </ul>
      <p class="sign-in-or">{t('oidc.or')}</p>
    </nav>
  );
}

export function SignInPage({ notice }: { notice: SignInNotice }) {
  const { t } = useT();
  const { query } = useLocation();
  // A sign-in at the provider that failed comes back here with a code, never with details.
  const providerError = query.oidc_error ? `errors.${query.oidc_error}` : null;
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
        {providerError && !error && (
          <p class="alert alert-error" role="alert">
            {hasText(providerError) ? t(providerError) : t('errors.unknown')}
          </p>
        )}
        <ErrorAlert error={error} />
        <ProviderButtons next={safeReturnPath(query.next)} />
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
