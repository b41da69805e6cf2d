import type { ComponentChild } from 'preact';
import { useT } from '../i18n/i18n';
import { dayTitle, timeRange } from './dates';
import { StatusBadge } from './FollowUpBadge';
import { dayKey } from './month';
import type { Namer } from './namer';
import type { Shift } from './types';

/** The shift at a glance: when, what kind, who, where, with whom. */
export function ShiftFacts({ shift, name }: { shift: Shift; name: Namer }) {
  const { t, locale } = useT();
  const list = (items: string[]) => (items.length > 0 ? items.join(', ') : t('manager.review.none'));
  const rows: [label: string, value: ComponentChild, wide?: boolean][] = [
    [
      t('manager.review.time'),
      `${dayTitle(dayKey(shift.startsAt), locale)}, ${timeRange(shift.startsAt, shift.endsAt, locale)}`,
      true,
    ],
    [t('manager.review.status'), <StatusBadge key="status" status={shift.status} />],
    [t('manager.review.kind'), t(`fieldLog.kinds.${shift.kind}`)],
    [t('manager.review.timeUse'), t(`fieldLog.timeUses.${shift.timeUse}`), true],
    [
      t('manager.review.preventionLevel'),
      shift.preventionLevel
        ? t(`fieldLog.preventionLevels.${shift.preventionLevel}`)
        : t('manager.review.notGiven'),
    ],
    [t('manager.review.staff'), list(shift.staffIds.map(name.person)), true],
    [t('manager.review.areas'), list(shift.areaIds.map(name.area))],
    [t('manager.review.arenas'), list(shift.arenaIds.map(name.category))],
    [t('manager.review.partners'), list(shift.partners.map((partner) => t(`fieldLog.partners.${partner}`)))],
    [t('manager.review.riskFactors'), list(shift.riskFactorIds.map(name.category))],
    [t('manager.review.protectiveFactors'), list(shift.protectiveFactorIds.map(name.category))],
  ];
  return (
    <dl class="fact-grid">
      {rows.map(([label, value, wide]) => (
        <div key={label} class={wide ? 'fact fact-wide' : 'fact'}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
