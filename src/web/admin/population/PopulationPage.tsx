import { useState } from 'preact/hooks';
import './population.css';
import { api, call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import { LiveStatus } from '../../ui/Field';
import { PageHeading } from '../../ui/PageHeading';
import { useResource } from '../../ui/useResource';
import { ImportedYears } from './ImportedYears';
import { ImportForm } from './ImportForm';

export const POPULATION_PATH = '/admin/befolkning';

/** The youth population by area, gender and age: import a year from a CSV file, see the years imported. */
export function PopulationPage() {
  const { t, locale } = useT();
  const [status, setStatus] = useState('');
  const population = useResource(() => call(api.api.population.$get()), []);
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE');
  // Statistics Sweden publishes a year's population in the spring after it.
  const defaultYear = new Date().getFullYear() - 1;

  return (
    <>
      <PageHeading title={t('population.heading')} />
      <p class="lead population-intro">{t('population.intro')}</p>
      <ImportForm
        defaultYear={defaultYear}
        onImported={async (result) => {
          setStatus(
            t('population.imported', {
              year: result.year,
              total: number.format(result.totals.total),
              areas: result.areas.length,
            }),
          );
          await population.reload();
        }}
      />
      <LiveStatus>{status}</LiveStatus>

      <section class="section" aria-labelledby="population-years-heading">
        <h2 id="population-years-heading">{t('population.importedHeading')}</h2>
        <ErrorAlert error={population.error} />
        {population.loading && !population.data && <p>{t('app.loading')}</p>}
        {population.data && <ImportedYears years={population.data.years} />}
      </section>
    </>
  );
}
