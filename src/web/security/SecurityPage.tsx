import './security.css';
import { browserSupportsWebAuthn } from '@simplewebauthn/browser';
import { useState } from 'preact/hooks';
import { formatDateTime } from '../i18n/format';
import { useT } from '../i18n/i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorAlert } from '../ui/errors';
import { LiveStatus, TextField } from '../ui/Field';
import { PageHeading } from '../ui/PageHeading';
import { useResource } from '../ui/useResource';
import {
  addPasskey,
  confirmTotp,
  loadOverview,
  newRecoveryCodes,
  removePasskey,
  removeTotp,
  type SecurityOverview,
  startTotp,
} from './api';
import { CodeField } from './CodeField';

type Confirming = { message: string; label: string; run: () => Promise<unknown> } | null;

/** One's own second factors: passkeys, an authenticator app and recovery codes. Reached from the header. */
export function SecurityPage() {
  const { t, locale } = useT();
  const overview = useResource(loadOverview, []);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);

  /** Runs a change; the API client asks for a step-up on the way if one is needed. */
  async function change(run: () => Promise<string[] | null | unknown>, done: string): Promise<boolean> {
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      const result = await run();
      if (Array.isArray(result)) setCodes(result as string[]);
      setStatus(done);
      await overview.reload();
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setBusy(false);
    }
  }

  const data = overview.data;
  return (
    <>
      <PageHeading title={t('security.heading')} />
      <p class="lead">{t('security.intro')}</p>
      <ErrorAlert error={overview.error ?? error} />
      {data && (
        <>
          <p class="muted">
            {data.session.secondFactor ? t('security.sessionOn') : t('security.sessionOff')}
            {data.municipalityRequiresSecondFactor && ` ${t('security.required')}`}
          </p>
          {codes && <RecoveryCodesShown codes={codes} onDone={() => setCodes(null)} />}
          <PasskeySection
            data={data}
            busy={busy}
            locale={locale}
            onAdd={(name) => change(() => addPasskey(name), t('security.passkeys.added', { name }))}
            onRemove={(passkey) =>
              setConfirming({
                message: t('security.passkeys.confirmRemove', { name: passkey.nickname }),
                label: t('security.passkeys.remove'),
                run: () => change(() => removePasskey(passkey.id), t('security.passkeys.removed')),
              })
            }
          />
          <TotpSection
            enabled={data.totp.enabled}
            busy={busy}
            onConfirm={(code) => change(() => confirmTotp(code), t('security.totp.activated'))}
            onRemove={() =>
              setConfirming({
                message: t('security.totp.confirmRemove'),
                label: t('security.totp.remove'),
                run: () => change(removeTotp, t('security.totp.removed')),
              })
            }
            onError={setError}
          />
          <section class="section" aria-labelledby="security-recovery">
            <h2 id="security-recovery">{t('security.recovery.heading')}</h2>
            <p class="muted">{t('security.recovery.intro')}</p>
            {data.passkeys.length > 0 || data.totp.enabled ? (
              <>
                <p>{t('security.recovery.remaining', { count: data.recoveryCodesRemaining })}</p>
                <button
                  type="button"
                  class="button"
                  disabled={busy}
                  onClick={() =>
                    setConfirming({
                      message: t('security.recovery.confirmGenerate'),
                      label: t('security.recovery.generate'),
                      run: () => change(newRecoveryCodes, ''),
                    })
                  }
                >
                  {t('security.recovery.generate')}
                </button>
              </>
            ) : (
              <p>{t('security.recovery.none')}</p>
            )}
          </section>
        </>
      )}
      <LiveStatus>{status}</LiveStatus>
      <ConfirmDialog
        open={confirming !== null}
        message={confirming?.message ?? ''}
        confirmLabel={confirming?.label ?? ''}
        danger
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          const run = confirming?.run;
          setConfirming(null);
          if (run) void run();
        }}
      />
    </>
  );
}

function PasskeySection(props: {
  data: SecurityOverview;
  busy: boolean;
  locale: 'sv' | 'en';
  onAdd: (nickname: string) => Promise<boolean>;
  onRemove: (passkey: SecurityOverview['passkeys'][number]) => void;
}) {
  const { t } = useT();
  const [nickname, setNickname] = useState('');
  const supported = browserSupportsWebAuthn();
  return (
    <section class="section" aria-labelledby="security-passkeys">
      <h2 id="security-passkeys">{t('security.passkeys.heading')}</h2>
      <p class="muted">{t('security.passkeys.intro')}</p>
      {props.data.passkeys.length === 0 ? (
        <p>{t('security.passkeys.none')}</p>
      ) : (
        <ul class="security-list">
          {props.data.passkeys.map((passkey) => (
            <li key={passkey.id}>
              <span class="security-item-name">{passkey.nickname}</span>
              <span class="muted">
                {t('security.passkeys.created', { date: formatDateTime(passkey.createdAt, props.locale) })},{' '}
                {passkey.lastUsedAt
                  ? t('security.passkeys.lastUsed', {
                      date: formatDateTime(passkey.lastUsedAt, props.locale),
                    })
                  : t('security.passkeys.neverUsed')}
              </span>
              <button
                type="button"
                class="button button-small"
                aria-label={t('security.passkeys.removeLabel', { name: passkey.nickname })}
                disabled={props.busy}
                onClick={() => props.onRemove(passkey)}
              >
                {t('security.passkeys.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {supported ? (
        <form
          class="security-form"
          onSubmit={async (event) => {
            event.preventDefault();
            if (await props.onAdd(nickname.trim())) setNickname('');
          }}
        >
          <TextField
            label={t('security.passkeys.nickname')}
            hint={t('security.passkeys.nicknameHint')}
            value={nickname}
            onInput={setNickname}
            maxLength={60}
            required
          />
          <button type="submit" class="button button-primary" disabled={props.busy || nickname.trim() === ''}>
            {t('security.passkeys.add')}
          </button>
        </form>
      ) : (
        <p>{t('security.passkeys.unsupported')}</p>
      )}
    </section>
  );
}

function TotpSection(props: {
  enabled: boolean;
  busy: boolean;
  onConfirm: (code: string) => Promise<boolean>;
  onRemove: () => void;
  onError: (error: unknown) => void;
}) {
  const { t } = useT();
  const [setup, setSetup] = useState<{ secret: string; uri: string } | null>(null);
  const [code, setCode] = useState('');
  return (
    <section class="section" aria-labelledby="security-totp">
      <h2 id="security-totp">{t('security.totp.heading')}</h2>
      <p class="muted">{t('security.totp.intro')}</p>
      <p>{props.enabled ? t('security.totp.on') : t('security.totp.off')}</p>
      {props.enabled ? (
        <button type="button" class="button" disabled={props.busy} onClick={props.onRemove}>
          {t('security.totp.remove')}
        </button>
      ) : setup ? (
        <div class="totp-setup">
          <p>{t('security.totp.step1')}</p>
          <dl>
            <dt>{t('security.totp.secret')}</dt>
            <dd>
              <code class="totp-secret">{setup.secret.replaceAll(/(.{4})/g, '$1 ').trim()}</code>
            </dd>
            <dt>{t('security.totp.uri')}</dt>
            <dd>
              <a href={setup.uri} class="totp-uri">
                {setup.uri}
              </a>
            </dd>
          </dl>
          <form
            class="security-form"
            onSubmit={async (event) => {
              event.preventDefault();
              if (await props.onConfirm(code)) {
                setSetup(null);
                setCode('');
              }
            }}
          >
            <p>{t('security.totp.step2')}</p>
            <CodeField label={t('security.totp.code')} value={code} onInput={setCode} />
            <div class="actions">
              <button type="submit" class="button button-primary" disabled={props.busy || code.trim() === ''}>
                {t('security.totp.activate')}
              </button>
              <button type="button" class="button" onClick={() => setSetup(null)}>
                {t('security.totp.cancel')}
              </button>
            </div>
          </form>
        </div>
      ) : (
        <button
          type="button"
          class="button"
          disabled={props.busy}
          onClick={() => startTotp().then(setSetup, props.onError)}
        >
          {t('security.totp.setUp')}
        </button>
      )}
    </section>
  );
}

function RecoveryCodesShown({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useT();
  return (
    <section class="section recovery-codes" aria-labelledby="security-codes">
      <h2 id="security-codes" tabIndex={-1} ref={(element) => element?.focus()}>
        {t('security.recovery.codesLabel')}
      </h2>
      <p class="alert">{t('security.recovery.shownOnce')}</p>
      <ol class="recovery-code-list">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <button type="button" class="button button-primary" onClick={onDone}>
        {t('security.recovery.saved')}
      </button>
    </section>
  );
}
