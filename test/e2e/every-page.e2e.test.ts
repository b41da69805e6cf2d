import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReportInput } from '../../src/server/concerns/concern.factory';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { makeContactInput } from '../../src/server/support/support.fixtures';
import { ACTIVITIES_PATH } from '../../src/web/activities/paths';
import { COMPETENCE_PATH } from '../../src/web/competence/paths';
import { DISCLOSURE_METHOD_PATH } from '../../src/web/disclosure/paths';
import { PLANS_PATH } from '../../src/web/plans/paths';
import { RISK_NIGHTS_PATH } from '../../src/web/risk-nights/paths';
import { STAFF_TIME_PATH } from '../../src/web/staff-time/paths';
import { type AxeFinding, axeFindings } from './accessibility';
import { DESKTOP, launchChromium, newPage, signIn } from './browser';
import { walkFocus } from './focus';
import { repoRoot } from './server-process';

/**
 * Every page of the app for every demo role, on a large phone and a desktop: axe-core finds no
 * serious or critical WCAG 2.1 A/AA violation, and nothing scrolls sideways on the phone. Then
 * each page has one name (home card, menu, heading), and the shift editor's focus stays in view.
 * One browser; one context per role, signed in once and resized between the two passes.
 */

const PHONE = { width: 390, height: 844 };
const VIEWPORTS = [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const;

/** The app's routes as App.tsx declares them, so a new page cannot be left out of this test. */
function declaredRoutes(): string[] {
  const source = readFileSync(path.join(repoRoot, 'src/web/App.tsx'), 'utf8');
  const constants: Record<string, string> = {
    DISCLOSURE_METHOD_PATH,
    ACTIVITIES_PATH,
    STAFF_TIME_PATH,
    COMPETENCE_PATH,
    PLANS_PATH,
    RISK_NIGHTS_PATH,
  };
  const routes = new Set<string>();
  for (const match of source.matchAll(/<Route (?:path=(?:"([^"]+)"|\{(\w+)\})|(default))/g)) {
    const [, literal, constant, fallback] = match;
    const route = literal ?? (constant ? constants[constant] : fallback);
    if (!route) throw new Error(`Unknown route constant ${constant}: add it to declaredRoutes()`);
    routes.add(route);
  }
  return [...routes];
}

type Expectation = 'page' | 'forbidden' | 'notFound';
/** A page to open: the route it belongs to and the address with real ids. */
type Visit = { route: string; path: string; expect?: Expectation };
type Ids = {
  unitId: string;
  shiftId: string;
  reportId: string;
  contactId: string;
  userId: string;
};

const HEADING: Record<Exclude<Expectation, 'page'>, string> = {
  forbidden: 'Ingen behörighet',
  notFound: 'Sidan finns inte',
};

const fill = (route: string, ids: Ids) =>
  route.replace(/:(\w+)/g, (_, name: string) => {
    const value = ids[name as keyof Ids];
    if (!value) throw new Error(`No id for :${name}`);
    return value;
  });
const visits = (ids: Ids, routes: (string | [string, Expectation, string?])[]): Visit[] =>
  routes.map((entry) => {
    const [route, expectation, address] = typeof entry === 'string' ? [entry, 'page' as const] : entry;
    return { route, path: address ?? fill(route, ids), expect: expectation };
  });

const FIELD_WORKER_PAGES = [
  '/',
  '/pass',
  '/enhet/:unitId/pass/ny',
  '/enhet/:unitId/pass/:shiftId',
  '/orosanmalan',
  '/orosanmalan/ny',
  '/orosanmalan/:unitId/:reportId',
  '/lotsning',
  '/annat-arbete',
  '/arbetstid',
  '/kompetens',
  '/arsplan',
  RISK_NIGHTS_PATH,
  '/enhet/:unitId',
  '/stodkontakter',
  '/stodkontakter/:unitId',
  '/stodkontakter/:unitId/ny',
  '/stodkontakter/:unitId/:contactId',
  '/statistik',
  DISCLOSURE_METHOD_PATH,
  '/sakerhet',
];

type Role = { name: string; email: string; pages: (ids: Ids) => Visit[] };
const ROLES: Role[] = [
  {
    name: 'field worker',
    email: 'falt@demo.faltlogg.se',
    pages: (ids) =>
      visits(ids, [
        ...FIELD_WORKER_PAGES,
        ['default', 'notFound', '/finns-inte'],
        ['/admin/anvandare', 'forbidden'],
      ]),
  },
  {
    name: 'unit manager',
    email: 'chef@demo.faltlogg.se',
    pages: (ids) =>
      visits(ids, [
        ...FIELD_WORKER_PAGES,
        '/enhet/:unitId/oversikt',
        '/enhet/:unitId/pass/:shiftId/granska',
        '/stodkontakter/:unitId/kontinuitet',
      ]),
  },
  {
    name: 'analyst',
    email: 'analytiker@demo.faltlogg.se',
    pages: (ids) =>
      visits(ids, ['/', '/statistik', '/arbetstid', '/arsplan', RISK_NIGHTS_PATH, DISCLOSURE_METHOD_PATH]),
  },
  {
    name: 'reception',
    email: 'mottagning@demo.faltlogg.se',
    pages: (ids) => visits(ids, ['/mottagning', '/mottagning/:reportId']),
  },
  { name: 'partner (police)', email: 'polis@demo.faltlogg.se', pages: (ids) => visits(ids, ['/']) },
  {
    name: 'administrator',
    email: 'admin@demo.faltlogg.se',
    pages: (ids) =>
      visits(ids, [
        '/',
        '/enhet',
        '/enhet/:unitId',
        '/admin/organisation',
        '/admin/anvandare',
        '/admin/anvandare/ny',
        '/admin/anvandare/:userId',
        '/admin/kategorier',
        '/admin/befolkning',
        '/admin/granskningslogg',
        '/admin/dataskydd',
        '/sakerhet',
        '/admin/inloggning',
        '/arsplan',
        '/arsplan/:unitId',
        RISK_NIGHTS_PATH,
      ]),
  },
];

/** Pages nobody is signed in to: the way in and the public method page. */
const SIGNED_OUT: Visit[] = [
  { route: '/logga-in', path: '/logga-in' },
  { route: DISCLOSURE_METHOD_PATH, path: DISCLOSURE_METHOD_PATH },
];

let browser: Browser;
let ids: Ids;
const sessions = new Map<string, { context: BrowserContext; page: Page }>();
const visited = new Set<string>();
/** Each page's heading as the desktop pass saw it, by "email path", for the vocabulary check. */
const headings = new Map<string, string>();
const inFlight = new WeakMap<Page, Set<Request>>();

/** Keeps count of the page's requests that have not answered yet. */
function watchRequests(page: Page): Page {
  const pending = new Set<Request>();
  page.on('request', (request) => pending.add(request));
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
  inFlight.set(page, pending);
  return page;
}

/** Waits until no request has been in flight for 150 ms (networkidle's 500 ms, times 90 pages, is long). */
async function settled(page: Page): Promise<void> {
  const pending = inFlight.get(page);
  const deadline = Date.now() + 10_000;
  for (let quiet = 0; quiet < 3 && Date.now() < deadline; ) {
    await page.waitForTimeout(50);
    quiet = pending?.size ? 0 : quiet + 1;
  }
}

async function signedIn(email: string): Promise<Page> {
  const existing = sessions.get(email);
  if (existing) return existing.page;
  const session = await newPage(browser, PHONE);
  watchRequests(session.page);
  sessions.set(email, session);
  await signIn(session.page, email, DEMO_PASSWORD);
  await session.page.waitForURL((url) => url.pathname !== '/logga-in');
  return session.page;
}

/** A change through the API as the signed-in page's user, with the CSRF token the app would send. */
async function post(page: Page, url: string, body: unknown): Promise<unknown> {
  const session = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
  const response = await page.request.post(url, {
    data: body,
    headers: { 'X-CSRF-Token': session.csrfToken },
  });
  if (!response.ok()) throw new Error(`POST ${url}: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** Real ids for the detail pages: the field worker's unit, a logged shift, a report, a contact, a user. */
async function findIds(): Promise<Ids> {
  const field = await signedIn('falt@demo.faltlogg.se');
  const session = (await (await field.request.get('/api/auth/session')).json()) as {
    user: { roles: { unitId: string | null }[] };
  };
  const unitId = session.user.roles.find((grant) => grant.unitId)?.unitId;
  if (!unitId) throw new Error('The field worker has no unit');

  const now = Date.now();
  const window = new URLSearchParams({
    from: new Date(now - 60 * 86_400_000).toISOString(),
    to: new Date(now).toISOString(),
  });
  const list = (await (await field.request.get(`/api/units/${unitId}/shifts?${window}`)).json()) as {
    shifts: { id: string; status: string; observations: number }[];
  };
  // A logged shift with observations: the editor and the review page at their fullest.
  const shift = list.shifts.findLast((s) => s.status === 'done' && s.observations > 0);
  if (!shift) throw new Error('The demo unit has no logged shift in the last 60 days');

  const report = (await post(field, `/api/units/${unitId}/reports-of-concern`, makeReportInput())) as {
    id: string;
  };
  const contact = (await post(
    field,
    `/api/units/${unitId}/support-contacts`,
    makeContactInput({ name: 'Noa' }),
  )) as {
    id: string;
  };

  const admin = await signedIn('admin@demo.faltlogg.se');
  const users = (await (await admin.request.get('/api/users')).json()) as {
    users: { id: string; email: string }[];
  };
  const user = users.users.find((u) => u.email === 'falt@demo.faltlogg.se');
  if (!user) throw new Error('No user falt@ in /api/users');
  return { unitId, shiftId: shift.id, reportId: report.id, contactId: contact.id, userId: user.id };
}

/** Opens the page and waits until its data is in: a heading, no request in flight, nothing busy. */
async function open(page: Page, visit: Visit): Promise<string> {
  await page.goto(visit.path);
  await page.locator('h1').first().waitFor();
  await settled(page);
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .page-loading'));
  return (await page.locator('h1').first().textContent())?.trim() ?? '';
}

/** What is wrong with one page as shown: serious or critical axe findings, sideways scroll, wrong page. */
async function problems(page: Page, visit: Visit, phone: boolean, email: string): Promise<string[]> {
  const heading = await open(page, visit);
  if (!phone) headings.set(`${email} ${visit.path}`, heading);
  const found: string[] = [];
  const expectation = visit.expect ?? 'page';
  const isStatusPage = heading === HEADING.forbidden || heading === HEADING.notFound;
  if (expectation === 'page' ? isStatusPage : heading !== HEADING[expectation])
    found.push(`expected ${expectation}, got the heading "${heading}"`);
  const serious = (await axeFindings(page)).filter(
    (finding: AxeFinding) => finding.impact === 'serious' || finding.impact === 'critical',
  );
  for (const finding of serious) found.push(`${finding.impact} ${finding.rule}: ${finding.target}`);
  if (phone) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) found.push(`scrolls sideways by ${overflow} px`);
  }
  return found.map((line) => `${visit.path} (${visit.route}): ${line}`);
}

async function checkAll(page: Page, pages: Visit[], viewport: { width: number; height: number }, email = '') {
  await page.setViewportSize(viewport);
  const found: string[] = [];
  for (const visit of pages) {
    found.push(...(await problems(page, visit, viewport === PHONE, email)));
    visited.add(visit.route);
  }
  return found;
}

beforeAll(async () => {
  browser = await launchChromium();
  ids = await findIds();
});
afterAll(async () => {
  // Leave the unit's open contacts as they were for the browser tests that run after this one.
  if (ids) {
    const field = await signedIn('falt@demo.faltlogg.se');
    const url = `/api/units/${ids.unitId}/support-contacts/${ids.contactId}/close`;
    await post(field, url, { reason: 'goal_reached' });
  }
  for (const { context } of sessions.values()) await context.close().catch(() => undefined);
  await browser?.close();
});

/** A role's pages take about a second each, several on a busy two-core machine; 20 pages need room. */
const ROLE_PASS_TIMEOUT = 240_000;

describe('every page, for every role, on a phone and a desktop', () => {
  for (const role of ROLES) {
    for (const [name, viewport] of VIEWPORTS) {
      it(`has no serious accessibility violation for the ${role.name} on a ${name}`, {
        timeout: ROLE_PASS_TIMEOUT,
      }, async () => {
        const page = await signedIn(role.email);
        expect(await checkAll(page, role.pages(ids), viewport, role.email)).toEqual([]);
      });
    }
  }

  for (const [name, viewport] of VIEWPORTS) {
    it(`has none on the signed-out pages on a ${name}`, async () => {
      const { context, page } = await newPage(browser, viewport);
      watchRequests(page);
      try {
        expect(await checkAll(page, SIGNED_OUT, viewport)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('has visited every route App.tsx declares', () => {
    expect(declaredRoutes().filter((route) => !visited.has(route))).toEqual([]);
  });
});

/** Each menu item's name against its home card and the heading of the page it opens. */
async function vocabularyProblems(page: Page, email: string): Promise<string[]> {
  await page.setViewportSize(DESKTOP);
  await open(page, { route: '/', path: '/' });
  const links = (selector: string) =>
    page
      .locator(selector)
      .evaluateAll((anchors) =>
        anchors.map((a) => ({ name: a.textContent?.trim() ?? '', href: a.getAttribute('href') ?? '' })),
      );
  const menu = (await links('nav .nav-list a')).filter((item) => item.href !== '/');
  // The reception's app has no home page: it lands on its inbox.
  const home = new URL(page.url()).pathname === '/';
  const cards = home ? await links('.card-grid .card-link h3 a') : [];
  const found: string[] = [];
  if (home) {
    for (const item of menu) {
      const card = cards.find((c) => c.href === item.href);
      if (!card) found.push(`menu "${item.name}" has no home card`);
      else if (card.name !== item.name) found.push(`menu "${item.name}" is "${card.name}" on its card`);
    }
    for (const card of cards)
      if (!menu.some((item) => item.href === card.href)) found.push(`card "${card.name}" is not in the menu`);
  }
  for (const item of menu) {
    const heading =
      headings.get(`${email} ${item.href}`) ?? (await open(page, { route: item.href, path: item.href }));
    if (heading !== item.name) found.push(`menu "${item.name}" opens a page headed "${heading}"`);
  }
  return found;
}

describe('one name for each page', () => {
  for (const role of ROLES) {
    it(`is the same on the home card, in the menu and in the heading for the ${role.name}`, async () => {
      expect(await vocabularyProblems(await signedIn(role.email), role.email)).toEqual([]);
    });
  }
});

describe('focus on a phone', () => {
  it('is never hidden under the shift editor’s sticky save bar', async () => {
    const page = await signedIn('falt@demo.faltlogg.se');
    await page.setViewportSize(PHONE);
    await open(page, {
      route: '/enhet/:unitId/pass/:shiftId',
      path: fill('/enhet/:unitId/pass/:shiftId', ids),
    });
    await page.getByRole('button', { name: 'Klart' }).waitFor();
    const { stops, hidden } = await walkFocus(page);
    expect(hidden).toEqual([]);
    // The walk went through the whole form to the bar's own buttons.
    expect(stops.length).toBeGreaterThan(50);
    expect(stops.at(-1)).toBe('button "Klart"');
  });
});
