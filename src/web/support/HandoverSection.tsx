import { useState } from 'preact/hooks';
import { useT } from '../i18n/i18n';
import { fetchMembers } from '../shifts/api';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorAlert } from '../ui/errors';
import { SelectField } from '../ui/Field';
import { useResource } from '../ui/useResource';
import { handOver, type SupportContact } from './api';
import type { OnChanged } from './ContactPage';

/** Hands the contact to a colleague in the unit: by the responsible person, or the unit manager. */
export function HandoverSection({
  contact,
  mayHandOver,
  onChanged,
}: {
  contact: SupportContact;
  mayHandOver: boolean;
  onChanged: OnChanged;
}) {
  const { t } = useT();
  const members = useResource(() => fetchMembers(contact.unitId), [contact.unitId]);
  const [toUserId, setToUserId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const colleagues = (members.data ?? []).filter((member) => member.id !== contact.responsible.id);
  const chosen = colleagues.find((member) => member.id === toUserId);

  async function confirm() {
    setConfirming(false);
    if (!chosen) return;
    setError(null);
    try {
      const updated = await handOver({ unitId: contact.unitId, contactId: contact.id }, chosen.id);
      setToUserId('');
      onChanged(updated, t('support.handover.done', { name: chosen.displayName }));
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <section class="section" aria-labelledby="handover-heading">
      <h2 id="handover-heading">{t('support.handover.heading')}</h2>
      <p>{t('support.handover.intro')}</p>
      {!mayHandOver && <p class="muted">{t('support.handover.onlyResponsible')}</p>}
      {mayHandOver && members.data && colleagues.length === 0 && (
        <p class="muted">{t('support.handover.noColleagues')}</p>
      )}
      {mayHandOver && colleagues.length > 0 && (
        <form
          class="support-inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen) setConfirming(true);
          }}
        >
          <SelectField
            label={t('support.handover.to')}
            value={toUserId}
            onChange={setToUserId}
            placeholder={t('support.handover.choose')}
            options={colleagues.map((member) => ({ value: member.id, label: member.displayName }))}
          />
          <button type="submit" class="button" disabled={!chosen}>
            {t('support.handover.submit')}
          </button>
        </form>
      )}
      <ErrorAlert error={error ?? members.error} />
      <ConfirmDialog
        open={confirming}
        message={t('support.handover.confirm', { name: chosen?.displayName ?? '' })}
        confirmLabel={t('support.handover.submit')}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
