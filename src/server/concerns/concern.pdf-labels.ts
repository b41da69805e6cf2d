import type { ConcernFeedback, ConcernUrgency, GuardianInformed } from '../db/database';

/**
 * The Swedish wording of the report's PDF. The PDF is the document the reception files in its own
 * case system, so it is always in Swedish, whatever language the user reads the app in.
 */
export const PDF_LABELS = {
  heading: 'Orosanmälan enligt 14 kap. 1 § socialtjänstlagen',
  sentFrom: 'Skickad {sent} från {unit} via Fältlogg',
  secrecy:
    'Innehåller känsliga personuppgifter om ett barn. Sekretess kan gälla enligt 26 kap. offentlighets- och sekretesslagen.',
  page: 'Sida {page} av {pages}',
  documentId: 'Dokument-id {id}',
  notGiven: '–',
  sections: {
    urgency: 'Brådska',
    child: 'Barnet',
    guardians: 'Vårdnadshavare',
    concern: 'Oron',
    reporter: 'Anmälare',
    reception: 'Mottagningen',
  },
  fields: {
    urgency: 'Bedömning',
    emergencyContacted: '112 eller socialjouren kontaktad',
    childName: 'Namn',
    personalIdentityNumber: 'Personnummer',
    birthDate: 'Födelsedatum',
    address: 'Adress',
    school: 'Skola',
    description: 'Beskrivning',
    guardians: 'Kända vårdnadshavare',
    guardianInformed: 'Vårdnadshavare informerade om anmälan',
    guardianNotInformedReason: 'Varför inte',
    concern: 'Vad oroar',
    seenAndHeard: 'Vad har setts och hörts',
    place: 'Plats',
    occurredAt: 'Tidpunkt',
    reporterName: 'Namn',
    reporterRole: 'Befattning och arbetsplats',
    reporterPhone: 'Telefon',
    unit: 'Enhet',
    status: 'Status',
    acknowledged: 'Mottagandet bekräftat',
    feedback: 'Återkoppling',
    feedbackMessage: 'Meddelande till anmälaren',
  },
  yes: 'Ja',
  no: 'Nej',
  acknowledgedBy: '{at} av {name}',
  feedbackBy: '{kind} ({at}, {name})',
  status: { sent: 'Skickad, ej bekräftad', acknowledged: 'Mottagen' },
  urgency: {
    immediate: 'Akut – barnet bedömdes vara i akut fara',
    urgent: 'Brådskande',
    normal: 'Normal',
  } satisfies Record<ConcernUrgency, string>,
  guardianInformed: { yes: 'Ja', no: 'Nej', unknown: 'Vet inte' } satisfies Record<GuardianInformed, string>,
  feedback: {
    received: 'Anmälan är mottagen och bedöms',
    investigation_opened: 'Utredning har inletts',
    no_action: 'Ingen utredning inleds',
  } satisfies Record<ConcernFeedback, string>,
} as const;
