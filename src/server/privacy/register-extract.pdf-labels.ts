import type { CloseReason, ConsentParty } from '../../shared/support-contacts';
import type { Gender } from '../db/database';

/**
 * The Swedish wording of the register extract's PDF: the document handed to the young person, so
 * plain Swedish, whatever language the administrator reads the app in. The legal basis and the
 * purposes are Fältlogg's assumption for a municipality's social field work; each municipality's
 * data protection officer should confirm them (docs/register-extract.md).
 */
export const EXTRACT_LABELS = {
  documentTitle: 'Registerutdrag',
  heading: 'Registerutdrag – det här finns sparat om dig',
  controller: '{municipality}, {unit}',
  producedOn: 'Utdraget gjordes {date}.',
  intro:
    'Du har rätt att få veta vilka uppgifter om dig som kommunen har sparat (artikel 15 i dataskyddsförordningen). Här är allt som finns om dig i Fältlogg, fältverksamhetens system för stödkontakter.',
  page: 'Sida {page} av {pages}',
  secrecy: 'Innehåller personuppgifter. Förvara utdraget så att ingen obehörig kan läsa det.',
  blank: '–',
  sections: {
    person: 'Uppgifter om dig',
    consent: 'Ditt samtycke',
    plan: 'Planen för stödkontakten',
    log: 'Kontakter som har antecknats',
    history: 'Vad som har hänt med stödkontakten',
    readers: 'Vem som har läst uppgifterna',
    purposes: 'Varför uppgifterna sparas',
    retention: 'Hur länge uppgifterna sparas',
    rights: 'Dina rättigheter',
  },
  fields: {
    name: 'Namn (förnamn eller det namn du valde)',
    birthYear: 'Födelseår',
    gender: 'Kön',
    area: 'Område',
    unit: 'Stödkontakt hos',
    openedAt: 'Stödkontakten startade',
    closedAt: 'Stödkontakten avslutades',
    closeReason: 'Varför den avslutades',
    consentedOn: 'Datum för samtycket',
    consentGiven: 'Vem som gav samtycke',
    scope: 'Vad samtycket gäller',
    withdrawn: 'Samtycket återkallades',
    plan: 'Plan',
    lastContactOn: 'Senaste kontakt',
    plannedDeletion: 'Planerad radering',
  },
  gender: { girl: 'Tjej', boy: 'Kille', other: 'Annat' } satisfies Record<Gender, string>,
  consentBy: {
    both: 'Du och din vårdnadshavare',
    youngPerson: 'Du själv',
    guardian: 'Din vårdnadshavare',
  },
  withdrawnBy: { young_person: 'av dig', guardian: 'av din vårdnadshavare' } satisfies Record<
    ConsentParty,
    string
  >,
  withdrawnOn: '{date}, {by}',
  closeReason: {
    goal_reached: 'Målet är nått',
    young_person_ended: 'Du ville avsluta',
    referred: 'Du fick hjälp vidare till annat stöd',
    moved: 'Du har flyttat',
    no_contact: 'Kontakten har upphört',
    worker_left: 'Den ansvariga slutade',
    consent_withdrawn: 'Samtycket återkallades',
    other: 'Annat',
  } satisfies Record<CloseReason, string>,
  noLog: 'Inga kontakter är antecknade.',
  logEntry: '{date} – antecknat av {by}',
  noNote: 'Ingen anteckning.',
  history: {
    opened: '{date}: stödkontakten startade',
    handed_over: '{date}: en annan personal blev ansvarig',
    closed: '{date}: stödkontakten avslutades',
  },
  noReaders: 'Ingen har läst uppgifterna.',
  reader: '{date}: {action} ({roles})',
  readerAction: {
    read: 'läste',
    list: 'såg stödkontakten i en lista',
    create: 'registrerade stödkontakten',
    update: 'ändrade uppgifterna',
    log: 'antecknade en kontakt',
    handover: 'lämnade över stödkontakten',
    close: 'avslutade stödkontakten',
    consent_withdraw: 'registrerade att samtycket återkallades',
    extract: 'tog ut ett registerutdrag',
    other: 'använde uppgifterna',
  },
  role: {
    administrator: 'administratör',
    field_worker: 'fältarbetare',
    unit_manager: 'enhetschef',
    other: 'personal',
  },
  purposes: [
    'Uppgifterna sparas för att fältverksamheten ska kunna ge dig det stöd ni kom överens om: komma ihåg vad ni har pratat om, vad planen är och vem som är ansvarig, också när personal byts.',
    'Rättslig grund: kommunens uppgift av allmänt intresse inom socialtjänsten (artikel 6.1 e i dataskyddsförordningen). Stödkontakten finns bara så länge du samtycker till den. Uppgifterna lämnas inte ut till någon utanför fältverksamheten, och i kommunens statistik räknas de bara som antal, utan namn.',
    'Orosanmälningar finns inte med i det här utdraget. En orosanmälan skickas till socialtjänsten, och där kan du begära att få ta del av den.',
  ],
  retention: {
    rule: 'Uppgifterna raderas automatiskt {months} månader efter den senaste kontakten. Är stödkontakten avslutad sparas de också minst {months} månader efter att den avslutades.',
    unlessLogged: 'Om ingen ny kontakt antecknas raderas uppgifterna senast {date}.',
  },
  rights: [
    'Du har rätt att få fel rättade (artikel 16) och att få uppgifterna raderade (artikel 17). Du kan när som helst ta tillbaka ditt samtycke; då avslutas stödkontakten.',
    'Kontakta {unit} i {municipality} om du vill rätta, radera eller fråga något om uppgifterna. Du kan också kontakta kommunens dataskyddsombud. Om du tycker att kommunen hanterar dina uppgifter fel kan du klaga hos Integritetsskyddsmyndigheten (IMY), imy.se.',
  ],
};
