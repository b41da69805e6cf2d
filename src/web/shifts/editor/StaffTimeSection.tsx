import { useState } from 'preact/hooks';
import { TIME_USES, type TimeUse } from '../../../shared/field-log';
import { personMinutes, spanMinutes } from '../../../shared/staff-time';
import type { UnitMember } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { DurationInput } from '../../ui/DurationInput';
import { type FormIssue, issueAt, type ShiftForm } from '../form';
import { formatMinutes } from '../format';
import { IssueText } from './IssueText';

type Props = {
  form: ShiftForm;
  members: UnitMember[];
  issues: FormIssue[];
  onChange: (patch: Partial<ShiftForm>) => void;
};

/**
 * Staff time: each person's hours (the whole shift unless changed) and the part of the shift that
 * went to something other than its main time use. Folded: most shifts need neither.
 */
export function StaffTimeSection({ form, members, issues, onChange }: Props) {
  const { t, locale } = useT();
  const [typo, setTypo] = useState<string | null>(null);
  const span = Math.max(0, spanMinutes(form.startsAt, form.endsAt));
  const staff = members.filter((member) => form.staffIds.includes(member.id));
  const own = new Map(form.staffMinutes.map((entry) => [entry.userId, entry.minutes]));
  const split = new Map(form.timeSplit.map((part) => [part.timeUse, part.minutes]));
  const total = personMinutes(span, form.staffIds, form.staffMinutes).reduce((a, b) => a + b, 0);
  const splitIssue = issueAt(issues, 'timeSplit') ?? issueAt(issues, 'staffMinutes');
  const others = TIME_USES.filter((use) => use !== form.timeUse && (use !== 'authority' || split.has(use)));
  const summary = [
    t('shifts.editor.staffHours', { time: formatMinutes(total, locale) }),
    ...form.timeSplit.map(
      (part) =>
        `${formatMinutes(part.minutes, locale)} ${t(`fieldLog.timeUses.${part.timeUse}`).toLowerCase()}`,
    ),
  ].join(' · ');

  const setOwn = (userId: string, minutes: number | null) => {
    setTypo(null);
    const rest = form.staffMinutes.filter((entry) => entry.userId !== userId);
    onChange({ staffMinutes: minutes === null || minutes === span ? rest : [...rest, { userId, minutes }] });
  };
  const setSplit = (timeUse: TimeUse, minutes: number | null) => {
    setTypo(null);
    const rest = form.timeSplit.filter((part) => part.timeUse !== timeUse);
    onChange({ timeSplit: minutes === null || minutes === 0 ? rest : [...rest, { timeUse, minutes }] });
  };

  return (
    <details class="staff-time" open={splitIssue !== undefined || undefined}>
      <summary>
        <span class="details-title">{t('shifts.editor.staffTime')}</span>
        <span class="staff-time-summary">{summary}</span>
      </summary>
      <p class="field-hint">{t('shifts.editor.staffTimeHint')}</p>
      <div class="duration-grid">
        {staff.map((member) => (
          <div class="field" key={member.id}>
            <label for={`own-${member.id}`}>{member.displayName}</label>
            <DurationInput
              id={`own-${member.id}`}
              value={own.get(member.id) ?? null}
              placeholder={formatMinutes(span, locale)}
              onCommit={(minutes) => setOwn(member.id, minutes)}
              onInvalid={setTypo}
            />
          </div>
        ))}
      </div>
      <fieldset class="duration-grid">
        <legend>
          {t('shifts.editor.timeSplit', { main: t(`fieldLog.timeUses.${form.timeUse}`).toLowerCase() })}
        </legend>
        {others.map((use) => (
          <div class="field" key={use}>
            <label for={`split-${use}`}>{t(`fieldLog.timeUses.${use}`)}</label>
            <DurationInput
              id={`split-${use}`}
              value={split.get(use) ?? null}
              placeholder="0"
              onCommit={(minutes) => setSplit(use, minutes)}
              onInvalid={setTypo}
            />
          </div>
        ))}
      </fieldset>
      <div role="status">
        {typo !== null && <p class="field-error">{t('shifts.editor.durationInvalid', { text: typo })}</p>}
      </div>
      {splitIssue && <IssueText issue={splitIssue} />}
    </details>
  );
}
