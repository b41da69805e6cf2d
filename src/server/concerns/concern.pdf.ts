import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { fill, PDF_LABELS as L } from './concern.pdf-labels';
import type { ReportDto } from './concern.schema';
import { drawableText, wrapLines } from './pdf-text';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const FOOTER = 40;
const TEXT = 10.5;
const LEADING = 14;
const MUTED = rgb(0.3, 0.3, 0.3);

const stockholm = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'short',
  timeStyle: 'short',
});
const when = (iso: string | null) => (iso ? stockholm.format(new Date(iso)) : null);

/** Lays text out top to bottom over as many A4 pages as it needs. */
class PdfWriter {
  private page: PDFPage;
  private y = 0;
  private readonly drawable: ReadonlySet<number>;

  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.drawable = new Set(regular.getCharacterSet());
    this.page = this.newPage();
  }

  private newPage(): PDFPage {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
    return this.page;
  }

  private line(text: string, font: PDFFont, size: number, indent = 0, color = rgb(0, 0, 0)) {
    if (this.y - size < MARGIN + FOOTER) this.newPage();
    this.y -= size * 1.33;
    this.page.drawText(text, { x: MARGIN + indent, y: this.y, size, font, color });
  }

  /** Wrapped text; a blank value shows as a dash. */
  text(text: string, options: { font?: PDFFont; size?: number; indent?: number; muted?: boolean } = {}) {
    const font = options.font ?? this.regular;
    const size = options.size ?? TEXT;
    const indent = options.indent ?? 0;
    const width = A4.width - 2 * MARGIN - indent;
    const measure = (line: string) => font.widthOfTextAtSize(line, size);
    for (const line of wrapLines(drawableText(text, this.drawable), measure, width))
      this.line(line, font, size, indent, options.muted ? MUTED : rgb(0, 0, 0));
  }

  title(text: string) {
    this.text(text, { font: this.bold, size: 16 });
    this.gap(2);
  }

  heading(text: string) {
    if (this.y - 4 * LEADING < MARGIN + FOOTER) this.newPage();
    this.gap(LEADING * 0.6);
    this.text(text, { font: this.bold, size: 12.5 });
    this.gap(2);
  }

  /** A label in bold and its value below it, indented; never a label alone at the foot of a page. */
  field(label: string, value: string | null) {
    if (this.y - 2 * LEADING < MARGIN + FOOTER) this.newPage();
    this.text(label, { font: this.bold, size: 9.5 });
    this.text(value ?? L.notGiven, { indent: 10 });
    this.gap(4);
  }

  gap(points: number) {
    this.y -= points;
  }

  /** Page numbers, the document id and the secrecy note at the foot of every page. */
  footers(reportId: string) {
    const pages = this.doc.getPages();
    pages.forEach((page, index) => {
      const left = `${fill(L.page, { page: index + 1, pages: pages.length })} · ${fill(L.documentId, { id: reportId })}`;
      page.drawText(left, { x: MARGIN, y: MARGIN / 2 + 12, size: 8, font: this.regular, color: MUTED });
      page.drawText(L.secrecy, { x: MARGIN, y: MARGIN / 2, size: 7, font: this.regular, color: MUTED });
    });
  }
}

function yesNo(value: boolean | null): string | null {
  if (value === null) return null;
  return value ? L.yes : L.no;
}

/** The report as a printable PDF: the document the reception files in its case system. */
export async function renderReportPdf(report: ReportDto): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  // Metadata is readable without opening the pages: no names in it.
  doc.setTitle('Orosanmälan');
  doc.setCreator('Fältlogg');
  doc.setProducer('Fältlogg');
  doc.setCreationDate(new Date(report.sentAt));
  const w = new PdfWriter(
    doc,
    await doc.embedFont(StandardFonts.Helvetica),
    await doc.embedFont(StandardFonts.HelveticaBold),
  );

  w.title(L.heading);
  w.text(fill(L.sentFrom, { sent: when(report.sentAt) ?? '', unit: report.unit.name }), { muted: true });

  w.heading(L.sections.urgency);
  w.field(L.fields.urgency, L.urgency[report.urgency]);
  if (report.urgency === 'immediate') w.field(L.fields.emergencyContacted, yesNo(report.emergencyContacted));

  const { child } = report;
  w.heading(L.sections.child);
  w.field(L.fields.childName, child.name);
  w.field(L.fields.personalIdentityNumber, child.personalIdentityNumber);
  w.field(L.fields.birthDate, child.birthDate);
  w.field(L.fields.address, child.address);
  w.field(L.fields.school, child.school);
  w.field(L.fields.description, child.description);

  w.heading(L.sections.guardians);
  w.field(L.fields.guardians, report.guardians);
  w.field(L.fields.guardianInformed, L.guardianInformed[report.guardianInformed]);
  if (report.guardianInformed === 'no')
    w.field(L.fields.guardianNotInformedReason, report.guardianNotInformedReason);

  w.heading(L.sections.concern);
  w.field(L.fields.concern, report.concern);
  w.field(L.fields.seenAndHeard, report.seenAndHeard);
  w.field(L.fields.place, report.place);
  w.field(L.fields.occurredAt, when(report.occurredAt));

  w.heading(L.sections.reporter);
  w.field(L.fields.reporterName, report.reporter.name);
  w.field(L.fields.reporterRole, report.reporter.role);
  w.field(L.fields.reporterPhone, report.reporter.phone);
  w.field(L.fields.unit, report.unit.name);

  w.heading(L.sections.reception);
  w.field(L.fields.status, L.status[report.status]);
  const acknowledged = when(report.acknowledgedAt);
  w.field(
    L.fields.acknowledged,
    acknowledged
      ? fill(L.acknowledgedBy, { at: acknowledged, name: report.acknowledgedBy?.displayName ?? '' })
      : null,
  );
  const { feedback } = report;
  w.field(
    L.fields.feedback,
    feedback
      ? fill(L.feedbackBy, {
          kind: L.feedback[feedback.kind],
          at: when(feedback.at) ?? '',
          name: feedback.by.displayName,
        })
      : null,
  );
  if (feedback?.message) w.field(L.fields.feedbackMessage, feedback.message);

  w.footers(report.id);
  return doc.save();
}
