import type { InferResponseType } from 'hono/client';
import type { CellValue, SheetSpec } from '../../shared/xlsx';
import type { api } from '../api/client';
import type { Locale, MessageKey, Translate } from '../i18n/i18n';
import type { indicatorsSv } from '../i18n/indicators.sv';
import { csvFigure, type Figure, PROTECTED_MARK } from './figures';
import type { ContactStatistics } from './load';
import { ageBandLabel, GENDER_ORDER, monthName } from './tableRows';

export type Indicators = InferResponseType<typeof api.api.statistics.indicators.$get, 200>;
export type IndicatorTable = Indicators['tables'][number];
export type Measure = IndicatorTable['columns'][number]['measure'];
export type CatalogueId = keyof typeof indicatorsSv.catalogue;

/** Any published table as the page shows it: labelled rows of figures, ready for screen, CSV or Excel. */
export type DisplayTable = {
  id: CatalogueId;
  rowHeading: string;
  columns: { key: string; label: string; measure: Measure }[];
  rows: { key: string; label: string; values: Figure[] }[];
  totals: Figure[] | null;
  aboutYoungPeople: boolean;
};

const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };
const DECIMALS: Partial<Record<Measure, number>> = { hours: 1, percent: 1, perHour: 2, per1000: 1 };

/** "1 234", "12,5" or "72,7 %"; "<5" below the threshold; ".." for a figure hidden to protect another. */
export function formatValue(value: Figure, measure: Measure, threshold: number, locale: Locale): string {
  if (value === null) return `<${threshold}`;
  if (value === 'protected') return PROTECTED_MARK;
  const digits = DECIMALS[measure] ?? 0;
  const text = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: digits }).format(value);
  return measure === 'percent' ? `${text} %` : text;
}

const ROW_KEYS: Record<NonNullable<IndicatorTable['vocabulary']>, string> = {
  shiftStatus: 'fieldLog.statuses',
  weekday: 'indicators.weekdays',
  timeOfDay: 'indicators.timesOfDay',
  timeUse: 'fieldLog.timeUses',
  preventionLevel: 'fieldLog.preventionLevels',
  partner: 'fieldLog.partners',
  actionKind: 'fieldLog.actionKinds',
  gender: 'statistics.genders',
  supportMeasure: 'indicators.supportMeasures',
};

const ROW_HEADINGS: Partial<Record<CatalogueId, MessageKey>> = {
  shifts: 'fieldLog.fields.status',
  timeUse: 'fieldLog.fields.timeUse',
  preventionLevels: 'fieldLog.fields.preventionLevel',
  partners: 'fieldLog.fields.partners',
  fieldHoursByArea: 'fieldLog.fields.areaIds',
  fieldHoursByArena: 'fieldLog.fields.arenaIds',
  topics: 'fieldLog.fields.topics',
  observations: 'fieldLog.fields.observations',
  actions: 'fieldLog.fields.actions',
  contactsPerHour: 'statistics.gender',
  contactsByDepth: 'statistics.gender',
  contactsByGenderAndAge: 'statistics.gender',
  contactsByMonth: 'statistics.month',
};

export const title = (id: CatalogueId, t: Translate) => t(`indicators.catalogue.${id}.title`);

/** An indicator from the API, labelled in the user's language. */
export function fromIndicator(table: IndicatorTable, t: Translate, locale: Locale): DisplayTable {
  const id = table.id as CatalogueId;
  const rowLabel = (row: IndicatorTable['rows'][number]) => {
    if (row.label) return locale === 'en' ? row.label.en : row.label.sv;
    if (row.key === 'none' || !table.vocabulary) return t('indicators.none');
    return t(`${ROW_KEYS[table.vocabulary]}.${row.key}` as MessageKey);
  };
  return {
    id,
    rowHeading: t(ROW_HEADINGS[id] ?? 'indicators.indicator'),
    columns: table.columns.map((column) => ({
      ...column,
      label: t(`indicators.columns.${column.key}` as MessageKey),
    })),
    rows: table.rows.map((row, r) => ({ key: row.key, label: rowLabel(row), values: table.cells[r] ?? [] })),
    totals: table.totals,
    aboutYoungPeople: table.aboutYoungPeople,
  };
}

/** The contact tables of the page as display tables, for one shared way to show and download them. */
export function contactTables(stats: ContactStatistics, t: Translate, locale: Locale): DisplayTable[] {
  const genderRow = (row: { gender: string; cells: Figure[]; total: Figure }) => ({
    key: row.gender,
    label: t(`statistics.genders.${row.gender}` as MessageKey),
    values: [...row.cells, row.total],
  });
  const total = { key: 'total', label: t('statistics.total'), measure: 'contacts' as const };
  const genders = GENDER_ORDER.map((gender) => ({
    key: gender,
    label: t(`statistics.genders.${gender}`),
    measure: 'contacts' as const,
  }));
  const genderTotals = GENDER_ORDER.map(
    (gender) => stats.byGenderAndAge.find((row) => row.gender === gender)?.total ?? null,
  );
  return [
    {
      id: 'contactsByGenderAndAge',
      rowHeading: t('statistics.gender'),
      columns: [
        ...stats.ageBands.map((band) => ({
          key: band.id,
          label: ageBandLabel(band, locale),
          measure: 'contacts' as const,
        })),
        total,
      ],
      rows: stats.byGenderAndAge.map(genderRow),
      totals: [...stats.ageTotals, stats.total],
      aboutYoungPeople: true,
    },
    {
      id: 'contactsByMonth',
      rowHeading: t('statistics.month'),
      columns: [...genders, total],
      rows: stats.byMonth.map((row) => ({
        key: row.month,
        label: monthName(row.month, locale),
        values: [...GENDER_ORDER.map((gender) => row.byGender[gender]), row.total],
      })),
      totals: [...genderTotals, stats.total],
      aboutYoungPeople: true,
    },
    {
      id: 'contactsByDepth',
      rowHeading: t('statistics.gender'),
      columns: [
        ...(['brief', 'conversation', 'support'] as const).map((depth) => ({
          key: depth,
          label: t(`indicators.columns.${depth}`),
          measure: 'contacts' as const,
        })),
        total,
      ],
      rows: stats.byGenderAndDepth.map(genderRow),
      totals: [...stats.depthTotals, stats.total],
      aboutYoungPeople: true,
    },
  ];
}

/** The table as published, for CSV: header, rows, totals; hidden figures as "<5" or "..". */
export function csvRows(table: DisplayTable, threshold: number, t: Translate): string[][] {
  const cells = (values: Figure[]) => values.map((value) => csvFigure(value, threshold));
  return [
    [table.rowHeading, ...table.columns.map((column) => column.label)],
    ...table.rows.map((row) => [row.label, ...cells(row.values)]),
    ...(table.totals ? [[t('statistics.total'), ...cells(table.totals)]] : []),
  ];
}

/** The same as an Excel sheet: numbers stay numbers, so the file can be worked on. */
export function sheetOf(table: DisplayTable, threshold: number, t: Translate): SheetSpec {
  const cell = (value: Figure): CellValue =>
    typeof value === 'number' ? value : csvFigure(value, threshold);
  return {
    name: title(table.id, t),
    rows: [
      [table.rowHeading, ...table.columns.map((column) => column.label)],
      ...table.rows.map((row) => [row.label, ...row.values.map(cell)]),
      ...(table.totals ? [[t('statistics.total'), ...table.totals.map(cell)]] : []),
    ],
  };
}

/** The second sheet of every download: what each figure means, and how small ones are hidden. */
export function definitionsSheet(
  ids: readonly CatalogueId[],
  context: { place: string; period: string; threshold: number },
  t: Translate,
): SheetSpec {
  return {
    name: t('indicators.definitionsSheet'),
    columns: [{ width: 36 }, { width: 80 }, { width: 60 }],
    rows: [
      [t('indicators.place'), context.place, ''],
      [t('indicators.period'), context.period, ''],
      ['', t('indicators.threshold', { threshold: context.threshold }), ''],
      [t('indicators.indicator'), t('indicators.definition'), t('indicators.caveat')],
      ...ids.map((id) => [
        title(id, t),
        t(`indicators.catalogue.${id}.definition`),
        t(`indicators.catalogue.${id}.caveat`),
      ]),
    ],
    headerRows: 0,
  };
}
