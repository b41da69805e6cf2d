import { useT } from '../i18n/i18n';
import type { FollowUp } from './shiftText';

const BADGE_CLASS: Record<NonNullable<FollowUp>, string> = {
  missingLog: 'badge badge-warning',
  notReviewed: 'badge badge-info',
  reviewed: 'badge badge-active',
};

/** "Saknar logg", "Ej granskad" or "Granskad". */
export function FollowUpBadge({ state }: { state: FollowUp }) {
  const { t } = useT();
  if (!state) return null;
  return <span class={BADGE_CLASS[state]}>{t(`manager.${state}`)}</span>;
}

/** "Planerat", "Genomfört" or "Inställt", in the status colour. */
export function StatusBadge({ status }: { status: 'planned' | 'done' | 'cancelled' }) {
  const { t } = useT();
  return <span class={`badge badge-status badge-${status}`}>{t(`fieldLog.statuses.${status}`)}</span>;
}
