import { describe, expect, it } from 'vitest';
import { toCsv } from '../../shared/csv';
import type { Translate } from '../i18n/i18n';
import { csvFileName } from './csv';
import { csvRows, type DisplayTable, formatValue, sheetOf } from './displayTable';
import { formatFigure, formatShare } from './figures';

// Keys stand in for texts: these tests are about the figures, not the words.
const t: Translate = (key) => key;

const table: DisplayTable = {
  id: 'contactsPer1000ByArea',
  rowHeading: 'Område',
  columns: [
    { key: 'contacts', label: 'Kontakter', measure: 'contacts' },
    { key: 'per1000', label: 'Per 1 000 unga', measure: 'per1000' },
  ],
  rows: [
    { key: 'a', label: 'Centrum', values: [1234, 56.25] },
    { key: 'b', label: 'Hamnen', values: [0, null] },
  ],
  totals: [1236, 40.5],
  aboutYoungPeople: true,
};

describe('statistics files and figures', () => {
  it('writes CSV for Swedish Excel', () => {
    expect(
      toCsv([
        ['Kön', 'Totalt'],
        ['Tjej', '7'],
        ['a;b', 'x"y'],
      ]),
    ).toBe('\uFEFFKön;Totalt\r\nTjej;7\r\n"a;b";"x""y"\r\n');
    expect(csvFileName('kontakter', 'Fältgruppen Centrum', '2026-01-01', '2026-04-30')).toBe(
      'kontakter_Fältgruppen-Centrum_2026-01-01_2026-04-30.csv',
    );
  });

  it('shows every figure as a number, and a share only when there is a whole', () => {
    expect(formatFigure(1234, 'sv')).toBe('1\u00a0234');
    expect(formatFigure(0, 'sv')).toBe('0');
    expect(formatShare(44, 100, 'sv')).toBe('44\u00a0%');
    expect(formatShare(0, 0, 'sv')).toBe('–');
  });

  it('shows "–" only where there is nothing to compute', () => {
    expect(formatValue(56.25, 'per1000', 'sv')).toBe('56,3');
    expect(formatValue(72.71, 'percent', 'sv')).toBe('72,7 %');
    expect(formatValue(null, 'per1000', 'sv')).toBe('–');
  });

  it('downloads exactly the figures shown: numbers as numbers, nothing to compute as an empty cell', () => {
    expect(toCsv(csvRows(table, t))).toBe(
      '\uFEFFOmråde;Kontakter;Per 1 000 unga\r\nCentrum;1234;56,25\r\nHamnen;0;\r\nstatistics.total;1236;40,5\r\n',
    );
    expect(sheetOf(table, t).rows).toEqual([
      ['Område', 'Kontakter', 'Per 1 000 unga'],
      ['Centrum', 1234, 56.25],
      ['Hamnen', 0, null],
      ['statistics.total', 1236, 40.5],
    ]);
  });

  it('downloads a unit or area named like a formula as text, and decimals with a comma', () => {
    const hostile: DisplayTable = {
      ...table,
      rows: [
        { key: 'a', label: '=HYPERLINK("http://x","y")', values: [-3, 79.5] },
        { key: 'b', label: '@SUM(A1)', values: [0, null] },
      ],
      totals: null,
    };
    expect(toCsv(csvRows(hostile, t))).toBe(
      '\uFEFFOmråde;Kontakter;Per 1 000 unga\r\n' +
        '"\'=HYPERLINK(""http://x"",""y"")";-3;79,5\r\n' +
        '"\'@SUM(A1)";0;\r\n',
    );
  });
});
