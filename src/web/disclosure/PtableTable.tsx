import { useT } from '../i18n/i18n';
import { ScrollRegion } from '../ui/ScrollRegion';
import type { DisclosureMethod } from './method';

const INTL_LOCALE = { sv: 'sv-SE', en: 'en-GB' } as const;

/**
 * The perturbation table: a row per true count (the last serves every larger one), a column per
 * noise from −D to +D, and an empty cell where a noise cannot occur for that count.
 */
export function PtableTable({ method }: { method: DisclosureMethod }) {
  const { t, locale } = useT();
  const D = method.parameters.maxDeviation;
  const noises = Array.from({ length: 2 * D + 1 }, (_, i) => i - D);
  const signed = new Intl.NumberFormat(INTL_LOCALE[locale], { signDisplay: 'exceptZero' });
  // Two significant digits: the rare edges (a few in ten thousand) stay visible, not "0 %".
  const percent = new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'percent',
    maximumSignificantDigits: 2,
  });
  const last = method.ptable.length - 1;
  return (
    <ScrollRegion labelledBy="ptable-caption">
      <table class="table ptable">
        <caption id="ptable-caption" class="visually-hidden">
          {t('disclosure.page.ptable.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} class="ptable-count">
              {t('disclosure.page.ptable.count')}
            </th>
            <th scope="colgroup" colSpan={noises.length} class="ptable-noise-head">
              {t('disclosure.page.ptable.noise')}
            </th>
          </tr>
          <tr>
            {noises.map((noise) => (
              <th key={noise} scope="col" class="num">
                {signed.format(noise)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {method.ptable.map((row, index) => {
            const byNoise = new Map(row.noises.map((entry) => [entry.noise, entry.probability]));
            return (
              <tr key={row.count}>
                <th scope="row" class="ptable-count">
                  {index === last ? t('disclosure.page.ptable.andMore', { count: row.count }) : row.count}
                </th>
                {noises.map((noise) => {
                  const probability = byNoise.get(noise);
                  return (
                    <td key={noise} class="num">
                      {probability === undefined ? '' : percent.format(probability)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
