import { PARTNERS_PRESENT, type PartnerPresent } from '../../../shared/field-log';
import type { Area } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { ChipGroup, ToggleChip, toggled } from '../../ui/Chips';
import type { ShiftForm } from '../form';
import type { Category } from '../model';
import { areaChoices, categoryLabel, choices } from '../reference';

type Props = {
  form: ShiftForm;
  unitId: string;
  areas: Area[];
  categories: Category[];
  onChange: (patch: Partial<ShiftForm>) => void;
};

/** Where the shift went: areas (the unit's own first), arenas and the partners who were there. */
export function PlacesSection({ form, unitId, areas, categories, onChange }: Props) {
  const { t, locale } = useT();
  const { own, others } = areaChoices(areas, unitId, form.areaIds);
  const otherChosen = others.some((area) => form.areaIds.includes(area.id));
  const areaChip = (area: Area) => (
    <ToggleChip
      key={area.id}
      label={area.name}
      pressed={form.areaIds.includes(area.id)}
      onToggle={() => onChange({ areaIds: toggled(form.areaIds, area.id) })}
    />
  );
  return (
    <section class="editor-section" aria-labelledby="places-heading">
      <h2 id="places-heading">{t('shifts.editor.places')}</h2>
      <ChipGroup legend={t('shifts.editor.areas')}>
        {(own.length > 0 ? own : others).map(areaChip)}
        {own.length === 0 && others.length === 0 && <p class="muted">{t('shifts.editor.noAreas')}</p>}
      </ChipGroup>
      {own.length > 0 && others.length > 0 && (
        <details class="more" open={otherChosen || undefined}>
          <summary>{t('shifts.editor.otherAreas')}</summary>
          <div class="chips">{others.map(areaChip)}</div>
        </details>
      )}
      <ChipGroup legend={t('shifts.editor.arenas')}>
        {choices(categories, 'arena', form.arenaIds).map((arena) => (
          <ToggleChip
            key={arena.id}
            label={categoryLabel(arena, locale)}
            pressed={form.arenaIds.includes(arena.id)}
            onToggle={() => onChange({ arenaIds: toggled(form.arenaIds, arena.id) })}
          />
        ))}
      </ChipGroup>
      <ChipGroup legend={t('shifts.editor.partners')}>
        {PARTNERS_PRESENT.map((partner) => (
          <ToggleChip
            key={partner}
            label={t(`fieldLog.partners.${partner}`)}
            pressed={form.partners.includes(partner)}
            onToggle={() => onChange({ partners: toggled(form.partners, partner) as PartnerPresent[] })}
          />
        ))}
      </ChipGroup>
    </section>
  );
}
