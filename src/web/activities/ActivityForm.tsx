import { useState } from 'preact/hooks';
import { ACTIVITY_KINDS, ACTIVITY_PARTNERS, type ActivityKind } from '../../shared/field-log';
import { useT } from '../i18n/i18n';
import { today } from '../statistics/period';
import { ChipGroup, ToggleChip, toggled } from '../ui/Chips';
import { DurationInput } from '../ui/DurationInput';
import { DateField, Field, SelectField } from '../ui/Field';
import { RadioGroup } from '../ui/RadioGroup';
import type { ActivityInput, Assignment } from './api';

type Props = {
  assignments: Assignment[];
  authorityAllowed: boolean;
  onSave: (input: ActivityInput) => Promise<void>;
};

type Draft = {
  kind: ActivityKind;
  day: string;
  minutes: number | null;
  assignmentId: string;
  partners: string[];
};
type Problem = 'day' | 'minutes' | 'assignment';

/** What went wrong with a draft, field by field; the server checks the same. */
export function draftProblems(draft: Draft, todayIs: string): Problem[] {
  const problems: Problem[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.day) || draft.day > todayIs || draft.day < '2000-01-01')
    problems.push('day');
  if (draft.minutes === null || draft.minutes < 1) problems.push('minutes');
  if (draft.kind === 'other_municipal' && !draft.assignmentId) problems.push('assignment');
  return problems;
}

/** The quick log: what, when, how long, with whom. Today and one hour unless changed. */
export function ActivityForm({ assignments, authorityAllowed, onSave }: Props) {
  const { t } = useT();
  const fresh = (): Draft => ({
    kind: 'collaboration_meeting',
    day: today(),
    minutes: 60,
    assignmentId: '',
    partners: [],
  });
  const [draft, setDraft] = useState<Draft>(fresh);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const kinds = ACTIVITY_KINDS.filter((kind) => kind !== 'authority' || authorityAllowed);
  const active = assignments.filter((a) => !a.retired);
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  async function submit(event: Event) {
    event.preventDefault();
    const found = draftProblems(draft, today());
    setProblems(found);
    if (found.length > 0 || draft.minutes === null) return;
    setBusy(true);
    try {
      await onSave({
        kind: draft.kind,
        day: draft.day,
        minutes: draft.minutes,
        assignmentId: draft.kind === 'other_municipal' ? draft.assignmentId : null,
        partners: draft.partners as ActivityInput['partners'],
      });
      setDraft({ ...fresh(), kind: draft.kind, assignmentId: draft.assignmentId });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="activity-form" onSubmit={submit} noValidate>
      <RadioGroup
        look="chips"
        legend={t('activities.kind')}
        value={draft.kind}
        options={kinds.map((kind) => ({ value: kind, label: t(`fieldLog.activityKinds.${kind}`) }))}
        onChange={(kind) => set({ kind })}
      />
      {draft.kind === 'other_municipal' &&
        (active.length === 0 ? (
          <p class="field-hint">{t('activities.noAssignments')}</p>
        ) : (
          <SelectField
            label={t('activities.assignment')}
            value={draft.assignmentId}
            placeholder={t('activities.chooseAssignment')}
            onChange={(assignmentId) => set({ assignmentId })}
            options={active.map((a) => ({ value: a.id, label: a.name }))}
            error={problems.includes('assignment') ? t('activities.assignmentInvalid') : undefined}
          />
        ))}
      <div class="activity-when">
        <DateField
          label={t('activities.day')}
          value={draft.day}
          max={today()}
          error={problems.includes('day') ? t('activities.dayInvalid') : undefined}
          onCommit={(day) => set({ day })}
        />
        <Field
          label={t('activities.time')}
          hint={t('activities.timeHint')}
          error={problems.includes('minutes') ? t('activities.timeInvalid') : undefined}
        >
          {({ id, describedBy, invalid }) => (
            <DurationInput
              id={id}
              value={draft.minutes}
              invalid={invalid}
              describedBy={describedBy}
              onCommit={(minutes) => {
                set({ minutes });
                setProblems((current) => current.filter((p) => p !== 'minutes'));
              }}
              onInvalid={() => {
                set({ minutes: null });
                setProblems((current) => [...new Set([...current, 'minutes' as const])]);
              }}
            />
          )}
        </Field>
      </div>
      <ChipGroup legend={t('activities.partners')}>
        {ACTIVITY_PARTNERS.map((partner) => (
          <ToggleChip
            key={partner}
            label={t(`fieldLog.activityPartners.${partner}`)}
            pressed={draft.partners.includes(partner)}
            onToggle={() => set({ partners: toggled(draft.partners, partner) })}
          />
        ))}
      </ChipGroup>
      <button type="submit" class="button button-primary" disabled={busy}>
        {t('activities.save')}
      </button>
    </form>
  );
}
