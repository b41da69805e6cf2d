import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMunicipality } from '../../../test/support/factories';
import { makeShiftInput, saveBody } from '../../../test/support/shift-factory';
import { createTestApp, errorCode, type TestApp, type TestClient } from '../../../test/support/test-app';
import { uuidv7 } from '../../shared/uuidv7';
import { codeFromLabel, ensureDefaultCategories } from './category.service';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signedIn('admin@demo.faltlogg.se');
});
afterAll(() => t.close());

type Category = {
  id: string;
  kind: string;
  code: string;
  labelSv: string;
  retired: boolean;
  minAge: number | null;
};

describe('categories', () => {
  it('start with the defaults: five age bands, ten topics, Swedish and English labels', async () => {
    const client = await t.signedIn('falt@demo.faltlogg.se');
    const { categories } = await (await client.get('/api/categories')).json();
    const ofKind = (kind: string) => categories.filter((c: Category) => c.kind === kind);
    expect(ofKind('age_band').map((c: Category) => c.labelSv)).toEqual([
      'Under 13',
      '13–15',
      '16–17',
      '18–20',
      'Över 20',
    ]);
    expect(ofKind('topic')).toHaveLength(10);
    expect(ofKind('topic')[0]).toMatchObject({ code: 'school', labelSv: 'Skola', labelEn: 'School' });
  });

  it('are added, renamed and retired by an administrator; retired ones stay in history', async () => {
    const created = await (
      await admin.post('/api/categories', { kind: 'topic', labelSv: 'Spel & gaming', labelEn: 'Gaming' })
    ).json();
    expect(created).toMatchObject({ code: 'spel_gaming', retired: false });
    const renamed = await (
      await admin.patch(`/api/categories/${created.id}`, { labelSv: 'Dataspel' })
    ).json();
    expect(renamed.labelSv).toBe('Dataspel');

    const fatima = await t.signedIn('falt@demo.faltlogg.se');
    const shiftsUrl = `/api/units/${t.ids.unit.centre}/shifts`;
    const id = uuidv7();
    const input = await makeShiftInput(t, { topics: [{ topicId: created.id, count: 2 }] });
    expect((await fatima.put(`${shiftsUrl}/${id}`, saveBody(input, null))).status).toBe(201);

    expect(
      (await (await admin.patch(`/api/categories/${created.id}`, { retired: true })).json()).retired,
    ).toBe(true);
    const active = await (await fatima.get('/api/categories?kind=topic')).json();
    expect(active.categories.map((c: Category) => c.id)).not.toContain(created.id);
    const all = await (await fatima.get('/api/categories?kind=topic&includeRetired=true')).json();
    expect(all.categories.map((c: Category) => c.id)).toContain(created.id);

    // The shift that used it keeps it and can still be edited; a new shift cannot take it up.
    expect((await fatima.put(`${shiftsUrl}/${id}`, saveBody({ ...input, notes: 'Ändrat' }, 1))).status).toBe(
      200,
    );
    const fresh = await fatima.put(`${shiftsUrl}/${uuidv7()}`, saveBody(input, null));
    expect((await fresh.json()).error.issues[0].code).toBe('category_retired');
  });

  it('give a label that was used before a code of its own', async () => {
    const first = await (
      await admin.post('/api/categories', { kind: 'service', labelSv: 'Gaming', labelEn: 'Gaming' })
    ).json();
    await admin.patch(`/api/categories/${first.id}`, { labelSv: 'Dataspel' });
    const again = await admin.post('/api/categories', {
      kind: 'service',
      labelSv: 'Gaming',
      labelEn: 'Gaming',
    });
    expect(again.status).toBe(201);
    expect((await again.json()).code).toBe('gaming_2');
  });

  it('refuse a second category in use with the same name', async () => {
    const twin = await admin.post('/api/categories', {
      kind: 'topic',
      labelSv: 'skola',
      labelEn: 'School again',
    });
    expect(twin.status).toBe(409);
    expect(await errorCode(twin)).toBe('label_taken');
  });

  it('keep codes unique per kind and ages for age bands only', async () => {
    expect(
      await errorCode(
        await admin.post('/api/categories', { kind: 'topic', code: 'school', labelSv: 'X', labelEn: 'X' }),
      ),
    ).toBe('code_taken');
    const band = await admin.post('/api/categories', {
      kind: 'age_band',
      labelSv: '10–12',
      labelEn: '10–12',
      minAge: 12,
      maxAge: 10,
    });
    expect(await errorCode(band)).toBe('validation_failed');
    const topic = await admin.post('/api/categories', {
      kind: 'topic',
      labelSv: 'Ålder',
      labelEn: 'Age',
      minAge: 3,
    });
    expect(await errorCode(topic)).toBe('validation_failed');
  });

  it('can be read but not changed by field workers, and not read by reception', async () => {
    const fatima = await t.signedIn('falt@demo.faltlogg.se');
    expect((await fatima.post('/api/categories', { kind: 'topic', labelSv: 'X', labelEn: 'X' })).status).toBe(
      403,
    );
    const reception = await t.signedIn('mottagning@demo.faltlogg.se');
    expect((await reception.get('/api/categories')).status).toBe(403);
  });

  it('are given to a municipality that has none, once', async () => {
    const other = await makeMunicipality(t.db);
    expect(await ensureDefaultCategories(t.db)).toBe(1);
    expect(await ensureDefaultCategories(t.db)).toBe(0);
    const count = await t.db
      .selectFrom('categories')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('municipality_id', '=', other.municipalityId)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBeGreaterThan(30);
  });

  it('make readable codes from Swedish labels', () => {
    expect(codeFromLabel('Livet på nätet')).toBe('livet_pa_natet');
    expect(codeFromLabel('Över 20')).toBe('over_20');
    expect(codeFromLabel('!!!')).toBe('category');
  });
});
