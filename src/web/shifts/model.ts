import type { CategoryDto } from '../../server/categories/category.schema';
import type { ShiftDto, ShiftInput, ShiftSummaryDto } from '../../server/shifts/shift.schema';

/** Shapes from the server's schemas (types only: nothing of the server reaches the bundle). */
export type { ShiftInput };
export type Shift = ShiftDto;
export type ShiftSummary = ShiftSummaryDto;
export type Category = CategoryDto;
export type EncounterTally = ShiftInput['encounters'][number];
export type TopicTally = ShiftInput['topics'][number];
export type ActionTally = ShiftInput['actions'][number];
export type Observation = ShiftInput['observations'][number];

/** Every field of a ShiftInput, so a server `Shift` can be cut down to what the phone sends. */
const INPUT_FIELDS = [
  'status',
  'kind',
  'title',
  'startsAt',
  'endsAt',
  'timeUse',
  'preventionLevel',
  'staffIds',
  'staffMinutes',
  'timeSplit',
  'areaIds',
  'arenaIds',
  'partners',
  'riskFactorIds',
  'protectiveFactorIds',
  'encounters',
  'topics',
  'actions',
  'observations',
  'notes',
] as const satisfies readonly (keyof ShiftInput)[];

export type InputField = (typeof INPUT_FIELDS)[number];

/** The document part of a server shift: what a save would send back. */
export function inputOf(shift: ShiftInput): ShiftInput {
  const input: Record<string, unknown> = {};
  for (const field of INPUT_FIELDS) input[field] = shift[field];
  return input as ShiftInput;
}

export function inputFields(): readonly InputField[] {
  return INPUT_FIELDS;
}
