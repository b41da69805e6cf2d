/** "Arbetstid": the share of staff time by time use per month. */
export const staffTimeSv = {
  nav: 'Arbetstid',
  heading: 'Arbetstid',
  intro:
    'Hur personalens arbetstid fördelas på relationsskapande arbete, samverkan, administration, kompetensutveckling, myndighetsutövning och annat kommunalt uppdrag – månad för månad, för enheten och hela kommunen.',
  year: 'År',
  loading: 'Hämtar arbetstiden…',
  city: 'Hela {{name}}',
  empty: 'Ingen arbetstid loggad det här året.',
  method:
    'Personaltimmar: varje persons tid på genomförda pass, fördelad som passet anger, och annat arbete utanför passen. Två personer på ett pass på fyra timmar är åtta timmar. Ett pass räknas till månaden det började. Uppgifterna handlar om personalen, inte om unga, och visas exakt.',
};
