import { useState } from 'preact/hooks';
import { formatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/i18n';
import { PopulationTable } from './PopulationTable';
import type { PopulationYear } from './types';

/** The years imported, newest first; one chosen year's table at a time. */
export function ImportedYears({ years }: { years: PopulationYear[] }) {
  const { t, locale } = useT();
  const [chosen, setChosen] = useState<number | null>(null);
  const shown = years.find((year) => year.year === chosen) ?? years[0];
  if (!shown) return <p>{t('population.none')}</p>;
  const importedAt = formatDateTime(shown.importedAt, locale);
  return (
    <>
      <fieldset class="population-years">
        <legend class="visually-hidden">{t('population.yearsLabel')}</legend>
        {years.map((year) => (
          <button
            key={year.year}
            type="button"
            class="button button-small"
            aria-pressed={year.year === shown.year}
            onClick={() => setChosen(year.year)}
          >
            {year.year}
          </button>
        ))}
      </fieldset>
      <h3>{shown.year}</h3>
      <p class="muted">
        {shown.importedBy
          ? t('population.importedBy', { date: importedAt, name: shown.importedBy })
          : t('population.importedAt', { date: importedAt })}{' '}
        {t('population.ages', { min: shown.totals.minAge, max: shown.totals.maxAge })}
      </p>
      <PopulationTable
        caption={t('population.tableCaption', { year: shown.year })}
        areas={shown.areas}
        totals={shown.totals}
      />
    </>
  );
}
