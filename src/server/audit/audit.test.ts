import { type RawBuilder, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACTORY_PASSWORD, makeMunicipality } from '../../../test/support/factories';
import { createTestApp, errorCode, type TestApp, type TestClient } from '../../../test/support/test-app';
import type { Db } from '../db/connect';
import { recordAccess, recordAudit } from './audit.repository';
import { verifyAuditChain } from './audit.service';
import { verifyAllChains } from './verify-cli';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signedIn('admin@demo.faltlogg.se');
});
afterAll(() => t.close());

/** Changes audit_events as someone with database access would: past the append-only trigger. */
async function tamper(db: Db, statement: RawBuilder<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`alter table audit_events disable trigger audit_events_append_only`.execute(trx);
    await statement.execute(trx);
    await sql`alter table audit_events enable trigger audit_events_append_only`.execute(trx);
  });
}

/** Signs in a factory-made user; each sign-in appends an `auth.sign_in` event. */
async function signInFactoryUser(email: string): Promise<TestClient> {
  const client = t.client();
  expect((await client.signIn(email, FACTORY_PASSWORD)).status).toBe(200);
  return client;
}

async function chainRows(municipalityId: string) {
  return t.db
    .selectFrom('audit_events')
    .select(['seq', 'prev_hash', 'hash', 'action'])
    .where('municipality_id', '=', municipalityId)
    .orderBy('seq')
    .execute();
}

async function seqOf(action: string): Promise<number> {
  const row = await t.db
    .selectFrom('audit_events')
    .select('seq')
    .where('municipality_id', '=', t.ids.municipalityId)
    .where('action', '=', action)
    .orderBy('seq', 'desc')
    .executeTakeFirstOrThrow();
  return row.seq;
}

/** A few real changes through the API, so the chain holds what the app writes. */
async function doSomeWork(): Promise<void> {
  const created = await admin.post('/api/administrations', { name: `Granskad förvaltning ${Date.now()}` });
  expect(created.status).toBe(201);
  const user = t.ids.user('falt2@demo.faltlogg.se');
  expect((await admin.patch(`/api/users/${user}`, { locale: 'en' })).status).toBe(200);
  await t.signedIn('chef@demo.faltlogg.se');
}

describe('the chain as the app writes it', () => {
  it('numbers events 1, 2, 3 … and links each to the one before', async () => {
    await doSomeWork();
    const rows = await chainRows(t.ids.municipalityId);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    rows.forEach((row, index) => {
      expect(row.seq).toBe(index + 1);
      if (index > 0) expect(row.prev_hash).toBe(rows[index - 1]?.hash);
    });
    expect(rows.map((row) => row.action)).toEqual(
      expect.arrayContaining(['auth.sign_in', 'administration.create', 'user.update']),
    );
    const head = await t.db
      .selectFrom('audit_chain_heads')
      .selectAll()
      .where('municipality_id', '=', t.ids.municipalityId)
      .executeTakeFirstOrThrow();
    expect(head).toMatchObject({ seq: rows.length, hash: rows.at(-1)?.hash });
  });

  it('verifies as unbroken, over the API and in pages of any size', async () => {
    const response = await admin.get('/api/audit/verify');
    expect(response.status).toBe(200);
    const status = (await response.json()) as { ok: boolean; checked: number; headSeq: number };
    expect(status).toMatchObject({ ok: true, break: null });
    expect(status.checked).toBe(status.headSeq);
    expect(await verifyAuditChain(t.db, t.ids.municipalityId, 2)).toMatchObject({ ok: true });
  });

  it('keeps municipalities apart: each has its own numbering', async () => {
    const other = await makeMunicipality(t.db);
    const client = await signInFactoryUser(other.admin.email);
    await client.post('/api/administrations', { name: 'Annan förvaltning' });
    const rows = await chainRows(other.municipalityId);
    expect(rows.map((row) => row.seq)).toEqual(rows.map((_, index) => index + 1));
    expect(await verifyAuditChain(t.db, other.municipalityId)).toMatchObject({ ok: true });
  });

  it('refuses UPDATE, DELETE and TRUNCATE on audit rows', async () => {
    await expect(
      sql`update audit_events set action = 'x' where municipality_id = ${t.ids.municipalityId}`.execute(t.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_events`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_events`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('never forks under concurrent appends', async () => {
    const before = (await chainRows(t.ids.municipalityId)).length;
    const entry = {
      municipalityId: t.ids.municipalityId,
      actorUserId: null,
      actorRoles: 'administrator',
      entityType: 'audit_log',
      entityId: null,
      ip: '127.0.0.1',
    };
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2 === 0
          ? recordAccess(t.db, { ...entry, action: 'test.read', details: { i }, at: new Date() })
          : // Two appends and some work in between, holding the head meanwhile.
            t.db.transaction().execute(async (trx) => {
              await recordAudit(trx, { ...entry, action: 'test.write', details: { i }, at: new Date() });
              await sql`select count(*) from users`.execute(trx);
              await recordAudit(trx, {
                ...entry,
                action: 'test.write',
                details: { i, n: 2 },
                at: new Date(),
              });
            }),
      ),
    );
    const rows = await chainRows(t.ids.municipalityId);
    expect(rows).toHaveLength(before + 30);
    expect(rows.map((row) => row.seq)).toEqual(rows.map((_, index) => index + 1));
    expect(await verifyAuditChain(t.db, t.ids.municipalityId)).toMatchObject({ ok: true });
  });
});

describe('access', () => {
  it('lets only holders of audit.read verify or read the log', async () => {
    for (const email of ['falt@demo.faltlogg.se', 'chef@demo.faltlogg.se', 'analytiker@demo.faltlogg.se']) {
      const client = await t.signedIn(email);
      for (const path of ['/api/audit/verify', '/api/audit/events']) {
        const response = await client.get(path);
        expect(response.status, `${email} ${path}`).toBe(403);
        expect(await errorCode(response)).toBe('forbidden');
      }
    }
    expect((await t.client().get('/api/audit/events')).status).toBe(401);
  });
});

describe('reading the log', () => {
  type Page = {
    events: { seq: number; action: string; actor: { name: string | null }; roles: string[] }[];
    nextBefore: number | null;
  };
  const page = async (query: string) => {
    const response = await admin.get(`/api/audit/events${query}`);
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as Page;
  };

  it('lists newest first in pages, with who and in which role', async () => {
    const first = await page('?limit=3');
    expect(first.events).toHaveLength(3);
    const seqs = first.events.map((event) => event.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(first.nextBefore).toBe(seqs.at(-1));
    const second = await page(`?limit=3&before=${first.nextBefore}`);
    expect(second.events[0]?.seq).toBeLessThan(seqs.at(-1) as number);
  });

  it('filters by action prefix, entity type, actor and day', async () => {
    const signIns = await page('?action=auth.');
    expect(signIns.events.length).toBeGreaterThan(0);
    expect(signIns.events.every((event) => event.action.startsWith('auth.'))).toBe(true);
    const adminId = t.ids.user('admin@demo.faltlogg.se');
    const byAdmin = await page(`?actor=${adminId}&entityType=administration`);
    expect(byAdmin.events.map((event) => event.action)).toContain('administration.create');
    expect(byAdmin.events[0]).toMatchObject({
      actor: { name: expect.any(String) },
      roles: ['administrator'],
    });
    // The test clock stands at 1 April 2026, Stockholm time.
    expect(
      (await page('?from=2026-04-01&to=2026-04-01&action=administration.')).events.length,
    ).toBeGreaterThan(0);
    expect((await page('?from=2026-04-02&action=administration.')).events).toEqual([]);
  });

  it('refuses filters that are not codes, so no name can enter the log through one', async () => {
    expect((await admin.get('/api/audit/events?action=Anna%20Andersson')).status).toBe(400);
    expect((await admin.get('/api/audit/events?limit=0')).status).toBe(400);
    expect((await admin.get('/api/audit/events?from=2026-04-02&to=2026-04-01')).status).toBe(400);
  });

  it('records each page read once, after reading it', async () => {
    // Verifying is not recorded (it shows no personal data), so it tells the newest number.
    const { headSeq } = (await (await admin.get('/api/audit/verify')).json()) as { headSeq: number };
    const first = await page('?limit=1');
    expect(first.events[0]?.seq).toBe(headSeq);
    const second = await page('?limit=1');
    expect(second.events[0]).toMatchObject({
      seq: headSeq + 1,
      action: 'audit.read',
      roles: ['administrator'],
    });
  });
});

describe('tampering', () => {
  it('reports an edited row at exactly its number', async () => {
    const seq = await seqOf('user.update');
    await tamper(
      t.db,
      sql`update audit_events set details = '{"fields": ["email"]}'
        where municipality_id = ${t.ids.municipalityId} and seq = ${seq}`,
    );
    const status = await (await admin.get('/api/audit/verify')).json();
    expect(status).toMatchObject({ ok: false, checked: seq - 1, break: { seq, kind: 'edited' } });
    // Undo, so the next case starts from an unbroken chain.
    await tamper(
      t.db,
      sql`update audit_events set details = '{"fields": ["locale"]}'
        where municipality_id = ${t.ids.municipalityId} and seq = ${seq}`,
    );
    expect(await verifyAuditChain(t.db, t.ids.municipalityId)).toMatchObject({ ok: true });
  });

  it('notices a timestamp moved by a microsecond', async () => {
    const seq = await seqOf('administration.create');
    await tamper(
      t.db,
      sql`update audit_events set occurred_at = occurred_at + interval '1 microsecond'
        where municipality_id = ${t.ids.municipalityId} and seq = ${seq}`,
    );
    expect(await verifyAuditChain(t.db, t.ids.municipalityId)).toMatchObject({
      ok: false,
      break: { seq, kind: 'edited' },
    });
    await tamper(
      t.db,
      sql`update audit_events set occurred_at = occurred_at - interval '1 microsecond'
        where municipality_id = ${t.ids.municipalityId} and seq = ${seq}`,
    );
  });

  it('reports a deleted row as missing at its number, and the CLI exits 1', async () => {
    const other = await makeMunicipality(t.db);
    for (let i = 0; i < 5; i++) await signInFactoryUser(other.admin.email);
    const lines: string[] = [];
    expect(await verifyAllChains(t.db, (line) => lines.push(line))).toBe(0);
    expect(lines.some((line) => line.startsWith('ok') && line.includes(other.municipalityId))).toBe(true);

    await tamper(
      t.db,
      sql`delete from audit_events where municipality_id = ${other.municipalityId} and seq = 3`,
    );
    expect(await verifyAuditChain(t.db, other.municipalityId, 2)).toMatchObject({
      ok: false,
      checked: 2,
      break: { seq: 3, kind: 'missing' },
    });
    lines.length = 0;
    expect(await verifyAllChains(t.db, (line) => lines.push(line))).toBe(1);
    expect(lines.find((line) => line.includes(other.municipalityId))).toMatch(/^BROKEN .*event 3 deleted/);
  });

  it('reports the newest row deleted (the head remembers it) and a row added past the head', async () => {
    const other = await makeMunicipality(t.db);
    for (let i = 0; i < 3; i++) await signInFactoryUser(other.admin.email);
    const head = (await chainRows(other.municipalityId)).length;
    await tamper(
      t.db,
      sql`delete from audit_events where municipality_id = ${other.municipalityId} and seq = ${head}`,
    );
    expect(await verifyAuditChain(t.db, other.municipalityId)).toMatchObject({
      ok: false,
      break: { seq: head, kind: 'missing' },
    });

    const third = await makeMunicipality(t.db);
    await signInFactoryUser(third.admin.email);
    await sql`
      insert into audit_events (id, municipality_id, occurred_at, actor_roles, action, entity_type, seq, prev_hash, hash)
      select gen_random_uuid(), municipality_id, now(), 'administrator', 'user.create', 'user', seq + 1, hash, hash
      from audit_chain_heads where municipality_id = ${third.municipalityId}`.execute(t.db);
    expect(await verifyAuditChain(t.db, third.municipalityId)).toMatchObject({
      ok: false,
      break: { seq: 2, kind: 'inserted' },
    });
  });
});
