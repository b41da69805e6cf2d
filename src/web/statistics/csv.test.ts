import { describe, expect, it } from 'vitest';
import { csvFileName, toCsv } from './csv';
import { formatFigure, formatShare } from './figures';

describe('statistics files and figures', () => {
  it('writes CSV for Swedish Excel', () => {
    expect(
      toCsv([
        ['Kön', 'Totalt'],
        ['Tjej', '<5'],
        ['a;b', 'x"y'],
      ]),
    ).toBe('\uFEFFKön;Totalt\r\nTjej;<5\r\n"a;b";"x""y"\r\n');
    expect(csvFileName('kontakter', 'Fältgruppen Centrum', '2026-01-01', '2026-04-30')).toBe(
      'kontakter_Fältgruppen-Centrum_2026-01-01_2026-04-30.csv',
    );
  });

  it('shows hidden figures as "<5" and no share that depends on one', () => {
    expect(formatFigure(null, 5, 'sv')).toBe('<5');
    expect(formatFigure(1234, 5, 'sv')).toBe('1\u00a0234');
    expect(formatShare(44, 100, 'sv')).toBe('44\u00a0%');
    expect(formatShare(null, 100, 'sv')).toBe('–');
    expect(formatShare(3, null, 'sv')).toBe('–');
  });
});
