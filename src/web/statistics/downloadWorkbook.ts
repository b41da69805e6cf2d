import { type SheetSpec, writeWorkbook, XLSX_MIME } from '../../shared/xlsx';

/** Builds an Excel workbook in the browser and hands it over as a download. */
export function downloadWorkbook(fileName: string, sheets: readonly SheetSpec[]): void {
  downloadBlob(fileName, new Blob([writeWorkbook(sheets)], { type: XLSX_MIME }));
}

/** Saves a file made in the page through a temporary link, as any download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the file only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
