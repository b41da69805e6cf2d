import { type CsvRow, toCsv } from '../../shared/csv';
import { downloadBlob } from './downloadWorkbook';

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

/** Hands the file to the browser as a download (cells written and defused by shared/csv.ts). */
export function downloadCsv(fileName: string, rows: readonly CsvRow[]): void {
  downloadBlob(fileName, new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
}
