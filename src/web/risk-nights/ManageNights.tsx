import { useState } from 'preact/hooks';
import { useT } from '../i18n/i18n';
import { ErrorAlert } from '../ui/errors';
import { DateField, Field, LiveStatus, TextField } from '../ui/Field';
import { addRiskNight, seedDefaults } from './api';

type Props = { year: number; onChanged: () => void };

/** The administrator's tools: the year's default Swedish risk nights in one go, or one night at a time. */
export function ManageNights({ year, onChanged }: Props) {
  const { t } = useT();
  const [day, setDay] = useState('');
  const [name, setName] = useState('');
  const [startsAt, setStartsAt] = useState('18:00');
  const [endsAt, setEndsAt] = useState('02:00');
  const [missing, setMissing] = useState<('day' | 'name')[]>([]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);

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
    void attempt(async () => {
      await addRiskNight({ day, name: name.trim(), startsAt, endsAt, administrationId: null, note: null });
      setName('');
      return t('riskNights.added');
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
      <h2 id="risk-manage">{t('riskNights.manageHeading')}</h2>
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
        <button type="submit" class="button">
          {t('riskNights.add')}
        </button>
      </form>
      <LiveStatus>{status}</LiveStatus>
      <ErrorAlert error={error} />
    </section>
  );
}
