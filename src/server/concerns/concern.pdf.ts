import { PdfDocumentWriter } from '../documents/pdf-document';
import { fill } from '../documents/pdf-text';
import { PDF_LABELS as L } from './concern.pdf-labels';
import type { ReportDto } from './concern.schema';

const stockholm = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'short',
  timeStyle: 'short',
});
const when = (iso: string | null) => (iso ? stockholm.format(new Date(iso)) : null);

function yesNo(value: boolean | null): string | null {
  if (value === null) return null;
  return value ? L.yes : L.no;
}

/** The report as a printable PDF: the document the reception files in its case system. */
export async function renderReportPdf(report: ReportDto): Promise<Uint8Array> {
  const w = await PdfDocumentWriter.create({
    title: 'Orosanmälan',
    createdAt: new Date(report.sentAt),
    blank: L.notGiven,
  });

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

  // Page numbers, the document id and the secrecy note at the foot of every page.
  return w.save((page, pages) => [
    { text: `${fill(L.page, { page, pages })} · ${fill(L.documentId, { id: report.id })}`, size: 8 },
    { text: L.secrecy, size: 7 },
  ]);
}
