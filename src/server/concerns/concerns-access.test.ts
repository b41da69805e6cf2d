import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACTORY_PASSWORD, makeMunicipality, makeUser } from '../../../test/support/factories';
import { createTestApp, errorCode, type TestApp, type TestClient } from '../../../test/support/test-app';
import { uuidv7 } from '../../shared/uuidv7';
import { declaredRoutes } from '../http/route';
import { makeReportInput } from './concern.factory';

let t: TestApp;
let fatima: TestClient;
let reportId: string;
const INBOX = '/api/reception/reports-of-concern';
const unitUrl = (unitId: string) => `/api/units/${unitId}/reports-of-concern`;

/** Every report route, on both sides, for a given unit and report. */
function reportRoutes(unitId: string, id: string): [method: 'GET' | 'POST', path: string][] {
  return [
    ['POST', unitUrl(unitId)],
    ['GET', unitUrl(unitId)],
    ['GET', `${unitUrl(unitId)}/${id}`],
    ['GET', `${unitUrl(unitId)}/${id}/pdf`],
    ...receptionRoutes(id),
  ];
}

function receptionRoutes(id: string): [method: 'GET' | 'POST', path: string][] {
  return [
    ['GET', INBOX],
    ['GET', `${INBOX}/${id}`],
    ['GET', `${INBOX}/${id}/pdf`],
    ['POST', `${INBOX}/${id}/acknowledge`],
    ['POST', `${INBOX}/${id}/feedback`],
  ];
}

const send = (client: TestClient, method: 'GET' | 'POST', path: string) =>
  method === 'GET' ? client.get(path) : client.post(path, { feedback: 'received', message: null });

beforeAll(async () => {
  t = await createTestApp();
  fatima = await t.signedIn('falt@demo.faltlogg.se');
  const sent = await fatima.post(unitUrl(t.ids.unit.centre), makeReportInput());
  expect(sent.status).toBe(201);
  reportId = (await sent.json()).id;
});
afterAll(() => t.close());

describe('the reception sees reports of concern and nothing else', () => {
  it('is refused every route that needs another permission: shifts, statistics, support contacts, units …', async () => {
    const reception = await t.signedIn('mottagning@demo.faltlogg.se');
    const refused: string[] = [];
    for (const route of declaredRoutes.values()) {
      const { access } = route;
      if (access.kind === 'public' || access.kind === 'signedIn') continue;
      if (access.permission === 'concern.receive') continue;
      const path = route.path
        .replace(':unitId', t.ids.unit.centre)
        .replace(':administrationId', t.ids.administration.south)
        .replaceAll(/:\w+/g, () => uuidv7());
      const body = route.method === 'GET' ? undefined : {};
      const response = await reception.request(route.method, path, body);
      expect(response.status, `${route.method} ${route.path}`).toBe(403);
      refused.push(`${route.method} ${route.path}`);
    }
    expect(refused).toEqual(
      expect.arrayContaining([
        'GET /api/units/:unitId/shifts',
        'GET /api/units/:unitId/members',
        'GET /api/organisation',
        'GET /api/units/:unitId/reports-of-concern',
      ]),
    );
    expect(refused.some((route) => route.includes('statistics'))).toBe(true);
  });

  it('cannot reach another municipality’s reports, by list or by id', async () => {
    const other = await makeMunicipality(t.db);
    const { email } = await makeUser(t.db, {
      municipalityId: other.municipalityId,
      email: `mottagning@${other.municipalityId.slice(-8)}.example`,
      roles: [{ role: 'reception' }],
    });
    const foreign = t.client();
    expect((await foreign.signIn(email, FACTORY_PASSWORD)).status).toBe(200);
    const inbox = await (await foreign.get(INBOX)).json();
    expect(inbox.reports).toEqual([]);
    for (const [method, path] of receptionRoutes(reportId).slice(1)) {
      const response = await send(foreign, method, path);
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    const report = await t.db
      .selectFrom('reports_of_concern')
      .select(['status'])
      .where('id', '=', reportId)
      .executeTakeFirstOrThrow();
    expect(report.status).toBe('sent');
  });
});

describe('the reporting side', () => {
  it('keeps a field worker of Söder away from Centrum’s reports, also by guessing ids', async () => {
    const south = await t.signedIn('falt.soder@demo.faltlogg.se');
    for (const [method, path] of reportRoutes(t.ids.unit.centre, reportId).slice(0, 4)) {
      const response = await send(south, method, path);
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(await errorCode(response)).toBe('not_found');
    }
    const ownUnit = unitUrl(t.ids.unit.south);
    for (const id of [reportId, uuidv7()]) {
      expect((await south.get(`${ownUnit}/${id}`)).status).toBe(404);
      expect((await south.get(`${ownUnit}/${id}/pdf`)).status).toBe(404);
    }
    expect((await (await south.get(ownUnit)).json()).reports).toEqual([]);
  });

  it('shows a field worker their own reports only, and the unit manager all of the unit’s', async () => {
    const erik = await t.signedIn('falt2@demo.faltlogg.se');
    const centre = unitUrl(t.ids.unit.centre);
    expect((await erik.get(`${centre}/${reportId}`)).status).toBe(404);
    expect((await erik.get(`${centre}/${reportId}/pdf`)).status).toBe(404);
    const erikReport = makeReportInput({
      reporter: { name: 'Erik', role: 'Fältassistent', phone: '070-111 22 33' },
    });
    const erikSent = await erik.post(centre, erikReport);
    expect(erikSent.status).toBe(201);
    const erikReportId = (await erikSent.json()).id;
    const erikList = await (await erik.get(centre)).json();
    expect(erikList.reports.map((r: { id: string }) => r.id)).toEqual([erikReportId]);

    const chef = await t.signedIn('chef@demo.faltlogg.se');
    const chefList = await (await chef.get(centre)).json();
    expect(chefList.reports.map((r: { id: string }) => r.id).sort()).toEqual([reportId, erikReportId].sort());
    expect((await chef.get(`${centre}/${reportId}`)).status).toBe(200);
    expect((await chef.get(`${centre}/${reportId}/pdf`)).status).toBe(200);
  });

  it('keeps unit staff out of the reception’s inbox', async () => {
    for (const email of ['falt@demo.faltlogg.se', 'chef@demo.faltlogg.se']) {
      const client = await t.signedIn(email);
      for (const [method, path] of receptionRoutes(reportId)) {
        const response = await send(client, method, path);
        expect(response.status, `${email} ${method} ${path}`).toBe(403);
      }
    }
  });
});

describe('everyone else', () => {
  it('refuses analysts, partners and administrators every report route, and anonymous callers too', async () => {
    for (const email of ['analytiker@demo.faltlogg.se', 'polis@demo.faltlogg.se', 'admin@demo.faltlogg.se']) {
      const client = await t.signedIn(email);
      for (const [method, path] of reportRoutes(t.ids.unit.centre, reportId)) {
        const response = await send(client, method, path);
        expect(response.status, `${email} ${method} ${path}`).toBe(403);
        expect(await errorCode(response)).toBe('forbidden');
      }
    }
    const anonymous = t.client();
    for (const [method, path] of reportRoutes(t.ids.unit.centre, reportId))
      expect((await send(anonymous, method, path)).status, `${method} ${path}`).toBe(401);
  });
});
