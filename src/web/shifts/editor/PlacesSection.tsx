import { useEffect, useRef, useState } from 'preact/hooks';
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

/**
 * Where the shift went: areas (the unit's own first), arenas and the partners who were there. A
 * shift that comes with its places (planned with them) shows them as one line, already chosen,
 * with "Ändra" to open the chips: the contact grid is then in reach without scrolling past them,
 * and a planned area cannot be tapped off by someone who meant to choose it.
 */
export function PlacesSection({ form, unitId, areas, categories, onChange }: Props) {
  const { t, locale } = useT();
  const [editing, setEditing] = useState(() => form.areaIds.length === 0);
  const opened = useRef(false);
  const section = useRef<HTMLElement>(null);
  // "Ändra" goes away as the chips appear: focus moves to the first of them, not to nowhere.
  useEffect(() => {
    if (editing && opened.current) section.current?.querySelector<HTMLElement>('.chip')?.focus();
  }, [editing]);
  if (!editing) {
    const areaNames = form.areaIds.flatMap((id) => areas.find((area) => area.id === id)?.name ?? []);
    const arenaNames = form.arenaIds.flatMap((id) => {
      const arena = categories.find((category) => category.id === id);
      return arena ? [categoryLabel(arena, locale)] : [];
    });
    const line = [
      areaNames.join(', '),
      arenaNames.join(', '),
      form.partners.map((partner) => t(`fieldLog.partners.${partner}`)).join(', '),
    ]
      .filter(Boolean)
      .join(' · ');
    return (
      <section class="editor-section" aria-labelledby="places-heading">
        <h2 id="places-heading">{t('shifts.editor.places')}</h2>
        <div class="places-chosen">
          <p>
            <span class="visually-hidden">{t('shifts.editor.placesChosen')} </span>
            {line}
          </p>
          <button
            type="button"
            class="button"
            aria-label={t('shifts.editor.changePlaces')}
            onClick={() => {
              opened.current = true;
              setEditing(true);
            }}
          >
            {t('shifts.editor.change')}
          </button>
        </div>
      </section>
    );
  }
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
    <section class="editor-section" aria-labelledby="places-heading" ref={section}>
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
