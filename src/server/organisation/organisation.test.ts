import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACTORY_PASSWORD, makeMunicipality } from '../../../test/support/factories';
import { createTestApp, errorCode, type TestApp, type TestClient } from '../../../test/support/test-app';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signedIn('admin@demo.faltlogg.se');
});
afterAll(() => t.close());

type Tree = {
  administrations: { id: string; name: string; active: boolean; units: { id: string; name: string }[] }[];
};

describe('organisation tree', () => {
  it('shows Demo stad with 3 administrations and 5 units', async () => {
    const client = await t.signedIn('falt@demo.faltlogg.se');
    const tree = await (await client.get('/api/organisation')).json();
    expect(tree.municipality.name).toBe('Demo stad');
    expect(tree.administrations).toHaveLength(3);
    expect(tree.administrations.flatMap((a: Tree['administrations'][number]) => a.units)).toHaveLength(5);
  });

  it('lists the areas with GeoJSON polygons', async () => {
    const { areas } = await (await admin.get('/api/areas')).json();
    expect(areas.length).toBeGreaterThanOrEqual(8);
    expect(areas[0].geometry.type).toBe('Polygon');
  });

  it('creates, renames and moves units, recording each change in the audit trail', async () => {
    const created = await admin.post('/api/administrations', { name: '  Östra stadsdelsförvaltningen ' });
    expect(created.status).toBe(201);
    const administration = await created.json();
    expect(administration.name).toBe('Östra stadsdelsförvaltningen');

    const unit = await (
      await admin.post('/api/units', { administrationId: administration.id, name: 'Fältgruppen Öst' })
    ).json();
    const renamed = await admin.patch(`/api/units/${unit.id}`, { name: 'Fältgruppen Östra' });
    expect((await renamed.json()).name).toBe('Fältgruppen Östra');
    const moved = await admin.patch(`/api/units/${unit.id}`, {
      administrationId: t.ids.administration.north,
    });
    expect((await moved.json()).administrationId).toBe(t.ids.administration.north);

    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action', 'actor_roles'])
      .where('entity_id', 'in', [administration.id, unit.id])
      .orderBy('id')
      .execute();
    expect(audit.map((row) => row.action)).toEqual([
      'administration.create',
      'unit.create',
      'unit.update',
      'unit.update',
    ]);
    expect(audit.every((row) => row.actor_roles === 'administrator')).toBe(true);
  });

  it('refuses a name already in use, whatever its case', async () => {
    const response = await admin.post('/api/units', {
      administrationId: t.ids.administration.north,
      name: 'fältgruppen norr',
    });
    expect(response.status).toBe(409);
    expect(await errorCode(response)).toBe('name_taken');
  });

  it('keeps an administration with active units, and a unit with active staff', async () => {
    const administration = await admin.patch(`/api/administrations/${t.ids.administration.north}`, {
      active: false,
    });
    expect(await errorCode(administration)).toBe('administration_has_active_units');
    const unit = await admin.patch(`/api/units/${t.ids.unit.centre}`, { active: false });
    expect(await errorCode(unit)).toBe('unit_has_active_members');
  });

  it('deactivates an empty unit: it leaves the tree but stays in history', async () => {
    const unit = await (
      await admin.post('/api/units', {
        administrationId: t.ids.administration.south,
        name: 'Tillfällig grupp',
      })
    ).json();
    expect((await admin.patch(`/api/units/${unit.id}`, { active: false })).status).toBe(200);
    const active: Tree = await (await admin.get('/api/organisation')).json();
    const all: Tree = await (await admin.get('/api/organisation?includeInactive=true')).json();
    const names = (tree: Tree) => tree.administrations.flatMap((a) => a.units.map((u) => u.name));
    expect(names(active)).not.toContain('Tillfällig grupp');
    expect(names(all)).toContain('Tillfällig grupp');
  });
});

describe('municipalities are separate', () => {
  it('shows an administrator only their own municipality, and hides the other’s ids', async () => {
    const other = await makeMunicipality(t.db);
    const otherAdmin = t.client();
    expect((await otherAdmin.signIn(other.admin.email, FACTORY_PASSWORD)).status).toBe(200);
    const tree = await (await otherAdmin.get('/api/organisation')).json();
    expect(tree.municipality.name).toBe('Annan kommun');
    expect(tree.administrations).toHaveLength(1);

    const rename = await otherAdmin.patch(`/api/units/${t.ids.unit.centre}`, { name: 'Kapad' });
    expect(rename.status).toBe(404);
    const create = await otherAdmin.post('/api/units', {
      administrationId: t.ids.administration.north,
      name: 'Kapad',
    });
    expect(create.status).toBe(404);
    const users = await (await otherAdmin.get('/api/users')).json();
    expect(users.users.map((u: { email: string }) => u.email).sort()).toEqual(
      [other.admin.email, other.fieldWorker.email].sort(),
    );
    expect((await otherAdmin.get(`/api/users/${t.ids.user('falt@demo.faltlogg.se')}`)).status).toBe(404);
  });
});
