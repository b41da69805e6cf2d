import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SoftwareAuthenticator } from '../../../test/support/software-authenticator';
import { createTestApp, errorCode, type TestApp, type TestClient } from '../../../test/support/test-app';
import { makeReportInput } from '../concerns/concern.factory';
import { declaredRoutes } from '../http/route';
import { contactsUrl, openContact } from '../support/support.fixtures';
import { base32Decode, totpAt } from './totp';

let t: TestApp;
let admin: TestClient;
let contactId: string;
let reportId: string;

type Options = { options: { challenge: string } };
type Overview = {
  passkeys: { id: string; nickname: string }[];
  totp: { enabled: boolean };
  recoveryCodesRemaining: number;
  session: { secondFactor: boolean; method: string | null };
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signedIn('admin@demo.faltlogg.se');
  const fieldWorker = await t.signedIn('falt@demo.faltlogg.se');
  contactId = (await openContact(fieldWorker, t.ids.unit.centre)).id;
  const sent = await fieldWorker.post(
    `/api/units/${t.ids.unit.centre}/reports-of-concern`,
    makeReportInput(),
  );
  expect(sent.status, await sent.clone().text()).toBe(201);
  reportId = (await sent.json()).id;
});
afterAll(() => t.close());

async function setRule(on: boolean): Promise<void> {
  // A fresh sign-in: some tests move the clock past the session's idle limit.
  admin = await t.signedIn('admin@demo.faltlogg.se');
  const response = await admin.put('/api/privacy/second-factor-rule', { requireSecondFactor: on });
  expect(response.status, await response.clone().text()).toBe(200);
}

async function registerPasskey(
  client: TestClient,
  authenticator: SoftwareAuthenticator,
  nickname = 'Telefonen',
) {
  const started = await client.post('/api/security/passkeys/options');
  expect(started.status, await started.clone().text()).toBe(200);
  const { options } = (await started.json()) as Options;
  const response = await client.post('/api/security/passkeys', {
    nickname,
    response: authenticator.register(options),
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as { recoveryCodes: string[] | null };
}

async function stepUpWithPasskey(client: TestClient, authenticator: SoftwareAuthenticator) {
  const { options } = (await (await client.post('/api/auth/step-up/options')).json()) as Options;
  return client.post('/api/auth/step-up', {
    method: 'passkey',
    response: authenticator.authenticate(options),
  });
}

const contactUrl = () => `${contactsUrl(t.ids.unit.centre)}/${contactId}`;

describe('the rule guards personal data', () => {
  it('marks exactly the support, concern, audit and research-export routes that show personal data', () => {
    const guarded = [...declaredRoutes.values()].filter((route) => route.secondFactor).map((r) => r.path);
    expect(guarded.length).toBe(19);
    for (const path of guarded)
      expect(path).toMatch(/support-contacts|reports-of-concern|\/api\/audit|research-export/);
    expect(guarded).not.toContain('/api/units/:unitId/support-contacts/continuity');
  });

  it('answers 403 second_factor_required in each of the four areas when on, 200 when off', async () => {
    const worker = await t.signedIn('falt2@demo.faltlogg.se');
    const reception = await t.signedIn('mottagning@demo.faltlogg.se');
    const analyst = await t.signedIn('analytiker@demo.faltlogg.se');
    const fatima = await t.signedIn('falt@demo.faltlogg.se');
    const requests: [TestClient, string][] = [
      [fatima, contactUrl()],
      [worker, contactsUrl(t.ids.unit.centre)],
      [reception, `/api/reception/reports-of-concern/${reportId}`],
      [reception, '/api/reception/reports-of-concern'],
      [fatima, `/api/units/${t.ids.unit.centre}/reports-of-concern/${reportId}`],
      [admin, '/api/audit/events'],
      [admin, '/api/audit/verify'],
      [analyst, '/api/statistics/research-export?from=2026-01-01&to=2026-03-31'],
    ];
    await setRule(true);
    for (const [client, url] of requests) {
      const response = await client.get(url);
      expect(response.status, url).toBe(403);
      const body = (await response.json()) as { error: { code: string; enrolmentRequired?: boolean } };
      expect(body.error.code, url).toBe('second_factor_required');
      expect(body.error.enrolmentRequired, url).toBe(true);
    }
    // What is not personal data stays open.
    const manager = await t.signedIn('chef@demo.faltlogg.se');
    const continuity = await manager.get(
      `${contactsUrl(t.ids.unit.centre)}/continuity?from=2026-01-01&to=2026-03-31`,
    );
    expect(continuity.status, await continuity.clone().text()).toBe(200);
    await setRule(false);
    for (const [client, url] of requests) expect((await client.get(url)).status, url).toBe(200);
  });

  it('lets only an administrator set the rule, and audits the change', async () => {
    const fatima = await t.signedIn('falt@demo.faltlogg.se');
    expect((await fatima.put('/api/privacy/second-factor-rule', { requireSecondFactor: true })).status).toBe(
      403,
    );
    await setRule(true);
    await setRule(false);
    const rows = await t.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('action', '=', 'privacy.second_factor_rule')
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.at(-1)?.details).toEqual({ before: true, after: false });
  });
});

describe('passkeys', () => {
  it('enrol, step up the same session, and open a support contact', async () => {
    const fatima = await t.signedIn('falt@demo.faltlogg.se');
    const authenticator = new SoftwareAuthenticator();
    await setRule(true);
    try {
      const first = await fatima.get(contactUrl());
      expect(await errorCode(first)).toBe('second_factor_required');

      const { recoveryCodes } = await registerPasskey(fatima, authenticator);
      expect(recoveryCodes).toHaveLength(10);
      const stored = await t.db
        .selectFrom('passkeys')
        .selectAll()
        .where('credential_id', '=', authenticator.id)
        .executeTakeFirstOrThrow();
      expect(stored.nickname).toBe('Telefonen');
      expect(stored.public_key.length).toBeGreaterThan(60);

      // A new sign-in has not proved the factor: it must step up.
      const again = await t.signedIn('falt@demo.faltlogg.se');
      const refused = await again.get(contactUrl());
      expect(refused.status).toBe(403);
      const body = (await refused.json()) as { error: { enrolmentRequired: boolean } };
      expect(body.error.enrolmentRequired).toBe(false);

      const stepped = await stepUpWithPasskey(again, authenticator);
      expect(stepped.status, await stepped.clone().text()).toBe(200);
      expect(((await stepped.json()) as { method: string }).method).toBe('passkey');
      const contact = await again.get(contactUrl());
      expect(contact.status).toBe(200);
      expect(((await contact.json()) as { name: string }).name).toBe('Kim');

      const overview = (await (await again.get('/api/security')).json()) as Overview;
      expect(overview.passkeys.map((p) => p.nickname)).toEqual(['Telefonen']);
      expect(overview.session).toMatchObject({ secondFactor: true, method: 'passkey' });
      expect(overview.recoveryCodesRemaining).toBe(10);

      // The step-up wears off after SECOND_FACTOR_MAX_HOURS (12 by default).
      // (in two moves, each inside the session's idle limit)
      for (const ms of [6 * 3_600_000, 6 * 3_600_000 + 1000]) {
        t.clock.advance(ms);
        await again.get('/api/auth/session');
      }
      expect((await again.get(contactUrl())).status).toBe(403);
    } finally {
      await setRule(false);
    }
  });

  it('rejects a replayed challenge, an answer for another origin, and another user’s passkey', async () => {
    const worker = await t.signedIn('chef@demo.faltlogg.se');
    const authenticator = new SoftwareAuthenticator();
    await registerPasskey(worker, authenticator);
    const { options } = (await (await worker.post('/api/auth/step-up/options')).json()) as Options;
    const answer = authenticator.authenticate(options);
    expect((await worker.post('/api/auth/step-up', { method: 'passkey', response: answer })).status).toBe(
      200,
    );
    const replay = await worker.post('/api/auth/step-up', { method: 'passkey', response: answer });
    expect(replay.status).toBe(400);
    expect(await errorCode(replay)).toBe('challenge_invalid');

    // Registration for a phishing origin fails verification (step-up is fresh, so the route is open).
    const started = (await (await worker.post('/api/security/passkeys/options')).json()) as Options;
    const phished = await worker.post('/api/security/passkeys', {
      nickname: 'Nätfiske',
      response: new SoftwareAuthenticator().register(started.options, { origin: 'https://faltlogg.example' }),
    });
    expect(await errorCode(phished)).toBe('passkey_invalid');

    // Someone else's registered passkey does not step up this user.
    const other = await t.signedIn('falt2@demo.faltlogg.se');
    const othersKey = new SoftwareAuthenticator();
    await registerPasskey(other, othersKey);
    const mine = (await (await worker.post('/api/auth/step-up/options')).json()) as Options;
    const wrong = await worker.post('/api/auth/step-up', {
      method: 'passkey',
      response: othersKey.authenticate(mine.options),
    });
    expect(await errorCode(wrong)).toBe('passkey_invalid');
  });

  it('asks for a step-up before another factor is added or one removed', async () => {
    const manager = await t.signedIn('chef@demo.faltlogg.se');
    const options = await manager.post('/api/security/passkeys/options');
    expect(options.status).toBe(403);
    expect(await errorCode(options)).toBe('second_factor_required');
    const overview = (await (await manager.get('/api/security')).json()) as Overview;
    const passkey = overview.passkeys[0];
    if (!passkey) throw new Error('The manager registered a passkey above');
    expect((await manager.delete(`/api/security/passkeys/${passkey.id}`)).status).toBe(403);
  });
});

describe('TOTP', () => {
  it('is active only after one valid code, then steps up once per code', async () => {
    const analyst = await t.signedIn('analytiker@demo.faltlogg.se');
    const setup = await analyst.post('/api/security/totp');
    expect(setup.status).toBe(200);
    const { secret, uri } = (await setup.json()) as { secret: string; uri: string };
    expect(uri).toContain(`secret=${secret}`);
    const key = base32Decode(secret);
    if (!key) throw new Error('The secret is base32');

    let overview = (await (await analyst.get('/api/security')).json()) as Overview;
    expect(overview.totp.enabled).toBe(false);
    expect(JSON.stringify(overview)).not.toContain(secret);

    const wrong = await analyst.post('/api/security/totp/confirm', {
      code: '000000' === totpAt(key, t.clock.now()) ? '111111' : '000000',
    });
    expect(await errorCode(wrong)).toBe('code_invalid');
    const confirmed = await analyst.post('/api/security/totp/confirm', { code: totpAt(key, t.clock.now()) });
    expect(confirmed.status, await confirmed.clone().text()).toBe(200);
    expect(((await confirmed.json()) as { recoveryCodes: string[] }).recoveryCodes).toHaveLength(10);
    overview = (await (await analyst.get('/api/security')).json()) as Overview;
    expect(overview.totp.enabled).toBe(true);
    expect(await errorCode(await analyst.post('/api/security/totp'))).toBe('totp_exists');
    const otherSession = await t.signedIn('analytiker@demo.faltlogg.se');
    expect(await errorCode(await otherSession.delete('/api/security/totp'))).toBe('second_factor_required');

    const later = await t.signedIn('analytiker@demo.faltlogg.se');
    // The code used to confirm, in the same 30-second step, is spent.
    const reused = await later.post('/api/auth/step-up', {
      method: 'totp',
      code: totpAt(key, t.clock.now()),
    });
    expect(await errorCode(reused)).toBe('code_invalid');
    t.clock.advance(30_000);
    const code = totpAt(key, t.clock.now());
    expect((await later.post('/api/auth/step-up', { method: 'totp', code })).status).toBe(200);
    const third = await t.signedIn('analytiker@demo.faltlogg.se');
    expect(await errorCode(await third.post('/api/auth/step-up', { method: 'totp', code }))).toBe(
      'code_invalid',
    );

    await setRule(true);
    try {
      expect((await later.get('/api/statistics/research-export?from=2026-01-01&to=2026-03-31')).status).toBe(
        200,
      );
      expect((await third.get('/api/statistics/research-export?from=2026-01-01&to=2026-03-31')).status).toBe(
        403,
      );
    } finally {
      await setRule(false);
    }
  });

  it('pauses after five wrong codes in a row', async () => {
    const reception = await t.signedIn('mottagning@demo.faltlogg.se');
    const { secret } = (await (await reception.post('/api/security/totp')).json()) as { secret: string };
    const key = base32Decode(secret) as Uint8Array;
    expect(
      (await reception.post('/api/security/totp/confirm', { code: totpAt(key, t.clock.now()) })).status,
    ).toBe(200);
    const fresh = await t.signedIn('mottagning@demo.faltlogg.se');
    const good = totpAt(key, new Date(t.clock.now().getTime() + 30_000));
    const bad = good === '123456' ? '654321' : '123456';
    for (let i = 0; i < 5; i++) await fresh.post('/api/auth/step-up', { method: 'totp', code: bad });
    t.clock.advance(30_000);
    const locked = await fresh.post('/api/auth/step-up', { method: 'totp', code: good });
    expect(locked.status).toBe(429);
    expect(await errorCode(locked)).toBe('too_many_codes');
  });
});

describe('recovery codes', () => {
  it('each work once, are audited, and can be made anew', async () => {
    const partner = await t.signedIn('polis@demo.faltlogg.se');
    const { recoveryCodes } = await registerPasskey(partner, new SoftwareAuthenticator());
    const [first, second] = recoveryCodes ?? [];
    if (!first || !second) throw new Error('Ten codes came back');
    expect(first).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    const stored = await t.db.selectFrom('recovery_codes').select('code_hash').execute();
    expect(stored.map((row) => row.code_hash)).not.toContain(first);

    const later = await t.signedIn('polis@demo.faltlogg.se');
    const used = await later.post('/api/auth/step-up', {
      method: 'recovery_code',
      code: first.toUpperCase(),
    });
    expect(used.status).toBe(200);
    const again = await t.signedIn('polis@demo.faltlogg.se');
    expect(
      await errorCode(await again.post('/api/auth/step-up', { method: 'recovery_code', code: first })),
    ).toBe('code_invalid');
    const overview = (await (await later.get('/api/security')).json()) as Overview;
    expect(overview.recoveryCodesRemaining).toBe(9);
    const audited = await t.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'auth.recovery_code_use')
      .where('actor_user_id', '=', t.ids.user('polis@demo.faltlogg.se'))
      .execute();
    expect(audited).toEqual([{ details: { method: 'recovery_code' } }]);

    const renewed = await later.post('/api/security/recovery-codes');
    expect(renewed.status).toBe(200);
    expect(((await renewed.json()) as { recoveryCodes: string[] }).recoveryCodes).toHaveLength(10);
    expect(
      await errorCode(await again.post('/api/auth/step-up', { method: 'recovery_code', code: second })),
    ).toBe('code_invalid');
  });
});

describe('an administrator’s reset', () => {
  it('removes every factor of a user who lost them, audited, so they can enrol again', async () => {
    const worker = await t.signedIn('falt2@demo.faltlogg.se');
    const before = (await (await worker.get('/api/security')).json()) as Overview;
    expect(before.passkeys.length).toBeGreaterThan(0);
    const userId = t.ids.user('falt2@demo.faltlogg.se');
    const fatima = await t.signedIn('falt@demo.faltlogg.se');
    expect((await fatima.post(`/api/users/${userId}/second-factor/reset`)).status).toBe(403);
    expect((await admin.post(`/api/users/${userId}/second-factor/reset`)).status).toBe(200);
    const after = (await (await worker.get('/api/security')).json()) as Overview;
    expect(after).toMatchObject({ passkeys: [], totp: { enabled: false }, recoveryCodesRemaining: 0 });
    expect(after.session.secondFactor).toBe(false);
    const audited = await t.db
      .selectFrom('audit_events')
      .select('entity_id')
      .where('action', '=', 'user.second_factor_reset')
      .execute();
    expect(audited).toEqual([{ entity_id: userId }]);
    // Enrolling again needs no step-up: there is nothing left to step up with.
    expect((await worker.post('/api/security/passkeys/options')).status).toBe(200);
  });
});
