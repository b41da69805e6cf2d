import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import type { User } from '../../api/types';
import { type Locale, useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import { NameAndEmailFields } from './AccountFields';
import { coveredByFields, type FieldErrors, fieldErrors } from './issues';
import { LocaleField } from './LocaleField';

type Props = { user: User; onSaved: (user: User, message: string) => void };

export function UserDetailsForm({ user, onSaved }: Props) {
  const { t } = useT();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [email, setEmail] = useState(user.email);
  const [locale, setLocale] = useState<Locale>(user.locale);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    if (!displayName.trim()) found.displayName = t('users.issues.displayName');
    if (!email.trim() || !email.includes('@')) found.email = t('users.issues.email');
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const json = { displayName: displayName.trim(), email: email.trim(), locale };
      const next = await call(api.api.users[':userId'].$patch({ param: { userId: user.id }, json }));
      setEmail(next.email);
      onSaved(next, t('users.detailsSaved'));
    } catch (caught) {
      const byField = fieldErrors(caught, t);
      setErrors(byField);
      setError(coveredByFields(caught, byField) ? null : caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="panel" aria-labelledby="user-details">
      <h2 id="user-details">{t('users.details')}</h2>
      <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
        <NameAndEmailFields
          displayName={displayName}
          email={email}
          onDisplayName={setDisplayName}
          onEmail={setEmail}
          errors={errors}
        />
        <LocaleField value={locale} onChange={setLocale} />
        <ErrorAlert error={error} />
        <button type="submit" class="button button-primary" disabled={busy}>
          {t('users.saveDetails')}
        </button>
      </form>
    </section>
  );
}
