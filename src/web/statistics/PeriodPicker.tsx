import { useEffect, useId, useState } from 'preact/hooks';
import { useT } from '../i18n/i18n';
import { periodLabel } from './labels';
import { isDay, PERIOD_KINDS, type Period, stepPeriod, switchKind, today } from './period';

/** Week, month, tertial, year or two dates, with steps back and forth. */
export function PeriodPicker({ period, onChange }: { period: Period; onChange: (next: Period) => void }) {
  const { t, locale } = useT();
  const next = stepPeriod(period, 1);
  return (
    <div class="stats-period">
      <fieldset class="segmented">
        <legend class="visually-hidden">{t('statistics.period')}</legend>
        {PERIOD_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            class="segmented-option"
            aria-pressed={period.kind === kind}
            onClick={() => onChange(switchKind(period, kind))}
          >
            {t(`statistics.periodKinds.${kind}`)}
          </button>
        ))}
      </fieldset>
      {period.kind === 'custom' ? (
        <CustomRange period={period} onChange={onChange} />
      ) : (
        <div class="stats-stepper">
          <button
            type="button"
            class="button button-quiet button-small"
            aria-label={t('statistics.previous')}
            title={t('statistics.previous')}
            onClick={() => onChange(stepPeriod(period, -1))}
          >
            <span aria-hidden="true">←</span>
          </button>
          <p class="stats-period-label" aria-live="polite">
            {periodLabel(period, t, locale)}
          </p>
          <button
            type="button"
            class="button button-quiet button-small"
            aria-label={t('statistics.next')}
            title={t('statistics.next')}
            disabled={next.from > today()}
            onClick={() => onChange(next)}
          >
            <span aria-hidden="true">→</span>
          </button>
        </div>
      )}
    </div>
  );
}

function CustomRange({ period, onChange }: { period: Period; onChange: (next: Period) => void }) {
  const { t } = useT();
  const id = useId();
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  useEffect(() => {
    setFrom(period.from);
    setTo(period.to);
  }, [period.from, period.to]);
  const invalid = isDay(from) && isDay(to) && from > to;

  function update(nextFrom: string, nextTo: string) {
    setFrom(nextFrom);
    setTo(nextTo);
    if (isDay(nextFrom) && isDay(nextTo) && nextFrom <= nextTo)
      onChange({ kind: 'custom', from: nextFrom, to: nextTo });
  }

  return (
    <div class="stats-range">
      <div class="field">
        <label for={`${id}-from`}>{t('statistics.from')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={from}
          max={to}
          onChange={(event) => update(event.currentTarget.value, to)}
        />
      </div>
      <div class={invalid ? 'field field-invalid' : 'field'}>
        <label for={`${id}-to`}>{t('statistics.to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={to}
          min={from}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(event) => update(from, event.currentTarget.value)}
        />
      </div>
      {invalid && (
        <p class="field-error stats-range-error" id={`${id}-error`}>
          {t('statistics.customInvalid')}
        </p>
      )}
    </div>
  );
}
