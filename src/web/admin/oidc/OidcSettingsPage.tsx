import './oidc.css';
import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import { Field, LiveStatus, TextField } from '../../ui/Field';
import { PageHeading } from '../../ui/PageHeading';
import { useResource } from '../../ui/useResource';

type Draft = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  subjectClaim: string;
  emailClaim: string;
  nameClaim: string;
  buttonLabel: string;
  mfaAcrValues: string;
  createUsers: boolean;
  enabled: boolean;
};

const EMPTY: Draft = {
  issuer: '',
  clientId: '',
  clientSecret: '',
  scopes: 'openid email profile',
  subjectClaim: 'sub',
  emailClaim: 'email',
  nameClaim: 'name',
  buttonLabel: '',
  mfaAcrValues: '',
  createUsers: false,
  enabled: true,
};

/**
 * The administrator's page for signing in through the municipality's identity provider: what to
 * register there, and the provider's issuer, client and claims. The client secret is written, never
 * read back: the page only says it is saved.
 */
export function OidcSettingsPage() {
  const { t } = useT();
  const resource = useResource(() => call(api.api.admin.oidc.$get()), []);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const data = resource.data;
  const saved = data?.settings;
  const current: Draft =
    draft ??
    (saved
      ? {
          issuer: saved.issuer,
          clientId: saved.clientId,
          clientSecret: '',
          scopes: saved.scopes,
          subjectClaim: saved.subjectClaim,
          emailClaim: saved.emailClaim,
          nameClaim: saved.nameClaim,
          buttonLabel: saved.buttonLabel,
          mfaAcrValues: saved.mfaAcrValues.join('\n'),
          createUsers: saved.createUsers,
          enabled: saved.enabled,
        }
      : EMPTY);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...current, [key]: value });

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      const { clientSecret, mfaAcrValues, ...rest } = current;
      const json = {
        ...rest,
        ...(clientSecret ? { clientSecret } : {}),
        mfaAcrValues: mfaAcrValues
          .split('\n')
          .map((value) => value.trim())
          .filter(Boolean),
      };
      const result = await call(api.api.admin.oidc.$put({ json }));
      resource.set(() => result);
      setDraft(null);
      setStatus(t('oidc.savedStatus'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading title={t('oidc.heading')} />
      <p class="lead">{t('oidc.intro')}</p>
      <ErrorAlert error={resource.error} />
      {data && (
        <>
          <section aria-labelledby="oidc-register" class="section">
            <h2 id="oidc-register">{t('oidc.registerHeading')}</h2>
            <dl class="oidc-uris">
              <dt>{t('oidc.redirectUri')}</dt>
              <dd>
                <code>{data.redirectUri}</code>
              </dd>
              <dt>{t('oidc.postLogoutRedirectUri')}</dt>
              <dd>
                <code>{data.postLogoutRedirectUri}</code>
              </dd>
            </dl>
            {!saved && <p class="muted">{t('oidc.notConfigured')}</p>}
          </section>
          <form class="form" onSubmit={save} aria-busy={busy} noValidate>
            <TextField
              label={t('oidc.issuer')}
              hint={t('oidc.issuerHint')}
              value={current.issuer}
              onInput={(value) => set('issuer', value)}
              required
              maxLength={500}
            />
            <TextField
              label={t('oidc.clientId')}
              value={current.clientId}
              onInput={(value) => set('clientId', value)}
              required
              maxLength={300}
            />
            <TextField
              label={
                saved?.clientSecretSaved
                  ? `${t('oidc.clientSecret')} (${t('oidc.saved')})`
                  : t('oidc.clientSecret')
              }
              hint={saved?.clientSecretSaved ? t('oidc.clientSecretSaved') : t('oidc.clientSecretHint')}
              type="password"
              autocomplete="off"
              value={current.clientSecret}
              onInput={(value) => set('clientSecret', value)}
              required={!saved?.clientSecretSaved}
            />
            <TextField
              label={t('oidc.buttonLabel')}
              hint={t('oidc.buttonLabelHint')}
              value={current.buttonLabel}
              onInput={(value) => set('buttonLabel', value)}
              required
              maxLength={80}
            />
            <TextField
              label={t('oidc.scopes')}
              value={current.scopes}
              onInput={(value) => set('scopes', value)}
            />
            <fieldset class="oidc-claims">
              <legend>{t('oidc.claimsHeading')}</legend>
              <TextField
                label={t('oidc.subjectClaim')}
                hint={t('oidc.subjectClaimHint')}
                value={current.subjectClaim}
                onInput={(value) => set('subjectClaim', value)}
              />
              <TextField
                label={t('oidc.emailClaim')}
                value={current.emailClaim}
                onInput={(value) => set('emailClaim', value)}
              />
              <TextField
                label={t('oidc.nameClaim')}
                value={current.nameClaim}
                onInput={(value) => set('nameClaim', value)}
              />
              <Field label={t('oidc.mfaAcrValues')} hint={t('oidc.mfaAcrValuesHint')}>
                {({ id, describedBy }) => (
                  <textarea
                    id={id}
                    aria-describedby={describedBy}
                    rows={2}
                    value={current.mfaAcrValues}
                    onInput={(event) => set('mfaAcrValues', event.currentTarget.value)}
                  />
                )}
              </Field>
            </fieldset>
            <label class="checkbox">
              <input
                type="checkbox"
                checked={current.createUsers}
                aria-describedby="oidc-create-users-hint"
                onChange={(event) => set('createUsers', event.currentTarget.checked)}
              />
              {t('oidc.createUsers')}
            </label>
            <p class="field-hint" id="oidc-create-users-hint">
              {t('oidc.createUsersHint')}
            </p>
            <label class="checkbox">
              <input
                type="checkbox"
                checked={current.enabled}
                onChange={(event) => set('enabled', event.currentTarget.checked)}
              />
              {t('oidc.enabled')}
            </label>
            <ErrorAlert error={error} />
            <div class="actions">
              <button type="submit" class="button button-primary" disabled={busy}>
                {t('oidc.save')}
              </button>
            </div>
          </form>
        </>
      )}
      <LiveStatus>{status}</LiveStatus>
    </>
  );
}
