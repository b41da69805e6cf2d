import type { ActivityKind, ActivityPartner, TimeUse } from './field-log';

/**
 * What a goal in the year's plan can be measured by: each measure reads indicators of the catalogue
 * (docs/indicators.md), so the follow-up and the period report show the same numbers as *Statistik*.
 * Server and web share this list; the server computes the values.
 */
export const PLAN_MEASURES = [
  'girlsShareOfContacts',
  'contacts',
  'staffTimeShare',
  'fieldHours',
  'fieldHoursInArea',
  'eveningPresence',
  'activitiesPerMonth',
  'guidance',
] as const;
export type PlanMeasure = (typeof PLAN_MEASURES)[number];

/** The unit a measure's value and target are in. */
export type PlanUnit = 'percent' | 'count' | 'hours' | 'perMonth';

/** Which parameter a measure needs, besides its target. */
export type PlanParameter = 'timeUse' | 'areaId' | 'activityKind' | 'partner' | 'weekdays';

export const PLAN_MEASURE_INFO: Record<
  PlanMeasure,
  {
    unit: PlanUnit;
    required: readonly PlanParameter[];
    optional: readonly PlanParameter[];
    /** Whether the value counts young people, so it is shown by gender and protected above the unit. */
    aboutYoungPeople: boolean;
    /** The catalogue's indicators the value is read from. */
    indicators: readonly string[];
  }
> = {
  girlsShareOfContacts: {
    unit: 'percent',
    required: [],
    optional: [],
    aboutYoungPeople: true,
    indicators: ['contactsByGenderAndAge'],
  },
  contacts: {
    unit: 'count',
    required: [],
    optional: [],
    aboutYoungPeople: true,
    indicators: ['contactsByGenderAndAge'],
  },
  staffTimeShare: {
    unit: 'percent',
    required: ['timeUse'],
    optional: [],
    aboutYoungPeople: false,
    indicators: ['timeUse'],
  },
  fieldHours: { unit: 'hours', required: [], optional: [], aboutYoungPeople: false, indicators: ['shifts'] },
  fieldHoursInArea: {
    unit: 'hours',
    required: ['areaId'],
    optional: [],
    aboutYoungPeople: false,
    indicators: ['fieldHoursByArea'],
  },
  eveningPresence: {
    unit: 'percent',
    required: ['weekdays'],
    optional: ['areaId'],
    aboutYoungPeople: false,
    indicators: ['fieldHoursByWeekday', 'fieldHoursByTimeOfDay', 'fieldHoursByArea'],
  },
  activitiesPerMonth: {
    unit: 'perMonth',
    required: ['activityKind'],
    optional: ['partner'],
    aboutYoungPeople: false,
    indicators: ['timeUse'],
  },
  guidance: { unit: 'count', required: [], optional: [], aboutYoungPeople: true, indicators: ['actions'] },
};

export const PLAN_COMPARISONS = ['atLeast', 'atMost'] as const;
export type PlanComparison = (typeof PLAN_COMPARISONS)[number];

/** A goal's target: a measure (with what it needs), a comparison and a value. */
export type PlanTarget = {
  measure: PlanMeasure;
  comparison: PlanComparison;
  value: number;
  timeUse?: TimeUse;
  areaId?: string;
  activityKind?: ActivityKind;
  partner?: ActivityPartner;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays?: number[];
};

export type PlanGoal = { id: string; text: string; targets: PlanTarget[] };

export const MAX_PLAN_GOALS = 20;
export const MAX_GOAL_TARGETS = 5;
export const MAX_GOAL_TEXT = 1000;
