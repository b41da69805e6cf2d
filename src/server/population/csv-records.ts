/** One CSV record: its cells, and the file line it starts on (1-based, for messages). */
export type CsvRecord = { line: number; fields: string[] };

export const SEPARATORS = [';', '\t', ','] as const;
export type Separator = (typeof SEPARATORS)[number];

/** How many lines separator detection looks at: enough to pass a title line or two. */
const DETECTION_LINES = 10;

/**
 * The separator the file uses: the candidate found most often outside quotes in its first lines.
 * Ties go to `;` (Swedish Excel), then tab, then `,`.
 */
export function detectSeparator(text: string): Separator {
  const counts = new Map<Separator, number>(SEPARATORS.map((separator) => [separator, 0]));
  let inQuotes = false;
  let lines = 0;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (ch === '\n' && ++lines >= DETECTION_LINES) break;
    else if (counts.has(ch as Separator)) counts.set(ch as Separator, (counts.get(ch as Separator) ?? 0) + 1);
  }
  let best: Separator = ';';
  for (const separator of SEPARATORS) {
    if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator;
  }
  return best;
}

/**
 * Splits CSV text into records (RFC 4180 quoting: `"a;b"`, `""` for a quote, line breaks inside
 * quotes). Accepts CRLF, LF and CR line ends; a quote inside an unquoted cell is kept as text.
 * Records whose cells are all blank are left out. `unclosedQuoteLine` names where a quoted cell
 * began that never ended (its text then runs to the end of the file).
 */
export function readRecords(
  text: string,
  separator: Separator,
): { records: CsvRecord[]; unclosedQuoteLine: number | null } {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let atFieldStart = true;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;

  const endField = () => {
    fields.push(field);
    field = '';
    atFieldStart = true;
  };
  const endRecord = () => {
    endField();
    if (fields.some((cell) => cell.trim() !== '')) records.push({ line: recordLine, fields });
    fields = [];
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const lineBreak = ch === '\n' || ch === '\r';
    const crlf = ch === '\r' && text[i + 1] === '\n';
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else {
        field += crlf ? '\r\n' : ch;
        if (crlf) i++;
        if (lineBreak) line++;
      }
    } else if (ch === '"' && atFieldStart) {
      inQuotes = true;
      atFieldStart = false;
      quoteLine = line;
    } else if (ch === separator) endField();
    else if (lineBreak) {
      if (crlf) i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += ch;
      atFieldStart = false;
    }
  }
  endRecord();
  return { records, unclosedQuoteLine: inQuotes ? quoteLine : null };
}
