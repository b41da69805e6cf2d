import { useT } from '../i18n/i18n';

export type View = 'chart' | 'table';

/** Chart or table: the same figures two ways. */
export function ViewToggle({ view, onChange }: { view: View; onChange: (view: View) => void }) {
  const { t } = useT();
  return (
    <fieldset class="segmented segmented-small">
      <legend class="visually-hidden">{t('statistics.show')}</legend>
      {(['chart', 'table'] as const).map((option) => (
        <button
          key={option}
          type="button"
          class="segmented-option"
          aria-pressed={view === option}
          onClick={() => onChange(option)}
        >
          {t(`statistics.${option}`)}
        </button>
      ))}
    </fieldset>
  );
}
