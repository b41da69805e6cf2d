import type { CellValue, SheetSpec } from '../../shared/xlsx';
import type { ColumnDefinition, DataSheet } from './research-export.sheets';
import { PROTECTED_SYMBOL } from './shift-tables';

export type ExportFacts = {
  municipality: string;
  from: string;
  to: string;
  exportedAt: Date;
  threshold: number;
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
  const t = facts.threshold;
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
      `Tal om unga under ${t} visas inte, inte heller 0.`,
      `tröskel ${t}`,
      'Gäller kontakter, samtalsämnen, observationer och åtgärder, som i statistiken.',
    ),
    about(`<${t}`, `Talet är mindre än ${t} (0–${t - 1}).`),
    about(
      PROTECTED_SYMBOL,
      `Talet är ${t} eller större men döljs, så att ett litet tal inte kan räknas fram ur summorna.`,
    ),
    about(
      'Kontakttabellens form',
      'Per pass publiceras kön × åldersgrupp och kön × djup, med summor per kön, per kolumn och totalt. ' +
        'De två tabellerna delar summorna per kön och totalen och skyddas därför som ett system: ' +
        `tal under ${t} döljs, och fler tal döljs tills inget dolt tal kan räknas fram ur något av de publicerade talen.`,
      '',
      'Den fullständiga tabellen kön × ålder × djup publiceras inte: per pass skulle nästan alla celler vara under tröskeln. ' +
        'Inga summor över flera pass publiceras, så pass kan inte räknas mot varandra inom exporten.',
    ),
    about(
      'Samtalsämnen och åtgärder',
      `Tal under ${t} visas som <${t}. Inga summor publiceras, så inget annat tal behöver döljas.`,
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
      'Skyddet gäller talen i den här filen. Andra publicerade summor för samma tid och plats (t.ex. statistiksidan) ' +
        'kan i undantagsfall kombineras med filen; sprid den därför inte vidare utanför avtalet med forskarna.',
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
