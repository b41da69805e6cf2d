import type { guidanceSv } from './guidance.sv';

/** English texts for guidance follow-up and role separation; typed against the Swedish ones. */
export const guidanceEn: typeof guidanceSv = {
  nav: 'Guidance',
  heading: 'Guidance',
  intro:
    'Guidance from done shifts {{after}}–{{within}} days ago where it is not yet known whether the young people arrived. Counts only, never who.',
  unit: 'Unit',
  loading: 'Loading the guidance…',
  empty: 'No guidance awaits follow-up.',
  shift: 'Shift {{span}}',
  cell: '{{service}} · {{gender}} · {{ageBand}}',
  guided: 'Guided: {{count}}',
  remaining: 'Left to follow up: {{count}}',
  tooMany: 'More outcomes than guided ({{count}} too many): the shift’s guidance has changed since.',
  outcomes: { arrived: 'Arrived', notArrived: 'Did not arrive', unknown: 'Not known' },
  add: 'One more: {{what}}',
  remove: 'One fewer: {{what}}',
  save: 'Save the follow-up',
  saved: 'The follow-up is saved.',
  savedAll: 'The follow-up is saved. All guidance of the shift is followed up.',
  errors: {
    exceeds_guided: 'There cannot be more outcomes than young people guided.',
    not_guided: 'The shift no longer has this guidance. Reload the page.',
    duplicate_cell: 'The same guidance was given twice. Reload the page.',
    shift_not_done: 'The shift is no longer done, so its guidance cannot be followed up.',
    mutation_reused: 'The save clashed with another one. Try again.',
  },
  roleSeparation: {
    heading: 'Preventive work and authority tasks',
    intro:
      'Field work rests on the young people’s trust, and mixing it with the exercise of public authority can harm it. Decide here whether the municipality’s field workers also carry out authority tasks. If not, no shift can be logged with the time use authority tasks.',
    label: 'Field workers also carry out authority tasks',
    save: 'Save',
    savedOn: 'Field workers may now also carry out authority tasks.',
    savedOff: 'Field workers now do not carry out authority tasks.',
    notAllowed: 'The municipality’s field workers do not carry out authority tasks. Choose another time use.',
  },
};
