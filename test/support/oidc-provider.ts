import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person who can sign in at the test provider, by typing `login` on its form. */
export type TestAccount = {
  login: string;
  sub: string;
  email?: string;
  emailVerified?: boolean;
  name?: string;
  /** An Entra-style object id, for claim mapping tests. */
  oid?: string;
  acr?: string;
  amr?: string[];
};

export type TestProviderOptions = {
  clientId?: string;
  clientSecret?: string;
  /** Where the provider may send users back to (the app's /api/auth/oidc/callback). */
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  accounts: TestAccount[];
  /** Seconds an ID token is valid. */
  idTokenTtl?: number;
  /** The issuer the provider claims; by default its own http://127.0.0.1:<port>. */
  issuer?: (origin: string) => string;
};

export type TestProvider = Awaited<ReturnType<typeof startTestProvider>>;

/**
 * A real OpenID provider (the `oidc-provider` package) on a random 127.0.0.1 port, with one
 * confidential client and a sign-in page of its own: a form with one field, "Användarnamn", where
 * typing an account's `login` signs that account in (consent is given with it). Set `autoLogin` to
 * skip the form, as server tests do; browser tests fill it in.
 */
export async function startTestProvider(options: TestProviderOptions) {
  const clientId = options.clientId ?? 'faltlogg-test';
  const clientSecret = options.clientSecret ?? 'test-client-secret-that-is-long-enough';
  const accounts = new Map(options.accounts.map((account) => [account.login, account]));
  const bySub = new Map(options.accounts.map((account) => [account.sub, account]));
  const state: { autoLogin: string | null; provider: Provider | null } = { autoLogin: null, provider: null };

  const server = createServer((req, res) => {
    const provider = state.provider;
    if (!provider) {
      res.statusCode = 503;
      res.end();
      return;
    }
    if (req.url?.startsWith('/interaction/')) {
      handleInteraction(provider, req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    provider.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = options.issuer ? options.issuer(origin) : origin;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        post_logout_redirect_uris: options.postLogoutRedirectUris ?? [],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['test-provider-cookie-key'] },
    // acr, amr and auth_time ride on the openid scope, so every ID token has them (as Entra's do).
    claims: {
      openid: ['sub', 'oid', 'acr', 'amr', 'auth_time'],
      email: ['email', 'email_verified'],
      profile: ['name'],
    },
    acrValues: ['urn:test:loa:1', 'urn:test:loa:2'],
    ttl: {
      IdToken: options.idTokenTtl ?? 3600,
      AccessToken: 600,
      AuthorizationCode: 60,
      Interaction: 600,
      Grant: 600,
      Session: 600,
    },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: unknown, id: string) => {
      const account = bySub.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: account.sub,
          ...(account.oid ? { oid: account.oid } : {}),
          ...(account.email ? { email: account.email, email_verified: account.emailVerified ?? true } : {}),
          ...(account.name ? { name: account.name } : {}),
        }),
      };
    },
  });
  state.provider = provider;

  async function handleInteraction(provider: Provider, req: IncomingMessage, res: ServerResponse) {
    const details = await provider.interactionDetails(req, res);
    let login = state.autoLogin;
    if (req.method === 'POST') login = new URLSearchParams(await readBody(req)).get('login');
    const account = login ? accounts.get(login) : undefined;
    if (!account) {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(loginPage(details.uid, login !== null));
      return;
    }
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: account.sub, clientId: details.params.client_id ?? clientId });
    if (!grant) throw new Error('The interaction names a grant that does not exist');
    grant.addOIDCScope(details.params.scope ?? 'openid');
    // Standalone claims reach the ID token only once the grant holds them.
    grant.addOIDCClaims(['acr', 'amr', 'auth_time']);
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      {
        login: {
          accountId: account.sub,
          ...(account.acr ? { acr: account.acr } : {}),
          ...(account.amr ? { amr: account.amr } : {}),
        },
        consent: { grantId },
      },
      { mergeWithLastSubmission: false },
    );
  }

  return {
    origin,
    issuer,
    clientId,
    clientSecret,
    /** Sign this account in without showing the form; null shows the form again. */
    set autoLogin(login: string | null) {
      state.autoLogin = login;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function loginPage(uid: string, failed: boolean): string {
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Testleverantör – logga in</title></head>
<body><main><h1>Testleverantör</h1>
${failed ? '<p role="alert">Okänt användarnamn.</p>' : ''}
<form method="post" action="/interaction/${uid}">
<label for="login">Användarnamn</label> <input id="login" name="login" autocomplete="username" required>
<button type="submit">Logga in hos leverantören</button>
</form></main></body></html>`;
}

/**
 * Follows a sign-in through redirects as a browser would, with a cookie jar per origin: requests to
 * `appOrigin` go to `app` (in-process), the rest over HTTP. Stops at the first response that is not
 * a redirect, or at `stopAt` when a redirect leads to a URL it matches.
 */
export class RedirectWalker {
  private readonly jars = new Map<string, Map<string, string>>();

  constructor(
    private readonly appOrigin: string,
    private readonly app: { request: (url: string, init: RequestInit) => Response | Promise<Response> },
  ) {}

  /** Sets a cookie for the app, e.g. to carry an existing browser's cookies. */
  setCookie(origin: string, name: string, value: string): void {
    this.jar(origin).set(name, value);
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jar(origin).get(name);
  }

  async get(url: string): Promise<Response> {
    const target = new URL(url);
    const jar = this.jar(target.origin);
    const headers: Record<string, string> = {};
    if (jar.size > 0) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const response =
      target.origin === this.appOrigin
        ? await this.app.request(target.pathname + target.search, { method: 'GET', headers })
        : await fetch(target, { method: 'GET', headers, redirect: 'manual' });
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      if (!name) continue;
      const value = rest.join('=');
      const expired = attributes.some((a) => /max-age=0\b|expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired || value === '') jar.delete(name.trim());
      else jar.set(name.trim(), value);
    }
    return response;
  }

  /** GETs `url` and follows redirects; returns every URL visited and the last response. */
  async follow(url: string, stopAt?: (next: URL) => boolean) {
    const visited: string[] = [];
    let current = url;
    for (let hop = 0; hop < 20; hop++) {
      visited.push(current);
      const response = await this.get(current);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { visited, response };
      const next = new URL(location, current);
      if (stopAt?.(next)) {
        visited.push(next.href);
        return { visited, response, stoppedAt: next };
      }
      current = next.href;
    }
    throw new Error(`Too many redirects from ${url}`);
  }

  private jar(origin: string): Map<string, string> {
    let jar = this.jars.get(origin);
    if (!jar) {
      jar = new Map();
      this.jars.set(origin, jar);
    }
    return jar;
  }
}
