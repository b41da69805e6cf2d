import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENDERS, type Gender } from '../../shared/field-log';
import { readRecords, SEPARATORS, type Separator } from './csv-records';
import {
  MAX_ISSUES,
  type PopulationCsvResult,
  parseAge,
  parseCount,
  parsePopulationCsv,
} from './population-csv';

type Row = { area: string; gender: Gender; age: number; population: number };

/** How a file can be written: what the parser must all read the same way. */
type Style = {
  separator: Separator;
  quoteAll: boolean;
  crlf: boolean;
  bom: boolean;
  titleLine: boolean;
  yearColumn: boolean;
  headers: [string, string, string, string];
  genderWord: Record<Gender, string>;
  ageSuffix: '' | ' år' | ' years';
  thousands: '' | ' ' | '\u00a0';
};

const YEAR = 2024;

function quote(cell: string, style: Style): string {
  const needed = cell.includes(style.separator) || /["\r\n]/.test(cell) || cell.trim() !== cell;
  return style.quoteAll || needed ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function groupThousands(n: number, separator: string): string {
  return separator === '' ? String(n) : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Writes rows as a population CSV in the given style; `otherYear` rows go in with year 2023. */
function formatCsv(rows: Row[], style: Style, otherYear: Row[] = []): string {
  const line = (cells: string[]) => cells.map((cell) => quote(cell, style)).join(style.separator);
  const header = style.yearColumn ? [...style.headers, 'År'] : [...style.headers];
  const data = (row: Row, year: number) => {
    const cells = [
      row.area,
      style.genderWord[row.gender],
      `${row.age}${style.ageSuffix}`,
      groupThousands(row.population, style.thousands),
    ];
    return line(style.yearColumn ? [...cells, String(year)] : cells);
  };
  const lines = [
    ...(style.titleLine ? [`"Folkmängd efter område, kön och ålder ${YEAR}"`] : []),
    line(header),
    ...rows.map((row) => data(row, YEAR)),
    ...(style.yearColumn ? otherYear.map((row) => data(row, 2023)) : []),
  ];
  return (style.bom ? '\uFEFF' : '') + lines.join(style.crlf ? '\r\n' : '\n');
}

const casing = (word: string) =>
  fc.constantFrom(word, word.toUpperCase(), word.charAt(0).toUpperCase() + word.slice(1));

const style: fc.Arbitrary<Style> = fc.record({
  separator: fc.constantFrom(...SEPARATORS),
  quoteAll: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  titleLine: fc.boolean(),
  yearColumn: fc.boolean(),
  headers: fc.tuple(
    fc.constantFrom('område', 'omrade', 'Area').chain(casing),
    fc.constantFrom('kön', 'kon', 'gender', 'sex').chain(casing),
    fc.constantFrom('ålder', 'alder', 'age').chain(casing),
    fc.constantFrom('antal', 'befolkning', 'population', 'count').chain(casing),
  ),
  genderWord: fc.record({
    girl: fc
      .constantFrom('flickor', 'flicka', 'kvinnor', 'kvinna', 'k', 'f', 'girl', 'female', '2')
      .chain(casing),
    boy: fc.constantFrom('pojkar', 'pojke', 'män', 'man', 'm', 'p', 'boy', 'male', '1').chain(casing),
    other: fc.constantFrom('annat', 'övrigt', 'other', 'okänt').chain(casing),
  }),
  ageSuffix: fc.constantFrom('' as const, ' år' as const, ' years' as const),
  thousands: fc.constantFrom('' as const, ' ' as const, '\u00a0' as const),
});

/** Area names as people write them, separators and quotes included; trimmed, single spaces. */
const areaName = fc
  .array(fc.constantFrom(...'abcxyzåäöÅÄÖ -,;"\'&1'.split('')), { minLength: 1, maxLength: 14 })
  .map((chars) => chars.join('').replace(/\s+/g, ' ').trim())
  .filter((name) => name !== '');

const row: fc.Arbitrary<Row> = fc.record({
  area: areaName,
  gender: fc.constantFrom(...GENDERS),
  age: fc.integer({ min: 0, max: 120 }),
  population: fc.integer({ min: 0, max: 1_000_000 }),
});

const rows = fc.uniqueArray(row, {
  minLength: 1,
  maxLength: 25,
  selector: (r) => `${r.area.toLocaleLowerCase('sv')}|${r.gender}|${r.age}`,
});

function parsedRows(result: PopulationCsvResult): Row[] {
  if (!result.ok) throw new Error(`Expected rows, got ${JSON.stringify(result.issues)}`);
  return result.rows.map(({ area, gender, age, population }) => ({ area, gender, age, population }));
}

describe('population CSV', () => {
  it('reads back any rows written with any separator, quoting, line end, header and word choice', () => {
    fc.assert(
      fc.property(rows, style, fc.array(row, { maxLength: 5 }), (written, how, otherYear) => {
        const result = parsePopulationCsv(formatCsv(written, how, otherYear), { year: YEAR });
        expect(parsedRows(result)).toEqual(written);
        if (!result.ok) return;
        expect(result.skippedOtherYears).toBe(how.yearColumn ? otherYear.length : 0);
        const firstDataLine = how.titleLine ? 3 : 2;
        expect(result.rows.map((r) => r.line)).toEqual(written.map((_, i) => firstDataLine + i));
      }),
    );
  });

  it('never throws, and always answers rows or issues with line numbers', () => {
    const csvish = fc.string({
      unit: fc.constantFrom('a', 'å', '"', ';', ',', '\t', '\n', '\r', ' ', '1', '-', 'k', 'område', 'kön'),
      maxLength: 200,
    });
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), csvish), (text) => {
        const result = parsePopulationCsv(text, { year: YEAR });
        if (result.ok) expect(result.rows.length).toBeGreaterThan(0);
        else {
          expect(result.issues.length).toBeGreaterThan(0);
          expect(result.issues.length).toBeLessThanOrEqual(MAX_ISSUES + 1);
          for (const issue of result.issues) expect(issue.line).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });

  it('reports a repeated area, gender and age on the repeating line', () => {
    fc.assert(
      fc.property(rows, style, fc.nat(), (written, how, pick) => {
        const repeated = written[pick % written.length] as Row;
        const result = parsePopulationCsv(formatCsv([...written, { ...repeated, population: 7 }], how), {
          year: YEAR,
        });
        const line = (how.titleLine ? 3 : 2) + written.length;
        expect(result).toEqual({
          ok: false,
          issues: [expect.objectContaining({ line, code: 'duplicate_row' })],
        });
      }),
    );
  });

  it('splits any cells, quoted, back into the same records', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'ö', ' ', ';', ',', '\t', '"', '\n', '\r\n'),
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
        fc.constantFrom(...SEPARATORS),
        (records, separator) => {
          const text = records
            .map((cells) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(separator))
            .join('\r\n');
          const kept = records.filter((cells) => cells.some((c) => c.trim() !== ''));
          expect(readRecords(text, separator).records.map((r) => r.fields)).toEqual(kept);
        },
      ),
    );
  });

  it('reads a semicolon file from Swedish Excel, BOM and no-break spaces included', () => {
    const text =
      '\uFEFFOmråde;Kön;Ålder;Antal\r\nStortorget;Flickor;15;1\u00a0204\r\nStortorget;Pojkar;15 år;1 187\r\n';
    expect(parsePopulationCsv(text, { year: YEAR })).toEqual({
      ok: true,
      skippedOtherYears: 0,
      rows: [
        { line: 2, area: 'Stortorget', gender: 'girl', age: 15, population: 1204 },
        { line: 3, area: 'Stortorget', gender: 'boy', age: 15, population: 1187 },
      ],
    });
  });

  it('reads SCB’s wide layout, taking the chosen year’s column', () => {
    const text = [
      '"Folkmängden efter region, ålder och kön"',
      '',
      '"region","ålder","kön","2023","2024"',
      '"Norrparken","14 år","kvinnor",50,52',
      '"Norrparken","100+ år","män",1,0',
    ].join('\n');
    const result = parsePopulationCsv(text, { year: 2024 });
    expect(result.ok && result.rows).toEqual([
      { line: 4, area: 'Norrparken', gender: 'girl', age: 14, population: 52 },
      { line: 5, area: 'Norrparken', gender: 'boy', age: 100, population: 0 },
    ]);
    expect(parsePopulationCsv(text, { year: 2025 })).toEqual({
      ok: false,
      issues: [expect.objectContaining({ line: 3, field: 'count', code: 'year_not_in_file' })],
    });
  });

  it('names each bad cell by line and column, with a stable code', () => {
    const text = [
      'område;kön;ålder;antal',
      'Stortorget;totalt;15;10',
      'Stortorget;flickor;13-15;10',
      'Stortorget;flickor;13–15;10',
      'Stortorget;flickor;femton;10',
      'Stortorget;flickor;16;1,5',
      ';pojkar;16;..',
      'Stortorget;flickor;17',
    ].join('\n');
    const result = parsePopulationCsv(text, { year: YEAR });
    expect(result.ok ? [] : result.issues.map(({ line, field, code }) => [line, field, code])).toEqual([
      [2, 'gender', 'unknown_gender'],
      [3, 'age', 'age_range'],
      [4, 'age', 'age_range'],
      [5, 'age', 'bad_age'],
      [6, 'count', 'bad_count'],
      [7, 'area', 'missing_value'],
      [7, 'count', 'bad_count'],
      [8, 'count', 'missing_value'],
    ]);
  });

  it('names the columns it cannot find, and refuses two columns for one thing', () => {
    const missing = parsePopulationCsv('område;antal\nStortorget;5', { year: YEAR });
    expect(missing.ok ? [] : missing.issues.map((issue) => [issue.field, issue.code])).toEqual([
      ['gender', 'missing_column'],
      ['age', 'missing_column'],
    ]);
    const twice = parsePopulationCsv('område;kön;ålder;antal;befolkning\n', { year: YEAR });
    expect(twice.ok ? [] : twice.issues.map((issue) => issue.code)).toEqual(['duplicate_column']);
    expect(parsePopulationCsv('', { year: YEAR })).toMatchObject({
      ok: false,
      issues: [{ code: 'empty_file' }],
    });
    expect(parsePopulationCsv('område;kön;ålder;antal\r\n', { year: YEAR })).toMatchObject({
      ok: false,
      issues: [{ code: 'no_rows' }],
    });
    expect(parsePopulationCsv('område;kön;ålder;antal\n"Stor;kön;1;2', { year: YEAR })).toMatchObject({
      ok: false,
      issues: [{ line: 2, code: 'unclosed_quote' }],
    });
  });

  it('lists at most a hundred issues, then says how many more', () => {
    const text = ['område;kön;ålder;antal', ...Array.from({ length: 150 }, () => 'A;x;1;1')].join('\n');
    const result = parsePopulationCsv(text, { year: YEAR });
    expect(result.ok ? [] : result.issues).toHaveLength(MAX_ISSUES + 1);
    expect(result.ok ? undefined : result.issues.at(-1)).toMatchObject({
      code: 'too_many_issues',
      message: '50 more issues not listed',
    });
  });

  it('reads ages and counts as Swedish files write them', () => {
    expect(parseAge('15 år')).toEqual({ value: 15 });
    expect(parseAge('0')).toEqual({ value: 0 });
    expect(parseAge('121')).toMatchObject({ code: 'bad_age' });
    expect(parseAge('-1')).toMatchObject({ code: 'bad_age' });
    expect(parseAge('15.5')).toMatchObject({ code: 'bad_age' });
    expect(parseCount('12 345')).toEqual({ value: 12345 });
    expect(parseCount('12\u202f345')).toEqual({ value: 12345 });
    expect(parseCount('1 2')).toMatchObject({ code: 'bad_count' });
    expect(parseCount('-3')).toMatchObject({ code: 'bad_count' });
    expect(parseCount('1000001')).toMatchObject({ code: 'bad_count' });
  });
});
