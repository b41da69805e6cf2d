import type { indicatorsSv } from './indicators.sv';

/** The indicator catalogue in English; typed against the Swedish one, key for key. */
export const indicatorsEn: typeof indicatorsSv = {
  heading: 'Indicators',
  activityHeading: 'Shifts and time',
  youngPeopleHeading: 'Meeting young people',
  loading: 'Loading the indicators…',
  definition: 'Definition',
  caveat: 'Keep in mind',
  unit: 'Unit',
  downloadXlsx: 'Download Excel',
  downloadAll: 'Download the whole view (Excel)',
  definitionsSheet: 'Definitions',
  /** Sheet names for titles Excel cannot take (over 31 characters or with a "/"). */
  sheetNames: {
    observations: 'Observations by type & severity',
    preventiveVsAuthority: 'Preventive vs authority tasks',
    contactsPer1000ByArea: 'Contacts per 1,000 young people',
  },
  indicator: 'Indicator',
  period: 'Period',
  place: 'Showing',
  chartLabel: 'Bar chart: {{title}}. The table view has the same figures.',
  fieldHours: 'Hours in the field',
  fieldHoursNote: 'Done shifts whose time use is outreach and relationship work.',
  none: 'Not stated',
  columns: {
    shifts: 'Shifts',
    hours: 'Hours',
    staffHours: 'Staff hours',
    outreach: 'Relationship work (%)',
    collaboration: 'Collaboration (%)',
    administration: 'Administration (%)',
    training: 'Training (%)',
    authority: 'Authority tasks (%)',
    other_municipal: 'Other municipal (%)',
    percent: 'Share (%)',
    contacts: 'Contacts',
    count: 'Count',
    perHour: 'Contacts per hour',
    population: 'Young people in the area',
    per1000: 'Per 1,000 young people',
    total: 'Total',
    girl: 'Girls',
    boy: 'Boys',
    other: 'Other/unknown',
    low: 'Low',
    medium: 'Medium',
    high: 'High',
    brief: 'Brief contact',
    conversation: 'Conversation',
    support: 'Support talk',
  },
  weekdays: {
    monday: 'Monday',
    tuesday: 'Tuesday',
    wednesday: 'Wednesday',
    thursday: 'Thursday',
    friday: 'Friday',
    saturday: 'Saturday',
    sunday: 'Sunday',
  },
  supportMeasures: {
    open: 'Open at the end of the period',
    opened: 'Opened in the period',
    closed: 'Closed in the period',
  },
  timesOfDay: {
    night: 'Night 00–06',
    morning: 'Morning 06–12',
    afternoon: 'Afternoon 12–18',
    evening: 'Evening 18–24',
  },
  catalogue: {
    supportContacts: {
      title: 'Support contacts',
      definition:
        'Consented support contacts: open at the end of the period, opened and closed during it, by gender. Counts only – nothing about the people leaves the unit.',
      caveat: 'A contact opened during the period is also open at its end, so the rows do not add up.',
    },
    unitComparison: {
      title: 'Units compared',
      definition:
        'Per unit: done shifts, field hours, contacts by gender, contacts per field hour and the share of girls among the contacts.',
      caveat:
        'Units work in different areas with different remits; a difference is a question to ask, not a grade.',
    },
    contactsByGenderAndAge: {
      title: 'Contacts by gender and age',
      definition: 'Contacts with young people during done shifts, by gender and age band.',
      caveat: 'Contacts are not unique persons: a young person met twice counts twice.',
    },
    contactsByMonth: {
      title: 'Contacts per month',
      definition: 'Contacts per calendar month and gender. A shift counts for the day it started.',
      caveat: 'Contacts are not unique persons.',
    },
    contactsByDepth: {
      title: 'Contacts by gender and depth',
      definition: 'Brief contact (a greeting, a short chat), conversation or support talk, by gender.',
      caveat: 'Depth is the field worker’s judgement at the time.',
    },
    contactsPerHour: {
      title: 'Contacts per hour in the field',
      definition: 'All contacts in the period divided by the hours in the field, by gender.',
      caveat: 'Hours in the field are done shifts whose time use is outreach and relationship work.',
    },
    shifts: {
      title: 'Shifts by status',
      definition: 'Planned, done and cancelled shifts that started in the period, with their hours.',
      caveat: 'A planned shift whose time has passed is missing its log.',
    },
    timeUse: {
      title: 'Working time by time use',
      definition:
        'Staff hours by time use: each person’s time on done shifts (split as the shift says) and work outside shifts – collaboration meetings, administration, training, authority tasks and other municipal assignments.',
      caveat:
        'Two people on a four-hour shift are eight staff hours. A shift with no staff named counts as one person.',
    },
    preventiveVsAuthority: {
      title: 'Preventive work / authority tasks',
      definition:
        'Staff hours in preventive work (every time use but authority tasks) and in authority tasks, on shifts and outside them, with shares.',
      caveat:
        'The municipality decides whether field workers may do authority tasks; if not, that row should be zero.',
    },
    staffTimeByMonth: {
      title: 'Share of working time per month',
      definition:
        'Per calendar month: how the staff’s working time was split over the time uses (%), and the staff hours. A shift counts in the month it started, other work on its day.',
      caveat: 'Planned and cancelled shifts do not count; time not logged does not show.',
    },
    fieldHoursByWeekday: {
      title: 'Field hours by weekday',
      definition: 'Shifts and hours in the field by the weekday the shift started.',
      caveat: 'A Friday 22–02 shift counts for Friday.',
    },
    fieldHoursByTimeOfDay: {
      title: 'Field hours by time of day',
      definition:
        'Hours in the field split into night, morning, afternoon and evening on the Stockholm clock.',
      caveat: 'A 22–02 shift gives two evening hours and two night hours.',
    },
    fieldHoursByArea: {
      title: 'Field hours by area',
      definition: 'Hours in the field by area. A shift in several areas is split evenly between them.',
      caveat: 'The even split is a simplification: the shift may have spent longer in one area.',
    },
    fieldHoursByArena: {
      title: 'Field hours by arena',
      definition:
        'Hours in the field by arena (street, school, digital …). A shift on several arenas is split evenly.',
      caveat: 'The even split is a simplification.',
    },
    preventionLevels: {
      title: 'Prevention level',
      definition: 'Done shifts by prevention level: universal, selective or indicated.',
      caveat: 'The share is of all done shifts, including those without a level.',
    },
    partners: {
      title: 'Partners present',
      definition: 'Done shifts with the partner present, and the share of all done shifts.',
      caveat: 'A shift can have several partners, so the rows do not add up.',
    },
    topics: {
      title: 'Conversation topics',
      definition: 'How many times the topic came up in conversations with young people.',
      caveat: 'One conversation can touch several topics; the sum is not the number of conversations.',
    },
    observations: {
      title: 'Observations by type and severity',
      definition: 'Observations of places and events (gatherings, vandalism …), by type and judged severity.',
      caveat: 'Observations describe the environment, not people.',
    },
    actions: {
      title: 'Actions by gender',
      definition:
        'Guidance, guardian contact, report of concern, emergency call and safe transport home, by the young person’s gender.',
      caveat:
        'Reports of concern are counted here without identity; the report itself goes to social services’ reception.',
    },
    guidanceByService: {
      title: 'Guidance by service',
      definition: 'Young people guided on, by service (youth clinic, leisure, social services …) and gender.',
      caveat: 'Whether the young people arrived is shown in Guidance outcomes.',
    },
    guidanceOutcomes: {
      title: 'Guidance outcomes',
      definition:
        'The young people guided, after follow-up: arrived, did not arrive, not known, or not followed up, by gender. The total is all guidance in the period.',
      caveat:
        'The follow-up is made a week or more after the shift and counts numbers only. “Not followed up” says nothing about the outcome.',
    },
    contactsPer1000ByArea: {
      title: 'Contacts per 1,000 young people by area',
      definition:
        'Contacts during shifts in the area divided by the number of young people in the area (in the ages the age bands cover), times 1,000.',
      caveat:
        'A shift in several areas counts in each of them, so the rows do not add up. The population is the latest imported.',
    },
  },
  comparison: {
    heading: 'Compare units',
    intro:
      'The units side by side in the period: shifts, field hours, contacts by gender and per hour. The contacts are protected as on the rest of the page, so the units do not always add up to the total.',
    choose: 'Units to compare',
    chooseHint: 'Pick two or more; with none picked, all are shown.',
    all: 'All',
    unit: 'Unit',
    administration: 'Administration',
    doneShifts: 'Done shifts',
    fieldHours: 'Field hours',
    perHour: 'Contacts per hour',
    girlShare: 'Share of girls',
    total: 'Total',
    sheet: 'Comparison',
    file: 'comparison',
    loading: 'Loading the comparison…',
  },
};
