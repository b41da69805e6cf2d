/**
 * Swedish texts for the follow-up of guidance (lotsning) and for role separation between
 * preventive work and authority tasks (myndighetsutövning).
 */
export const guidanceSv = {
  nav: 'Lotsning',
  heading: 'Lotsning',
  intro:
    'Lotsning från genomförda pass för {{after}}–{{within}} dagar sedan där det ännu inte är känt om de unga kom fram. Bara antal, aldrig vem.',
  unit: 'Enhet',
  loading: 'Hämtar lotsningarna…',
  empty: 'Ingen lotsning väntar på uppföljning.',
  shift: 'Pass {{span}}',
  cell: '{{service}} · {{gender}} · {{ageBand}}',
  guided: 'Lotsade: {{count}}',
  remaining: 'Kvar att följa upp: {{count}}',
  tooMany: 'Fler utfall än lotsade ({{count}} för många): passets lotsning har ändrats sedan.',
  outcomes: { arrived: 'Kom fram', notArrived: 'Kom inte fram', unknown: 'Vet inte' },
  add: 'En till: {{what}}',
  remove: 'En färre: {{what}}',
  save: 'Spara uppföljningen',
  saved: 'Uppföljningen är sparad.',
  savedAll: 'Uppföljningen är sparad. Passets lotsning är färdigt uppföljd.',
  errors: {
    exceeds_guided: 'Det går inte att ange fler utfall än unga som lotsades.',
    not_guided: 'Passet har inte längre den här lotsningen. Ladda om sidan.',
    duplicate_cell: 'Samma lotsning angavs två gånger. Ladda om sidan.',
    shift_not_done: 'Passet är inte längre genomfört, så lotsningen kan inte följas upp.',
    mutation_reused: 'Sparandet krockade med ett annat. Försök igen.',
  },
  roleSeparation: {
    heading: 'Förebyggande arbete och myndighetsutövning',
    intro:
      'Fältarbetet bygger på de ungas förtroende, och att blanda det med myndighetsutövning kan skada det. Här bestäms om kommunens fältassistenter även utför myndighetsutövning. Om inte kan ett pass inte registreras med tidsanvändningen myndighetsutövning.',
    label: 'Fältassistenterna utför även myndighetsutövning',
    save: 'Spara',
    savedOn: 'Fältassistenterna får nu även utföra myndighetsutövning.',
    savedOff: 'Fältassistenterna utför nu inte myndighetsutövning.',
    notAllowed: 'Kommunens fältassistenter utför inte myndighetsutövning. Välj en annan tidsanvändning.',
  },
};
