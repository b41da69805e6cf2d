/**
 * The indicator catalogue in Swedish: what each figure means, as shown in the app and on the
 * definitions sheet of every Excel download. docs/indicators.md says the same for developers.
 */
export const indicatorsSv = {
  heading: 'Indikatorer',
  activityHeading: 'Pass och tid',
  youngPeopleHeading: 'Möten med unga',
  loading: 'Hämtar indikatorerna…',
  definition: 'Definition',
  caveat: 'Att tänka på',
  unit: 'Enhet',
  downloadXlsx: 'Ladda ner Excel',
  downloadAll: 'Ladda ner hela vyn (Excel)',
  definitionsSheet: 'Definitioner',
  /** Sheet names for titles Excel cannot take (over 31 characters or with a "/"). */
  sheetNames: {
    observations: 'Observationer, typ och allvar',
    preventiveVsAuthority: 'Förebyggande–myndighetsutövning',
    contactsPer1000ByArea: 'Kontakter per 1 000 unga',
  },
  indicator: 'Indikator',
  period: 'Period',
  place: 'Visar',
  chartLabel: 'Stapeldiagram: {{title}}. Samma tal finns i tabellvyn.',
  fieldHours: 'Timmar i fält',
  fieldHoursNote: 'Genomförda pass med tidsanvändningen uppsökande och relationsskapande arbete.',
  none: 'Ej angivet',
  columns: {
    shifts: 'Pass',
    hours: 'Timmar',
    staffHours: 'Personaltimmar',
    outreach: 'Relationsskapande (%)',
    collaboration: 'Samverkan (%)',
    administration: 'Administration (%)',
    training: 'Kompetensutveckling (%)',
    authority: 'Myndighetsutövning (%)',
    other_municipal: 'Annat kommunalt uppdrag (%)',
    percent: 'Andel (%)',
    contacts: 'Kontakter',
    count: 'Antal',
    perHour: 'Kontakter per timme',
    population: 'Unga i området',
    per1000: 'Per 1 000 unga',
    total: 'Totalt',
    girl: 'Tjejer',
    boy: 'Killar',
    other: 'Annat/okänt',
    low: 'Låg',
    medium: 'Medel',
    high: 'Hög',
    brief: 'Kort kontakt',
    conversation: 'Samtal',
    support: 'Stödsamtal',
  },
  weekdays: {
    monday: 'Måndag',
    tuesday: 'Tisdag',
    wednesday: 'Onsdag',
    thursday: 'Torsdag',
    friday: 'Fredag',
    saturday: 'Lördag',
    sunday: 'Söndag',
  },
  supportMeasures: {
    open: 'Öppna vid periodens slut',
    opened: 'Öppnade under perioden',
    closed: 'Avslutade under perioden',
  },
  timesOfDay: {
    night: 'Natt 00–06',
    morning: 'Förmiddag 06–12',
    afternoon: 'Eftermiddag 12–18',
    evening: 'Kväll 18–24',
  },
  catalogue: {
    supportContacts: {
      title: 'Stödkontakter',
      definition:
        'Stödkontakter med samtycke: öppna vid periodens slut, öppnade och avslutade under perioden, per kön. Bara antal – inga uppgifter om personerna lämnar enheten.',
      caveat: 'En kontakt som öppnas under perioden är också öppen vid slutet, så raderna summeras inte.',
    },
    unitComparison: {
      title: 'Jämförelse mellan enheter',
      definition:
        'Per enhet: genomförda pass, timmar i fält, kontakter per kön, kontakter per timme i fält och andelen tjejer av kontakterna.',
      caveat:
        'Enheter arbetar i olika områden och med olika uppdrag; skillnader är en fråga att ställa, inte ett betyg.',
    },
    contactsByGenderAndAge: {
      title: 'Kontakter per kön och ålder',
      definition: 'Antal kontakter med unga under genomförda pass, per kön och åldersgrupp.',
      caveat: 'Kontakter är inte unika personer: en ung person som möts två gånger räknas två gånger.',
    },
    contactsByMonth: {
      title: 'Kontakter per månad',
      definition: 'Kontakter per kalendermånad och kön. Ett pass räknas till dagen det började.',
      caveat: 'Kontakter är inte unika personer.',
    },
    contactsByDepth: {
      title: 'Kontakter per kön och djup',
      definition: 'Kort kontakt (hälsning, kort prat), samtal eller stödsamtal, per kön.',
      caveat: 'Djupet är fältarbetarens bedömning i stunden.',
    },
    contactsPerHour: {
      title: 'Kontakter per timme i fält',
      definition: 'Alla kontakter under perioden delat med timmarna i fält, per kön.',
      caveat:
        'Timmar i fält är genomförda pass med tidsanvändningen uppsökande och relationsskapande arbete.',
    },
    shifts: {
      title: 'Pass per status',
      definition: 'Planerade, genomförda och inställda pass som började under perioden, med deras timmar.',
      caveat: 'Ett planerat pass vars tid har passerat saknar logg.',
    },
    timeUse: {
      title: 'Arbetstid per tidsanvändning',
      definition:
        'Personaltimmar per tidsanvändning: varje persons tid på genomförda pass (fördelad som passet anger) och annat arbete utanför passen – samverkansmöten, administration, kompetensutveckling, myndighetsutövning och annat kommunalt uppdrag.',
      caveat:
        'Två personer på ett pass på fyra timmar är åtta personaltimmar. Ett pass utan namngiven personal räknas som en person.',
    },
    preventiveVsAuthority: {
      title: 'Förebyggande / myndighetsutövning',
      definition:
        'Personaltimmar i förebyggande arbete (all tidsanvändning utom myndighetsutövning) och i myndighetsutövning, på pass och utanför, med andel.',
      caveat:
        'Kommunen bestämmer om fältassistenterna får utföra myndighetsutövning; om inte bör den raden vara noll.',
    },
    staffTimeByMonth: {
      title: 'Andel av arbetstiden per månad',
      definition:
        'Per kalendermånad: hur personalens arbetstid fördelades på tidsanvändningarna (%), och personaltimmarna. Ett pass räknas till månaden det började, annat arbete till sin dag.',
      caveat: 'Planerade och inställda pass räknas inte; tid som inte loggats syns inte.',
    },
    fieldHoursByWeekday: {
      title: 'Timmar i fält per veckodag',
      definition: 'Pass och timmar i fält efter veckodagen passet började.',
      caveat: 'Ett pass fredag 22–02 räknas till fredagen.',
    },
    fieldHoursByTimeOfDay: {
      title: 'Timmar i fält per tid på dygnet',
      definition:
        'Timmar i fält fördelade på natt, förmiddag, eftermiddag och kväll enligt klockan i Stockholm.',
      caveat: 'Ett pass 22–02 ger två timmar kväll och två timmar natt.',
    },
    fieldHoursByArea: {
      title: 'Timmar i fält per område',
      definition: 'Timmar i fält per område. Ett pass i flera områden delas lika mellan dem.',
      caveat: 'Den jämna fördelningen är en förenkling: passet kan ha varit längre i ett av områdena.',
    },
    fieldHoursByArena: {
      title: 'Timmar i fält per arena',
      definition: 'Timmar i fält per arena (gata, skola, digitalt …). Ett pass på flera arenor delas lika.',
      caveat: 'Den jämna fördelningen är en förenkling.',
    },
    preventionLevels: {
      title: 'Preventionsnivå',
      definition: 'Genomförda pass per preventionsnivå: universell, selektiv eller indikerad.',
      caveat: 'Andelen är av alla genomförda pass, även de utan angiven nivå.',
    },
    partners: {
      title: 'Samverkanspartner på plats',
      definition: 'Genomförda pass där partnern var på plats, och andelen av alla genomförda pass.',
      caveat: 'Ett pass kan ha flera partner, så raderna summeras inte.',
    },
    topics: {
      title: 'Samtalsämnen',
      definition: 'Hur många gånger ämnet togs upp i samtal med unga.',
      caveat: 'Ett samtal kan ta upp flera ämnen; summan är inte antalet samtal.',
    },
    observations: {
      title: 'Observationer per typ och allvar',
      definition:
        'Observationer av platser och händelser (till exempel samlingar, skadegörelse), per typ och bedömt allvar.',
      caveat: 'Observationer beskriver miljön, inte personer.',
    },
    actions: {
      title: 'Åtgärder per kön',
      definition:
        'Lotsning, kontakt med vårdnadshavare, orosanmälan, larm och trygg hemtransport, per kön på den unga.',
      caveat:
        'Orosanmälningar räknas här utan identitet; själva anmälan görs till socialtjänstens mottagning.',
    },
    guidanceByService: {
      title: 'Lotsning per verksamhet',
      definition:
        'Unga som lotsats vidare, per verksamhet (ungdomsmottagning, fritid, socialtjänst …) och kön.',
      caveat: 'Om de unga kom fram visas i Utfall av lotsning.',
    },
    guidanceOutcomes: {
      title: 'Utfall av lotsning',
      definition:
        'De lotsade unga efter uppföljningen: kom fram, kom inte fram, okänt, eller inte uppföljd, per kön. Summan är all lotsning under perioden.',
      caveat:
        'Uppföljningen görs en vecka eller mer efter passet och räknar bara antal. ”Inte uppföljd” säger inget om utfallet.',
    },
    contactsPer1000ByArea: {
      title: 'Kontakter per 1 000 unga per område',
      definition:
        'Kontakter under pass i området delat med antalet unga i området (i åldrarna som åldersgrupperna täcker), gånger 1 000.',
      caveat:
        'Ett pass i flera områden räknas i vart och ett, så raderna summeras inte. Befolkningen är den senast importerade.',
    },
  },
  comparison: {
    heading: 'Jämför enheter',
    intro:
      'Enheterna sida vid sida under perioden: pass, timmar i fält, kontakter per kön och per timme. Kontakterna är skyddade som på resten av sidan, så enheterna summerar inte alltid till totalen.',
    choose: 'Enheter att jämföra',
    chooseHint: 'Välj två eller fler; utan val visas alla.',
    all: 'Alla',
    unit: 'Enhet',
    administration: 'Förvaltning',
    doneShifts: 'Genomförda pass',
    fieldHours: 'Timmar i fält',
    perHour: 'Kontakter per timme',
    girlShare: 'Andel tjejer',
    total: 'Totalt',
    sheet: 'Jämförelse',
    file: 'jamforelse',
    loading: 'Hämtar jämförelsen…',
  },
};
