/**
 * How figures about young people are protected (the cell-key method), in Swedish: the line beside
 * protected figures, the definitions sheet of downloads, the organisation page and the public
 * method page.
 */
export const disclosureSv = {
  note: {
    cellKey:
      'Talen är skyddade med cell-key-metoden: små tal är ungefärliga och delarna summerar inte alltid till totalen.',
    exact: 'Du ser enhetens exakta tal. Utanför enheten visas de skyddade (små tal ungefärliga).',
    link: 'Om metoden',
  },
  sheet: {
    label: 'Röjandeskydd',
    cellKey:
      'Talen om unga är skyddade med cell-key-metoden: små tal är ungefärliga och delarna summerar inte alltid till totalen. Om metoden: {{url}}',
    exact:
      'Enhetens exakta tal, för enhetens egen personal. Utanför enheten visas talen skyddade med cell-key-metoden. Om metoden: {{url}}',
  },
  organisation: {
    heading: 'Röjandeskydd',
    text: 'Tal om unga skyddas med cell-key-metoden, på samma sätt överallt: statistiksidorna, jämförelser, nedladdningar och forskningsexporten. Bara enhetens egen personal ser enhetens exakta tal. Metoden är densamma i alla kommuner och ställs inte in här.',
    link: 'Om metoden',
  },
  page: {
    heading: 'Så skyddas talen om unga',
    lead: 'Alla tal om unga som visas utanför enheten skyddas med cell-key-metoden, samma metod som SCB använder. Ingen ung person ska kunna pekas ut, och talen ska ändå gå att lita på och räkna med.',
    loading: 'Hämtar metodens parametrar…',
    toStatistics: 'Till statistiken',
    what: {
      heading: 'Vad som skyddas',
      text: 'Varje antal om unga som visas utanför enheten: statistiksidorna, jämförelser mellan enheter, nedladdade CSV- och Excelfiler, forskningsexporten och det som publiceras senare. Pass, timmar, tidsanvändning och befolkningstal räknar inte unga och är exakta för alla.',
    },
    how: {
      heading: 'Hur det går till',
      recordKey:
        'Varje ung person som räknas – i en kontakt, ett samtalsämne, en åtgärd – har en egen postnyckel: ett slumpmässigt heltal som servern räknar fram ur posten och en hemlighet som bara servern känner.',
      cellKey:
        'Ett tal i en tabell, en cell, får som nyckel summan av postnycklarna för alla som räknas i den (räknat modulo {{modulus}}).',
      lookup:
        'Bruset, det lilla tal som läggs till, slås upp i en offentlig störningstabell efter cellens sanna antal och dess nyckel. Samma cell får därför alltid samma brus – på varje sida, i varje fil, vid varje hämtning – och varken att lägga ihop sidor eller att fråga igen kan visa säkert vad ett litet tal egentligen är.',
    },
    parameters: {
      heading: 'Parametrarna',
      maxDeviation: 'Största avvikelse, D',
      maxDeviationText: 'Inget publicerat tal ligger mer än {{value}} från det sanna talet.',
      variance: 'Varians, V',
      varianceText:
        'Bruset har medelvärdet 0 och variansen {{value}} för varje tal som inte är noll. Av de större talen ändras {{share}} med högst 1.',
      js: 'js',
      jsText: 'Inget publicerat tal ligger mellan 1 och {{count}}. Ett sant noll visas alltid som 0.',
      jsText_one:
        'Talet 1 publiceras aldrig, så inget tal kan läsas som ”exakt en ung person”. Ett sant noll visas alltid som 0.',
      download: 'Ladda ner parametrarna och tabellen (JSON)',
    },
    ptable: {
      heading: 'Störningstabellen',
      intro:
        'Hur ofta varje brus läggs till, efter det sanna antalet. Ett tomt fält betyder att bruset inte kan förekomma: talet skulle bli negativt eller hamna bland de tal som aldrig publiceras.',
      caption: 'Sannolikheten för varje brus, per sant antal',
      count: 'Sant antal',
      noise: 'Brus',
      andMore: '{{count}} och fler',
    },
    reading: {
      heading: 'Att läsa talen',
      approximate:
        'Små tal är ungefärliga. Ett publicerat tal ligger högst {{maxDeviation}} från det sanna, oftast 0 eller 1 ifrån.',
      parts:
        'Delarna summerar inte alltid till totalen, eftersom varje tal skyddas för sig. Vill du veta helheten, använd totalen – inte summan av delarna.',
      sums: 'Summor över många celler är väntevärdesriktiga: bruset tar ut sig i genomsnitt. Lägger du ihop k celler är osäkerheten ungefär √(k·V), till exempel ±{{example}} för {{k}} celler.',
      rates: 'Andelar och tal per timme eller per 1 000 unga räknas fram ur de skyddade talen.',
    },
    who: {
      heading: 'Vem som ser exakta tal',
      text: 'Bara enhetens egen personal, när de tittar på sin egen enhet. Alla andra – förvaltningen, kommunen, analytiker, forskare och allmänheten – ser de skyddade talen. Forskningsexporten och det som publiceras är alltid skyddat, vem som än hämtar det.',
    },
    cite: {
      heading: 'Så hänvisar du till talen',
      intro: 'Skriv till exempel:',
      text: 'Källa: Fältlogg, {{municipality}}. Talen är skyddade med cell-key-metoden (D = {{maxDeviation}}, V = {{variance}}, js = {{js}}); små tal är ungefärliga och delar summerar inte alltid till totalen.',
      municipality: '[kommun]',
    },
  },
};
