import './security.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { onSecondFactorRequired } from '../api/client';
import { useT } from '../i18n/i18n';
import { ErrorAlert } from '../ui/errors';
import { loadOverview, type SecurityOverview, stepUpWithCode, stepUpWithPasskey } from './api';
import { CodeField } from './CodeField';

type Pending = { enrolmentRequired: boolean; resolve: (steppedUp: boolean) => void };

/**
 * The one dialog that asks for a second factor, whichever request needed it: the API client opens
 * it on `second_factor_required` and repeats the request once it resolves true. Mounted once, in
 * the signed-in frame. Focus moves in, Escape cancels, and focus returns where it was.
 */
export function StepUpDialog() {
  const { t } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [overview, setOverview] = useState<SecurityOverview | null>(null);
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    onSecondFactorRequired(
      (request) =>
        new Promise<boolean>((resolve) => {
          returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
          setOverview(null);
          setUseRecovery(false);
          setCode('');
          setRecoveryCode('');
          setError(null);
          setPending({ ...request, resolve });
          if (!request.enrolmentRequired) loadOverview().then(setOverview, setError);
        }),
    );
    return () => onSecondFactorRequired(null);
  }, []);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (pending && !dialog.open) dialog.showModal();
    if (!pending && dialog.open) dialog.close();
  }, [pending]);

  // The first way in takes focus once the dialog knows which the user has.
  useEffect(() => {
    if (pending) ref.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [pending, overview, useRecovery]);

  function finish(steppedUp: boolean) {
    pending?.resolve(steppedUp);
    setPending(null);
    const target = returnFocus.current;
    if (target?.isConnected) target.focus();
  }

  async function attempt(run: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await run();
      finish(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const hasPasskey = (overview?.passkeys.length ?? 0) > 0;
  const hasTotp = overview?.totp.enabled ?? false;

  return (
    <dialog
      ref={ref}
      class="dialog step-up-dialog"
      aria-labelledby="step-up-heading"
      onCancel={(event) => {
        event.preventDefault();
        finish(false);
      }}
    >
      {pending?.enrolmentRequired ? (
        <>
          <h2 id="step-up-heading">{t('security.stepUp.enrolHeading')}</h2>
          <p>{t('security.stepUp.enrolIntro')}</p>
          <div class="actions">
            <a class="button button-primary" href="/sakerhet" data-autofocus onClick={() => finish(false)}>
              {t('security.stepUp.goToSecurity')}
            </a>
            <button type="button" class="button" onClick={() => finish(false)}>
              {t('security.stepUp.cancel')}
            </button>
          </div>
        </>
      ) : (
        <>
          <h2 id="step-up-heading">{t('security.stepUp.heading')}</h2>
          <p>{t('security.stepUp.intro')}</p>
          <ErrorAlert error={error} />
          {hasPasskey && !useRecovery && (
            <button
              type="button"
              class="button button-primary step-up-passkey"
              data-autofocus
              disabled={busy}
              onClick={() => void attempt(stepUpWithPasskey)}
            >
              {t('security.stepUp.passkey')}
            </button>
          )}
          {hasTotp && !useRecovery && (
            <form
              class="step-up-form"
              onSubmit={(event) => {
                event.preventDefault();
                void attempt(() => stepUpWithCode('totp', code));
              }}
            >
              <CodeField
                label={t('security.stepUp.code')}
                value={code}
                onInput={setCode}
                autoFocus={!hasPasskey}
              />
              <button type="submit" class="button" disabled={busy || code.trim() === ''}>
                {t('security.stepUp.confirm')}
              </button>
            </form>
          )}
          {useRecovery ? (
            <form
              class="step-up-form"
              onSubmit={(event) => {
                event.preventDefault();
                void attempt(() => stepUpWithCode('recovery_code', recoveryCode));
              }}
            >
              <CodeField
                label={t('security.stepUp.recoveryCode')}
                value={recoveryCode}
                onInput={setRecoveryCode}
                kind="recovery"
                autoFocus
              />
              <button type="submit" class="button" disabled={busy || recoveryCode.trim() === ''}>
                {t('security.stepUp.confirm')}
              </button>
            </form>
          ) : (
            overview && (
              <button
                type="button"
                class="button button-quiet"
                data-autofocus={!hasPasskey && !hasTotp ? true : undefined}
                onClick={() => setUseRecovery(true)}
              >
                {t('security.stepUp.useRecovery')}
              </button>
            )
          )}
          <div class="actions">
            <button type="button" class="button" onClick={() => finish(false)}>
              {t('security.stepUp.cancel')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
