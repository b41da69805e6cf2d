import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RedirectWalker, startTestProvider, type TestProvider } from '../../../test/support/oidc-provider';
import { createTestApp, errorCode, type TestApp, type TestClient } from '../../../test/support/test-app';

const APP = 'http://faltlogg.test';
const CALLBACK = `${APP}/api/auth/oidc/callback`;

let t: TestApp;
let provider: TestProvider;
let admin: TestClient;

const ACCOUNTS = [
  {
    login: 'falt',
    sub: 'sub-falt',
    email: 'falt@demo.faltlogg.se',
    name: 'Fia Fältarbetare',
    acr: 'urn:test:loa:2',
    amr: ['pwd', 'otp'],
  },
  { login: 'norr', sub: 'sub-norr', email: 'falt.norr@demo.faltlogg.se', amr: ['pwd'] },
  { login: 'ny', sub: 'sub-ny', email: 'ny.person@demo.faltlogg.se', name: 'Ny Person', amr: ['pwd'] },
  { login: 'overifierad', sub: 'sub-chef', email: 'chef@demo.faltlogg.se', emailVerified: false },
  { login: 'soder', sub: 'sub-soder', email: 'falt.soder@demo.faltlogg.se' },
  { login: 'entra', sub: 'pairwise-sub', oid: 'object-id-1', email: 'falt.hamnen@demo.faltlogg.se' },
];

function settings(overrides: Record<string, unknown> = {}) {
  return {
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    buttonLabel: 'Logga in med Demo stad',
    enabled: true,
    ...overrides,
  };
}

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: APP });
  // openid-client checks token times against the app's clock: start it at the real time.
  t.clock.advance(Date.now() - t.clock.now().getTime());
  provider = await startTestProvider({
    redirectUris: [CALLBACK],
    postLogoutRedirectUris: [`${APP}/logga-in`],
    accounts: ACCOUNTS,
    idTokenTtl: 120,
  });
  admin = await t.signedIn('admin@demo.faltlogg.se');
  const saved = await admin.put('/api/admin/oidc', settings());
  expect(saved.status).toBe(200);
});
afterAll(async () => {
  await provider?.close();
  await t?.close();
});
beforeEach(async () => {
  provider.autoLogin = null;
});

/** Stops where the browser would land in the web app (a page, not an API route). */
const inWebApp = (next: URL) => next.origin === APP && !next.pathname.startsWith('/api/');
const atCallback = (next: URL) => next.href.startsWith(CALLBACK);

/** Starts a sign-in and lets the provider sign `login` in; stops before the app sees the callback. */
async function throughProvider(login: string, next = '/pass') {
  const walker = new RedirectWalker(APP, t.app);
  provider.autoLogin = login;
  const { stoppedAt } = await walker.follow(
    `${APP}/api/auth/oidc/${t.ids.municipalityId}/start?next=${encodeURIComponent(next)}`,
    atCallback,
  );
  if (!stoppedAt) throw new Error('The provider did not send the browser back');
  return { walker, callback: stoppedAt.href };
}

async function landing(walker: RedirectWalker, url: string) {
  const { stoppedAt } = await walker.follow(url, inWebApp);
  if (!stoppedAt) throw new Error('No redirect into the web app');
  return stoppedAt;
}

async function sessionOf(walker: RedirectWalker) {
  const response = await walker.get(`${APP}/api/auth/session`);
  return (await response.json()) as {
    csrfToken: string;
    user: { id: string; email: string; roles: unknown[] } | null;
  };
}

describe('OpenID Connect settings', () => {
  it('never returns the client secret, and says that one is saved', async () => {
    const response = await admin.get('/api/admin/oidc');
    const text = await response.text();
    expect(text).not.toContain(provider.clientSecret);
    expect(JSON.parse(text)).toMatchObject({
      settings: {
        issuer: provider.issuer,
        clientSecretSaved: true,
        subjectClaim: 'sub',
        emailClaim: 'email',
        nameClaim: 'name',
        scopes: 'openid email profile',
        createUsers: false,
      },
      redirectUri: CALLBACK,
    });
  });

  it('keeps the saved secret when none is sent, and audits the change without it', async () => {
    const response = await admin.put('/api/admin/oidc', settings({ clientSecret: undefined }));
    expect(response.status).toBe(200);
    const row = await t.db.selectFrom('oidc_providers').select('client_secret').executeTakeFirstOrThrow();
    expect(row.client_secret).toBe(provider.clientSecret);
    const audits = await t.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'oidc.settings')
      .execute();
    expect(audits.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(audits)).not.toContain(provider.clientSecret);
  });

  it.each([
    'https://login.microsoftonline.com/common/v2.0',
    'https://login.microsoftonline.com/organizations/v2.0',
    'https://login.microsoftonline.com/consumers/v2.0',
    'https://login.microsoftonline.com/common',
    'https://login.microsoftonline.com/Organizations/',
  ])('refuses Entra’s multi-tenant issuer %s', async (issuer) => {
    const response = await admin.put('/api/admin/oidc', settings({ issuer }));
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('oidc_issuer_multi_tenant');
  });

  it('accepts a tenant’s own Entra issuer, and refuses http away from this machine', async () => {
    const other = await t.signedIn('admin@demo.faltlogg.se');
    const insecure = await other.put('/api/admin/oidc', settings({ issuer: 'http://idp.example.se' }));
    expect(await errorCode(insecure)).toBe('oidc_issuer_insecure');
    const tenant = await other.put(
      '/api/admin/oidc',
      settings({ issuer: 'https://login.microsoftonline.com/6f1c4b1e-0000-4000-8000-000000000000/v2.0' }),
    );
    expect(tenant.status).toBe(200);
    expect((await other.put('/api/admin/oidc', settings())).status).toBe(200);
  });

  it('is for administrators only', async () => {
    const worker = await t.signedIn('falt2@demo.faltlogg.se');
    expect((await worker.get('/api/admin/oidc')).status).toBe(403);
    expect((await worker.put('/api/admin/oidc', settings())).status).toBe(403);
  });

  it('lists the enabled provider’s button for the sign-in page', async () => {
    const response = await t.client().get('/api/auth/oidc/providers');
    expect(await response.json()).toEqual({
      providers: [
        {
          municipalityId: t.ids.municipalityId,
          label: 'Logga in med Demo stad',
          startUrl: `/api/auth/oidc/${t.ids.municipalityId}/start`,
        },
      ],
    });
  });
});

describe('OpenID Connect sign-in', () => {
  it('signs a known user in by verified e-mail, records acr, amr and auth_time, and audits it', async () => {
    const { walker, callback } = await throughProvider('falt');
    const landed = await landing(walker, callback);
    expect(landed.pathname).toBe('/pass');
    const session = await sessionOf(walker);
    expect(session.user?.email).toBe('falt@demo.faltlogg.se');

    const userId = t.ids.user('falt@demo.faltlogg.se');
    const row = await t.db
      .selectFrom('sessions')
      .select(['acr', 'amr', 'auth_time', 'oidc_provider_id', 'oidc_id_token', 'mfa_by_provider'])
      .where('user_id', '=', userId)
      .where('oidc_provider_id', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(row.acr).toBe('urn:test:loa:2');
    expect(row.amr).toEqual(['pwd', 'otp']);
    expect(row.auth_time).toBeInstanceOf(Date);
    expect(Math.abs((row.auth_time?.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
    expect(row.mfa_by_provider).toBe(true);
    expect(row.oidc_id_token).toMatch(/^ey/);

    const audit = await t.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'auth.sign_in')
      .where('entity_id', '=', userId)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({
      method: 'oidc',
      acr: 'urn:test:loa:2',
      amr: ['pwd', 'otp'],
      mfaByProvider: true,
      authTime: row.auth_time?.toISOString(),
    });
    const link = await t.db
      .selectFrom('user_oidc_subjects')
      .selectAll()
      .where('subject', '=', 'sub-falt')
      .executeTakeFirstOrThrow();
    expect(link).toMatchObject({ user_id: userId, issuer: provider.issuer });
  });

  it('lets a session whose provider used a second factor open personal data under the step-up rule', async () => {
    const rule = (on: boolean) => admin.put('/api/privacy/second-factor-rule', { requireSecondFactor: on });
    expect((await rule(true)).status).toBe(200);
    try {
      const withMfa = await throughProvider('falt');
      await landing(withMfa.walker, withMfa.callback);
      const contacts = await withMfa.walker.get(`${APP}/api/units/${t.ids.unit.centre}/support-contacts`);
      expect(contacts.status).toBe(200);

      // amr 'pwd' alone is one factor: the guard asks for a step-up as after a password sign-in.
      const passwordOnly = await throughProvider('norr');
      await landing(passwordOnly.walker, passwordOnly.callback);
      const refused = await passwordOnly.walker.get(`${APP}/api/units/${t.ids.unit.north}/support-contacts`);
      expect(refused.status).toBe(403);
      expect(await errorCode(refused)).toBe('second_factor_required');
    } finally {
      expect((await rule(false)).status).toBe(200);
    }
  });

  it('finds the user by the subject next time, whatever the e-mail then says', async () => {
    await t.db
      .updateTable('users')
      .set({ email: 'fia.ny.adress@demo.faltlogg.se' })
      .where('id', '=', t.ids.user('falt@demo.faltlogg.se'))
      .execute();
    try {
      const { walker, callback } = await throughProvider('falt');
      expect((await landing(walker, callback)).pathname).toBe('/pass');
      expect((await sessionOf(walker)).user?.email).toBe('fia.ny.adress@demo.faltlogg.se');
    } finally {
      await t.db
        .updateTable('users')
        .set({ email: 'falt@demo.faltlogg.se' })
        .where('id', '=', t.ids.user('falt@demo.faltlogg.se'))
        .execute();
    }
  });

  it('takes the subject from the claim the municipality names, such as Entra’s oid', async () => {
    await admin.put('/api/admin/oidc', settings({ subjectClaim: 'oid' }));
    try {
      const { walker, callback } = await throughProvider('entra');
      expect((await landing(walker, callback)).pathname).toBe('/pass');
      const link = await t.db
        .selectFrom('user_oidc_subjects')
        .select(['subject', 'user_id'])
        .where('user_id', '=', t.ids.user('falt.hamnen@demo.faltlogg.se'))
        .executeTakeFirstOrThrow();
      expect(link.subject).toBe('object-id-1');
    } finally {
      await admin.put('/api/admin/oidc', settings());
    }
  });

  it('refuses a replayed state, even in the browser that used it', async () => {
    const { walker, callback } = await throughProvider('norr');
    expect((await landing(walker, callback)).pathname).toBe('/pass');
    // The attacker also has the state cookie: only the single-use row can stop the replay.
    const state = new URL(callback).searchParams.get('state') ?? '';
    walker.setCookie(APP, 'faltlogg_oidc_state', state);
    const again = await landing(new RedirectWalker(APP, t.app), callback);
    expect(again.href).toBe(`${APP}/logga-in?oidc_error=oidc_state_invalid`);
    const replay = await landing(walker, callback);
    expect(replay.href).toBe(`${APP}/logga-in?oidc_error=oidc_state_invalid`);
  });

  it('refuses a callback in another browser than the one that started (login CSRF)', async () => {
    const { callback } = await throughProvider('norr');
    const other = new RedirectWalker(APP, t.app);
    expect((await landing(other, callback)).search).toBe('?oidc_error=oidc_state_invalid');
    expect((await sessionOf(other)).user).toBeNull();
  });

  it('refuses an expired ID token', async () => {
    const { walker, callback } = await throughProvider('norr');
    // The token lived 120 s; five minutes on, it has expired, though the started sign-in has not.
    t.clock.advance(5 * 60_000);
    try {
      expect((await landing(walker, callback)).search).toBe('?oidc_error=oidc_token_rejected');
    } finally {
      t.clock.advance(-5 * 60_000);
    }
    expect((await sessionOf(walker)).user).toBeNull();
  });

  it('refuses an ID token whose nonce is not the one sent', async () => {
    const { walker, callback } = await throughProvider('norr');
    await t.db.updateTable('oidc_logins').set({ nonce: 'another-nonce' }).execute();
    expect((await landing(walker, callback)).search).toBe('?oidc_error=oidc_token_rejected');
  });

  it('refuses an answer from another issuer than the configured one (mix-up)', async () => {
    const impostor = await startTestProvider({
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      redirectUris: [CALLBACK],
      accounts: ACCOUNTS,
    });
    try {
      const walker = new RedirectWalker(APP, t.app);
      const { stoppedAt } = await walker.follow(
        `${APP}/api/auth/oidc/${t.ids.municipalityId}/start`,
        (next) => next.origin === provider.origin,
      );
      if (!stoppedAt) throw new Error('No redirect to the provider');
      // The same request, answered by the other provider: its code, its iss, the app's state.
      impostor.autoLogin = 'falt';
      const atImpostor = new URL(stoppedAt.pathname + stoppedAt.search, impostor.origin).href;
      const { stoppedAt: callback } = await walker.follow(atImpostor, atCallback);
      expect(callback?.searchParams.get('iss')).toBe(impostor.issuer);
      expect((await landing(walker, callback?.href ?? '')).search).toBe('?oidc_error=oidc_token_rejected');
      expect((await sessionOf(walker)).user).toBeNull();
    } finally {
      await impostor.close();
    }
  });

  it('refuses a provider whose discovery names another issuer than the configured one', async () => {
    const elsewhere = await startTestProvider({
      redirectUris: [CALLBACK],
      accounts: ACCOUNTS,
      issuer: (origin) => `${origin}/another-issuer`,
    });
    try {
      await admin.put('/api/admin/oidc', {
        ...settings(),
        issuer: elsewhere.origin,
        clientId: elsewhere.clientId,
        clientSecret: elsewhere.clientSecret,
      });
      const walker = new RedirectWalker(APP, t.app);
      const landed = await landing(walker, `${APP}/api/auth/oidc/${t.ids.municipalityId}/start`);
      expect(landed.search).toBe('?oidc_error=oidc_provider_unavailable');
    } finally {
      await admin.put('/api/admin/oidc', settings());
      await elsewhere.close();
    }
  });

  it('refuses an unknown user while creation is off, and an unverified address', async () => {
    for (const login of ['ny', 'overifierad']) {
      const { walker, callback } = await throughProvider(login);
      expect((await landing(walker, callback)).search).toBe('?oidc_error=oidc_user_unknown');
    }
    const created = await t.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'ny.person@demo.faltlogg.se')
      .execute();
    expect(created).toEqual([]);
  });

  it('creates an unknown user without roles when the municipality allows it', async () => {
    await admin.put('/api/admin/oidc', settings({ createUsers: true }));
    try {
      const { walker, callback } = await throughProvider('ny', '/');
      expect((await landing(walker, callback)).pathname).toBe('/');
      const session = await sessionOf(walker);
      expect(session.user).toMatchObject({ email: 'ny.person@demo.faltlogg.se', roles: [] });
      const user = await t.db
        .selectFrom('users')
        .select(['id', 'display_name', 'password_hash'])
        .where('email', '=', 'ny.person@demo.faltlogg.se')
        .executeTakeFirstOrThrow();
      expect(user).toMatchObject({ display_name: 'Ny Person', password_hash: null });
      const roles = await t.db
        .selectFrom('role_assignments')
        .select('id')
        .where('user_id', '=', user.id)
        .execute();
      expect(roles).toEqual([]);
      // An address someone already has is never taken over by creation: unverified stays unknown.
      const { walker: w2, callback: c2 } = await throughProvider('overifierad');
      expect((await landing(w2, c2)).search).toBe('?oidc_error=oidc_user_unknown');
    } finally {
      await admin.put('/api/admin/oidc', settings({ createUsers: false }));
    }
  });

  it('refuses a deactivated user', async () => {
    const userId = t.ids.user('falt.soder@demo.faltlogg.se');
    await t.db.updateTable('users').set({ active: false }).where('id', '=', userId).execute();
    const { walker, callback } = await throughProvider('soder');
    expect((await landing(walker, callback)).search).toBe('?oidc_error=account_inactive');
    expect((await sessionOf(walker)).user).toBeNull();
  });

  it('refuses a municipality without an enabled provider', async () => {
    const landed = await landing(
      new RedirectWalker(APP, t.app),
      `${APP}/api/auth/oidc/01900000-0000-7000-8000-000000000000/start`,
    );
    expect(landed.search).toBe('?oidc_error=oidc_not_configured');
  });

  it('signs out at the provider too: the sign-out names its logout page', async () => {
    const { walker, callback } = await throughProvider('falt');
    await landing(walker, callback);
    const { csrfToken } = await sessionOf(walker);
    const cookie = ['faltlogg_session', 'faltlogg_csrf']
      .map((name) => `${name}=${walker.cookie(APP, name)}`)
      .join('; ');
    const response = await t.app.request('/api/auth/sign-out', {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { user: null; providerLogoutUrl: string | null };
    expect(body.user).toBeNull();
    const logout = new URL(body.providerLogoutUrl ?? '');
    expect(logout.origin).toBe(provider.origin);
    expect(logout.searchParams.get('post_logout_redirect_uri')).toBe(`${APP}/logga-in`);
    expect(logout.searchParams.get('id_token_hint')).toMatch(/^ey/);
    // The provider accepts it: it asks to confirm the sign-out rather than refusing the request.
    const atProvider = await fetch(logout, { redirect: 'manual' });
    expect(atProvider.status).toBe(200);
    expect(await atProvider.text()).toMatch(/logout|sign.?out/i);
  });

  it('gives a password session no provider logout page', async () => {
    const client = await t.signedIn('chef@demo.faltlogg.se');
    const body = (await (await client.post('/api/auth/sign-out')).json()) as { providerLogoutUrl: unknown };
    expect(body.providerLogoutUrl).toBeNull();
  });
});
