import { PREVENTION_LEVELS, type PreventionLevel } from '../../../shared/field-log';
import { useT } from '../../i18n/i18n';
import { ChipGroup, ToggleChip, toggled } from '../../ui/Chips';
import type { ShiftForm } from '../form';
import type { Category } from '../model';
import { categoryLabel, choices } from '../reference';

type Props = { form: ShiftForm; categories: Category[]; onChange: (patch: Partial<ShiftForm>) => void };

/** The prevention level of the work, and risk and protective factors noticed. */
export function PreventionSection({ form, categories, onChange }: Props) {
  const { t, locale } = useT();
  const factorChips = (
    kind: 'risk_factor' | 'protective_factor',
    field: 'riskFactorIds' | 'protectiveFactorIds',
  ) =>
    choices(categories, kind, form[field]).map((factor) => (
      <ToggleChip
        key={factor.id}
        label={categoryLabel(factor, locale)}
        pressed={form[field].includes(factor.id)}
        onToggle={() => onChange({ [field]: toggled(form[field], factor.id) })}
      />
    ));
  return (
    <section class="editor-section" aria-labelledby="prevention-heading">
      <h2 id="prevention-heading">{t('shifts.editor.prevention')}</h2>
      <ChipGroup legend={t('shifts.editor.preventionLevel')} hint={t('shifts.editor.preventionHint')}>
        {PREVENTION_LEVELS.map((level: PreventionLevel) => (
          <ToggleChip
            key={level}
            label={t(`fieldLog.preventionLevels.${level}`)}
            pressed={form.preventionLevel === level}
            onToggle={() => onChange({ preventionLevel: form.preventionLevel === level ? null : level })}
          />
        ))}
      </ChipGroup>
      <ChipGroup legend={t('shifts.editor.riskFactors')}>
        {factorChips('risk_factor', 'riskFactorIds')}
      </ChipGroup>
      <ChipGroup legend={t('shifts.editor.protectiveFactors')}>
        {factorChips('protective_factor', 'protectiveFactorIds')}
      </ChipGroup>
    </section>
  );
}
