import type { Logger } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppInstance,
  createTestApp,
  errorCode,
  type TestApp,
  type TestClient,
} from '../../test/support/test-app';
import { FREE_FAILURES } from './auth/account-throttle';
import { DEMO_PASSWORD } from './demo/demo-organisation';
import { tryLockRetention } from './privacy/retention.repository';
import { runRetentionEverywhere } from './privacy/retention-schedule';
import { openContact } from './support/support.fixtures';

/**
 * Two instances of the app behind one proxy, on one database: each has its own connection pool
 * (on PostgreSQL; PGlite is one session, so there they share it), throttle object and metrics.
 * What one instance learns about sign-ins, sessions and scheduled deletion the other must know.
 */
let a: TestApp;
let b: AppInstance;
beforeAll(async () => {
  a = await createTestApp();
  b = a.anotherInstance();
});
afterAll(() => a.close());

const signIn = (client: TestClient, email: string, password?: string, headers: Record<string, string> = {}) =>
  client.request('POST', '/api/auth/sign-in', { email, password: password ?? DEMO_PASSWORD }, headers);

describe('two instances on one database', () => {
  it('add up failed sign-ins from one address: the 21st through either instance is refused', async () => {
    const from = { remoteAddress: '203.0.113.7' };
    const limit = a.deps.signInThrottle.maxFailures;
    for (let i = 0; i < limit; i++) {
      const instance = i % 2 === 0 ? a : b;
      const response = await signIn(instance.client(from), `guess${i}@demo.faltlogg.se`, 'password123');
      expect(await errorCode(response), `attempt ${i + 1}`).toBe('invalid_credentials');
    }
    for (const instance of [a, b]) {
      const refused = await signIn(instance.client(from), 'falt.norr@demo.faltlogg.se');
      expect(refused.status).toBe(429);
      expect(await errorCode(refused)).toBe('too_many_attempts');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // Another address is not held back by this one.
    expect(
      (await signIn(b.client({ remoteAddress: '203.0.113.8' }), 'falt.norr@demo.faltlogg.se')).status,
    ).toBe(200);
  });

  it('share the count per account and address: failures through both hold that address back on both', async () => {
    const email = 'analytiker.norr@demo.faltlogg.se';
    const from = { remoteAddress: '203.0.113.20' };
    // Failures in flight at once on both instances must each count (no lost update).
    const parallel = await Promise.all(
      Array.from({ length: FREE_FAILURES }, (_, i) =>
        signIn((i % 2 === 0 ? a : b).client(from), email, 'wrong password'),
      ),
    );
    for (const response of parallel) expect(await errorCode(response)).toBe('invalid_credentials');
    for (const instance of [a, b]) {
      const held = await signIn(instance.client(from), email);
      expect(held.status).toBe(429);
      expect(await errorCode(held)).toBe('too_many_attempts');
    }
    // The account is not locked: from another address it signs in through either instance.
    expect((await signIn(b.client({ remoteAddress: '203.0.113.31' }), email)).status).toBe(200);
  });

  it('share sessions: signed in through one, signed in through the other, signed out for both', async () => {
    const throughA = await a.signedIn('chef@demo.faltlogg.se', { remoteAddress: '203.0.113.40' });
    const throughB = throughA.sameBrowserOn(b.app);
    expect((await throughB.fetchSession()).user?.id).toBe(a.ids.user('chef@demo.faltlogg.se'));
    expect((await throughB.get('/api/organisation')).status).toBe(200);
    expect((await throughB.patch('/api/auth/me', { locale: 'en' })).status).toBe(200);
    expect((await throughB.post('/api/auth/sign-out')).status).toBe(200);
    expect(await errorCode(await throughA.get('/api/organisation'))).toBe('session_expired');
  });

  it('run scheduled deletion once when both start it at the same moment', async () => {
    const fatima = await a.signedIn('falt@demo.faltlogg.se');
    const contact = await openContact(fatima, a.ids.unit.centre, { name: 'Kim' });
    const due = new Date('2027-04-02T03:00:00Z'); // a year after the last contact, 20 March 2026
    const logs = { a: recordingLogger(), b: recordingLogger() };
    const schedule = { skipIfRanWithinMs: 30 * 60_000 }; // as startRetentionSchedule with 60 minutes
    await Promise.all([
      runRetentionEverywhere(a.db, due, logs.a.logger, schedule),
      runRetentionEverywhere(b.deps.db, due, logs.b.logger, schedule),
    ]);

    const runs = await a.db
      .selectFrom('retention_runs')
      .select(['deleted', 'started_at'])
      .where('municipality_id', '=', a.ids.municipalityId)
      .where('trigger', '=', 'schedule')
      .execute();
    expect(runs).toHaveLength(1);
    expect(runs[0]?.deleted).toEqual({ support_contact: 1, report_of_concern: 0 });
    const left = await a.db
      .selectFrom('support_contacts')
      .select('id')
      .where('id', '=', contact.id)
      .execute();
    expect(left).toEqual([]);
    const messages = [...logs.a.messages, ...logs.b.messages];
    expect(messages.filter((m) => m === 'scheduled deletion ran')).toHaveLength(1);
    expect(messages.filter((m) => m.startsWith('scheduled deletion skipped'))).toHaveLength(1);
    expect([...logs.a.errors, ...logs.b.errors]).toEqual([]);

    // The next interval runs again, on whichever instance comes first.
    await runRetentionEverywhere(b.deps.db, new Date(due.getTime() + 60 * 60_000), logs.b.logger, schedule);
    const later = await a.db
      .selectFrom('retention_runs')
      .select('id')
      .where('municipality_id', '=', a.ids.municipalityId)
      .execute();
    expect(later).toHaveLength(2);
  });

  it.runIf(process.env.FALTLOGG_TEST_DB === 'postgres')(
    'skip scheduled deletion on one instance while the other holds the lock',
    async () => {
      const logs = recordingLogger();
      // Instance A is in the middle of a run (holds the lock) when B's schedule fires.
      await a.db.transaction().execute(async (trx) => {
        expect(await tryLockRetention(trx, a.ids.municipalityId)).toBe(true);
        await runRetentionEverywhere(b.deps.db, new Date('2027-06-01T03:00:00Z'), logs.logger);
      });
      expect(logs.messages).toEqual(['scheduled deletion skipped: another instance is running it']);
    },
  );
});

describe('the client address behind a proxy', () => {
  let proxied: AppInstance;
  beforeAll(() => {
    proxied = a.anotherInstance({ TRUST_PROXY: '127.0.0.1, ::1' });
  });

  async function signedInFrom(
    instance: AppInstance,
    email: string,
    from: string | undefined,
    forwardedFor: string,
  ) {
    const client = instance.client(from ? { remoteAddress: from } : {});
    const response = await signIn(client, email, undefined, { 'x-forwarded-for': forwardedFor });
    expect(response.status).toBe(200);
    const userId = a.ids.user(email);
    const session = await a.db
      .selectFrom('sessions')
      .select('ip')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    const audit = await a.db
      .selectFrom('audit_events')
      .select('ip')
      .where('action', '=', 'auth.sign_in')
      .where('entity_id', '=', userId)
      .executeTakeFirst();
    expect(audit?.ip, 'the audit row and the session agree').toBe(session?.ip);
    return session?.ip;
  }

  it('is read from X-Forwarded-For only when TRUST_PROXY trusts the socket peer', async () => {
    expect(
      await signedInFrom(proxied, 'falt.soder@demo.faltlogg.se', '127.0.0.1', '10.9.9.9, 198.51.100.23'),
    ).toBe('198.51.100.23');
    // A peer that is not a trusted proxy: the header is the client's own claim.
    expect(await signedInFrom(proxied, 'falt.hamnen@demo.faltlogg.se', '192.0.2.50', '198.51.100.24')).toBe(
      '192.0.2.50',
    );
    // The instance without TRUST_PROXY believes no header, even from loopback.
    expect(await signedInFrom(b, 'falt.vaster@demo.faltlogg.se', '::ffff:127.0.0.1', '198.51.100.25')).toBe(
      '127.0.0.1',
    );
    // No socket at all (an in-process request): no peer to believe, so no address.
    expect(await signedInFrom(proxied, 'falt2@demo.faltlogg.se', undefined, '198.51.100.26')).toBeNull();
  });

  it('throttles the client behind the proxy, not the proxy', async () => {
    const viaProxy = (client: string) => ({ 'x-forwarded-for': client });
    const limit = proxied.deps.signInThrottle.maxFailures;
    for (let i = 0; i < limit; i++) {
      const response = await signIn(
        proxied.client({ remoteAddress: '::1' }),
        `nobody${i}@x.se`,
        'pw',
        viaProxy('198.51.100.60'),
      );
      expect(await errorCode(response)).toBe('invalid_credentials');
    }
    const refused = await signIn(
      proxied.client({ remoteAddress: '127.0.0.1' }),
      'x@x.se',
      'pw',
      viaProxy('198.51.100.60'),
    );
    expect(await errorCode(refused)).toBe('too_many_attempts');
    const neighbour = await signIn(
      proxied.client({ remoteAddress: '127.0.0.1' }),
      'x@x.se',
      'pw',
      viaProxy('198.51.100.61'),
    );
    expect(await errorCode(neighbour)).toBe('invalid_credentials');
  });
});

function recordingLogger() {
  const messages: string[] = [];
  const errors: string[] = [];
  const logger = {
    info: (_details: object, message: string) => void messages.push(message),
    error: (_details: object, message: string) => void errors.push(message),
  } as unknown as Pick<Logger, 'info' | 'error'>;
  return { logger, messages, errors };
}
