import type { privacySv } from './privacy.sv';

/** Data protection texts in English; typed against the Swedish ones. */
export const privacyEn: typeof privacySv = {
  nav: 'Data protection',
  heading: 'Data protection',
  intro:
    'Personal data exists only in consented support contacts and in reports of concern. Here you decide how long they are kept, see what scheduled deletion removed, and handle requests for a register extract or erasure.',
  retention: {
    heading: 'Scheduled deletion',
    intro:
      'Deletion runs every hour and removes what has passed the periods below. Only the number of deleted records is kept, never whose.',
    support_contact: 'Support contacts: months after the last contact',
    report_of_concern: 'Reports of concern: months after acknowledged receipt',
    save: 'Save retention periods',
    saved: 'The retention periods are saved.',
    runNow: 'Run deletion now',
    ran: 'Deletion removed {{support}} support contacts and {{concerns}} reports of concern.',
    runs: 'Latest deletions',
    noRuns: 'Deletion has not run yet.',
    when: 'When',
    trigger: 'Started by',
    triggers: { schedule: 'The schedule', administrator: 'An administrator' },
    deletedSupport: 'Support contacts',
    deletedConcerns: 'Reports of concern',
  },
  request: {
    heading: 'Register extract and erasure',
    intro:
      'When a young person asks what is held about them (GDPR article 15) or asks for erasure: search by first name or pseudonym and birth year. Every search, extract and erasure is logged.',
    name: 'First name or pseudonym',
    birthYear: 'Birth year',
    search: 'Search',
    noMatches: 'No support contact matches.',
    extract: 'Show register extract',
    download: 'Download the extract as data (JSON)',
    downloadPdf: 'Download the extract for the young person (PDF)',
    consentedOn: 'Consent',
    contacts: 'Contacts logged',
    reads: 'Times the data was read',
    plannedDeletion: 'Planned deletion',
    erase: 'Erase the support contact',
    eraseReason: 'Reason for erasure',
    eraseConfirm: 'The support contact and its whole log are erased for good. This cannot be undone.',
    erased: 'The support contact is erased.',
    unit: 'Unit',
    status: 'Status',
  },
};
