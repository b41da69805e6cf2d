import type { Gender } from '../../shared/field-log';
import { type CsvRecord, detectSeparator, readRecords } from './csv-records';

/**
 * Reads a population file (e.g. from Statistics Sweden) into rows of area × gender × single year of
 * age. Pure: the service matches area names to the municipality's areas afterwards.
 */

export type PopulationField = 'area' | 'gender' | 'age' | 'count' | 'year';

/** Stable codes the web app translates; `unknown_area` comes from the service. */
export type PopulationIssueCode =
  | 'empty_file'
  | 'unclosed_quote'
  | 'missing_column'
  | 'duplicate_column'
  | 'year_not_in_file'
  | 'missing_value'
  | 'unknown_gender'
  | 'bad_age'
  | 'age_range'
  | 'bad_count'
  | 'bad_year'
  | 'duplicate_row'
  | 'no_rows'
  | 'unknown_area'
  | 'too_many_issues';

/** What is wrong, where: the file line, and the field (`file` for the file as a whole, `row` for the line). */
export type PopulationIssue = {
  line: number;
  field: PopulationField | 'row' | 'file';
  code: PopulationIssueCode;
  message: string;
};

export type PopulationCsvRow = {
  line: number;
  area: string;
  gender: Gender;
  age: number;
  population: number;
};

export type PopulationCsvResult =
  | { ok: true; rows: PopulationCsvRow[]; skippedOtherYears: number }
  | { ok: false; issues: PopulationIssue[] };

/** A file this broken needs fixing at the source; listing every line would not help. */
export const MAX_ISSUES = 100;
export const MAX_AGE = 120;
/** Far above any area's single-year cohort: a larger figure is a wrong column. */
export const MAX_POPULATION = 1_000_000;

/** Lower case, no diacritics, single spaces: "  Ålder " and "alder" match. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const COLUMN_NAMES: Record<PopulationField, readonly string[]> = {
  area: ['omrade', 'area', 'region'],
  gender: ['kon', 'gender', 'sex'],
  age: ['alder', 'age'],
  count: ['antal', 'befolkning', 'population', 'count', 'folkmangd'],
  year: ['ar', 'year'],
};

const REQUIRED: readonly PopulationField[] = ['area', 'gender', 'age', 'count'];

/** Gender words (folded) as Swedish and English files and SCB's codes (1 men, 2 women) write them. */
const GENDER_WORDS: Record<Gender, readonly string[]> = {
  girl: [
    'flickor',
    'flicka',
    'kvinnor',
    'kvinna',
    'tjejer',
    'k',
    'f',
    'girl',
    'girls',
    'female',
    'women',
    '2',
  ],
  boy: ['pojkar', 'pojke', 'man', 'killar', 'm', 'p', 'boy', 'boys', 'male', 'men', '1'],
  other: ['annat', 'ovrigt', 'other', 'okant', 'annat/okant', 'unknown'],
};

const GENDER_BY_WORD = new Map(
  Object.entries(GENDER_WORDS).flatMap(([gender, words]) => words.map((word) => [word, gender as Gender])),
);

function fieldOfHeader(cell: string): PopulationField | undefined {
  const name = fold(cell);
  return REQUIRED.concat('year').find((field) => COLUMN_NAMES[field].includes(name));
}

export function parseGender(text: string): Gender | undefined {
  return GENDER_BY_WORD.get(fold(text));
}

type Parsed<T> = { value: T } | { code: PopulationIssueCode; message: string };

/** "15", "15 år", "15 years"; "100+" is SCB's open top group, counted at its lowest age. Ranges are refused. */
export function parseAge(text: string): Parsed<number> {
  const cell = fold(text).replace(/\s*(ar|years?)$/, '');
  if (/^\d+\s*[-–—]\s*\d+$/.test(cell)) {
    return { code: 'age_range', message: `"${text}" is a range; give one row per single year of age` };
  }
  const match = /^(\d{1,3})\+?$/.exec(cell);
  const age = match ? Number(match[1]) : Number.NaN;
  if (!(age <= MAX_AGE)) return { code: 'bad_age', message: `"${text}" is not an age from 0 to ${MAX_AGE}` };
  return { value: age };
}

/** A whole number, with spaces or no-break spaces between thousands as Swedish files write them. */
export function parseCount(text: string): Parsed<number> {
  const cell = text.trim();
  const grouped = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$/.test(cell);
  const count = grouped || /^\d+$/.test(cell) ? Number(cell.replace(/\D/g, '')) : Number.NaN;
  if (!(count <= MAX_POPULATION)) {
    return { code: 'bad_count', message: `"${text}" is not a whole number from 0 to ${MAX_POPULATION}` };
  }
  return { value: count };
}

/** The key two rows share when they describe the same people: area names match as the database does. */
export function areaKey(area: string): string {
  return area.replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');
}

/** One `duplicate_row` issue per row that repeats an earlier row's key. */
export function duplicateIssues<R extends { line: number }>(
  rows: readonly R[],
  keyOf: (row: R) => string,
): PopulationIssue[] {
  const firstLine = new Map<string, number>();
  const issues: PopulationIssue[] = [];
  for (const row of rows) {
    const key = keyOf(row);
    const first = firstLine.get(key);
    if (first === undefined) firstLine.set(key, row.line);
    else
      issues.push({
        line: row.line,
        field: 'row',
        code: 'duplicate_row',
        message: `Same area, gender and age as line ${first}`,
      });
  }
  return issues;
}

export const rowKey = (row: { area: string; gender: Gender; age: number }) =>
  `${areaKey(row.area)}|${row.gender}|${row.age}`;

type Columns = Partial<Record<PopulationField, number>>;

/** The header is the first record naming at least two known columns; title lines above it are skipped. */
function findHeader(records: CsvRecord[]): number {
  const index = records
    .slice(0, 10)
    .findIndex((record) => new Set(record.fields.map(fieldOfHeader).filter(Boolean)).size >= 2);
  return Math.max(index, 0);
}

function mapColumns(header: CsvRecord, year: number): { columns: Columns; issues: PopulationIssue[] } {
  const columns: Columns = {};
  const issues: PopulationIssue[] = [];
  header.fields.forEach((cell, index) => {
    const field = fieldOfHeader(cell);
    if (!field) return;
    if (columns[field] !== undefined) {
      issues.push({
        line: header.line,
        field,
        code: 'duplicate_column',
        message: `Two columns mean ${field}`,
      });
    } else columns[field] = index;
  });
  // SCB's wide layout: one count column per year, headed by the year.
  const yearHeaders = header.fields.map((cell) => cell.trim()).filter((cell) => /^\d{4}$/.test(cell));
  if (columns.count === undefined && yearHeaders.length > 0) {
    const index = header.fields.findIndex((cell) => cell.trim() === String(year));
    if (index >= 0) columns.count = index;
    else
      issues.push({
        line: header.line,
        field: 'count',
        code: 'year_not_in_file',
        message: `The file has columns for ${yearHeaders.join(', ')} but not ${year}`,
      });
  }
  for (const field of REQUIRED) {
    if (columns[field] === undefined && !issues.some((issue) => issue.field === field)) {
      issues.push({
        line: header.line,
        field,
        code: 'missing_column',
        message: `No column for ${field} (${COLUMN_NAMES[field].join(', ')})`,
      });
    }
  }
  return { columns, issues };
}

type RowResult = { row: PopulationCsvRow } | { otherYear: true } | { issues: PopulationIssue[] };

function readRow(record: CsvRecord, columns: Columns, year: number): RowResult {
  const issues: PopulationIssue[] = [];
  const cell = (field: PopulationField) => {
    const index = columns[field];
    return index === undefined ? '' : (record.fields[index] ?? '').trim();
  };
  const problem = (field: PopulationField, code: PopulationIssueCode, message: string) =>
    issues.push({ line: record.line, field, code, message });

  if (columns.year !== undefined) {
    const text = cell('year');
    if (!/^\d{4}$/.test(text)) problem('year', 'bad_year', `"${text}" is not a year`);
    else if (Number(text) !== year) return { otherYear: true };
  }
  for (const field of REQUIRED) {
    if (cell(field) === '') problem(field, 'missing_value', `No ${field} given`);
  }
  const gender = cell('gender') === '' ? undefined : parseGender(cell('gender'));
  if (cell('gender') !== '' && !gender) {
    problem('gender', 'unknown_gender', `"${cell('gender')}" is not a gender (girl, boy or other)`);
  }
  const age = cell('age') === '' ? undefined : parseAge(cell('age'));
  if (age && 'code' in age) problem('age', age.code, age.message);
  const count = cell('count') === '' ? undefined : parseCount(cell('count'));
  if (count && 'code' in count) problem('count', count.code, count.message);

  if (issues.length > 0 || !gender || !age || !('value' in age) || !count || !('value' in count)) {
    return { issues };
  }
  return {
    row: { line: record.line, area: cell('area'), gender, age: age.value, population: count.value },
  };
}

/** At most MAX_ISSUES issues, in line order, with a last one saying how many more there were. */
export function capIssues(issues: PopulationIssue[]): PopulationIssue[] {
  const sorted = [...issues].sort((a, b) => a.line - b.line);
  if (sorted.length <= MAX_ISSUES) return sorted;
  const shown = sorted.slice(0, MAX_ISSUES);
  return [
    ...shown,
    {
      line: shown.at(-1)?.line ?? 1,
      field: 'file',
      code: 'too_many_issues',
      message: `${sorted.length - MAX_ISSUES} more issues not listed`,
    },
  ];
}

/**
 * Parses a population CSV for one year. Separators `;`, tab or `,` (detected), a UTF-8 BOM, quoted
 * cells and CRLF are accepted; headers in Swedish or English, any case, with or without å/ä/ö.
 * Rows of other years (when the file has a year column) are skipped and counted.
 */
export function parsePopulationCsv(text: string, options: { year: number }): PopulationCsvResult {
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const { records, unclosedQuoteLine } = readRecords(content, detectSeparator(content));
  // Everything after an unclosed quote is one cell: other issues would only be noise.
  if (unclosedQuoteLine !== null) {
    const message = 'A quoted cell starts here and never ends';
    return {
      ok: false,
      issues: [{ line: unclosedQuoteLine, field: 'row', code: 'unclosed_quote', message }],
    };
  }
  const headerIndex = findHeader(records);
  const header = records[headerIndex];
  if (!header) {
    return {
      ok: false,
      issues: [{ line: 1, field: 'file', code: 'empty_file', message: 'The file is empty' }],
    };
  }
  const mapped = mapColumns(header, options.year);
  if (mapped.issues.length > 0) return { ok: false, issues: mapped.issues };

  const issues: PopulationIssue[] = [];

  const rows: PopulationCsvRow[] = [];
  let skippedOtherYears = 0;
  for (const record of records.slice(headerIndex + 1)) {
    const result = readRow(record, mapped.columns, options.year);
    if ('row' in result) rows.push(result.row);
    else if ('otherYear' in result) skippedOtherYears++;
    else issues.push(...result.issues);
  }
  issues.push(...duplicateIssues(rows, rowKey));
  if (issues.length === 0 && rows.length === 0) {
    issues.push({
      line: header.line,
      field: 'file',
      code: 'no_rows',
      message: `The file has no rows for ${options.year}`,
    });
  }
  return issues.length > 0 ? { ok: false, issues: capIssues(issues) } : { ok: true, rows, skippedOtherYears };
}
