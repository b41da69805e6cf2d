/** CSV for Swedish Excel: UTF-8 with a byte order mark, semicolons, CRLF line ends. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const quote = (cell: string) => (/[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return `\uFEFF${rows.map((row) => row.map(quote).join(';')).join('\r\n')}\r\n`;
}

/** "kontakter_Fältgruppen-Centrum_2026-01-01_2026-04-30.csv": no spaces or characters file systems dislike. */
export function csvFileName(prefix: string, scopeName: string, from: string, to: string): string {
  const name = scopeName
    .trim()
    .replace(/[\\/:*?"<>|]+/g, '')
    .replace(/\s+/g, '-');
  return `${prefix}_${name}_${from}_${to}.csv`;
}

/** Hands the file to the browser as a download. */
export function downloadCsv(fileName: string, rows: readonly (readonly string[])[]): void {
  const blob = new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
