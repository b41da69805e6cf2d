/**
 * The fixed vocabularies of the field log, shared by server validation and the web app.
 * Topics, services, arenas, age bands, observation types and risk/protective factors are not here:
 * they are per-municipality data (categories) that administrators edit.
 */
export const SHIFT_STATUSES = ['planned', 'done', 'cancelled'] as const;
export const SHIFT_KINDS = [
  'outreach',
  'school',
  'youth_centre',
  'risk_night',
  'digital',
  'collaboration',
] as const;
export const TIME_USES = [
  'outreach',
  'collaboration',
  'administration',
  'training',
  'authority',
  'other_municipal',
] as const;
export const PREVENTION_LEVELS = ['universal', 'selective', 'indicated'] as const;
export const PARTNERS_PRESENT = [
  'police',
  'night_walkers',
  'school_staff',
  'youth_centre_staff',
  'security_guards',
  'other',
] as const;
/** Weekdays Monday first, as ISO numbers them 1–7. */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const GENDERS = ['girl', 'boy', 'other'] as const;
export const DEPTHS = ['brief', 'conversation', 'support'] as const;
export const ACTION_KINDS = [
  'guidance',
  'guardian_contact',
  'report_of_concern',
  'emergency_call',
  'safe_transport',
] as const;
export const SEVERITIES = ['low', 'medium', 'high'] as const;
export const CATEGORY_KINDS = [
  'topic',
  'observation_type',
  'service',
  'arena',
  'age_band',
  'risk_factor',
  'protective_factor',
] as const;

export type ShiftStatus = (typeof SHIFT_STATUSES)[number];
export type ShiftKind = (typeof SHIFT_KINDS)[number];
export type TimeUse = (typeof TIME_USES)[number];
export type PreventionLevel = (typeof PREVENTION_LEVELS)[number];
export type PartnerPresent = (typeof PARTNERS_PRESENT)[number];
export type Gender = (typeof GENDERS)[number];
export type Depth = (typeof DEPTHS)[number];
export type ActionKind = (typeof ACTION_KINDS)[number];
export type Severity = (typeof SEVERITIES)[number];
export type CategoryKind = (typeof CATEGORY_KINDS)[number];

/** The longest a shift may last; a longer one is almost certainly a typing mistake. */
export const MAX_SHIFT_HOURS = 24;
export const MAX_TALLY_COUNT = 9999;
export const MAX_NOTE_LENGTH = 2000;

/** Work outside shifts (activities), each counted under the time use of the same name. */
export const ACTIVITY_KINDS = [
  'collaboration_meeting',
  'administration',
  'training',
  'authority',
  'other_municipal',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_TIME_USE = {
  collaboration_meeting: 'collaboration',
  administration: 'administration',
  training: 'training',
  authority: 'authority',
  other_municipal: 'other_municipal',
} as const satisfies Record<ActivityKind, TimeUse>;
/** Who an activity was with. */
export const ACTIVITY_PARTNERS = [
  'school',
  'police',
  'social_services',
  'youth_centre',
  'guardians',
  'association',
  'other',
] as const;
export type ActivityPartner = (typeof ACTIVITY_PARTNERS)[number];
