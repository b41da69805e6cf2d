import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { drawableText, wrapLines } from './pdf-text';

/**
 * A4 documents laid out top to bottom, shared by Fältlogg's printable documents (the report of
 * concern, the register extract): PDF has no layout of its own, so headings, wrapped text,
 * label–value fields and page breaks are done here once.
 */

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const FOOTER = 40;
const TEXT = 10.5;
const LEADING = 14;
const MUTED = rgb(0.3, 0.3, 0.3);
const BLACK = rgb(0, 0, 0);

export type PdfMetadata = {
  /** Readable without opening the pages: never a name or other personal data. */
  title: string;
  createdAt: Date;
  /** What a field with no value shows. */
  blank: string;
};

type TextOptions = { bold?: boolean; size?: number; indent?: number; muted?: boolean };

/** Lays text out top to bottom over as many A4 pages as it needs. */
export class PdfDocumentWriter {
  private page: PDFPage;
  private y = 0;
  private readonly drawable: ReadonlySet<number>;

  private constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    private readonly blank: string,
  ) {
    this.drawable = new Set(regular.getCharacterSet());
    this.page = this.newPage();
  }

  /** A new document in Helvetica (WinAnsi: Swedish letters, not emoji), with neutral metadata. */
  static async create(metadata: PdfMetadata): Promise<PdfDocumentWriter> {
    const doc = await PDFDocument.create();
    doc.setTitle(metadata.title);
    doc.setCreator('Fältlogg');
    doc.setProducer('Fältlogg');
    doc.setCreationDate(metadata.createdAt);
    const regular = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    return new PdfDocumentWriter(doc, regular, bold, metadata.blank);
  }

  private newPage(): PDFPage {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
    return this.page;
  }

  private line(text: string, font: PDFFont, size: number, indent: number, muted: boolean) {
    if (this.y - size < MARGIN + FOOTER) this.newPage();
    this.y -= size * 1.33;
    this.page.drawText(text, { x: MARGIN + indent, y: this.y, size, font, color: muted ? MUTED : BLACK });
  }

  /** Wrapped text; characters the font cannot draw show as '?'. */
  text(text: string, options: TextOptions = {}) {
    const font = options.bold ? this.bold : this.regular;
    const size = options.size ?? TEXT;
    const indent = options.indent ?? 0;
    const width = A4.width - 2 * MARGIN - indent;
    const measure = (line: string) => font.widthOfTextAtSize(line, size);
    for (const line of wrapLines(drawableText(text, this.drawable), measure, width))
      this.line(line, font, size, indent, options.muted ?? false);
  }

  title(text: string) {
    this.text(text, { bold: true, size: 16 });
    this.gap(2);
  }

  /** A section heading; never alone at the foot of a page. */
  heading(text: string) {
    if (this.y - 4 * LEADING < MARGIN + FOOTER) this.newPage();
    this.gap(LEADING * 0.6);
    this.text(text, { bold: true, size: 12.5 });
    this.gap(2);
  }

  /** A label in bold and its value below it, indented; never a label alone at the foot of a page. */
  field(label: string, value: string | null) {
    if (this.y - 2 * LEADING < MARGIN + FOOTER) this.newPage();
    this.text(label, { bold: true, size: 9.5 });
    this.text(value ?? this.blank, { indent: 10 });
    this.gap(4);
  }

  /** A paragraph of running text with space after it. */
  paragraph(text: string) {
    this.text(text);
    this.gap(6);
  }

  gap(points: number) {
    this.y -= points;
  }

  /**
   * Finishes the document: `footer` gives each page's foot lines (page numbers, a secrecy note),
   * drawn bottom-up from the last, small and muted.
   */
  async save(footer: (page: number, pages: number) => { text: string; size: number }[]): Promise<Uint8Array> {
    const pages = this.doc.getPages();
    pages.forEach((page, index) => {
      let y = MARGIN / 2;
      for (const line of footer(index + 1, pages.length).reverse()) {
        const text = drawableText(line.text, this.drawable);
        page.drawText(text, { x: MARGIN, y, size: line.size, font: this.regular, color: MUTED });
        y += line.size + 5;
      }
    });
    return this.doc.save();
  }
}
