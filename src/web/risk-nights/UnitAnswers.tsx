import { useState } from 'preact/hooks';
import { formatDay } from '../i18n/format';
import { useT } from '../i18n/i18n';
import { editorPath } from '../manager/paths';
import { ErrorAlert } from '../ui/errors';
import { Field, LiveStatus, TextField } from '../ui/Field';
import { useResource } from '../ui/useResource';
import { answerRiskNight, fetchUnitNights, planShift, type UnitNight } from './api';
import { NightTitle } from './NightTitle';

type Props = {
  unit: { id: string; name: string };
  year: number;
  revision: number;
  canAnswer: boolean;
  onChanged: () => void;
};

/** The nights the unit is asked about, each with its answer; its manager answers and plans the shift. */
export function UnitAnswers({ unit, year, revision, canAnswer, onChanged }: Props) {
  const { t } = useT();
  const resource = useResource(() => fetchUnitNights(unit.id, year), [unit.id, year, revision]);
  // While another year loads, the last one's nights must not stay answerable under the new heading.
  const nights = resource.data?.year === year ? resource.data.nights : undefined;
  return (
    <section aria-labelledby="risk-unit">
      <h2 id="risk-unit">{t('riskNights.unitHeading', { unit: unit.name })}</h2>
      <LiveStatus>{resource.loading && !nights ? t('riskNights.loading') : ''}</LiveStatus>
      <ErrorAlert error={resource.error} />
      {nights?.length === 0 && <p>{t('riskNights.none', { year })}</p>}
      <ul class="risk-nights">
        {nights?.map((night) => (
          <li key={night.id} class="risk-night">
            <NightTitle night={night} level="h3" />
            {canAnswer ? (
              <AnswerForm unitId={unit.id} night={night} onChanged={onChanged} />
            ) : (
              <p>
                {night.answer
                  ? t('riskNights.answered', { count: night.answer.plannedStaff })
                  : t('riskNights.notAnswered')}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function AnswerForm({
  unitId,
  night,
  onChanged,
}: {
  unitId: string;
  night: UnitNight;
  onChanged: () => void;
}) {
  const { t, locale } = useT();
  const [staff, setStaff] = useState(String(night.answer?.plannedStaff ?? ''));
  const [comment, setComment] = useState(night.answer?.comment ?? '');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const label = t('riskNights.answerFor', { name: night.name, day: formatDay(night.day, locale) });

  async function attempt(action: () => Promise<unknown>, done: string) {
    setStatus('');
    setError(null);
    try {
      await action();
      setStatus(done);
      onChanged();
    } catch (failure) {
      setError(failure);
    }
  }

  const submit = (event: Event) => {
    event.preventDefault();
    const plannedStaff = Number(staff);
    void attempt(
      () => answerRiskNight(unitId, night.id, { plannedStaff, comment: comment.trim() || null }),
      t('riskNights.saved'),
    );
  };

  return (
    <form class="risk-answer" aria-label={label} onSubmit={submit} noValidate>
      <p>
        {night.answer
          ? t('riskNights.answered', { count: night.answer.plannedStaff })
          : t('riskNights.notAnswered')}
      </p>
      <Field label={t('riskNights.plannedStaff')}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            value={staff}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onInput={(event) => setStaff(event.currentTarget.value)}
          />
        )}
      </Field>
      <TextField
        label={t('riskNights.comment')}
        hint={t('riskNights.commentHint')}
        value={comment}
        maxLength={500}
        onInput={setComment}
      />
      <div class="risk-actions">
        <button type="submit" class="button">
          {t('riskNights.saveAnswer')}
        </button>
        {night.answer && !night.answer.shiftId && (
          <button
            type="button"
            class="button button-quiet"
            onClick={() => void attempt(() => planShift(unitId, night.id), t('riskNights.shiftPlanned'))}
          >
            {t('riskNights.planShift')}
          </button>
        )}
        {night.answer?.shiftId && (
          <a href={editorPath(unitId, night.answer.shiftId)}>{t('riskNights.openShift')}</a>
        )}
      </div>
      <LiveStatus>{status}</LiveStatus>
      <ErrorAlert error={error} />
    </form>
  );
}
