import pino from 'pino';
import { createApp } from '../../src/server/app';
import { SignInThrottle } from '../../src/server/auth/sign-in-throttle';
import { loadConfig } from '../../src/server/config';
import type { DatabaseHandle } from '../../src/server/db/connect';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { seedDemoData } from '../../src/server/demo/demo-seed';
import { createMetrics } from '../../src/server/health/metrics';
import type { AppDeps } from '../../src/server/http/app-env';
import { openTestDatabase } from './test-database';

/** A clock tests move by hand: session expiry and lockouts without waiting. */
export class TestClock {
  constructor(private current = new Date('2026-04-01T10:00:00Z')) {}
  now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** The real app on this file's own migrated database, seeded with Demo stad. */
export async function createTestApp(env: Record<string, string> = {}) {
  const database = await openTestDatabase();
  const clock = new TestClock();
  const instance = appInstance(database, env, clock);
  const { municipalityId } = await seedDemoData(database.db, clock.now());
  const ids = await demoIds(instance.deps, municipalityId);
  return {
    ...instance,
    db: database.db,
    clock,
    ids,
    close: database.close,
    /**
     * A second instance of the app on the same database, as behind a load balancer: its own
     * connection pool, throttle object and metrics; the same clock (instances share the time).
     */
    anotherInstance: (moreEnv: Record<string, string> = {}) =>
      appInstance(database.connectAgain(), { ...env, ...moreEnv }, clock),
  };
}

export type AppInstance = ReturnType<typeof appInstance>;

export function appInstance(database: DatabaseHandle, env: Record<string, string>, clock: TestClock) {
  const deps: AppDeps = {
    db: database.db,
    dbKind: database.kind,
    config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', FALTLOGG_WEB_DIR: '/nonexistent', ...env }),
    logger: pino({ level: 'silent' }),
    metrics: createMetrics(),
    signInThrottle: new SignInThrottle(),
    now: clock.now,
  };
  const app = createApp(deps);
  return {
    app,
    deps,
    client: (options: ClientOptions = {}) => new TestClient(app, options),
    /** A client already signed in as the demo user with this e-mail. */
    signedIn: async (email: string, options: ClientOptions = {}) => {
      const client = new TestClient(app, options);
      const response = await client.signIn(email);
      if (response.status !== 200) throw new Error(`Sign-in as ${email} failed: ${await response.text()}`);
      return client;
    },
  };
}

async function demoIds(deps: AppDeps, municipalityId: string) {
  const units = await deps.db
    .selectFrom('units')
    .select(['id', 'name'])
    .where('municipality_id', '=', municipalityId)
    .execute();
  const administrations = await deps.db
    .selectFrom('administrations')
    .select(['id', 'name'])
    .where('municipality_id', '=', municipalityId)
    .execute();
  const users = await deps.db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('municipality_id', '=', municipalityId)
    .execute();
  const byName = (rows: { id: string; name: string }[], name: string) => {
    const row = rows.find((r) => r.name === name);
    if (!row) throw new Error(`Demo data has no ${name}`);
    return row.id;
  };
  return {
    municipalityId,
    unit: {
      centre: byName(units, 'Fältgruppen Centrum'),
      north: byName(units, 'Fältgruppen Norr'),
      south: byName(units, 'Fältgruppen Söder'),
    },
    administration: {
      north: byName(administrations, 'Norra stadsdelsförvaltningen'),
      south: byName(administrations, 'Södra stadsdelsförvaltningen'),
    },
    user: (email: string) => {
      const user = users.find((u) => u.email === email);
      if (!user) throw new Error(`Demo data has no user ${email}`);
      return user.id;
    },
  };
}

type App = ReturnType<typeof createApp>;

/**
 * `remoteAddress`: the socket peer the app sees, as @hono/node-server reports it; without one,
 * in-process requests have no socket address at all.
 */
export type ClientOptions = { remoteAddress?: string };

/** Talks to the app in-process like a browser: keeps cookies and sends the CSRF header. */
export class TestClient {
  private readonly cookies = new Map<string, string>();
  private readonly bindings: object | undefined;
  csrfToken: string | undefined;

  constructor(
    private readonly app: App,
    private readonly options: ClientOptions = {},
  ) {
    const { remoteAddress } = options;
    if (remoteAddress) {
      const remoteFamily = remoteAddress.includes(':') ? 'IPv6' : 'IPv4';
      this.bindings = { incoming: { socket: { remoteAddress, remotePort: 50_000, remoteFamily } } };
    }
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** The same browser (cookies, CSRF token, address) talking to another instance of the app. */
  sameBrowserOn(app: App): TestClient {
    const other = new TestClient(app, this.options);
    other.csrfToken = this.csrfToken;
    for (const [name, value] of this.cookies) other.cookies.set(name, value);
    return other;
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    if (method !== 'GET' && this.csrfToken === undefined) await this.fetchSession();
    const all: Record<string, string> = { ...headers };
    if (this.cookies.size > 0) all.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET' && this.csrfToken && !('x-csrf-token' in headers))
      all['x-csrf-token'] = this.csrfToken;
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      all['content-type'] ??= 'application/json';
    }
    const response = await this.app.request(path, { method, headers: all, body: payload }, this.bindings);
    this.storeCookies(response);
    return response;
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body?: unknown) => this.request('POST', path, body);
  delete = (path: string, body?: unknown) => this.request('DELETE', path, body);
  patch = (path: string, body?: unknown) => this.request('PATCH', path, body);
  put = (path: string, body?: unknown) => this.request('PUT', path, body);

  async fetchSession(): Promise<{ csrfToken: string; user: { id: string; locale: string } | null }> {
    const response = await this.request('GET', '/api/auth/session');
    const session = (await response.json()) as {
      csrfToken: string;
      user: { id: string; locale: string } | null;
    };
    this.csrfToken = session.csrfToken;
    return session;
  }

  async signIn(email: string, password = DEMO_PASSWORD): Promise<Response> {
    const response = await this.post('/api/auth/sign-in', { email, password });
    if (response.ok) {
      const session = (await response.clone().json()) as { csrfToken: string };
      this.csrfToken = session.csrfToken;
    }
    return response;
  }

  private storeCookies(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      if (!name) continue;
      const value = rest.join('=');
      const expired = attributes.some(
        (a) => /max-age=0\b/i.test(a.trim()) || /expires=thu, 01 jan 1970/i.test(a.trim()),
      );
      if (expired || value === '') this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
  }
}

/** Reads a JSON error body's code, for terse assertions. */
export async function errorCode(response: Response): Promise<string | undefined> {
  const body = (await response.json()) as { error?: { code?: string } };
  return body.error?.code;
}
