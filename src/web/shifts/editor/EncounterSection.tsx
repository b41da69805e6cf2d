import { useState } from 'preact/hooks';
import { DEPTHS, type Depth, GENDERS, type Gender } from '../../../shared/field-log';
import { adjustTally, encounterKey, totalCount } from '../../../shared/tallies';
import { useT } from '../../i18n/i18n';
import { RadioGroup } from '../../ui/RadioGroup';
import type { Category, EncounterTally } from '../model';
import { categoryLabel, choices } from '../reference';
import { breakable } from './breakable';
import { CountInput } from './CountInput';

type Props = {
  encounters: EncounterTally[];
  categories: Category[];
  onChange: (encounters: EncounterTally[]) => void;
};

/**
 * Anonymous contacts, counted: choose the depth, then gender × age band cells you tap (+/−) or type
 * into. Totals say plainly that these are contacts, not unique persons.
 */
export function EncounterSection({ encounters, categories, onChange }: Props) {
  const { t, locale } = useT();
  const [depth, setDepth] = useState<Depth>('brief');
  const ageBands = choices(
    categories,
    'age_band',
    encounters.map((cell) => cell.ageBandId),
  );
  const count = (gender: Gender, ageBandId: string, atDepth: Depth = depth) =>
    encounters.find((cell) => encounterKey(cell) === encounterKey({ gender, ageBandId, depth: atDepth }))
      ?.count ?? 0;
  const set = (gender: Gender, ageBandId: string, value: number) =>
    onChange(
      adjustTally(encounters, { gender, ageBandId, depth }, value - count(gender, ageBandId), encounterKey),
    );
  const atDepth = (d: Depth) => totalCount(encounters.filter((cell) => cell.depth === d));
  const ofGender = (gender: Gender, d?: Depth) =>
    totalCount(encounters.filter((cell) => cell.gender === gender && (!d || cell.depth === d)));
  const total = totalCount(encounters);
  const depthLabel = t(`fieldLog.depths.${depth}`);

  return (
    <section class="editor-section" aria-labelledby="encounters-heading">
      <h2 id="encounters-heading">{t('shifts.editor.encounters')}</h2>
      <RadioGroup
        look="segments"
        legend={t('shifts.editor.depth')}
        value={depth}
        onChange={setDepth}
        options={DEPTHS.map((d) => ({
          value: d,
          label: t(`fieldLog.depths.${d}`),
          hint: atDepth(d) > 0 ? `(${atDepth(d)})` : undefined,
        }))}
      />
      <table class="tally-grid">
        <caption class="visually-hidden">
          {t('shifts.editor.encounters')} – {depthLabel}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('shifts.editor.ageBand')}</th>
            {GENDERS.map((gender) => (
              <th scope="col" key={gender}>
                {breakable(t(`fieldLog.genders.${gender}`))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ageBands.map((band) => {
            const age = categoryLabel(band, locale);
            return (
              <tr key={band.id}>
                <th scope="row">{age}</th>
                {GENDERS.map((gender) => {
                  const what = t('shifts.editor.cell', {
                    gender: t(`fieldLog.genders.${gender}`),
                    age,
                    depth: depthLabel,
                  });
                  return (
                    <td key={gender}>
                      <CountInput
                        label={what}
                        value={count(gender, band.id)}
                        onChange={(value) => set(gender, band.id, value)}
                        addLabel={t('shifts.editor.addOne', { what })}
                        removeLabel={t('shifts.editor.removeOne', { what })}
                      />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('shifts.editor.sum')}</th>
            {GENDERS.map((gender) => (
              <td key={gender}>{ofGender(gender, depth)}</td>
            ))}
          </tr>
        </tfoot>
      </table>
      <p class="tally-total" aria-live="polite">
        <strong>{t('shifts.editor.total', { count: total })}</strong>
        {total > 0 && (
          <span class="tally-split">
            {' '}
            ({GENDERS.map((gender) => `${t(`fieldLog.genders.${gender}`)} ${ofGender(gender)}`).join(' · ')})
          </span>
        )}
        {' — '}
        {t('shifts.editor.notUnique')}
      </p>
    </section>
  );
}
