import { useT } from '../i18n/i18n';

type Props = {
  label: string;
  value: number;
  canAdd: boolean;
  onStep: (delta: 1 | -1) => void;
};

/** One outcome's count with − and + beside it: counts here are small, so tapping is enough. */
export function OutcomeStepper({ label, value, canAdd, onStep }: Props) {
  const { t } = useT();
  return (
    <div class="outcome-stepper">
      <span class="outcome-label">{label}</span>
      <button
        type="button"
        class="step"
        aria-label={t('guidance.remove', { what: label })}
        disabled={value <= 0}
        onClick={() => onStep(-1)}
      >
        <span aria-hidden="true">−</span>
      </button>
      <output class="outcome-value" aria-label={label}>
        {value}
      </output>
      <button
        type="button"
        class="step"
        aria-label={t('guidance.add', { what: label })}
        disabled={!canAdd}
        onClick={() => onStep(1)}
      >
        <span aria-hidden="true">+</span>
      </button>
    </div>
  );
}
