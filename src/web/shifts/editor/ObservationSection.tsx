import { useState } from 'preact/hooks';
import { SEVERITIES } from '../../../shared/field-log';
import { uuidv7 } from '../../../shared/uuidv7';
import type { Area } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { CommittedInput } from '../../ui/CommittedInput';
import { Field } from '../../ui/Field';
import { RadioGroup } from '../../ui/RadioGroup';
import { type FormIssue, issueAt, type ObservationRow, type ShiftForm } from '../form';
import type { Category } from '../model';
import { categoryLabel, choices } from '../reference';
import { atTimeWithinShift, clampIntoShift, wallClock } from '../time';
import { useFocusWhenAdded } from './focusNewRow';
import { GuardedText } from './GuardedText';
import { PointPicker } from './PointPicker';

type Props = {
  form: ShiftForm;
  areas: Area[];
  categories: Category[];
  issues: FormIssue[];
  onChange: (observations: ObservationRow[]) => void;
};

/** A new observation: now (kept inside the shift), in the shift's first area, low severity. */
export function newObservation(form: ShiftForm, now: Date = new Date()): ObservationRow {
  return {
    id: uuidv7(),
    typeId: null,
    areaId: form.areaIds[0] ?? null,
    observedAt: clampIntoShift(now, form.startsAt, form.endsAt),
    severity: 'low',
    estimatedSize: null,
    note: '',
    point: null,
  };
}

/**
 * What was seen, where, when and how serious; it feeds the situation picture. The area says where;
 * a point on a map of the areas is optional.
 */
export function ObservationSection({ form, areas, categories, issues, onChange }: Props) {
  const { t } = useT();
  const [added, setAdded] = useState<string | null>(null);
  const update = (index: number, patch: Partial<ObservationRow>) =>
    onChange(form.observations.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const add = () => {
    const row = newObservation(form);
    setAdded(row.id);
    onChange([...form.observations, row]);
  };
  return (
    <section class="editor-section" aria-labelledby="observations-heading">
      <h2 id="observations-heading">{t('shifts.editor.observations')}</h2>
      {form.observations.map((row, index) => (
        <ObservationCard
          key={row.id}
          row={row}
          number={index + 1}
          form={form}
          areas={areas}
          categories={categories}
          issues={issues}
          index={index}
          added={row.id === added}
          onChange={(patch) => update(index, patch)}
          onRemove={() => onChange(form.observations.filter((_, i) => i !== index))}
        />
      ))}
      <button type="button" class="button button-block add-button" onClick={add}>
        {t('shifts.editor.addObservation')}
      </button>
    </section>
  );
}

type CardProps = {
  row: ObservationRow;
  number: number;
  index: number;
  form: ShiftForm;
  areas: Area[];
  categories: Category[];
  issues: FormIssue[];
  /** Just added with the button: take focus. */
  added: boolean;
  onChange: (patch: Partial<ObservationRow>) => void;
  onRemove: () => void;
};

function ObservationCard({
  row,
  number,
  index,
  form,
  areas,
  categories,
  issues,
  added,
  onChange,
  onRemove,
}: CardProps) {
  const { t, locale } = useT();
  const card = useFocusWhenAdded<HTMLFieldSetElement>(added);
  const typeIssue = issueAt(issues, `observations.${index}.typeId`);
  const chosen = areas.filter((area) => form.areaIds.includes(area.id));
  const rest = areas
    .filter((area) => !form.areaIds.includes(area.id) && (area.active || area.id === row.areaId))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const title = t('shifts.editor.observation', { number });
  return (
    <fieldset class="row-card" ref={card}>
      <legend>{title}</legend>
      <RadioGroup
        look="chips"
        legend={t('shifts.editor.observationType')}
        value={row.typeId}
        error={typeIssue ? t('shifts.issues.observation_type') : undefined}
        options={choices(categories, 'observation_type', row.typeId ? [row.typeId] : []).map((type) => ({
          value: type.id,
          label: categoryLabel(type, locale),
        }))}
        onChange={(typeId) => onChange({ typeId })}
      />
      <Field label={t('shifts.editor.area')}>
        {({ id }) => (
          <select
            id={id}
            value={row.areaId ?? ''}
            onChange={(event) => onChange({ areaId: event.currentTarget.value || null })}
          >
            <option value="">{t('shifts.editor.noArea')}</option>
            {chosen.length > 0 && (
              <optgroup label={t('shifts.editor.shiftAreas')}>
                {chosen.map((area) => (
                  <option key={area.id} value={area.id}>
                    {area.name}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={t('shifts.editor.allAreas')}>
              {rest.map((area) => (
                <option key={area.id} value={area.id}>
                  {area.name}
                </option>
              ))}
            </optgroup>
          </select>
        )}
      </Field>
      <PointPicker
        point={row.point ?? null}
        areaId={row.areaId}
        shiftAreaIds={form.areaIds}
        areas={areas}
        onChange={(point) => onChange({ point })}
      />
      <RadioGroup
        look="segments"
        legend={t('shifts.editor.severity')}
        value={row.severity}
        options={SEVERITIES.map((severity) => ({
          value: severity,
          label: t(`fieldLog.severities.${severity}`),
        }))}
        onChange={(severity) => onChange({ severity })}
      />
      <div class="pair-row">
        <Field label={t('shifts.editor.time')}>
          {({ id }) => (
            <CommittedInput
              id={id}
              type="time"
              value={wallClock(row.observedAt).time}
              onCommit={(time) =>
                onChange({ observedAt: atTimeWithinShift(time, form.startsAt, form.endsAt) })
              }
            />
          )}
        </Field>
        <Field label={t('shifts.editor.estimatedSize')}>
          {({ id }) => (
            <input
              id={id}
              type="text"
              inputMode="numeric"
              pattern="[0-9]*"
              autocomplete="off"
              value={row.estimatedSize === null ? '' : String(row.estimatedSize)}
              onInput={(event) => {
                const digits = event.currentTarget.value.replace(/\D/g, '');
                const size = digits === '' ? null : Math.min(100_000, Math.max(1, Number(digits)));
                onChange({ estimatedSize: size });
              }}
            />
          )}
        </Field>
      </div>
      <GuardedText
        label={t('shifts.editor.note')}
        value={row.note}
        maxLength={500}
        multiline
        issue={issueAt(issues, `observations.${index}.note`)}
        onInput={(note) => onChange({ note })}
      />
      <button type="button" class="button button-quiet remove-button" onClick={onRemove}>
        {t('shifts.editor.removeObservation', { number })}
      </button>
    </fieldset>
  );
}
