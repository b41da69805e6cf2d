import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type TestApp } from '../../../test/support/test-app';
import { LOCKOUT_AFTER_FAILURES, LOCKOUT_MINUTES } from './auth.service';

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

  it('locks an account after repeated failures, and unlocks it after the lockout', async () => {
    const email = 'analytiker.norr@demo.faltlogg.se';
    for (let i = 1; i < LOCKOUT_AFTER_FAILURES; i++) {
      expect(await errorCode(await t.client().signIn(email, 'wrong password'))).toBe('invalid_credentials');
    }
    const locking = await t.client().signIn(email, 'wrong password');
    expect(locking.status).toBe(429);
    expect(await errorCode(locking)).toBe('account_locked');
    const whileLocked = await t.client().signIn(email);
    expect(await errorCode(whileLocked)).toBe('account_locked');
    expect(Number(whileLocked.headers.get('retry-after'))).toBeGreaterThan(0);
    t.clock.advance(LOCKOUT_MINUTES * 60_000 + 1000);
    expect((await t.client().signIn(email)).status).toBe(200);
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
