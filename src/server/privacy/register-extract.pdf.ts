import { PdfDocumentWriter } from '../documents/pdf-document';
import { fill } from '../documents/pdf-text';
import { swedishDate, swedishDateTime, swedishDay } from '../documents/swedish-dates';
import { EXTRACT_LABELS as L } from './register-extract.pdf-labels';
import type { RegisterExtract } from './register-extract.schema';

function consentGiven(consent: RegisterExtract['consent']): string {
  if (consent.youngPerson && consent.guardian) return L.consentBy.both;
  return consent.guardian ? L.consentBy.guardian : L.consentBy.youngPerson;
}

/** "support_contact.read" → "läste"; an action the wording does not know reads as a use. */
function readerAction(action: string): string {
  const key = action.replace(/^(privacy\.)?support_contact\./, '') as keyof typeof L.readerAction;
  return L.readerAction[key] ?? L.readerAction.other;
}

function roles(described: string): string {
  const names = described
    .split(',')
    .filter((role) => role !== '')
    .map((role) => L.role[role as keyof typeof L.role] ?? L.role.other);
  return [...new Set(names)].join(', ') || L.role.other;
}

/** The register extract as the document handed to the young person: plain Swedish, dates in words. */
export async function renderRegisterExtractPdf(extract: RegisterExtract): Promise<Uint8Array> {
  const w = await PdfDocumentWriter.create({
    title: L.documentTitle,
    createdAt: new Date(extract.producedAt),
    blank: L.blank,
  });
  const { controller, supportContact: contact, consent, retention } = extract;

  w.title(L.heading);
  w.text(fill(L.controller, controller), { bold: true });
  w.text(fill(L.producedOn, { date: swedishDate(extract.producedAt) }), { muted: true });
  w.gap(6);
  w.paragraph(L.intro);

  w.heading(L.sections.person);
  w.field(L.fields.name, contact.name);
  w.field(L.fields.birthYear, String(contact.birthYear));
  w.field(L.fields.gender, L.gender[contact.gender]);
  w.field(L.fields.area, contact.area);
  w.field(L.fields.unit, controller.unit);
  w.field(L.fields.openedAt, swedishDate(contact.openedAt));
  if (contact.closedAt) {
    w.field(L.fields.closedAt, swedishDate(contact.closedAt));
    w.field(L.fields.closeReason, contact.closeReason ? L.closeReason[contact.closeReason] : null);
  }

  w.heading(L.sections.consent);
  w.field(L.fields.consentedOn, swedishDay(consent.consentedOn));
  w.field(L.fields.consentGiven, consentGiven(consent));
  w.field(L.fields.scope, consent.scope);
  if (consent.withdrawnAt)
    w.field(
      L.fields.withdrawn,
      fill(L.withdrawnOn, {
        date: swedishDate(consent.withdrawnAt),
        by: consent.withdrawnBy ? L.withdrawnBy[consent.withdrawnBy] : '',
      }).replace(/, $/, ''),
    );

  w.heading(L.sections.plan);
  w.field(L.fields.plan, contact.plan);

  w.heading(L.sections.log);
  if (extract.contactLog.length === 0) w.paragraph(L.noLog);
  for (const entry of extract.contactLog)
    w.field(fill(L.logEntry, { date: swedishDay(entry.on), by: entry.loggedBy }), entry.note ?? L.noNote);
  w.field(L.fields.lastContactOn, swedishDay(contact.lastContactOn));

  w.heading(L.sections.history);
  for (const event of extract.history) w.text(fill(L.history[event.kind], { date: swedishDate(event.at) }));

  w.heading(L.sections.readers);
  if (extract.readBy.length === 0) w.paragraph(L.noReaders);
  for (const reader of extract.readBy)
    w.text(
      fill(L.reader, {
        date: swedishDateTime(reader.at),
        action: readerAction(reader.action),
        roles: roles(reader.roles),
      }),
    );

  w.heading(L.sections.purposes);
  for (const text of L.purposes) w.paragraph(text);

  w.heading(L.sections.retention);
  w.paragraph(fill(L.retention.rule, { months: retention.months }));
  w.field(L.fields.plannedDeletion, swedishDay(retention.plannedDeletionOn));
  w.paragraph(fill(L.retention.unlessLogged, { date: swedishDay(retention.plannedDeletionOn) }));

  w.heading(L.sections.rights);
  for (const text of L.rights) w.paragraph(fill(text, controller));

  return w.save((page, pages) => [
    {
      text: `${fill(L.page, { page, pages })} · ${L.documentTitle} ${swedishDate(extract.producedAt)}`,
      size: 8,
    },
    { text: L.secrecy, size: 7 },
  ]);
}
