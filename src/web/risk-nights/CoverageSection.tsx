import { useState } from 'preact/hooks';
import { formatDay } from '../i18n/format';
import { useT } from '../i18n/i18n';
import { ErrorAlert } from '../ui/errors';
import { LiveStatus } from '../ui/Field';
import { useResource } from '../ui/useResource';
import { type CalendarNight, fetchCalendar, removeRiskNight } from './api';
import { NightTitle } from './NightTitle';

type Props = {
  year: number;
  revision: number;
  /** For administrators: change a night in the form above, or remove it. */
  onEdit: ((night: CalendarNight) => void) | undefined;
  onChanged: () => void;
};

/** Each night's coverage across the city: "7 av 9 enheter har svarat, 18 personal planerade". */
export function CoverageSection({ year, revision, onEdit, onChanged }: Props) {
  const { t } = useT();
  const calendar = useResource(() => fetchCalendar(year), [year, revision]);
  const nights = calendar.data?.year === year ? calendar.data.nights : undefined;
  return (
    <section aria-labelledby="risk-coverage">
      <h2 id="risk-coverage">{t('riskNights.coverageHeading')}</h2>
      <LiveStatus>{calendar.loading && !nights ? t('riskNights.loading') : ''}</LiveStatus>
      <ErrorAlert error={calendar.error} />
      {nights?.length === 0 && <p>{t('riskNights.none', { year })}</p>}
      <ul class="risk-nights">
        {nights?.map((night) => (
          <CoverageItem key={night.id} night={night} onEdit={onEdit} onChanged={onChanged} />
        ))}
      </ul>
    </section>
  );
}

function CoverageItem({
  night,
  onEdit,
  onChanged,
}: {
  night: CalendarNight;
  onEdit: Props['onEdit'];
  onChanged: () => void;
}) {
  const { t, locale } = useT();
  const [error, setError] = useState<unknown>(null);
  const { coverage } = night;
  const day = formatDay(night.day, locale);
  const remove = async () => {
    setError(null);
    try {
      await removeRiskNight(night.id);
      onChanged();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <li class="risk-night">
      <NightTitle night={night} level="h3" />
      <p class="risk-coverage">
        {t('riskNights.coverage', {
          answered: coverage.answered,
          units: coverage.units,
          staff: coverage.plannedStaff,
        })}
      </p>
      <p class={coverage.notAnswered.length > 0 ? 'risk-gap' : undefined}>
        {coverage.notAnswered.length > 0
          ? t('riskNights.notAnsweredUnits', {
              units: coverage.notAnswered.map((u) => u.unitName).join(', '),
            })
          : t('riskNights.allAnswered')}
      </p>
      {coverage.answers.length > 0 && (
        <details>
          <summary>{t('riskNights.answeredUnits')}</summary>
          <ul>
            {coverage.answers.map((answer) => (
              <li key={answer.unitId}>
                {t('riskNights.unitStaff', { unit: answer.unitName, count: answer.plannedStaff })}
                {answer.planned && ` (${t('riskNights.planned')})`}
              </li>
            ))}
          </ul>
        </details>
      )}
      {onEdit && (
        <div class="risk-actions">
          <button
            type="button"
            class="button button-small button-quiet"
            aria-label={t('riskNights.edit', { name: night.name, day })}
            onClick={() => onEdit(night)}
          >
            {t('riskNights.editShort')}
          </button>
          <button
            type="button"
            class="button button-small button-quiet"
            aria-label={t('riskNights.remove', { name: night.name, day })}
            onClick={() => void remove()}
          >
            {t('riskNights.removeShort')}
          </button>
        </div>
      )}
      <ErrorAlert error={error} />
    </li>
  );
}
