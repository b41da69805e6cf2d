import { useState } from 'preact/hooks';
import { ACTION_KINDS, type ActionKind, GENDERS } from '../../../shared/field-log';
import { uuidv7 } from '../../../shared/uuidv7';
import { useT } from '../../i18n/i18n';

import { Field } from '../../ui/Field';
import { RadioGroup } from '../../ui/RadioGroup';
import type { ActionRow, FormIssue } from '../form';
import { issueAt } from '../form';
import type { Category } from '../model';
import { categoryLabel, choices } from '../reference';
import { breakable } from './breakable';
import { CountInput } from './CountInput';
import { useFocusWhenAdded } from './focusNewRow';

type Props = {
  actions: ActionRow[];
  /** Where the report-of-concern form opens for this shift (the count here stays anonymous). */
  reportPath: string;
  categories: Category[];
  issues: FormIssue[];
  onChange: (actions: ActionRow[]) => void;
};

export function newAction(): ActionRow {
  return { rowId: uuidv7(), kind: 'guidance', serviceId: null, gender: null, ageBandId: null, count: 1 };
}

/** Guidance to a service, contact with a guardian, reports of concern …, counted by gender and age. */
export function ActionSection({ actions, reportPath, categories, issues, onChange }: Props) {
  const { t } = useT();
  const [added, setAdded] = useState<string | null>(null);
  const update = (index: number, patch: Partial<ActionRow>) =>
    onChange(actions.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const add = () => {
    const row = newAction();
    setAdded(row.rowId);
    onChange([...actions, row]);
  };
  return (
    <section class="editor-section" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('shifts.editor.actions')}</h2>
      {actions.map((row, index) => (
        <ActionCard
          key={row.rowId}
          row={row}
          index={index}
          reportPath={reportPath}
          categories={categories}
          issues={issues}
          added={row.rowId === added}
          onChange={(patch) => update(index, patch)}
          onRemove={() => onChange(actions.filter((_, i) => i !== index))}
        />
      ))}
      <button type="button" class="button button-block add-button" onClick={add}>
        {t('shifts.editor.addAction')}
      </button>
    </section>
  );
}

type CardProps = {
  row: ActionRow;
  reportPath: string;
  index: number;
  categories: Category[];
  issues: FormIssue[];
  /** Just added with the button: take focus. */
  added: boolean;
  onChange: (patch: Partial<ActionRow>) => void;
  onRemove: () => void;
};

function ActionCard({ row, index, reportPath, categories, issues, added, onChange, onRemove }: CardProps) {
  const { t, locale } = useT();
  const card = useFocusWhenAdded<HTMLFieldSetElement>(added);
  const number = index + 1;
  const at = (field: string) => issueAt(issues, `actions.${index}.${field}`);
  const text = (field: string) => {
    const issue = at(field);
    return issue ? t(`shifts.issues.${issue.code}`) : undefined;
  };
  const what = t('shifts.editor.action', { number });
  return (
    <fieldset class="row-card" ref={card}>
      <legend>{what}</legend>
      <Field label={t('shifts.editor.actionKind')}>
        {({ id }) => (
          <select
            id={id}
            value={row.kind}
            onChange={(event) => {
              const kind = event.currentTarget.value as ActionKind;
              onChange({ kind, serviceId: kind === 'guidance' ? row.serviceId : null });
            }}
          >
            {ACTION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`fieldLog.actionKinds.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {row.kind === 'report_of_concern' && (
        <p class="field-hint">
          {t('concerns.fromShift.note')} <a href={reportPath}>{t('concerns.fromShift.link')}</a>
        </p>
      )}
      {row.kind === 'guidance' && (
        <RadioGroup
          look="chips"
          legend={t('shifts.editor.service')}
          value={row.serviceId}
          error={text('serviceId')}
          options={choices(categories, 'service', row.serviceId ? [row.serviceId] : []).map((service) => ({
            value: service.id,
            label: categoryLabel(service, locale),
          }))}
          onChange={(serviceId) => onChange({ serviceId })}
        />
      )}
      <RadioGroup
        look="segments"
        legend={t('shifts.editor.gender')}
        value={row.gender}
        error={text('gender')}
        options={GENDERS.map((gender) => ({
          value: gender,
          label: breakable(t(`fieldLog.genders.${gender}`)),
        }))}
        onChange={(gender) => onChange({ gender })}
      />
      <RadioGroup
        look="chips"
        legend={t('shifts.editor.ageBand')}
        value={row.ageBandId}
        error={text('ageBandId')}
        options={choices(categories, 'age_band', row.ageBandId ? [row.ageBandId] : []).map((band) => ({
          value: band.id,
          label: categoryLabel(band, locale),
        }))}
        onChange={(ageBandId) => onChange({ ageBandId })}
      />
      <div class="field">
        <span class="field-label" id={`action-${row.rowId}-count`}>
          {t('shifts.editor.count')}
        </span>
        <CountInput
          label={`${t('shifts.editor.count')}, ${what}`}
          value={row.count}
          min={1}
          onChange={(count) => onChange({ count })}
          addLabel={t('shifts.editor.addOne', { what })}
          removeLabel={t('shifts.editor.removeOne', { what })}
        />
      </div>
      <button type="button" class="button button-quiet remove-button" onClick={onRemove}>
        {t('shifts.editor.removeAction', { number })}
      </button>
    </fieldset>
  );
}
