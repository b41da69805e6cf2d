import { downloadBlob } from './downloadWorkbook';

/** CSV for Swedish Excel: UTF-8 with a byte order mark, semicolons, CRLF line ends. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const quote = (cell: string) => (/[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return `\uFEFF${rows.map((row) => row.map(quote).join(';')).join('\r\n')}\r\n`;
}

const fileSafe = (text: string) =>
  text
    .trim()
    .replace(/[\\/:*?"<>|]+/g, '')
    .replace(/\s+/g, '-');

/**
 * "kontakter_Fältgruppen-Centrum_2026-01-01_2026-04-30.csv": no spaces or characters file systems
 * dislike, and the place and period in the name so downloads do not overwrite each other.
 */
export function csvFileName(
  prefix: string,
  scopeName: string,
  from: string,
  to: string,
  extension = 'csv',
): string {
  return `${fileSafe(prefix)}_${fileSafe(scopeName)}_${from}_${to}.${extension}`;
}

/** Hands the file to the browser as a download. */
export function downloadCsv(fileName: string, rows: readonly (readonly string[])[]): void {
  downloadBlob(fileName, new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
}
