/**
 * CSV for Swedish Excel, written in one place for every download: UTF-8 with a byte order mark,
 * semicolons, CRLF line ends.
 *
 * A text cell that begins with a character a spreadsheet reads as the start of a formula (= + - @,
 * tab, carriage return, or their full-width forms) is defused as OWASP advises: a leading `'` and
 * quotes, so `=HYPERLINK("http://x","y")` in a label arrives as text, never as a formula Excel runs.
 * Only text is defused: a number cell is written as a number (Swedish decimal comma, `79,5`, so
 * Excel reads it as a number), and `-3` stays minus three.
 */
export type CsvCell = string | number | null;
export type CsvRow = readonly CsvCell[];

/** Characters that make a spreadsheet evaluate what follows. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One text cell: defused if it could start a formula, quoted if it holds ; " or a line break. */
export function csvText(text: string): string {
  if (FORMULA_START.test(text)) return `"'${text.replaceAll('"', '""')}"`;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One number cell as Swedish Excel reads it: decimal comma, no grouping; nothing for NaN/∞. */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  // String() never groups digits and writes the shortest exact form; only the point differs.
  const text = Object.is(value, -0) ? '0' : String(value);
  // Very large or small numbers come as 1e+21: write them out so Excel sees a plain number.
  const plain = /e/i.test(text)
    ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
    : text;
  return plain.replace('.', ',');
}

export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? csvNumber(cell) : csvText(cell);
}

export function toCsv(rows: readonly CsvRow[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
