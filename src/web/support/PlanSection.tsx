import { useState } from 'preact/hooks';
import { MAX_PLAN_LENGTH } from '../../shared/support-contacts';
import { ApiError } from '../api/errors';
import { useT } from '../i18n/i18n';
import { ErrorAlert } from '../ui/errors';
import { type SupportContact, updateContact } from './api';
import type { OnChanged } from './ContactPage';
import { FreeTextField } from './FreeTextField';
import { fieldErrors } from './issues';

/** The plan, and changing it from the version on screen (a colleague's newer save is never overwritten). */
export function PlanSection({
  contact,
  onChanged,
  onStale,
}: {
  contact: SupportContact;
  onChanged: OnChanged;
  onStale: () => void;
}) {
  const { t } = useT();
  const [editing, setEditing] = useState(false);
  const [plan, setPlan] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setConflict(false);
    try {
      const ref = { unitId: contact.unitId, contactId: contact.id };
      const updated = await updateContact(ref, { version: contact.version, plan: plan.trim() || null });
      setEditing(false);
      onChanged(updated, t('support.plan.saved'));
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'version_conflict') {
        setConflict(true);
        setEditing(false);
        onStale();
      } else setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="section" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('support.plan.heading')}</h2>
      {conflict && <p class="alert alert-warning">{t('support.plan.conflict')}</p>}
      {!editing && (
        <>
          <p class="support-text">{contact.plan ?? t('support.plan.empty')}</p>
          {contact.status === 'open' && (
            <button
              type="button"
              class="button"
              onClick={() => {
                setPlan(contact.plan ?? '');
                setEditing(true);
              }}
            >
              {t('support.plan.edit')}
            </button>
          )}
        </>
      )}
      {editing && (
        <form class="form" onSubmit={save} noValidate aria-busy={busy}>
          <FreeTextField
            label={t('support.fields.plan')}
            hint={t('support.fields.planHint')}
            value={plan}
            onInput={setPlan}
            maxLength={MAX_PLAN_LENGTH}
            multiline
            error={fieldErrors(error, t).plan}
          />
          <ErrorAlert error={error} />
          <div class="actions">
            <button type="submit" class="button button-primary" disabled={busy}>
              {t('common.save')}
            </button>
            <button type="button" class="button" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
