import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/i18n';
import { ErrorAlert } from '../ui/errors';
import { DateField, Field, LiveStatus, TextField } from '../ui/Field';
import { addRiskNight, type CalendarNight, editRiskNight, seedDefaults } from './api';

type Props = {
  year: number;
  editing: CalendarNight | null;
  onDone: () => void;
  onChanged: () => void;
};

/** The administrator's tools: the year's default Swedish risk nights in one go, or one night at a time. */
export function ManageNights({ year, editing, onDone, onChanged }: Props) {
  const { t } = useT();
  const [day, setDay] = useState(editing?.day ?? '');
  const [name, setName] = useState(editing?.name ?? '');
  const [startsAt, setStartsAt] = useState(editing?.startsAt ?? '18:00');
  const [endsAt, setEndsAt] = useState(editing?.endsAt ?? '02:00');
  const [missing, setMissing] = useState<('day' | 'name')[]>([]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Choosing a night to change fills the form with it and takes focus there; done empties it.
  useEffect(() => {
    setDay(editing?.day ?? '');
    setName(editing?.name ?? '');
    setStartsAt(editing?.startsAt ?? '18:00');
    setEndsAt(editing?.endsAt ?? '02:00');
    setMissing([]);
    if (editing) {
      setStatus('');
      heading.current?.focus();
    }
  }, [editing]);

  async function attempt(action: () => Promise<string>) {
    setStatus('');
    setError(null);
    try {
      setStatus(await action());
      onChanged();
    } catch (failure) {
      setError(failure);
    }
  }

  const submit = (event: Event) => {
    event.preventDefault();
    const absent = [...(day ? [] : ['day' as const]), ...(name.trim() ? [] : ['name' as const])];
    setMissing(absent);
    if (absent.length > 0) return;
    const input = {
      day,
      name: name.trim(),
      startsAt,
      endsAt,
      administrationId: editing?.administrationId ?? null,
      note: editing?.note ?? null,
    };
    void attempt(async () => {
      if (!editing) {
        await addRiskNight(input);
        setName('');
        return t('riskNights.added');
      }
      await editRiskNight(editing.id, input);
      onDone();
      return t('riskNights.changed');
    });
  };

  const time = (label: string, value: string, set: (v: string) => void, hint?: string) => (
    <Field label={label} hint={hint}>
      {({ id, describedBy }) => (
        <input
          id={id}
          type="time"
          value={value}
          aria-describedby={describedBy}
          onInput={(e) => set(e.currentTarget.value)}
        />
      )}
    </Field>
  );

  return (
    <section aria-labelledby="risk-manage" class="risk-manage">
      <h2 id="risk-manage" ref={heading} tabIndex={-1}>
        {editing ? t('riskNights.editHeading', { name: editing.name }) : t('riskNights.manageHeading')}
      </h2>
      <button
        type="button"
        class="button"
        onClick={() =>
          void attempt(async () => t('riskNights.seeded', { count: (await seedDefaults(year)).added }))
        }
      >
        {t('riskNights.seedDefaults', { year })}
      </button>
      <form class="risk-add" onSubmit={submit} noValidate>
        <DateField
          label={t('riskNights.day')}
          value={day}
          error={missing.includes('day') ? t('riskNights.dayMissing') : undefined}
          onCommit={setDay}
        />
        <TextField
          label={t('riskNights.name')}
          value={name}
          maxLength={120}
          error={missing.includes('name') ? t('riskNights.nameMissing') : undefined}
          onInput={setName}
        />
        {time(t('riskNights.startsAt'), startsAt, setStartsAt)}
        {time(t('riskNights.endsAt'), endsAt, setEndsAt, t('riskNights.endsHint'))}
        <div class="risk-actions">
          <button type="submit" class="button">
            {editing ? t('riskNights.saveNight') : t('riskNights.add')}
          </button>
          {editing && (
            <button type="button" class="button button-quiet" onClick={onDone}>
              {t('riskNights.cancelEdit')}
            </button>
          )}
        </div>
      </form>
      <LiveStatus>{status}</LiveStatus>
      <ErrorAlert error={error} />
    </section>
  );
}
