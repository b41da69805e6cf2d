import { useT } from '../i18n/i18n';
import { shortDate, timeRange } from './dates';
import { FollowUpBadge, StatusBadge } from './FollowUpBadge';
import { reviewPath } from './paths';
import { followUp, shiftName } from './shiftText';
import type { ShiftSummary } from './types';

type ShiftRowProps = { shift: ShiftSummary; unitId: string; withDate: boolean };

/** One shift in a list: name (a link to its review page), time, staff, status and follow-up, counts. */
export function ShiftRow({ shift, unitId, withDate }: ShiftRowProps) {
  const { t, locale } = useT();
  const name = shiftName(shift, t);
  const time = timeRange(shift.startsAt, shift.endsAt, locale);
  const staff = shift.staff.map((person) => person.displayName).join(', ');
  return (
    <li class={`shift-row shift-row-${shift.status}`}>
      <div class="shift-row-main">
        <a class="shift-row-name" href={reviewPath(unitId, shift.id)}>
          {name}
        </a>
        <span class="shift-row-time">
          {withDate ? `${shortDate(shift.startsAt, locale)}, ${time}` : time}
        </span>
        <span class="shift-row-staff">{staff || t('manager.noStaff')}</span>
      </div>
      <div class="shift-row-facts">
        <StatusBadge status={shift.status} />
        <FollowUpBadge state={followUp(shift)} />
        {shift.status === 'done' && (
          <span class="shift-row-counts">
            {shift.contacts === 1
              ? t('manager.contactsOne')
              : t('manager.contacts', { count: shift.contacts })}
            {shift.observations > 0 &&
              ` · ${
                shift.observations === 1
                  ? t('manager.observationsCountOne')
                  : t('manager.observationsCount', { count: shift.observations })
              }`}
          </span>
        )}
      </div>
    </li>
  );
}
