import { SHIFT_KINDS, SHIFT_STATUSES } from '../../../shared/field-log';
import { EARLIEST_SHIFT_START, latestShiftStart } from '../../../shared/shift-time';
import type { UnitMember } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { ChipGroup, ToggleChip, toggled } from '../../ui/Chips';
import { CommittedInput } from '../../ui/CommittedInput';
import { SelectField } from '../../ui/Field';
import { RadioGroup } from '../../ui/RadioGroup';
import { type FormIssue, issueAt, type ShiftForm } from '../form';
import { formatSpan } from '../format';
import { endsNextDay, shiftSpan, wallClock } from '../time';
import { GuardedText } from './GuardedText';
import { IssueText } from './IssueText';
import { StaffTimeSection } from './StaffTimeSection';
import { useTimeUseChoices } from './useTimeUseChoices';

type Props = {
  form: ShiftForm;
  members: UnitMember[];
  issues: FormIssue[];
  onChange: (patch: Partial<ShiftForm>) => void;
};

/**
 * When, what and who: right most evenings (tonight 18–22, outreach, me), so it stays folded under a
 * one-line summary until opened.
 */
export function DetailsSection({ form, members, issues, onChange }: Props) {
  const { t, locale } = useT();
  const start = wallClock(form.startsAt);
  const end = wallClock(form.endsAt);
  const timeIssue = issueAt(issues, 'endsAt');
  const dateIssue = issueAt(issues, 'startsAt');
  const timeUses = useTimeUseChoices(form.timeUse);
  const timeUseIssue = issueAt(issues, 'timeUse');
  const staffNames = members
    .filter((member) => form.staffIds.includes(member.id))
    .map((member) => member.displayName);
  const setSpan = (date: string, from: string, to: string) => {
    if (!date || !from || !to) return;
    onChange(shiftSpan(date, from, to));
  };
  const summary = [
    // The year always: here is where a mistyped one must show.
    formatSpan(form.startsAt, form.endsAt, locale, 'always'),
    t(`fieldLog.kinds.${form.kind}`),
    t(`fieldLog.statuses.${form.status}`),
    staffNames.join(', '),
  ]
    .filter(Boolean)
    .join(' · ');
  const splitIssue = issueAt(issues, 'timeSplit') ?? issueAt(issues, 'staffMinutes');
  const open =
    Boolean(dateIssue || timeIssue || timeUseIssue || splitIssue) || issueAt(issues, 'title') !== undefined;

  return (
    <details class="details-section" open={open || undefined}>
      <summary>
        <span class="details-title">{t('shifts.editor.details')}</span>
        <span class="details-summary">{summary}</span>
      </summary>
      <div class="details-body">
        <div class="time-row">
          <div class={dateIssue ? 'field field-invalid' : 'field'}>
            <label for="shift-date">{t('shifts.editor.date')}</label>
            <CommittedInput
              id="shift-date"
              type="date"
              value={start.date}
              min={EARLIEST_SHIFT_START.slice(0, 10)}
              max={wallClock(latestShiftStart(new Date())).date}
              invalid={dateIssue !== undefined}
              describedBy={dateIssue ? 'shift-date-note' : undefined}
              onCommit={(date) => setSpan(date, start.time, end.time)}
            />
          </div>
          <div class="field">
            <label for="shift-start">{t('shifts.editor.start')}</label>
            <CommittedInput
              id="shift-start"
              type="time"
              value={start.time}
              onCommit={(time) => setSpan(start.date, time, end.time)}
            />
          </div>
          <div class={timeIssue ? 'field field-invalid' : 'field'}>
            <label for="shift-end">{t('shifts.editor.end')}</label>
            <CommittedInput
              id="shift-end"
              type="time"
              value={end.time}
              invalid={timeIssue !== undefined}
              describedBy="shift-end-note"
              onCommit={(time) => setSpan(start.date, start.time, time)}
            />
          </div>
        </div>
        {dateIssue && (
          <div id="shift-date-note">
            <IssueText issue={dateIssue} />
          </div>
        )}
        <div id="shift-end-note">
          {endsNextDay(form.startsAt, form.endsAt) && (
            <p class="field-hint">{t('shifts.editor.endsNextDay')}</p>
          )}
          {timeIssue && <IssueText issue={timeIssue} />}
        </div>

        <RadioGroup
          look="segments"
          legend={t('shifts.editor.status')}
          value={form.status}
          options={SHIFT_STATUSES.map((status) => ({
            value: status,
            label: t(`fieldLog.statuses.${status}`),
          }))}
          onChange={(status) => onChange({ status })}
        />
        <SelectField
          label={t('shifts.editor.kind')}
          value={form.kind}
          onChange={(kind) => onChange({ kind: kind as ShiftForm['kind'] })}
          options={SHIFT_KINDS.map((kind) => ({ value: kind, label: t(`fieldLog.kinds.${kind}`) }))}
        />
        <GuardedText
          label={t('shifts.editor.title')}
          hint={t('shifts.editor.titleHint')}
          value={form.title}
          maxLength={120}
          issue={issueAt(issues, 'title')}
          onInput={(title) => onChange({ title })}
        />
        <SelectField
          label={t('shifts.editor.timeUse')}
          value={form.timeUse}
          onChange={(value) => {
            const timeUse = value as ShiftForm['timeUse'];
            // The main time use gets the rest of the shift, so it is never also split off.
            onChange({ timeUse, timeSplit: form.timeSplit.filter((part) => part.timeUse !== timeUse) });
          }}
          options={timeUses.map((use) => ({ value: use, label: t(`fieldLog.timeUses.${use}`) }))}
          error={timeUseIssue && t('guidance.roleSeparation.notAllowed')}
        />
        <ChipGroup legend={t('shifts.editor.staff')}>
          {members.map((member) => (
            <ToggleChip
              key={member.id}
              label={member.displayName}
              pressed={form.staffIds.includes(member.id)}
              onToggle={() =>
                onChange({
                  staffIds: toggled(form.staffIds, member.id),
                  staffMinutes: form.staffMinutes.filter((entry) => entry.userId !== member.id),
                })
              }
            />
          ))}
        </ChipGroup>
        <StaffTimeSection form={form} members={members} issues={issues} onChange={onChange} />
      </div>
    </details>
  );
}
