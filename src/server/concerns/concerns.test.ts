import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeShiftInput, saveBody } from '../../../test/support/shift-factory';
import { createTestApp, errorCode, type TestApp, type TestClient } from '../../../test/support/test-app';
import { uuidv7 } from '../../shared/uuidv7';
import { readPdf } from '../documents/pdf-read';
import { makeReportInput, TEST_PERSONNUMMER } from './concern.factory';

let t: TestApp;
let fatima: TestClient;
let reception: TestClient;
let unitUrl: string;
const INBOX = '/api/reception/reports-of-concern';
beforeAll(async () => {
  t = await createTestApp();
  fatima = await t.signedIn('falt@demo.faltlogg.se');
  reception = await t.signedIn('mottagning@demo.faltlogg.se');
  unitUrl = `/api/units/${t.ids.unit.centre}/reports-of-concern`;
});
afterAll(() => t.close());

async function issuesOf(response: Response) {
  const body = (await response.json()) as { error: { issues?: { path: string; code: string }[] } };
  return body.error.issues?.map((issue) => `${issue.path}:${issue.code}`) ?? [];
}

async function auditTrail(reportId: string) {
  return t.db
    .selectFrom('audit_events')
    .select(['action', 'actor_user_id', 'entity_id', 'details', 'occurred_at'])
    .where('entity_type', '=', 'report_of_concern')
    .where('entity_id', '=', reportId)
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
}

describe('a report of concern from the field to the reception and back', () => {
  it('is sent, read, acknowledged and answered, and every step is in the audit trail', async () => {
    const input = makeReportInput();
    const sent = await fatima.post(unitUrl, input);
    expect(sent.status).toBe(201);
    const report = await sent.json();
    const id: string = report.id;
    // The report's id is the server's; the browser's send id only recognises a resend.
    expect(id).not.toBe(input.sendId);
    expect(report).toMatchObject({
      unit: { id: t.ids.unit.centre, name: 'Fältgruppen Centrum' },
      status: 'sent',
      sentAt: '2026-04-01T10:00:00.000Z',
      child: { personalIdentityNumber: TEST_PERSONNUMMER, birthDate: '2012-12-12' },
      occurredAt: '2026-03-31T19:30:00.000Z',
      acknowledgedAt: null,
      feedback: null,
    });
    // A resend after a lost answer is the same report, not a second one.
    const again = await fatima.post(unitUrl, input);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(report);

    const mine = await (await fatima.get(unitUrl)).json();
    expect(mine.reports.find((r: { id: string }) => r.id === id)).toMatchObject({
      status: 'sent',
      childName: 'Alex Testsson',
      urgency: 'urgent',
    });

    const inbox = await (await reception.get(INBOX)).json();
    expect(inbox.reports.map((r: { id: string }) => r.id)).toContain(id);
    const read = await (await reception.get(`${INBOX}/${id}`)).json();
    expect(read).toEqual(report);

    const early = await reception.post(`${INBOX}/${id}/feedback`, {
      feedback: 'received',
      message: null,
    });
    expect(early.status).toBe(409);
    expect(await errorCode(early)).toBe('not_acknowledged');

    t.clock.advance(60_000);
    const acknowledged = await reception.post(`${INBOX}/${id}/acknowledge`);
    expect(acknowledged.status).toBe(200);
    expect(await acknowledged.json()).toMatchObject({
      status: 'acknowledged',
      acknowledgedAt: '2026-04-01T10:01:00.000Z',
      acknowledgedBy: { displayName: 'Maria Mottagning' },
    });
    const twice = await reception.post(`${INBOX}/${id}/acknowledge`);
    expect(twice.status).toBe(409);
    expect(await errorCode(twice)).toBe('already_acknowledged');

    const leaky = await reception.post(`${INBOX}/${id}/feedback`, {
      feedback: 'investigation_opened',
      message: `Gäller ${TEST_PERSONNUMMER}`,
    });
    expect(leaky.status).toBe(400);
    expect(await issuesOf(leaky)).toEqual(['message:personal_data']);
    t.clock.advance(60_000);
    const answered = await reception.post(`${INBOX}/${id}/feedback`, {
      feedback: 'investigation_opened',
      message: 'Tack för anmälan.',
    });
    expect(answered.status).toBe(200);

    t.clock.advance(60_000);
    const seen = await (await fatima.get(`${unitUrl}/${id}`)).json();
    expect(seen.feedback).toEqual({
      kind: 'investigation_opened',
      message: 'Tack för anmälan.',
      at: '2026-04-01T10:02:00.000Z',
      by: { id: t.ids.user('mottagning@demo.faltlogg.se'), displayName: 'Maria Mottagning' },
    });
    const listed = await (await fatima.get(unitUrl)).json();
    expect(listed.reports.find((r: { id: string }) => r.id === id)).toMatchObject({
      status: 'acknowledged',
      feedback: 'investigation_opened',
    });

    const trail = await auditTrail(id);
    const fatimaId = t.ids.user('falt@demo.faltlogg.se');
    const receptionId = t.ids.user('mottagning@demo.faltlogg.se');
    expect(trail.map((row) => [row.action, row.actor_user_id])).toEqual([
      ['concern.send', fatimaId],
      ['concern.read', receptionId],
      ['concern.acknowledge', receptionId],
      ['concern.feedback', receptionId],
      ['concern.read', fatimaId],
    ]);
    // The audit trail outlives the report: ids only, never what the report says.
    const details = JSON.stringify(trail.map((row) => row.details));
    for (const secret of ['Alex', TEST_PERSONNUMMER, 'Blåmärken', '070-123', 'Tack'])
      expect(details).not.toContain(secret);
    expect(
      trail.find((row) => row.action === 'concern.read' && row.actor_user_id === fatimaId)?.details,
    ).toEqual({
      side: 'unit',
      unitId: t.ids.unit.centre,
    });
  });

  it('audits feedback and list reads, naming only ids', async () => {
    const input = makeReportInput();
    const { id } = await (await fatima.post(unitUrl, input)).json();
    await reception.post(`${INBOX}/${id}/acknowledge`);
    await reception.post(`${INBOX}/${id}/feedback`, { feedback: 'no_action', message: null });
    expect((await auditTrail(id)).map((row) => row.action)).toEqual([
      'concern.send',
      'concern.acknowledge',
      'concern.feedback',
    ]);
    await reception.get(INBOX);
    await fatima.get(unitUrl);
    const lists = await t.db
      .selectFrom('audit_events')
      .select(['actor_user_id', 'details'])
      .where('action', '=', 'concern.list')
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .limit(2)
      .execute();
    expect(lists[0]?.details).toMatchObject({ side: 'unit', unitId: t.ids.unit.centre });
    expect(lists[1]?.details).toMatchObject({ side: 'reception' });
    for (const list of lists) expect((list.details as { reportIds: string[] }).reportIds).toContain(id);
  });

  it('gives both sides a PDF that parses, with the header, the fields and the status; each download audited', async () => {
    const input = makeReportInput({ concern: 'Långt stycke. '.repeat(280).trim() });
    const { id } = await (await fatima.post(unitUrl, input)).json();
    const fromReception = await reception.get(`${INBOX}/${id}/pdf`);
    expect(fromReception.status).toBe(200);
    expect(fromReception.headers.get('content-type')).toBe('application/pdf');
    expect(fromReception.headers.get('cache-control')).toBe('no-store');
    expect(fromReception.headers.get('content-disposition')).toMatch(
      /^attachment; filename="orosanmalan-2026-04-01-/,
    );
    const pdf = await readPdf(new Uint8Array(await fromReception.arrayBuffer()));
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(pdf.text).toContain('Orosanmälan enligt 14 kap. 1 § socialtjänstlagen');
    expect(pdf.text).toMatch(/Skickad 2026-04-01 \d\d:\d\d från Fältgruppen Centrum via Fältlogg/);
    expect(pdf.text).toContain('Adress\n–');
    for (const text of [
      TEST_PERSONNUMMER,
      'Alex Testsson',
      'Centrumskolan',
      'Blåmärken',
      'Brådskande',
      '070-123 45 67',
    ])
      expect(pdf.text).toContain(text);
    expect(pdf.text).toContain('Skickad, ej bekräftad');

    await reception.post(`${INBOX}/${id}/acknowledge`);
    await reception.post(`${INBOX}/${id}/feedback`, { feedback: 'received', message: null });
    const fromUnit = await fatima.get(`${unitUrl}/${id}/pdf`);
    expect(fromUnit.status).toBe(200);
    const answered = await readPdf(new Uint8Array(await fromUnit.arrayBuffer()));
    expect(answered.text).toContain('Anmälan är mottagen och bedöms');
    expect((await auditTrail(id)).filter((row) => row.action === 'concern.pdf')).toHaveLength(2);
  });

  it('draws characters the PDF font lacks as "?" rather than failing', async () => {
    const input = makeReportInput({ child: { ...makeReportInput().child, name: 'Zoë Łukasz 😊' } });
    const { id } = await (await fatima.post(unitUrl, input)).json();
    const response = await fatima.get(`${unitUrl}/${id}/pdf`);
    expect(response.status).toBe(200);
    expect((await readPdf(new Uint8Array(await response.arrayBuffer()))).text).toContain('Zoë ?ukasz ?');
  });
});

describe('what a report must say', () => {
  it('needs something that identifies the child, or a description', async () => {
    const none = {
      name: null,
      personalIdentityNumber: ' ',
      birthDate: null,
      address: '',
      school: null,
      description: null,
    };
    const response = await fatima.post(unitUrl, makeReportInput({ child: none }));
    expect(response.status).toBe(400);
    expect(await issuesOf(response)).toEqual(['child:child_unidentified']);
    const described = await fatima.post(
      unitUrl,
      makeReportInput({ child: { ...none, description: 'Flicka, ca 14 år, röd jacka' } }),
    );
    expect(described.status).toBe(201);
    expect((await described.json()).child).toEqual({
      ...none,
      personalIdentityNumber: null,
      address: null,
      description: 'Flicka, ca 14 år, röd jacka',
    });
  });

  it('takes personnummer, phone numbers and names where a report needs them', async () => {
    const response = await fatima.post(
      unitUrl,
      makeReportInput({
        guardians: `Pappa Kim, 070-765 43 21, kim@example.se`,
        seenAndHeard: `Syskonet (${TEST_PERSONNUMMER}) var också där.`,
      }),
    );
    expect(response.status).toBe(201);
  });

  it('refuses what the reception could not act on', async () => {
    const response = await fatima.post(
      unitUrl,
      makeReportInput({
        child: {
          ...makeReportInput().child,
          personalIdentityNumber: '20121212-1213',
          birthDate: '2030-01-01',
        },
        reporter: { name: 'Fatima', role: 'Fältassistent', phone: '12' },
        urgency: 'immediate',
        emergencyContacted: null,
        guardianInformed: 'no',
        guardianNotInformedReason: '  ',
        occurredAt: '2026-04-02T10:00:00+02:00',
      }),
    );
    expect(response.status).toBe(400);
    expect((await issuesOf(response)).sort()).toEqual([
      'child.birthDate:in_future',
      'child.personalIdentityNumber:invalid_personal_identity_number',
      'emergencyContacted:required',
      'guardianNotInformedReason:required',
      'occurredAt:in_future',
      'reporter.phone:invalid_phone',
    ]);
  });

  it('links a report to one of the unit’s shifts, and the shift says nothing about it', async () => {
    const shiftId = uuidv7();
    const shiftUrl = `/api/units/${t.ids.unit.centre}/shifts/${shiftId}`;
    expect((await fatima.put(shiftUrl, saveBody(await makeShiftInput(t), null))).status).toBe(201);
    const input = makeReportInput({ shiftId });
    const sent = await fatima.post(unitUrl, input);
    expect(sent.status).toBe(201);
    const report = await sent.json();
    expect(report.shiftId).toBe(shiftId);
    expect(await (await fatima.get(shiftUrl)).text()).not.toContain(report.id);

    const south = await t.signedIn('falt.soder@demo.faltlogg.se');
    const otherShift = uuidv7();
    await south.put(
      `/api/units/${t.ids.unit.south}/shifts/${otherShift}`,
      saveBody(await makeShiftInput(t), null),
    );
    const foreign = await fatima.post(unitUrl, makeReportInput({ shiftId: otherShift }));
    expect(foreign.status).toBe(400);
    expect(await issuesOf(foreign)).toEqual(['shiftId:unknown_shift']);
  });

  it('answers another unit’s or another reporter’s id exactly as a random one, and overwrites nothing', async () => {
    // What a fresh id gets, with everything that varies between two reports taken out.
    const shape = async (response: Response) => {
      const { id, sentAt, ...body } = await response.json();
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      return { status: response.status, body: { ...body, at: typeof sentAt } };
    };
    const random = await shape(await fatima.post(unitUrl, makeReportInput()));
    expect(random.status).toBe(201);

    const south = await t.signedIn('falt.soder@demo.faltlogg.se');
    const southUrl = `/api/units/${t.ids.unit.south}/reports-of-concern`;
    const southSent = await (await south.post(southUrl, makeReportInput({ concern: 'Söders oro.' }))).json();
    const own = makeReportInput();
    const ownSent = await (await fatima.post(unitUrl, own)).json();
    // Another unit's report's id and send id, and a colleague's send id in the same unit.
    const probes = [
      await fatima.post(unitUrl, makeReportInput({ sendId: southSent.id })),
      await fatima.post(unitUrl, makeReportInput({ sendId: ownSent.id })),
      await (await t.signedIn('falt2@demo.faltlogg.se')).post(
        unitUrl,
        makeReportInput({ sendId: own.sendId }),
      ),
    ];
    const answers = await Promise.all(probes.map(shape));
    expect(answers[0]).toEqual(random);
    expect(answers[1]).toEqual(random);
    // A colleague's report names its reporter; the rest is what a fresh id gets.
    expect(answers[2]?.status).toBe(201);
    // Nothing was overwritten: each holder still has its own report.
    expect((await (await south.get(`${southUrl}/${southSent.id}`)).json()).concern).toBe('Söders oro.');
    expect((await (await fatima.get(`${unitUrl}/${ownSent.id}`)).json()).concern).toBe(own.concern);

    // The caller's own send id with other content is not a resend: refused, and said why.
    const changed = await fatima.post(unitUrl, { ...own, concern: 'Något annat.' });
    expect(changed.status).toBe(409);
    expect(await changed.json()).toEqual({
      error: {
        code: 'send_id_reused',
        message: 'This sendId was already used for another report; send it with a new sendId',
      },
    });
  });
});

describe('the reception’s inbox', () => {
  it('puts waiting reports first, the most urgent first, then the newest', async () => {
    const normal = makeReportInput({ urgency: 'normal' });
    const immediate = makeReportInput({ urgency: 'immediate', emergencyContacted: true });
    const idOf = async (input: typeof normal) => (await (await fatima.post(unitUrl, input)).json()).id;
    const normalId = await idOf(normal);
    t.clock.advance(1000);
    const immediateId = await idOf(immediate);
    const handledId = await idOf(makeReportInput({ urgency: 'immediate', emergencyContacted: false }));
    await reception.post(`${INBOX}/${handledId}/acknowledge`);
    const { reports } = await (await reception.get(INBOX)).json();
    const order = reports.map((r: { id: string }) => r.id);
    const at = (id: string) => order.indexOf(id);
    expect(at(immediateId)).toBeLessThan(at(normalId));
    expect(at(normalId)).toBeLessThan(at(handledId));
    expect(reports[0]).toMatchObject({ urgency: 'immediate', status: 'sent' });
  });
});
