import type { staffTimeSv } from './staff-time.sv';

export const staffTimeEn: typeof staffTimeSv = {
  nav: 'Working time',
  heading: 'Working time',
  intro:
    'How the staff’s working time is spent on relationship work, collaboration, administration, training, authority tasks and other municipal assignments – month by month, for the unit and the whole municipality.',
  year: 'Year',
  loading: 'Loading the working time…',
  city: 'All of {{name}}',
  empty: 'No working time logged this year.',
  method:
    'Staff hours: each person’s time on done shifts, split as the shift says, and work outside shifts. Two people on a four-hour shift are eight hours. A shift counts in the month it started. These figures are about staff, not young people, and shown exactly.',
};
