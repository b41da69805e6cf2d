import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type TestApp } from '../../../test/support/test-app';
import { DEMO_PASSWORD } from '../demo/demo-organisation';
import { blockSeconds, FIRST_BLOCK_SECONDS, FREE_FAILURES, MAX_BLOCK_SECONDS } from './account-throttle';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('sign-in', () => {
  it('opens a session with an HttpOnly, SameSite=Lax cookie and describes the user', async () => {
    const client = t.client();
    const response = await client.signIn('falt@demo.faltlogg.se');
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('faltlogg_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const body = await response.json();
    expect(body.user).toMatchObject({
      email: 'falt@demo.faltlogg.se',
      municipality: { name: 'Demo stad' },
      roles: [{ role: 'field_worker', unitName: 'Fältgruppen Centrum' }],
      permissions: [
        'org.read',
        'unit.members.read',
        'categories.read',
        'shifts.read',
        'shifts.write',
        'statistics.read',
        'support.read',
        'support.write',
        'concern.report',
        'plans.read',
        'riskNights.read',
      ],
    });
    const session = await client.fetchSession();
    expect(session.user?.id).toBe(t.ids.user('falt@demo.faltlogg.se'));
  });

  it('marks cookies Secure in production', async () => {
    const production = await createTestApp({ NODE_ENV: 'production' });
    try {
      const response = await production.client().signIn('falt@demo.faltlogg.se');
      expect(response.headers.getSetCookie().every((c) => /Secure/.test(c))).toBe(true);
    } finally {
      await production.close();
    }
  });

  it('answers a wrong password and an unknown e-mail the same way', async () => {
    const wrong = await t.client().signIn('chef@demo.faltlogg.se', 'not the password');
    const unknown = await t.client().signIn('nobody@demo.faltlogg.se', 'not the password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await errorCode(wrong)).toBe('invalid_credentials');
    expect(await errorCode(unknown)).toBe('invalid_credentials');
  });

  it('accepts the e-mail in any case and with spaces', async () => {
    expect((await t.client().signIn('  Falt@Demo.Faltlogg.SE ')).status).toBe(200);
  });

  it('holds back only the address that failed on an account, with a back-off; the owner signs in elsewhere', async () => {
    const email = 'analytiker.norr@demo.faltlogg.se';
    const attacker = { remoteAddress: '198.51.100.66' };
    const owner = { remoteAddress: '192.0.2.10' };
    for (let i = 0; i < FREE_FAILURES; i++) {
      const response = await t.client(attacker).signIn(email, 'wrong password');
      expect(await errorCode(response), `failure ${i + 1}`).toBe('invalid_credentials');
    }
    // Even the right password waits from the address that failed: it cannot tell the attacker apart.
    const held = await t.client(attacker).signIn(email);
    expect(held.status).toBe(429);
    expect(await errorCode(held)).toBe('too_many_attempts');
    expect(held.headers.get('retry-after')).toBe(String(FIRST_BLOCK_SECONDS));
    // The owner, from their own address, is not held back at all.
    expect((await t.client(owner).signIn(email)).status).toBe(200);

    // The wait doubles with each further failure once the last one is over.
    t.clock.advance(FIRST_BLOCK_SECONDS * 1000);
    expect(await errorCode(await t.client(attacker).signIn(email, 'wrong password'))).toBe(
      'invalid_credentials',
    );
    expect((await t.client(attacker).signIn(email)).headers.get('retry-after')).toBe(
      String(2 * FIRST_BLOCK_SECONDS),
    );
    t.clock.advance(2 * FIRST_BLOCK_SECONDS * 1000);
    // The right password from that address, once it may try, signs in and forgets its failures.
    expect((await t.client(attacker).signIn(email)).status).toBe(200);
    expect(await errorCode(await t.client(attacker).signIn(email, 'wrong password'))).toBe(
      'invalid_credentials',
    );
  });

  it('caps the back-off at 30 minutes', () => {
    expect([4, 5, 6, 7, 9, 10, 11, 50].map(blockSeconds)).toEqual([
      0,
      60,
      120,
      240,
      960,
      MAX_BLOCK_SECONDS,
      MAX_BLOCK_SECONDS,
      MAX_BLOCK_SECONDS,
    ]);
    expect(MAX_BLOCK_SECONDS).toBe(30 * 60);
  });

  it('holds back an unknown e-mail exactly like a known one, so the throttle reveals no accounts', async () => {
    const from = { remoteAddress: '198.51.100.67' };
    const answers = async (email: string) => {
      const seen: string[] = [];
      for (let i = 0; i <= FREE_FAILURES; i++) {
        const response = await t.client(from).signIn(email, 'wrong password');
        seen.push(`${response.status} ${await errorCode(response)} ${response.headers.get('retry-after')}`);
      }
      return seen;
    };
    const known = await answers('polis@demo.faltlogg.se');
    expect(known.at(-1)).toBe(`429 too_many_attempts ${FIRST_BLOCK_SECONDS}`);
    expect(await answers('ingen.alls@demo.faltlogg.se')).toEqual(known);
  });

  it('counts a burst of parallel wrong passwords on one account one by one', async () => {
    const from = { remoteAddress: '198.51.100.68' };
    const responses = await Promise.all(
      Array.from({ length: 12 }, () => t.client(from).signIn('falt.norr@demo.faltlogg.se', 'wrong password')),
    );
    const codes = await Promise.all(responses.map(errorCode));
    expect(codes.filter((code) => code === 'invalid_credentials')).toHaveLength(FREE_FAILURES);
    expect(codes.filter((code) => code === 'too_many_attempts')).toHaveLength(12 - FREE_FAILURES);
  });

  it('throttles one address that tries many accounts', async () => {
    const throttled = await createTestApp();
    try {
      let last: Response | undefined;
      for (let i = 0; i <= throttled.deps.signInThrottle.maxFailures; i++) {
        last = await throttled.client().signIn(`guess${i}@demo.faltlogg.se`, 'password123');
      }
      expect(last?.status).toBe(429);
      expect(await errorCode(last as Response)).toBe('too_many_attempts');
      // Even the right password waits until the window has passed.
      expect(await errorCode(await throttled.client().signIn('falt@demo.faltlogg.se'))).toBe(
        'too_many_attempts',
      );
    } finally {
      await throttled.close();
    }
  });

  it('behind a trusted proxy, throttles the client in X-Forwarded-For, not the proxy', async () => {
    const proxied = await createTestApp({ TRUST_PROXY: '10.0.0.2' });
    try {
      const proxy = { remoteAddress: '10.0.0.2' };
      const via = (client: string, email: string, password?: string) =>
        proxied
          .client(proxy)
          .request(
            'POST',
            '/api/auth/sign-in',
            { email, password: password ?? DEMO_PASSWORD },
            { 'x-forwarded-for': client },
          );
      const attacker = '198.51.100.99';
      const victim = 'falt@demo.faltlogg.se';
      // More than the address limit, spread over many accounts and over the victim's own.
      const tries = proxied.deps.signInThrottle.maxFailures + 1;
      for (let i = 0; i < tries; i++) {
        await via(attacker, i % 2 === 0 ? victim : `guess${i}@demo.faltlogg.se`, 'wrong password');
      }
      const refused = await via(attacker, victim);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      // Everyone else behind the same proxy signs in, the victim too.
      expect((await via('192.0.2.44', victim)).status).toBe(200);
      expect((await via('192.0.2.45', 'chef@demo.faltlogg.se')).status).toBe(200);
    } finally {
      await proxied.close();
    }
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const proxied = await createTestApp({ TRUST_PROXY: '10.0.0.2' });
    try {
      const untrusted = { remoteAddress: '198.51.100.120' };
      const tries = proxied.deps.signInThrottle.maxFailures;
      for (let i = 0; i < tries; i++) {
        await proxied
          .client(untrusted)
          .request(
            'POST',
            '/api/auth/sign-in',
            { email: `guess${i}@demo.faltlogg.se`, password: 'wrong password' },
            { 'x-forwarded-for': `192.0.2.${100 + i}` },
          );
      }
      // A fresh X-Forwarded-For each time changed nothing: the socket's peer is the one counted.
      const refused = await proxied
        .client(untrusted)
        .request(
          'POST',
          '/api/auth/sign-in',
          { email: 'falt@demo.faltlogg.se', password: DEMO_PASSWORD },
          { 'x-forwarded-for': '192.0.2.250' },
        );
      expect(refused.status).toBe(429);
      expect(await errorCode(refused)).toBe('too_many_attempts');
    } finally {
      await proxied.close();
    }
  });

  it('rejects sign-in without the CSRF header', async () => {
    const client = t.client();
    await client.fetchSession();
    const response = await client.request(
      'POST',
      '/api/auth/sign-in',
      { email: 'falt@demo.faltlogg.se', password: 'demo-faltlogg' },
      { 'x-csrf-token': '' },
    );
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe('csrf_failed');
  });
});

describe('sessions', () => {
  it('ends on sign-out', async () => {
    const client = await t.signedIn('chef@demo.faltlogg.se');
    expect((await client.post('/api/auth/sign-out')).status).toBe(200);
    expect((await client.fetchSession()).user).toBeNull();
    expect((await client.get('/api/organisation')).status).toBe(401);
  });

  it('expires after the idle limit and says so', async () => {
    const client = await t.signedIn('chef@demo.faltlogg.se');
    t.clock.advance(t.deps.config.session.idleMinutes * 60_000 + 1000);
    const response = await client.get('/api/organisation');
    expect(response.status).toBe(401);
    expect(await errorCode(response)).toBe('session_expired');
  });

  it('expires at the absolute limit even when used all along', async () => {
    const client = await t.signedIn('chef@demo.faltlogg.se');
    const step = (t.deps.config.session.idleMinutes / 2) * 60_000;
    const steps = Math.ceil((t.deps.config.session.maxHours * 3_600_000) / step);
    for (let i = 0; i < steps - 1; i++) {
      t.clock.advance(step);
      expect((await client.get('/api/organisation')).status).toBe(200);
    }
    t.clock.advance(step);
    expect(await errorCode(await client.get('/api/organisation'))).toBe('session_expired');
  });

  it('refuses a change with the CSRF token of another session', async () => {
    const one = await t.signedIn('falt@demo.faltlogg.se');
    const two = await t.signedIn('falt2@demo.faltlogg.se');
    const response = await one.request(
      'PATCH',
      '/api/auth/me',
      { locale: 'en' },
      { 'x-csrf-token': two.csrfToken ?? '' },
    );
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe('csrf_failed');
  });

  it('saves the user’s language', async () => {
    const client = await t.signedIn('falt2@demo.faltlogg.se');
    expect((await client.patch('/api/auth/me', { locale: 'en' })).status).toBe(200);
    expect((await client.fetchSession()).user?.locale).toBe('en');
  });
});
