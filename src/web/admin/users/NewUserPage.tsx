import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { PASSWORD_MIN_LENGTH } from '../../../shared/password-policy';
import { api, call } from '../../api/client';
import { type Locale, useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import { LiveStatus } from '../../ui/Field';
import { setFlash } from '../../ui/flash';
import { PageHeading } from '../../ui/PageHeading';
import { useResource } from '../../ui/useResource';
import { NameAndEmailFields, NewPasswordField } from './AccountFields';
import { coveredByFields, type FieldErrors, fieldErrors } from './issues';
import { LocaleField } from './LocaleField';
import { RoleRows } from './RoleRows';
import { draftIssues, newDraft, type RoleDraft, toGrantInput } from './roleDraft';

/** Creates an account with an initial password and one or more roles. */
export function NewUserPage() {
  const { t, locale: uiLocale } = useT();
  const { route } = useLocation();
  const tree = useResource(
    () => call(api.api.organisation.$get({ query: { includeInactive: 'false' } })),
    [],
  );
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [locale, setLocale] = useState<Locale>(uiLocale);
  const [drafts, setDrafts] = useState<RoleDraft[]>(() => [newDraft()]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  function checkBeforeSending(): FieldErrors {
    const found: FieldErrors = {};
    if (!displayName.trim()) found.displayName = t('users.issues.displayName');
    if (!email.trim() || !email.includes('@')) found.email = t('users.issues.email');
    if (password.length < PASSWORD_MIN_LENGTH) found.password = t('users.issues.password');
    for (const [path, issue] of Object.entries(draftIssues(drafts))) found[path] = t(`users.issues.${issue}`);
    return found;
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const found = checkBeforeSending();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const json = {
        displayName: displayName.trim(),
        email: email.trim(),
        password,
        locale,
        roles: drafts.map(toGrantInput),
      };
      const created = await call(api.api.users.$post({ json }));
      setFlash(t('users.userCreated', { name: created.displayName }));
      route('/admin/anvandare');
    } catch (caught) {
      const byField = fieldErrors(caught, t);
      setErrors(byField);
      setError(coveredByFields(caught, byField) ? null : caught);
      setBusy(false);
    }
  }

  const hasFieldErrors = Object.keys(errors).length > 0;
  return (
    <>
      <p class="breadcrumb">
        <a href="/admin/anvandare">{t('users.backToList')}</a>
      </p>
      <PageHeading title={t('users.newUser')} />
      <ErrorAlert error={tree.error} />
      <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
        <NameAndEmailFields
          displayName={displayName}
          email={email}
          onDisplayName={setDisplayName}
          onEmail={setEmail}
          errors={errors}
        />
        <NewPasswordField
          label={t('users.initialPassword')}
          value={password}
          onInput={setPassword}
          error={errors.password}
        />
        <LocaleField value={locale} onChange={setLocale} />
        <fieldset class="group">
          <legend>{t('users.roles')}</legend>
          <RoleRows
            drafts={drafts}
            onChange={setDrafts}
            administrations={tree.data?.administrations ?? []}
            errors={errors}
          />
        </fieldset>
        {hasFieldErrors && !error && (
          <p class="alert alert-error" role="alert">
            {t('errors.validation_failed')}
          </p>
        )}
        <ErrorAlert error={error} />
        <div class="actions">
          <button type="submit" class="button button-primary" disabled={busy}>
            {t('users.create')}
          </button>
          <a class="button" href="/admin/anvandare">
            {t('common.cancel')}
          </a>
        </div>
        <LiveStatus>{busy ? t('common.saving') : ''}</LiveStatus>
      </form>
    </>
  );
}
