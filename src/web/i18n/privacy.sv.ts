/** Texts for data protection: scheduled deletion, register extracts and erasure. */
export const privacySv = {
  nav: 'Dataskydd',
  heading: 'Dataskydd',
  intro:
    'Personuppgifter finns bara i stödkontakter med samtycke och i orosanmälningar. Här bestämmer du hur länge de sparas, ser vad gallringen har raderat och hanterar begäran om registerutdrag och radering.',
  retention: {
    heading: 'Gallring',
    intro:
      'Gallringen körs automatiskt varje timme och raderar det som har passerat tiden nedan. Bara antalet raderade poster sparas, aldrig vems.',
    support_contact: 'Stödkontakter: månader efter senaste kontakt',
    report_of_concern: 'Orosanmälningar: månader efter bekräftat mottagande',
    save: 'Spara gallringstider',
    saved: 'Gallringstiderna är sparade.',
    runNow: 'Kör gallring nu',
    ran: 'Gallringen raderade {{support}} stödkontakter och {{concerns}} orosanmälningar.',
    runs: 'Senaste gallringar',
    noRuns: 'Gallringen har inte körts än.',
    when: 'När',
    trigger: 'Startad av',
    triggers: { schedule: 'Schemat', administrator: 'Administratör' },
    deletedSupport: 'Stödkontakter',
    deletedConcerns: 'Orosanmälningar',
  },
  request: {
    heading: 'Registerutdrag och radering',
    intro:
      'När en ung person begär att få veta vad som finns om hen (artikel 15 i dataskyddsförordningen) eller begär radering: sök på förnamn eller pseudonym och födelseår. Varje sökning, utdrag och radering loggas.',
    name: 'Förnamn eller pseudonym',
    birthYear: 'Födelseår',
    search: 'Sök',
    noMatches: 'Ingen stödkontakt matchar.',
    extract: 'Visa registerutdrag',
    download: 'Ladda ner utdraget (JSON)',
    erase: 'Radera stödkontakten',
    eraseReason: 'Skäl till raderingen',
    eraseConfirm: 'Stödkontakten och hela dess logg raderas för gott. Det går inte att ångra.',
    erased: 'Stödkontakten är raderad.',
    unit: 'Enhet',
    status: 'Status',
  },
};
