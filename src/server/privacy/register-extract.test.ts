import { readFile } from 'node:fs/promises';
import { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { readPdf } from '../documents/pdf-read';
import { contactsUrl, openContact } from '../support/support.fixtures';
import { RegisterExtractSchema } from './register-extract.schema';

let t: TestApp;
let contactId: string;
const extractUrl = (id: string) => `/api/privacy/support-contacts/${id}/extract`;

beforeAll(async () => {
  t = await createTestApp(); // the clock stands at 1 April 2026, 12:00 in Stockholm
  const fatima = await t.signedIn('falt@demo.faltlogg.se');
  const centre = t.ids.unit.centre;
  const contact = await openContact(fatima, centre, {
    name: 'Sam',
    birthYear: 2008,
    consent: { youngPerson: true, guardian: false, consentedOn: '2026-03-01', scope: 'Stödsamtal' },
  });
  contactId = contact.id;
  const logged = await fatima.post(`${contactsUrl(centre)}/${contactId}/log`, {
    contactOn: '2026-03-31',
    note: 'Pratade om skolan.',
    kind: 'preventive',
    shiftId: null,
  });
  expect(logged.status).toBeLessThan(300);
  await fatima.get(`${contactsUrl(centre)}/${contactId}`);
});
afterAll(() => t.close());

/** Every key path of a JSON Schema, as `a.b` (array items add no segment). */
function keyPaths(schema: unknown, prefix = ''): string[] {
  const node = schema as { properties?: Record<string, unknown>; items?: unknown; anyOf?: unknown[] };
  if (node.items) return keyPaths(node.items, prefix);
  if (node.anyOf) return node.anyOf.flatMap((option) => keyPaths(option, prefix));
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...keyPaths(child, path)];
  });
}

describe('the register extract as data', () => {
  it('is versioned JSON in the documented shape, with the consent day as stored', async () => {
    const admin = await t.signedIn('admin@demo.faltlogg.se');
    const response = await admin.get(extractUrl(contactId));
    expect(response.status).toBe(200);
    const extract = RegisterExtractSchema.parse(await response.json());
    expect(extract).toMatchObject({
      format: 'faltlogg-registerutdrag',
      version: 1,
      controller: { municipality: 'Demo stad', unit: 'Fältgruppen Centrum' },
      supportContact: { name: 'Sam', birthYear: 2008, lastContactOn: '2026-03-31', closedAt: null },
      consent: { consentedOn: '2026-03-01', youngPerson: true, guardian: false, scope: 'Stödsamtal' },
      contactLog: [{ on: '2026-03-31', note: 'Pratade om skolan.', kind: 'preventive' }],
      retention: { months: 12, plannedDeletionOn: '2027-04-01' },
    });
    expect(extract.history.map((event) => event.kind)).toEqual(['opened']);
    expect(extract.readBy.map((reader) => reader.action)).toContain('support_contact.read');
  });

  it('documents every key in docs/register-extract.md', async () => {
    const docs = await readFile(new URL('../../../docs/register-extract.md', import.meta.url), 'utf8');
    const paths = keyPaths(z.toJSONSchema(RegisterExtractSchema));
    expect(paths.length).toBeGreaterThan(30);
    const undocumented = paths.filter((path) => !docs.includes(`\`${path}\``));
    expect(undocumented).toEqual([]);
  });
});

describe('the register extract as a document', () => {
  it('is a Swedish PDF with dates in words, purposes, retention and rights', async () => {
    const admin = await t.signedIn('admin@demo.faltlogg.se');
    const response = await admin.get(`${extractUrl(contactId)}/pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="registerutdrag-2026-04-01-[0-9a-f]{8}\.pdf"$/,
    );
    const pdf = await readPdf(new Uint8Array(await response.arrayBuffer()));
    for (const text of [
      'Registerutdrag – det här finns sparat om dig',
      'Demo stad, Fältgruppen Centrum',
      'Utdraget gjordes 1 april 2026.',
      'Datum för samtycket\n1 mars 2026',
      'Vem som gav samtycke\nDu själv',
      'Vad samtycket gäller\nStödsamtal',
      '31 mars 2026 – antecknat av',
      'Pratade om skolan.',
      'Planerad radering\n1 april 2027',
      'Varför uppgifterna sparas',
      'artikel 6.1 e',
      'Dina rättigheter',
      'Kontakta Fältgruppen Centrum i Demo stad',
      'Integritetsskyddsmyndigheten',
    ])
      expect(pdf.text).toContain(text);
    expect(pdf.text).toMatch(/1 april 2026 kl\. \d\d\.\d\d: läste \(fältarbetare\)/);
    expect(pdf.text).not.toMatch(/\d{4}-\d\d-\d\d|Tue|Wed|GMT/);
  });

  it('is audited in both formats, and only for administrators', async () => {
    const rows = await t.db
      .selectFrom('audit_events')
      .select(['details'])
      .where('action', '=', 'privacy.support_contact.extract')
      .where('entity_id', '=', contactId)
      .execute();
    expect(rows.map((row) => row.details.format).sort()).toEqual(['json', 'pdf']);
    for (const email of ['falt@demo.faltlogg.se', 'chef@demo.faltlogg.se']) {
      const other = await t.signedIn(email);
      expect((await other.get(`${extractUrl(contactId)}/pdf`)).status, email).toBe(403);
    }
  });
});
