import { DEPTHS, GENDERS, type Gender } from '../../shared/field-log';
import { useT } from '../i18n/i18n';
import { ScrollRegion } from '../ui/ScrollRegion';
import type { Namer } from './namer';
import { categoriesOfKind, type Names } from './names';
import type { Shift } from './types';

type EncounterTableProps = { encounters: Shift['encounters']; names: Names | undefined; name: Namer };

/** Contacts as a gender × age table with totals, and by depth; they are contacts, not persons. */
export function EncounterTable({ encounters, names, name }: EncounterTableProps) {
  const { t, locale } = useT();
  const total = encounters.reduce((sum, tally) => sum + tally.count, 0);
  if (total === 0) return <p>{t('manager.review.noEncounters')}</p>;

  const used = new Set(encounters.map((tally) => tally.ageBandId));
  const bandIds = names
    ? categoriesOfKind(names, 'age_band')
        .filter((band) => !band.retired || used.has(band.id))
        .map((band) => band.id)
    : [];
  for (const id of used) if (!bandIds.includes(id)) bandIds.push(id);

  const cell = (gender: Gender | null, bandId: string | null) =>
    encounters
      .filter(
        (tally) =>
          (gender === null || tally.gender === gender) && (bandId === null || tally.ageBandId === bandId),
      )
      .reduce((sum, tally) => sum + tally.count, 0);
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE');

  return (
    <>
      <ScrollRegion labelledBy="encounter-table-caption" class="tally-wrap">
        <table class="table tally-table">
          <caption id="encounter-table-caption" class="visually-hidden">
            {t('manager.review.encounters')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('manager.review.gender')}</th>
              {bandIds.map((id) => (
                <th key={id} scope="col" class="number">
                  {name.category(id)}
                </th>
              ))}
              <th scope="col" class="number">
                {t('manager.review.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {GENDERS.map((gender) => (
              <tr key={gender}>
                <th scope="row">{t(`fieldLog.genders.${gender}`)}</th>
                {bandIds.map((id) => (
                  <td key={id} class="number">
                    {number.format(cell(gender, id))}
                  </td>
                ))}
                <td class="number total">{number.format(cell(gender, null))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('manager.review.total')}</th>
              {bandIds.map((id) => (
                <td key={id} class="number total">
                  {number.format(cell(null, id))}
                </td>
              ))}
              <td class="number total">{number.format(total)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <p class="muted tally-depths">
        {t('manager.review.byDepth')}:{' '}
        {DEPTHS.map(
          (depth) =>
            `${t(`fieldLog.depths.${depth}`)} ${number.format(
              encounters
                .filter((tally) => tally.depth === depth)
                .reduce((sum, tally) => sum + tally.count, 0),
            )}`,
        ).join(' · ')}
      </p>
    </>
  );
}
