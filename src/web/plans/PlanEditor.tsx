import { useState } from 'preact/hooks';
import { ACTIVITY_KINDS, ACTIVITY_PARTNERS, TIME_USES } from '../../shared/field-log';
import {
  PLAN_COMPARISONS,
  PLAN_MEASURE_INFO,
  PLAN_MEASURES,
  type PlanMeasure,
} from '../../shared/plan-targets';
import { uuidv7 } from '../../shared/uuidv7';
import { ApiError } from '../api/errors';
import type { Area } from '../api/types';
import { useT } from '../i18n/i18n';
import { ErrorAlert } from '../ui/errors';
import { Field, SelectField } from '../ui/Field';
import { type PlanGoal, type PlanTarget, saveDraft } from './api';
import { WEEKDAY_KEYS } from './targetText';

type Props = {
  unitId: string;
  year: number;
  goals: PlanGoal[];
  areas: Area[];
  onSaved: () => Promise<void>;
  onCancel: () => void;
};

const newTarget = (): PlanTarget => ({ measure: 'girlsShareOfContacts', comparison: 'atLeast', value: 40 });
const newGoal = (): PlanGoal => ({ id: uuidv7(), text: '', targets: [newTarget()] });

/** A target with only what its measure uses, so a changed measure leaves nothing stray behind. */
function withMeasure(target: PlanTarget, measure: PlanMeasure): PlanTarget {
  const info = PLAN_MEASURE_INFO[measure];
  const uses = new Set<string>([...info.required, ...info.optional]);
  const next: PlanTarget = { measure, comparison: target.comparison, value: target.value };
  if (uses.has('timeUse')) next.timeUse = target.timeUse ?? 'outreach';
  if (uses.has('activityKind')) next.activityKind = target.activityKind ?? 'collaboration_meeting';
  if (uses.has('weekdays')) next.weekdays = target.weekdays ?? [5, 6];
  if (uses.has('areaId') && target.areaId) next.areaId = target.areaId;
  if (uses.has('partner') && target.partner) next.partner = target.partner;
  return next;
}

/** What the phone checks before saving; the server checks the same and more. */
function localIssues(goals: PlanGoal[]): Map<string, string> {
  const issues = new Map<string, string>();
  goals.forEach((goal, g) => {
    if (goal.text.trim() === '') issues.set(`goals.${g}.text`, 'plans.issues.text');
    goal.targets.forEach((target, i) => {
      const path = `goals.${g}.targets.${i}`;
      const percent = PLAN_MEASURE_INFO[target.measure].unit === 'percent';
      if (!Number.isFinite(target.value) || target.value < 0 || (percent && target.value > 100))
        issues.set(`${path}.value`, 'plans.issues.value');
      if (PLAN_MEASURE_INFO[target.measure].required.includes('areaId') && !target.areaId)
        issues.set(`${path}.areaId`, 'plans.issues.required');
      if (target.weekdays && target.weekdays.length === 0)
        issues.set(`${path}.weekdays`, 'plans.issues.weekdays');
    });
  });
  return issues;
}

/** The manager's goals for the year: text, and targets measured by indicators of the catalogue. */
export function PlanEditor({ unitId, year, goals: initial, areas, onSaved, onCancel }: Props) {
  const { t } = useT();
  const [goals, setGoals] = useState<PlanGoal[]>(initial.length > 0 ? initial : [newGoal()]);
  const [issues, setIssues] = useState(new Map<string, string>());
  const [error, setError] = useState<unknown>(null);
  const setGoal = (g: number, patch: Partial<PlanGoal>) =>
    setGoals((all) => all.map((goal, i) => (i === g ? { ...goal, ...patch } : goal)));
  const setTarget = (g: number, i: number, target: PlanTarget) =>
    setGoal(g, { targets: (goals[g]?.targets ?? []).map((old, j) => (j === i ? target : old)) });
  const issue = (path: string) => {
    const key = issues.get(path);
    return key ? t(key as 'plans.issues.text') : undefined;
  };

  async function save(event: Event) {
    event.preventDefault();
    setError(null);
    const found = localIssues(goals);
    setIssues(found);
    if (found.size > 0) return;
    try {
      await saveDraft(unitId, year, { goals: goals.map((goal) => ({ ...goal, text: goal.text.trim() })) });
      await onSaved();
    } catch (failure) {
      if (failure instanceof ApiError && failure.issues)
        setIssues(new Map(failure.issues.map((i) => [i.path, `errors.${i.code}`])));
      setError(failure);
    }
  }

  return (
    <form class="plan-editor" onSubmit={save} noValidate aria-labelledby="plan-editor">
      <h3 id="plan-editor">{t('plans.editorHeading', { year })}</h3>
      <p class="field-hint">{t('plans.editorHint')}</p>
      {goals.map((goal, g) => (
        <fieldset key={goal.id} class="plan-goal-editor">
          <legend>{t('plans.goal', { n: g + 1 })}</legend>
          <Field label={t('plans.goalText')} hint={t('plans.goalTextHint')} error={issue(`goals.${g}.text`)}>
            {({ id, describedBy, invalid }) => (
              <textarea
                id={id}
                rows={2}
                maxLength={1000}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                value={goal.text}
                onInput={(event) => setGoal(g, { text: event.currentTarget.value })}
              />
            )}
          </Field>
          {goal.targets.map((target, i) => (
            <TargetEditor
              key={i}
              n={i + 1}
              target={target}
              areas={areas}
              issue={(field) => issue(`goals.${g}.targets.${i}.${field}`)}
              onChange={(next) => setTarget(g, i, next)}
              onRemove={
                goal.targets.length > 1
                  ? () => setGoal(g, { targets: goal.targets.filter((_, j) => j !== i) })
                  : undefined
              }
            />
          ))}
          <div class="button-row">
            {goal.targets.length < 5 && (
              <button
                type="button"
                class="button button-small"
                onClick={() => setGoal(g, { targets: [...goal.targets, newTarget()] })}
              >
                {t('plans.addTarget')}
              </button>
            )}
            <button
              type="button"
              class="button button-quiet"
              onClick={() => setGoals(goals.filter((_, j) => j !== g))}
            >
              {t('plans.removeGoal', { n: g + 1 })}
            </button>
          </div>
        </fieldset>
      ))}
      {goals.length < 20 && (
        <button type="button" class="button" onClick={() => setGoals([...goals, newGoal()])}>
          {t('plans.addGoal')}
        </button>
      )}
      <div class="button-row">
        <button type="submit" class="button button-primary">
          {t('plans.save')}
        </button>
        <button type="button" class="button button-quiet" onClick={onCancel}>
          {t('plans.cancel')}
        </button>
      </div>
      <ErrorAlert error={error} />
    </form>
  );
}

type TargetProps = {
  n: number;
  target: PlanTarget;
  areas: Area[];
  issue: (field: string) => string | undefined;
  onChange: (target: PlanTarget) => void;
  onRemove: (() => void) | undefined;
};

function TargetEditor({ n, target, areas, issue, onChange, onRemove }: TargetProps) {
  const { t, locale } = useT();
  const info = PLAN_MEASURE_INFO[target.measure];
  const uses = (p: string) =>
    (info.required as readonly string[]).includes(p) || (info.optional as readonly string[]).includes(p);
  const [valueText, setValueText] = useState(String(target.value).replace('.', locale === 'sv' ? ',' : '.'));
  const activeAreas = areas.filter((a) => a.active || a.id === target.areaId);
  return (
    <fieldset class="plan-target-editor">
      <legend>{t('plans.targetLegend', { n })}</legend>
      <SelectField
        label={t('plans.measure')}
        value={target.measure}
        options={PLAN_MEASURES.map((m) => ({ value: m, label: t(`plans.measures.${m}`) }))}
        onChange={(measure) => onChange(withMeasure(target, measure as PlanMeasure))}
      />
      {uses('timeUse') && (
        <SelectField
          label={t('plans.timeUse')}
          value={target.timeUse ?? 'outreach'}
          options={TIME_USES.map((use) => ({ value: use, label: t(`fieldLog.timeUses.${use}`) }))}
          onChange={(timeUse) => onChange({ ...target, timeUse: timeUse as PlanTarget['timeUse'] })}
        />
      )}
      {uses('activityKind') && (
        <SelectField
          label={t('plans.activityKind')}
          value={target.activityKind ?? 'collaboration_meeting'}
          options={ACTIVITY_KINDS.map((kind) => ({
            value: kind,
            label: t(`fieldLog.activityKinds.${kind}`),
          }))}
          onChange={(kind) => onChange({ ...target, activityKind: kind as PlanTarget['activityKind'] })}
        />
      )}
      {uses('partner') && (
        <SelectField
          label={t('plans.partner')}
          value={target.partner ?? ''}
          options={[
            { value: '', label: t('plans.anyPartner') },
            ...ACTIVITY_PARTNERS.map((p) => ({ value: p, label: t(`fieldLog.activityPartners.${p}`) })),
          ]}
          onChange={(partner) => {
            const { partner: _old, ...rest } = target;
            onChange(partner ? { ...rest, partner: partner as PlanTarget['partner'] } : rest);
          }}
        />
      )}
      {uses('weekdays') && (
        <fieldset class="plan-weekdays">
          <legend>{t('plans.weekdays')}</legend>
          {WEEKDAY_KEYS.map((key, i) => (
            <label key={key} class="checkbox">
              <input
                type="checkbox"
                checked={target.weekdays?.includes(i + 1) ?? false}
                onChange={(event) => {
                  const rest = (target.weekdays ?? []).filter((d) => d !== i + 1);
                  onChange({
                    ...target,
                    weekdays: event.currentTarget.checked ? [...rest, i + 1].sort() : rest,
                  });
                }}
              />
              {t(`indicators.weekdays.${key}`)}
            </label>
          ))}
          {issue('weekdays') && <p class="field-error">{issue('weekdays')}</p>}
        </fieldset>
      )}
      {uses('areaId') && (
        <SelectField
          label={t('plans.area')}
          value={target.areaId ?? ''}
          error={issue('areaId')}
          options={[
            ...(info.required.includes('areaId') ? [] : [{ value: '', label: t('plans.anyArea') }]),
            ...activeAreas.map((a) => ({ value: a.id, label: a.name })),
          ]}
          placeholder={info.required.includes('areaId') ? t('plans.area') : undefined}
          onChange={(areaId) => {
            const { areaId: _old, ...rest } = target;
            onChange(areaId ? { ...rest, areaId } : rest);
          }}
        />
      )}
      <div class="plan-target-value">
        <SelectField
          label={t('plans.comparison')}
          value={target.comparison}
          options={PLAN_COMPARISONS.map((c) => ({ value: c, label: t(`plans.comparisons.${c}`) }))}
          onChange={(comparison) =>
            onChange({ ...target, comparison: comparison as PlanTarget['comparison'] })
          }
        />
        <Field
          label={`${t('plans.value')}${t(`plans.units.${info.unit}`) ? ` (${t(`plans.units.${info.unit}`)})` : ''}`}
          error={issue('value')}
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="text"
              inputMode="decimal"
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              value={valueText}
              onInput={(event) => {
                const text = event.currentTarget.value;
                setValueText(text);
                const parsed = text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.'));
                onChange({ ...target, value: parsed });
              }}
            />
          )}
        </Field>
      </div>
      {onRemove && (
        <button type="button" class="button button-quiet button-small" onClick={onRemove}>
          {t('plans.removeTarget', { n })}
        </button>
      )}
    </fieldset>
  );
}
