import { TIME_USES, type TimeUse } from './field-log';

/**
 * Role separation: every activity is either preventive (relationship work and all that supports
 * it) or an authority task (myndighetsutövning). A shift's tag is its time use: 'authority' is an
 * authority task, every other time use is preventive.
 */
export const ACTIVITY_TAGS = ['preventive', 'authority'] as const;
export type ActivityTag = (typeof ACTIVITY_TAGS)[number];

export function activityTag(timeUse: TimeUse): ActivityTag {
  return timeUse === 'authority' ? 'authority' : 'preventive';
}

/**
 * Whether a shift may carry this time use. Where field workers do no authority tasks, a shift may
 * not newly become one; a shift that already was keeps its tag, so history can still be corrected.
 */
export function timeUseAllowed(
  timeUse: TimeUse,
  previous: TimeUse | null,
  authorityTasksAllowed: boolean,
): boolean {
  return authorityTasksAllowed || activityTag(timeUse) === 'preventive' || previous === timeUse;
}

/** The time uses a shift editor offers: the allowed ones, and always those the shift has had (`keep`). */
export function timeUseChoices(keep: readonly TimeUse[], authorityTasksAllowed: boolean): TimeUse[] {
  return TIME_USES.filter((use) => keep.includes(use) || timeUseAllowed(use, null, authorityTasksAllowed));
}
