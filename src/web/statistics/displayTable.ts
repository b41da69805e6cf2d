import type { InferResponseType } from 'hono/client';
import type { CsvCell } from '../../shared/csv';
import type { CellValue, SheetSpec } from '../../shared/xlsx';
import type { api } from '../api/client';
import type { Protection } from '../disclosure/method';
import { disclosureMethodUrl } from '../disclosure/paths';
import type { Locale, MessageKey, Translate } from '../i18n/i18n';
import type { indicatorsSv } from '../i18n/indicators.sv';
import type { ContactStatistics } from './load';
import { ageBandLabel, GENDER_ORDER, monthName } from './tableRows';

export type Indicators = InferResponseType<typeof api.api.statistics.indicators.$get, 200>;
export type IndicatorTable = Indicators['tables'][number];
export type Measure = IndicatorTable['columns'][number]['measure'];
export type CatalogueId = keyof typeof indicatorsSv.catalogue;

/** A table's value: null only where there is nothing to compute (an area without a population). */
export type TableValue = number | null;

/** Any published table as the page shows it: labelled rows of figures, ready for screen, CSV or Excel. */
export type DisplayTable = {
  id: CatalogueId;
  rowHeading: string;
  columns: { key: string; label: string; measure: Measure }[];
  rows: { key: string; label: string; values: TableValue[] }[];
  totals: number[] | null;
  aboutYoungPeople: boolean;
};

const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };
const DECIMALS: Partial<Record<Measure, number>> = { hours: 1, percent: 1, perHour: 2, per1000: 1 };

/** How many decimals a measure is shown with: none for counts. */
export const measureDecimals = (measure: Measure) => DECIMALS[measure] ?? 0;

/** "1 234", "12,5" or "72,7 %"; "–" where there is nothing to compute. */
export function formatValue(value: TableValue, measure: Measure, locale: Locale): string {
  if (value === null) return '–';
  const digits = measureDecimals(measure);
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
  staffTimeByMonth: 'statistics.month',
};

export const title = (id: CatalogueId, t: Translate) => t(`indicators.catalogue.${id}.title`);

/**
 * Indicators whose title Excel cannot take as a sheet name (over 31 characters, or a "/") have a
 * shorter name of their own, in words, rather than a title cut mid-word.
 */
const OWN_SHEET_NAME = ['observations', 'preventiveVsAuthority', 'contactsPer1000ByArea'] as const;
type OwnSheetName = (typeof OWN_SHEET_NAME)[number];
const hasOwnSheetName = (id: CatalogueId): id is OwnSheetName =>
  (OWN_SHEET_NAME as readonly CatalogueId[]).includes(id);

/** The indicator's sheet name in an Excel download. */
export const sheetName = (id: CatalogueId, t: Translate) =>
  hasOwnSheetName(id) ? t(`indicators.sheetNames.${id}`) : title(id, t);

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
  const genderRow = (row: { gender: string; cells: number[]; total: number }) => ({
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
    (gender) => stats.byGenderAndAge.find((row) => row.gender === gender)?.total ?? 0,
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

/** The table as published, for CSV: header, rows, totals; nothing to compute is an empty cell. */
export function csvRows(table: DisplayTable, t: Translate): CsvCell[][] {
  return [
    [table.rowHeading, ...table.columns.map((column) => column.label)],
    ...table.rows.map((row) => [row.label, ...row.values]),
    ...(table.totals ? [[t('statistics.total'), ...table.totals]] : []),
  ];
}

/** The same as an Excel sheet: numbers stay numbers, so the file can be worked on. */
export function sheetOf(table: DisplayTable, t: Translate): SheetSpec {
  return {
    name: sheetName(table.id, t),
    rows: [
      [table.rowHeading, ...table.columns.map((column) => column.label)],
      ...table.rows.map((row): CellValue[] => [row.label, ...row.values]),
      ...(table.totals ? [[t('statistics.total'), ...table.totals]] : []),
    ],
  };
}

/** Where a download is from, and how its figures about young people are protected. */
export type SheetContext = { place: string; period: string; protection: Protection };

/**
 * The second sheet of every download: what each figure means, and how the figures are protected,
 * with the method page's full address, since a file travels where the app is not.
 */
export function definitionsSheet(
  ids: readonly CatalogueId[],
  context: SheetContext,
  t: Translate,
): SheetSpec {
  return {
    name: t('indicators.definitionsSheet'),
    columns: [{ width: 36 }, { width: 80 }, { width: 60 }],
    rows: [
      [t('indicators.place'), context.place, ''],
      [t('indicators.period'), context.period, ''],
      [
        t('disclosure.sheet.label'),
        t(`disclosure.sheet.${context.protection}`, { url: disclosureMethodUrl() }),
        '',
      ],
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
