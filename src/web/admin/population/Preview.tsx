import { useT } from '../../i18n/i18n';
import { PopulationTable } from './PopulationTable';
import type { PopulationPreview } from './types';

/** What an import would write: how many rows and people, what it replaces, and the table. */
export function Preview({ preview }: { preview: PopulationPreview }) {
  const { t, locale } = useT();
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE');
  const { year, totals } = preview;
  return (
    <section class="population-preview" aria-labelledby="population-preview-heading">
      <h3 id="population-preview-heading">{t('population.previewHeading', { year })}</h3>
      <p>
        {t('population.previewSummary', {
          rows: number.format(preview.rows),
          total: number.format(totals.total),
          minAge: totals.minAge,
          maxAge: totals.maxAge,
        })}
      </p>
      {preview.replacedRows > 0 && (
        <p class="alert alert-warning">
          {t('population.replaces', { count: number.format(preview.replacedRows), year })}
        </p>
      )}
      {preview.skippedOtherYears > 0 && (
        <p>{t('population.skippedOtherYears', { count: number.format(preview.skippedOtherYears), year })}</p>
      )}
      {preview.missingAreas.length > 0 && (
        <p>
          {t('population.missingAreas', { names: preview.missingAreas.map((area) => area.name).join(', ') })}
        </p>
      )}
      <PopulationTable
        caption={t('population.tableCaption', { year })}
        areas={preview.areas}
        totals={totals}
      />
      <p class="muted">{t('population.previewNotSaved')}</p>
    </section>
  );
}
