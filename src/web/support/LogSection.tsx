import { useState } from 'preact/hooks';
import { MAX_LOG_NOTE_LENGTH } from '../../shared/support-contacts';
import { useT } from '../i18n/i18n';
import { shortDate, timeRange } from '../manager/dates';
import { fetchShiftList } from '../shifts/api';
import { ErrorAlert } from '../ui/errors';
import { SelectField } from '../ui/Field';
import { useResource } from '../ui/useResource';
import { addLogEntry, type SupportContact } from './api';
import type { OnChanged } from './ContactPage';
import { formatDay, today } from './dates';
import { FreeTextField } from './FreeTextField';
import { fieldErrors } from './issues';

const DAY_MS = 86_400_000;
/** Shifts offered to link a contact to: the unit's last five weeks. */
const SHIFT_WINDOW_DAYS = 35;

/** The dated contact log, newest first, and logging a new contact (optionally on a shift). */
export function LogSection({ contact, onChanged }: { contact: SupportContact; onChanged: OnChanged }) {
  const { t, locale } = useT();
  return (
    <section class="section" aria-labelledby="log-heading">
      <h2 id="log-heading">{t('support.log.heading')}</h2>
      {contact.status === 'open' && <AddLogForm contact={contact} onChanged={onChanged} />}
      {contact.log.length === 0 ? (
        <p class="muted">{t('support.log.empty')}</p>
      ) : (
        <ul class="support-log">
          {contact.log.map((entry) => (
            <li key={entry.id}>
              <h3>{formatDay(entry.contactOn, locale)}</h3>
              {entry.note && <p class="support-text">{entry.note}</p>}
              <p class="muted">
                {t('support.log.preventive')} · {t('support.log.by', { name: entry.createdBy.displayName })}
                {entry.shift &&
                  ` · ${t('support.log.onShift', { shift: entry.shift.title ?? shortDate(entry.shift.startsAt, locale) })}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AddLogForm({ contact, onChanged }: { contact: SupportContact; onChanged: OnChanged }) {
  const { t, locale } = useT();
  const day = today();
  const [contactOn, setContactOn] = useState(day);
  const [note, setNote] = useState('');
  const [shiftId, setShiftId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const shifts = useResource(() => {
    const to = new Date(Date.now() + DAY_MS).toISOString();
    const from = new Date(Date.now() - SHIFT_WINDOW_DAYS * DAY_MS).toISOString();
    return fetchShiftList(contact.unitId, from, to);
  }, [contact.unitId]);
  const errors = fieldErrors(error, t);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const ref = { unitId: contact.unitId, contactId: contact.id };
      const json = {
        contactOn,
        note: note.trim() || null,
        kind: 'preventive' as const,
        shiftId: shiftId || null,
      };
      const updated = await addLogEntry(ref, json);
      setNote('');
      setShiftId('');
      onChanged(updated, t('support.log.saved'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const recent = (shifts.data ?? []).filter((shift) => shift.status !== 'cancelled').reverse();
  return (
    <form class="form panel" onSubmit={submit} noValidate aria-busy={busy} aria-labelledby="log-add-heading">
      <h3 id="log-add-heading">{t('support.log.add')}</h3>
      <div class={errors.contactOn ? 'field field-invalid' : 'field'}>
        <label for="log-date">{t('support.log.date')}</label>
        <input
          id="log-date"
          type="date"
          value={contactOn}
          min={contact.consent.consentedOn}
          max={day}
          required
          onChange={(event) => setContactOn(event.currentTarget.value)}
        />
        {errors.contactOn && <p class="field-error">{errors.contactOn}</p>}
      </div>
      <FreeTextField
        label={t('support.log.note')}
        hint={t('support.log.noteHint')}
        value={note}
        onInput={setNote}
        maxLength={MAX_LOG_NOTE_LENGTH}
        multiline
        error={errors.note}
      />
      <SelectField
        label={t('support.log.shift')}
        value={shiftId}
        onChange={setShiftId}
        options={[
          { value: '', label: t('support.log.noShift') },
          ...recent.map((shift) => ({
            value: shift.id,
            label: `${shortDate(shift.startsAt, locale)} ${timeRange(shift.startsAt, shift.endsAt, locale)}${shift.title ? ` – ${shift.title}` : ''}`,
          })),
        ]}
        error={errors.shiftId}
      />
      <ErrorAlert error={error} />
      <button type="submit" class="button button-primary" disabled={busy}>
        {t('support.log.save')}
      </button>
    </form>
  );
}
