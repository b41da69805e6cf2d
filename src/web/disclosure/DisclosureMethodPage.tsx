import './disclosure.css';
import { can, useSession } from '../auth/session';
import { useT } from '../i18n/i18n';
import { ErrorAlert } from '../ui/errors';
import { PageHeading } from '../ui/PageHeading';
import { useResource } from '../ui/useResource';
import { type DisclosureMethod, loadDisclosureMethod } from './method';
import { PtableTable } from './PtableTable';

const INTL_LOCALE = { sv: 'sv-SE', en: 'en-GB' } as const;
/** The number of cells in the example of how uncertainty grows with a sum. */
const EXAMPLE_CELLS = 10;

/** What the cell-key method protects, how, with which parameters, and how to read and cite the figures. */
export function DisclosureMethodPage() {
  const { t } = useT();
  const method = useResource(loadDisclosureMethod, []);
  return (
    <div class="disclosure-page">
      <PageHeading title={t('disclosure.page.heading')} />
      <p class="lead">{t('disclosure.page.lead')}</p>
      <ErrorAlert error={method.error} />
      {method.data ? (
        <MethodText method={method.data} />
      ) : (
        !method.error && (
          <p class="muted" role="status">
            {t('disclosure.page.loading')}
          </p>
        )
      )}
    </div>
  );
}

function MethodText({ method }: { method: DisclosureMethod }) {
  const { t, locale } = useT();
  const session = useSession();
  const user = session.status === 'ready' ? session.user : null;
  const number = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: 0 });
  const { maxDeviation, variance, js, keyModulus } = method.parameters;
  const values = {
    maxDeviation: number.format(maxDeviation),
    variance: number.format(variance),
    js: number.format(js),
  };
  // The last row is every larger count's: how often such a figure moves by at most one.
  const largeRow = method.ptable.at(-1)?.noises ?? [];
  const withinOne = largeRow.reduce((sum, n) => (Math.abs(n.noise) <= 1 ? sum + n.probability : sum), 0);
  const example = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 }).format(
    Math.sqrt(EXAMPLE_CELLS * variance),
  );

  return (
    <>
      <section class="section" aria-labelledby="method-what">
        <h2 id="method-what">{t('disclosure.page.what.heading')}</h2>
        <p>{t('disclosure.page.what.text')}</p>
      </section>

      <section class="section" aria-labelledby="method-how">
        <h2 id="method-how">{t('disclosure.page.how.heading')}</h2>
        <ol class="method-steps">
          <li>{t('disclosure.page.how.recordKey')}</li>
          <li>{t('disclosure.page.how.cellKey', { modulus: number.format(keyModulus) })}</li>
          <li>{t('disclosure.page.how.lookup')}</li>
        </ol>
      </section>

      <section class="section" aria-labelledby="method-parameters">
        <h2 id="method-parameters">{t('disclosure.page.parameters.heading')}</h2>
        <dl class="method-parameters">
          <div>
            <dt>{t('disclosure.page.parameters.maxDeviation')}</dt>
            <dd>
              <span class="method-value">{values.maxDeviation}</span>{' '}
              {t('disclosure.page.parameters.maxDeviationText', { value: values.maxDeviation })}
            </dd>
          </div>
          <div>
            <dt>{t('disclosure.page.parameters.variance')}</dt>
            <dd>
              <span class="method-value">{values.variance}</span>{' '}
              {t('disclosure.page.parameters.varianceText', {
                value: values.variance,
                share: percent.format(withinOne),
              })}
            </dd>
          </div>
          <div>
            <dt>{t('disclosure.page.parameters.js')}</dt>
            <dd>
              <span class="method-value">{values.js}</span>{' '}
              {t('disclosure.page.parameters.jsText', { count: js })}
            </dd>
          </div>
        </dl>
      </section>

      <section class="section" aria-labelledby="method-ptable">
        <h2 id="method-ptable">{t('disclosure.page.ptable.heading')}</h2>
        <p>{t('disclosure.page.ptable.intro')}</p>
        <PtableTable method={method} />
        <p class="method-download">
          {/* A download, so the app's router leaves it to the browser. */}
          <a href="/api/disclosure/method" download="cell-key-metoden.json">
            {t('disclosure.page.parameters.download')}
          </a>
        </p>
      </section>

      <section class="section" aria-labelledby="method-reading">
        <h2 id="method-reading">{t('disclosure.page.reading.heading')}</h2>
        <ul class="method-list">
          <li>{t('disclosure.page.reading.approximate', { maxDeviation: values.maxDeviation })}</li>
          <li>{t('disclosure.page.reading.parts')}</li>
          <li>{t('disclosure.page.reading.sums', { example, k: EXAMPLE_CELLS })}</li>
          <li>{t('disclosure.page.reading.rates')}</li>
        </ul>
      </section>

      <section class="section" aria-labelledby="method-who">
        <h2 id="method-who">{t('disclosure.page.who.heading')}</h2>
        <p>{t('disclosure.page.who.text')}</p>
      </section>

      <section class="section" aria-labelledby="method-cite">
        <h2 id="method-cite">{t('disclosure.page.cite.heading')}</h2>
        <p>{t('disclosure.page.cite.intro')}</p>
        <blockquote class="method-cite">
          {t('disclosure.page.cite.text', {
            ...values,
            municipality: user?.municipality.name ?? t('disclosure.page.cite.municipality'),
          })}
        </blockquote>
      </section>

      {user && can(user, 'statistics.read') && (
        <p class="section">
          <a href="/statistik">{t('disclosure.page.toStatistics')}</a>
        </p>
      )}
    </>
  );
}
