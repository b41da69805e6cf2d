import type { ShiftKind, ShiftStatus } from '../../shared/field-log';
import type { Translate } from '../i18n/i18n';

type Named = { title: string | null; kind: ShiftKind };

/** What a shift is called: its title, else its kind ("Uppsökande"). */
export function shiftName(shift: Named, t: Translate): string {
  return shift.title?.trim() || t(`fieldLog.kinds.${shift.kind}`);
}

/** Where a shift stands in the manager's follow-up. */
export type FollowUp = 'missingLog' | 'notReviewed' | 'reviewed' | null;

export function followUp(shift: {
  status: ShiftStatus;
  needsLog: boolean;
  reviewedAt: string | null;
}): FollowUp {
  if (shift.needsLog) return 'missingLog';
  if (shift.status !== 'done') return null;
  return shift.reviewedAt ? 'reviewed' : 'notReviewed';
}
