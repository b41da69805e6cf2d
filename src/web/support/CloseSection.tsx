import { useState } from 'preact/hooks';
import { CHOOSABLE_CLOSE_REASONS, CONSENT_PARTIES, type ConsentParty } from '../../shared/support-contacts';
import { useT } from '../i18n/i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorAlert } from '../ui/errors';
import { SelectField } from '../ui/Field';
import { closeContact, type SupportContact, withdrawConsent } from './api';
import type { OnChanged } from './ContactPage';

type Reason = (typeof CHOOSABLE_CLOSE_REASONS)[number];
type Pending = { kind: 'close'; reason: Reason } | { kind: 'withdraw'; by: ConsentParty };

/** Ending a contact: closing it with a reason, or recording that consent was withdrawn. */
export function CloseSection({ contact, onChanged }: { contact: SupportContact; onChanged: OnChanged }) {
  const { t } = useT();
  const [reason, setReason] = useState<Reason | ''>('');
  const [by, setBy] = useState<ConsentParty>('young_person');
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<unknown>(null);
  const ref = { unitId: contact.unitId, contactId: contact.id };

  async function confirm() {
    const action = pending;
    setPending(null);
    if (!action) return;
    setError(null);
    try {
      if (action.kind === 'close') onChanged(await closeContact(ref, action.reason), t('support.close.done'));
      else onChanged(await withdrawConsent(ref, action.by), t('support.withdraw.done'));
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <>
      <section class="section" aria-labelledby="withdraw-heading">
        <h2 id="withdraw-heading">{t('support.withdraw.heading')}</h2>
        <p>{t('support.withdraw.intro')}</p>
        <form
          class="support-inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            setPending({ kind: 'withdraw', by });
          }}
        >
          <SelectField
            label={t('support.withdraw.by')}
            value={by}
            onChange={(value) => setBy(value as ConsentParty)}
            options={CONSENT_PARTIES.map((party) => ({
              value: party,
              label: t(`support.consent.${party === 'guardian' ? 'guardian' : 'youngPerson'}`),
            }))}
          />
          <button type="submit" class="button button-danger">
            {t('support.withdraw.submit')}
          </button>
        </form>
      </section>
      <section class="section" aria-labelledby="close-heading">
        <h2 id="close-heading">{t('support.close.heading')}</h2>
        <form
          class="support-inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (reason) setPending({ kind: 'close', reason });
          }}
        >
          <SelectField
            label={t('support.close.reason')}
            value={reason}
            onChange={(value) => setReason(value as Reason)}
            placeholder={t('support.close.chooseReason')}
            options={CHOOSABLE_CLOSE_REASONS.map((option) => ({
              value: option,
              label: t(`support.close.reasons.${option}`),
            }))}
          />
          <button type="submit" class="button" disabled={!reason}>
            {t('support.close.submit')}
          </button>
        </form>
        <ErrorAlert error={error} />
      </section>
      <ConfirmDialog
        open={pending !== null}
        message={t(pending?.kind === 'withdraw' ? 'support.withdraw.confirm' : 'support.close.confirm')}
        confirmLabel={t(pending?.kind === 'withdraw' ? 'support.withdraw.submit' : 'support.close.submit')}
        danger
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      />
    </>
  );
}
