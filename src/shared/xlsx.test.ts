import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type CellValue, cellText, columnName, MAX_CELL_TEXT, sheetNames, writeWorkbook } from './xlsx';

/** Reads a workbook back with ExcelJS (a strict XML parser), as cell values per sheet. */
async function readBack(file: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file) as unknown as ExcelJS.Buffer);
  return workbook;
}

function valuesOf(sheet: ExcelJS.Worksheet, rows: number, columns: number): CellValue[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const value = sheet.getRow(r + 1).getCell(c + 1).value;
      return value === undefined ? null : (value as CellValue);
    }),
  );
}

const parts = (file: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(file)).map(([name, data]) => [name, strFromU8(data)]));

describe('writeWorkbook', () => {
  const file = writeWorkbook([
    {
      name: 'Kontakter',
      rows: [
        ['Kön', '13–15', 'Totalt'],
        ['Tjej', 12, 15],
        ['Kille', '<5', '..'],
        ['Annat/okänt', null, 0.5],
      ],
    },
    {
      name: 'Definitioner',
      columns: [{ width: 20 }],
      rows: [['Begrepp'], ['Kontakt är inte en unik person']],
    },
  ]);

  it('packs the parts of an Office Open XML workbook', () => {
    const files = parts(file);
    expect(Object.keys(files)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/sharedStrings.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(files['[Content_Types].xml']).toContain('PartName="/xl/worksheets/sheet2.xml"');
    expect(files['xl/workbook.xml']).toContain('<sheet name="Kontakter" sheetId="1" r:id="rId1"/>');
    expect(files['xl/styles.xml']).toContain('<font><b/>');
    const sheet = files['xl/worksheets/sheet1.xml'];
    expect(sheet).toContain('<dimension ref="A1:C4"/>');
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<c r="B2"><v>12</v></c>'); // a number, not text
    expect(sheet).toContain('<c r="A1" t="s" s="1">'); // a bold header
    expect(sheet).not.toContain('r="B4"'); // null leaves the cell empty
    expect(files['xl/worksheets/sheet2.xml']).toContain('width="20"');
  });

  it('is read back by a real reader: values, types, bold frozen header', async () => {
    const workbook = await readBack(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Kontakter', 'Definitioner']);
    const sheet = workbook.getWorksheet('Kontakter') as ExcelJS.Worksheet;
    expect(valuesOf(sheet, 4, 3)).toEqual([
      ['Kön', '13–15', 'Totalt'],
      ['Tjej', 12, 15],
      ['Kille', '<5', '..'],
      ['Annat/okänt', null, 0.5],
    ]);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').font?.bold).toBeFalsy();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('is reproducible byte for byte', () => {
    const spec = [{ name: 'A', rows: [['x', 1]] }];
    expect(writeWorkbook(spec)).toEqual(writeWorkbook(spec));
  });

  it('keeps XML specials, Excel escapes, line breaks and emoji as text, and no formulas', async () => {
    const texts = [
      '<b>&"\'</b>',
      '_x0041_ and _x00e9_',
      'rad 1\r\nrad 2\rrad 3',
      '  mellanslag  ',
      '👩‍👧 ok',
      '=1+1',
    ];
    const workbook = await readBack(
      writeWorkbook([{ name: 'T', headerRows: 0, rows: texts.map((t) => [t]) }]),
    );
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(valuesOf(sheet, texts.length, 1).map((row) => row[0])).toEqual(texts);
    expect(sheet.getCell('A6').formula).toBeUndefined();
  });

  it('drops characters XML cannot carry and cuts text at Excel’s limit', async () => {
    expect(cellText('a\u0000b\u0008c\u001Fd\uFFFEe\uD800f')).toBe('abcdef');
    const long = `${'x'.repeat(MAX_CELL_TEXT - 1)}😀tail`;
    expect(cellText(long)).toBe('x'.repeat(MAX_CELL_TEXT - 1)); // no half emoji
    const workbook = await readBack(writeWorkbook([{ name: 'L', rows: [['\u0001'], [long]] }]));
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getCell('A1').value).toBeNull();
    expect(sheet.getCell('A2').value).toBe(cellText(long));
  });

  it('refuses numbers a cell cannot hold', () => {
    expect(() => writeWorkbook([{ name: 'N', rows: [[Number.NaN]] }])).toThrow(RangeError);
    expect(() => writeWorkbook([])).toThrow(RangeError);
  });
});

describe('sheetNames', () => {
  it('makes names Excel accepts, unique regardless of case', () => {
    expect(
      sheetNames(['Kontakter', 'kontakter', 'a/b:c*d?e[f]g\\h', "'citat'", '', 'History', 'x'.repeat(40)]),
    ).toEqual(['Kontakter', 'kontakter (2)', 'a b c d e f g h', 'citat', 'Blad5', 'Blad6', 'x'.repeat(31)]);
    expect(sheetNames(['y'.repeat(40), 'y'.repeat(35)])).toEqual(['y'.repeat(31), `${'y'.repeat(27)} (2)`]);
  });

  it('always gives valid, distinct names', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 12 }), (wanted) => {
        const names = sheetNames(wanted);
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
        for (const name of names) {
          expect(name.length).toBeGreaterThan(0);
          expect(name.length).toBeLessThanOrEqual(31);
          expect(name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
        }
      }),
    );
  });
});

describe('columnName', () => {
  it('counts like Excel', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('round trip', () => {
  // Any UTF-16 code unit, so lone surrogates and control characters come up too.
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
      maxLength: 30,
    }),
    fc.constantFrom('<&>"\'', '_x0041_', '\r\n', ' ', '😀', '=SUM(A1)', 'x'.repeat(MAX_CELL_TEXT + 5)),
  );
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    anyText,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.constant(null),
  );

  it('gives back every text (as a cell can hold it) and every number', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        async (rows) => {
          const width = Math.max(...rows.map((row) => row.length));
          const workbook = await readBack(writeWorkbook([{ name: 'P', rows }]));
          const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
          const expected = rows.map((row) =>
            Array.from({ length: width }, (_, c) => {
              const value = row[c] ?? null;
              if (typeof value === 'number') return Object.is(value, -0) ? 0 : value;
              if (value === null) return null;
              return cellText(value) === '' ? null : cellText(value);
            }),
          );
          expect(valuesOf(sheet, rows.length, width)).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
