import { ACTION_KINDS, DEPTHS, GENDERS, SEVERITIES } from '../../shared/field-log';
import { fieldLogSv } from '../../shared/field-log.sv';
import type { CellValue, SheetSpec } from '../../shared/xlsx';
import type { CategoryRow } from '../db/database';
import { cellOf, tableOf } from '../disclosure/cells';
import type { Protection } from '../disclosure/protection';
import type {
  exportActions,
  exportAreas,
  exportArenas,
  exportEncounters,
  exportObservations,
  exportShifts,
  exportTopics,
} from './research-export.repository';
import { shiftContactTables } from './shift-tables';

type Rows<F extends (...args: never[]) => Promise<unknown[]>> = Awaited<ReturnType<F>>;

/** Everything the export is built from, as the repository read it in one snapshot. */
export type ExportData = {
  shifts: Rows<typeof exportShifts>;
  areas: Rows<typeof exportAreas>;
  arenas: Rows<typeof exportArenas>;
  encounters: Rows<typeof exportEncounters>;
  topics: Rows<typeof exportTopics>;
  actions: Rows<typeof exportActions>;
  observations: Rows<typeof exportObservations>;
  categories: CategoryRow[];
};

/** A column as the data dictionary describes it. */
export type ColumnDefinition = { header: string; meaning: string; unit: string; note?: string };
export type DataSheet = { spec: SheetSpec; columns: ColumnDefinition[] };

/** The export's words are the app's Swedish ones, so a researcher reads what field workers chose. */
const words = fieldLogSv;

const SHIFT_COLUMN: ColumnDefinition = {
  header: 'Pass',
  meaning: 'Passets löpnummer i den här exporten; binder ihop bladen.',
  unit: 'heltal',
  note: 'Numreras om vid varje export och är inte passets id i Fältlogg.',
};

/**
 * Builds the data sheets, every count about young people as `protection` publishes it (the cell-key
 * method: per-shift counts are perturbed without bias, so sums over shifts stay unbiased). Shift ids
 * stay inside: sheets refer to a shift by its number here.
 */
export async function dataSheets(data: ExportData, protection: Protection): Promise<DataSheet[]> {
  const numbers = new Map(data.shifts.map((shift, i) => [shift.id, i + 1]));
  return [
    shiftSheet(data, numbers),
    await contactSheet(data, numbers, protection),
    topicSheet(data, numbers, protection),
    observationSheet(data, numbers, protection),
    actionSheet(data, numbers, protection),
  ];
}

type Numbers = Map<string, number>;

function sheet(name: string, columns: ColumnDefinition[], rows: CellValue[][]): DataSheet {
  return { spec: { name, rows: [columns.map((c) => c.header), ...rows] }, columns };
}

/** Groups rows by shift id. */
function byShift<T extends { shift_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.shift_id);
    if (group) group.push(row);
    else groups.set(row.shift_id, [row]);
  }
  return groups;
}

/** Categories of a kind: those in use, and those retired but counted in the period. */
function categoriesOf(data: ExportData, kind: CategoryRow['kind'], used: Iterable<string | null>) {
  const seen = new Set(used);
  return data.categories.filter((c) => c.kind === kind && (c.retired_at === null || seen.has(c.id)));
}

function shiftSheet(data: ExportData, numbers: Numbers): DataSheet {
  const labels = new Map(data.categories.map((c) => [c.id, c.label_sv]));
  const areas = byShift(data.areas);
  const arenas = byShift(data.arenas);
  const list = (items: string[]) => (items.length > 0 ? items.join('; ') : null);
  const rows = data.shifts.map((s) => [
    numbers.get(s.id) ?? null,
    s.administration,
    s.unit,
    s.day,
    s.iso_week,
    s.weekday,
    s.start_hour,
    s.hours,
    words.kinds[s.kind],
    words.timeUses[s.time_use],
    s.prevention_level ? words.preventionLevels[s.prevention_level] : null,
    s.staff,
    list((areas.get(s.id) ?? []).map((a) => a.name)),
    list((arenas.get(s.id) ?? []).map((a) => labels.get(a.category_id) ?? '').sort()),
    list(s.partners.map((p) => words.partners[p as keyof typeof words.partners] ?? p)),
  ]);
  return sheet('Pass', SHIFT_COLUMNS, rows);
}

const SHIFT_COLUMNS: ColumnDefinition[] = [
  SHIFT_COLUMN,
  {
    header: 'Förvaltning',
    meaning: 'Förvaltningen som enheten hör till.',
    unit: 'namn',
    note: 'Namnet vid exporttillfället.',
  },
  {
    header: 'Enhet',
    meaning: 'Fältenheten som gjorde passet.',
    unit: 'namn',
    note: 'Namnet vid exporttillfället.',
  },
  {
    header: 'Datum',
    meaning: 'Dagen passet började (svensk tid).',
    unit: 'ÅÅÅÅ-MM-DD',
    note: 'Ett nattpass räknas till kvällen det började.',
  },
  { header: 'ISO-vecka', meaning: 'Veckan passet började, enligt ISO 8601.', unit: 'ÅÅÅÅ-Www' },
  { header: 'Veckodag', meaning: 'Veckodagen passet började.', unit: '1 = måndag … 7 = söndag' },
  { header: 'Starttimme', meaning: 'Timmen passet började (svensk tid).', unit: '0–23' },
  { header: 'Längd (timmar)', meaning: 'Tiden från start till slut.', unit: 'timmar, två decimaler' },
  { header: 'Typ av pass', meaning: 'Vilket slags pass.', unit: Object.values(words.kinds).join(', ') },
  {
    header: 'Tidsanvändning',
    meaning: 'Vad passets tid huvudsakligen gick till.',
    unit: Object.values(words.timeUses).join(', '),
  },
  {
    header: 'Preventionsnivå',
    meaning: 'Arbetets preventionsnivå under passet.',
    unit: Object.values(words.preventionLevels).join(', '),
    note: 'Tom om den inte angavs.',
  },
  { header: 'Antal personal', meaning: 'Hur många ur personalen som var med.', unit: 'personer' },
  { header: 'Områden', meaning: 'Områden passet besökte.', unit: 'namn, åtskilda med ;' },
  { header: 'Arenor', meaning: 'Slags platser passet besökte.', unit: 'benämningar, åtskilda med ;' },
  {
    header: 'Samverkanspartner på plats',
    meaning: 'Vilka slags samverkanspartner som var med.',
    unit: Object.values(words.partners).join(', '),
  },
];

const contactNote = 'Kontakter är inte unika personer: en ung person som möts två gånger räknas två gånger.';

async function contactSheet(data: ExportData, numbers: Numbers, protection: Protection): Promise<DataSheet> {
  const tallies = byShift(data.encounters);
  // Every age band, retired ones too: a shift's table has the same columns whatever period is exported.
  const bands = data.categories.filter((c) => c.kind === 'age_band');
  const columns: ColumnDefinition[] = [
    SHIFT_COLUMN,
    {
      header: 'Kön',
      meaning: 'Kön som fältarbetaren uppfattade det; raden Alla är summan över könen.',
      unit: [...GENDERS.map((g) => words.genders[g]), 'Alla'].join(', '),
      note: '”Annat/okänt” används när fältarbetaren är osäker.',
    },
    {
      header: 'Kontakter totalt',
      meaning: 'Radens kontakter, alla åldrar.',
      unit: 'kontakter',
      note: contactNote,
    },
    ...bands.map((band) => ({
      header: `Ålder: ${band.label_sv}`,
      meaning: `Kontakter i åldersgruppen ${band.label_sv}${band.retired_at ? ' (avvecklad åldersgrupp)' : ''}.`,
      unit: 'kontakter',
      note: 'Åldern är uppskattad.',
    })),
    ...DEPTHS.map((depth) => ({
      header: `Djup: ${words.depths[depth]}`,
      meaning: `Kontakter av djupet ${words.depths[depth].toLowerCase()}.`,
      unit: 'kontakter',
      note: 'Djupskolumnerna summerar till samma total som ålderskolumnerna.',
    })),
  ];
  const rows: CellValue[][] = [];
  for (const [i, shift] of data.shifts.entries()) {
    // A long export should not hold up everyone else's requests while its figures are made.
    if (i > 0 && i % 200 === 0) await new Promise((resolve) => setImmediate(resolve));
    const tables = shiftContactTables(
      tallies.get(shift.id) ?? [],
      bands.map((band) => band.id),
    );
    const byAge = protection.table(tables.byAge);
    const byDepth = protection.table(tables.byDepth);
    const number = numbers.get(shift.id) ?? null;
    GENDERS.forEach((g, r) => {
      rows.push([
        number,
        words.genders[g],
        byAge.rowTotals[r] ?? 0,
        ...(byAge.cells[r] ?? []),
        ...(byDepth.cells[r] ?? []),
      ]);
    });
    rows.push([number, 'Alla', byAge.total, ...byAge.columnTotals, ...byDepth.columnTotals]);
  }
  return sheet('Kontakter', columns, rows);
}

function topicSheet(data: ExportData, numbers: Numbers, protection: Protection): DataSheet {
  const tallies = byShift(data.topics);
  const topics = categoriesOf(
    data,
    'topic',
    data.topics.map((t) => t.topic_id),
  );
  const columns: ColumnDefinition[] = [
    SHIFT_COLUMN,
    ...topics.map((topic) => ({
      header: topic.label_sv,
      meaning: `Samtal där ämnet ${topic.label_sv.toLowerCase()} togs upp${topic.retired_at ? ' (avvecklat ämne)' : ''}.`,
      unit: 'samtal',
      note: 'Ett samtal kan ta upp flera ämnen; ämnena summerar inte till kontakterna.',
    })),
  ];
  const rows = data.shifts.map((shift) => {
    const own = tallies.get(shift.id) ?? [];
    return [
      numbers.get(shift.id) ?? null,
      ...topics.map((topic) => protection.figure(cellOf(own, (t) => t.topic_id === topic.id))),
    ];
  });
  return sheet('Samtalsämnen', columns, rows);
}

function observationSheet(data: ExportData, numbers: Numbers, protection: Protection): DataSheet {
  const labels = new Map(data.categories.map((c) => [c.id, c.label_sv]));
  const order = new Map(data.categories.map((c, i) => [c.id, i]));
  const columns: ColumnDefinition[] = [
    SHIFT_COLUMN,
    { header: 'Observationstyp', meaning: 'Vad som observerades.', unit: 'benämning' },
    ...SEVERITIES.map((severity) => ({
      header: words.severities[severity],
      meaning: `Observationer som bedömdes ha allvarlighetsgraden ${words.severities[severity].toLowerCase()}.`,
      unit: 'observationer',
      note: 'Skyddat med cell-key-metoden som i statistiken: små tal är ungefärliga.',
    })),
    { header: 'Totalt', meaning: 'Observationer av typen under passet.', unit: 'observationer' },
  ];
  const rows: CellValue[][] = [];
  for (const [id, own] of byShift(data.observations)) {
    const types = [...new Set(own.map((o) => o.type_id))].sort(
      (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0),
    );
    for (const type of types) {
      const cells = SEVERITIES.map((severity) =>
        cellOf(own, (o) => o.type_id === type && o.severity === severity),
      );
      const published = protection.table(tableOf([cells]));
      rows.push([
        numbers.get(id) ?? null,
        labels.get(type) ?? '',
        ...(published.cells[0] ?? []),
        published.rowTotals[0] ?? 0,
      ]);
    }
  }
  rows.sort((a, b) => (a[0] as number) - (b[0] as number));
  return sheet('Observationer', columns, rows);
}

function actionSheet(data: ExportData, numbers: Numbers, protection: Protection): DataSheet {
  const tallies = byShift(data.actions);
  const services = categoriesOf(
    data,
    'service',
    data.actions.map((a) => a.service_id),
  );
  const kinds = [
    ...services.map((service) => ({
      kind: 'guidance' as const,
      serviceId: service.id as string | null,
      header: `${words.actionKinds.guidance}: ${service.label_sv}`,
      meaning: `Unga som lotsades till ${service.label_sv}${service.retired_at ? ' (avvecklad verksamhet)' : ''}.`,
    })),
    ...ACTION_KINDS.filter((kind) => kind !== 'guidance').map((kind) => ({
      kind,
      serviceId: null,
      header: words.actionKinds[kind],
      meaning: `Åtgärden ${words.actionKinds[kind].toLowerCase()}.`,
    })),
  ];
  const columns: ColumnDefinition[] = [
    SHIFT_COLUMN,
    ...kinds.map((k) => ({
      header: k.header,
      meaning: k.meaning,
      unit: 'åtgärder',
      note: 'En åtgärd kan gälla samma unga person som en annan åtgärd.',
    })),
  ];
  const rows = data.shifts.map((shift) => {
    const own = tallies.get(shift.id) ?? [];
    return [
      numbers.get(shift.id) ?? null,
      ...kinds.map((k) =>
        protection.figure(cellOf(own, (a) => a.kind === k.kind && a.service_id === k.serviceId)),
      ),
    ];
  });
  return sheet('Åtgärder', columns, rows);
}
