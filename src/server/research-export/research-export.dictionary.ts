import type { CellValue, SheetSpec } from '../../shared/xlsx';
import { DISCLOSURE_PARAMETERS } from '../disclosure/parameters';
import type { ColumnDefinition, DataSheet } from './research-export.sheets';

export type ExportFacts = {
  municipality: string;
  from: string;
  to: string;
  exportedAt: Date;
  shifts: number;
};

const DICTIONARY_COLUMNS: ColumnDefinition[] = [
  { header: 'Blad', meaning: 'Bladet som raden beskriver; ”Exporten” gäller hela filen.', unit: 'namn' },
  { header: 'Kolumn', meaning: 'Kolumnrubriken, eller uppgiften om exporten.', unit: 'text' },
  { header: 'Betydelse', meaning: 'Vad kolumnen innehåller, eller uppgiftens värde.', unit: 'text' },
  {
    header: 'Enhet eller värden',
    meaning: 'Vad talen räknar, eller vilka värden som förekommer.',
    unit: 'text',
  },
  { header: 'Anmärkning', meaning: 'Förbehåll att känna till innan talen tolkas.', unit: 'text' },
];

const sv = (value: number) => value.toLocaleString('sv-SE');

const STOCKHOLM_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** What the export is, and what it deliberately is not: the first rows of the dictionary. */
function aboutTheExport(facts: ExportFacts, sheets: readonly DataSheet[]): CellValue[][] {
  const { maxDeviation: D, variance: V, js } = DISCLOSURE_PARAMETERS;
  const about = (label: string, value: string, unit = '', note = ''): CellValue[] => [
    'Exporten',
    label,
    value,
    unit || null,
    note || null,
  ];
  return [
    about('Kommun', facts.municipality),
    about(
      'Period',
      `${facts.from} – ${facts.to}`,
      'datum, båda inräknade',
      'Pass som började under perioden (svensk tid).',
    ),
    about('Exporterad', STOCKHOLM_TIME.format(facts.exportedAt), 'svensk tid'),
    about(
      'Urval',
      `${facts.shifts} genomförda pass i hela kommunen`,
      'pass',
      'Planerade och inställda pass ingår inte.',
    ),
    about('Blad', sheets.map((s) => s.spec.name).join(', ')),
    about(
      'Röjandeskydd',
      'Cell-key-metoden (som SCB använder i befolkningsstatistiken från 2025). Varje tal om unga har fått ' +
        `ett litet slumpmässigt heltal tillagt: högst ±${D}, oftast 0 eller ±1 (varians ${sv(V)}), och aldrig ` +
        `så att ett tal blir 1${js > 1 ? `–${js}` : ''}. 0 är alltid 0. Samma tal för samma pass och cell blir ` +
        'alltid detsamma, i varje export och på statistiksidan.',
      `D = ${D}, V = ${sv(V)}, js = ${js}`,
      'Gäller kontakter, samtalsämnen, observationer och åtgärder. Inga tal är dolda.',
    ),
    about(
      'Att räkna med talen',
      'Bruset är väntevärdesriktigt (medelvärde 0), så summor och medelvärden över många pass blir ' +
        'rätt i genomsnitt; osäkerheten i en summa av k tal är ungefär √(k × V).',
      '',
      'Delar summerar inte alltid till sin total, eftersom även totalen har fått eget brus. ' +
        'Använd totalen när den finns, i stället för att summera delarna. Metoden: Fältloggs metodsida och docs/disclosure.md.',
    ),
    about(
      'Kontakttabellens form',
      'Per pass publiceras kön × åldersgrupp och kön × djup, med summor per kön, per kolumn och totalt. ' +
        'Summorna per kön och totalen är desamma i båda tabellerna.',
      '',
      'Den fullständiga tabellen kön × ålder × djup publiceras inte: per pass skulle den nästan bara bestå av nollor och ettor.',
    ),
    about(
      'Ingår aldrig',
      'Passens rubriker och anteckningar, observationernas anteckningar, koordinater, klockslag och uppskattade gruppstorlekar, ' +
        'personal och användare, risk- och skyddsfaktorer, Fältloggs id för pass och personer.',
    ),
    about(
      'Förbehåll',
      'Kontakter är inte unika personer. Pass som synkas sent (en telefon utan nät) kan tillkomma efter exporten.',
      '',
      'Filen innehåller uppgifter per pass och är till för forskning enligt avtal; sprid den inte vidare.',
    ),
  ];
}

/** The data dictionary: the export's facts, then every column of every sheet. */
export function dictionarySheet(facts: ExportFacts, sheets: readonly DataSheet[]): SheetSpec {
  const name = 'Datadefinitioner';
  const describe = (sheet: string, c: ColumnDefinition): CellValue[] => [
    sheet,
    c.header,
    c.meaning,
    c.unit,
    c.note ?? null,
  ];
  return {
    name,
    columns: [{ width: 16 }, { width: 28 }, { width: 60 }, { width: 30 }, { width: 60 }],
    rows: [
      DICTIONARY_COLUMNS.map((c) => c.header),
      ...aboutTheExport(facts, sheets),
      ...sheets.flatMap((sheet) => sheet.columns.map((c) => describe(sheet.spec.name, c))),
      ...DICTIONARY_COLUMNS.map((c) => describe(name, c)),
    ],
  };
}
