import { strToU8, zipSync } from 'fflate';

/**
 * A small Office Open XML (.xlsx) writer for tables of text and numbers, used by the web app's
 * downloads and the server's research export alike. Plain data only: no formulas, so a cell that
 * starts with "=" stays text and a downloaded file can never compute anything.
 */
export type CellValue = string | number | null;

export type SheetSpec = {
  name: string;
  /** Column widths in characters; a column without one is sized to its content. */
  columns?: { width?: number }[];
  rows: readonly (readonly CellValue[])[];
  /** How many top rows are headers: bold, and frozen while scrolling. Default 1. */
  headerRows?: number;
};

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel refuses longer cell texts. */
export const MAX_CELL_TEXT = 32_767;
const MAX_SHEET_NAME = 31;
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Style indices in styles.xml: normal, bold header, wrapped long text. */
const STYLE = { normal: 0, header: 1, wrapped: 2 } as const;

/** Builds the workbook file: one sheet per spec, in order, the first one active. */
export function writeWorkbook(sheets: readonly SheetSpec[]): Uint8Array<ArrayBuffer> {
  if (sheets.length === 0) throw new RangeError('A workbook needs at least one sheet');
  const names = sheetNames(sheets.map((sheet) => sheet.name));
  const strings = new SharedStrings();
  const sheetXml = sheets.map((sheet, i) => worksheetXml(sheet, strings, i === 0));
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(contentTypesXml(sheets.length)),
    '_rels/.rels': strToU8(rootRelsXml()),
    'xl/workbook.xml': strToU8(workbookXml(names)),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRelsXml(sheets.length)),
    'xl/styles.xml': strToU8(STYLES_XML),
    'xl/sharedStrings.xml': strToU8(strings.xml()),
  };
  sheetXml.forEach((xml, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(xml);
  });
  // A fixed date keeps the file byte-for-byte reproducible.
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') }) as Uint8Array<ArrayBuffer>;
}

/**
 * Names Excel accepts: no []:*?/\, not starting or ending with an apostrophe, at most 31
 * characters, not empty, not "History" (reserved), and unique regardless of case.
 */
export function sheetNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((name, i) => {
    let base = cleanText(name)
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '')
      .trim();
    if (base === '' || base.toLowerCase() === 'history') base = `Blad${i + 1}`;
    base = truncate(base, MAX_SHEET_NAME);
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = `${truncate(base, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/**
 * The text a cell will hold: characters XML 1.0 cannot carry removed (control characters, lone
 * surrogates, U+FFFE/U+FFFF), cut to Excel's cell limit without splitting a surrogate pair.
 */
export function cellText(value: string): string {
  return truncate(cleanText(value), MAX_CELL_TEXT);
}

const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const cleanText = (value: string) => value.replace(ILLEGAL_XML, '');

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Escapes text for XML content or a double-quoted attribute. */
function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    .replaceAll('\r', '&#13;'); // an XML parser would turn a literal CR into LF
}

/** Excel reads "_x0041_" in a text as an escaped character; a literal one keeps its "_" escaped. */
const escapeExcelText = (text: string) => text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');

class SharedStrings {
  private readonly index = new Map<string, number>();
  private references = 0;

  add(text: string): number {
    this.references++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(text, i);
    }
    return i;
  }

  xml(): string {
    const items = [...this.index.keys()]
      .map((text) => `<si><t xml:space="preserve">${escapeXml(escapeExcelText(text))}</t></si>`)
      .join('');
    return `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.references}" uniqueCount="${this.index.size}">${items}</sst>`;
  }
}

/** A, B, …, Z, AA, AB, … */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function worksheetXml(sheet: SheetSpec, strings: SharedStrings, active: boolean): string {
  const headerRows = Math.max(0, Math.min(sheet.headerRows ?? 1, sheet.rows.length));
  const columnCount = sheet.rows.reduce((most, row) => Math.max(most, row.length), 0);
  const widths = columnWidths(sheet, columnCount);
  const rows = sheet.rows.map((row, r) => {
    const cells = row.map((value, c) =>
      cellXml(value, `${columnName(c)}${r + 1}`, r < headerRows, widths[c]),
    );
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  });
  const last =
    columnCount > 0 && sheet.rows.length > 0 ? `:${columnName(columnCount - 1)}${sheet.rows.length}` : '';
  const pane =
    headerRows > 0
      ? `<pane ySplit="${headerRows}" topLeftCell="A${headerRows + 1}" activePane="bottomLeft" state="frozen"/>` +
        '<selection pane="bottomLeft"/>'
      : '';
  const cols = widths
    .map((width, c) => `<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>`)
    .join('');
  return (
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<dimension ref="A1${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0"${active ? ' tabSelected="1"' : ''}>${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    '</worksheet>'
  );

  function cellXml(value: CellValue, ref: string, header: boolean, width = MAX_WIDTH): string {
    if (value === null || value === '') return '';
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new RangeError(`Cell ${ref} is not a finite number: ${value}`);
      const style = header ? ` s="${STYLE.header}"` : '';
      return `<c r="${ref}"${style}><v>${Object.is(value, -0) ? 0 : value}</v></c>`;
    }
    const text = cellText(value);
    if (text === '') return '';
    const style = header ? STYLE.header : text.length > width ? STYLE.wrapped : STYLE.normal;
    return `<c r="${ref}" t="s"${style ? ` s="${style}"` : ''}><v>${strings.add(text)}</v></c>`;
  }
}

/** Given widths, else the longest line in the column (headers included), within bounds. */
function columnWidths(sheet: SheetSpec, columnCount: number): number[] {
  return Array.from({ length: columnCount }, (_, c) => {
    const given = sheet.columns?.[c]?.width;
    if (given !== undefined) return given;
    const longest = sheet.rows.reduce((most, row) => {
      const value = row[c];
      if (value === null || value === undefined) return most;
      return String(value)
        .split('\n')
        .reduce((longer, line) => Math.max(longer, line.length), most);
    }, 0);
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
}

function contentTypesXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    `${sheets}</Types>`
  );
}

function rootRelsXml(): string {
  return (
    `${XML_HEAD}<Relationships xmlns="${NS_PACKAGE_REL}">` +
    `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '</Relationships>'
  );
}

function workbookXml(names: readonly string[]): string {
  const sheets = names
    .map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  return (
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets></workbook>`
  );
}

function workbookRelsXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  const n = sheetCount;
  return (
    `${XML_HEAD}<Relationships xmlns="${NS_PACKAGE_REL}">${sheets}` +
    `<Relationship Id="rId${n + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>'
  );
}

const FONT = '<sz val="11"/><name val="Calibri"/><family val="2"/>';
const STYLES_XML =
  `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
  `<fonts count="2"><font>${FONT}</font><font><b/>${FONT}</font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';
