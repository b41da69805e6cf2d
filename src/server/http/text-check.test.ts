import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeShiftInput, saveBody } from '../../../test/support/shift-factory';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/test-app';
import { textFault } from '../../shared/storable-text';
import { uuidv7 } from '../../shared/uuidv7';
import { type DeclaredRoute, declaredRoutes } from './route';
import { findTextFaults, jsonMayHoldBadText } from './text-check';

type ErrorResponse = { error: { code: string; issues?: { path: string; code: string }[] } };

const BAD = ['\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF'] as const;
const FAULT_CODES = ['nul_character', 'lone_surrogate'];

/** Ordinary text around the bad character: Swedish letters, emoji (surrogate pairs), anything whole. */
const wholeText = fc.string({ unit: 'grapheme', maxLength: 8 });
const badText = (characters: readonly string[]) =>
  fc
    .tuple(wholeText, fc.constantFrom(...characters), wholeText)
    .map(([before, bad, after]) => `${before}${bad}${after}`);
const name = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,8}$/);

/** A JSON body with `bad` at a random path, and that path as the validator would name it. */
const bodyWithBadText = fc
  .tuple(
    fc.array(fc.oneof(name, fc.nat({ max: 3 })), { maxLength: 4 }),
    badText(BAD),
    fc.constantFrom('Åsa ät öl', 'fältpass 👍🏽', ''),
  )
  .map(([path, bad, filler]) => {
    let body: unknown = bad;
    for (const step of [...path].reverse()) {
      body =
        typeof step === 'number'
          ? [...Array.from({ length: step }, () => filler), body]
          : { ok: filler, [step]: body };
    }
    return { body, path: path.length > 0 ? path.join('.') : '(body)' };
  });

function issuePaths(body: ErrorResponse): string[] {
  return (body.error.issues ?? []).map((issue) => issue.path);
}

describe('finding bad text in a parsed body', () => {
  it('finds nothing in whole text, Swedish letters and emoji included', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), wholeText, (value, text) => {
        expect(findTextFaults({ value, text: `${text}åäö 😀 👩‍👩‍👧` })).toEqual([]);
      }),
    );
  });

  it('finds a bad character wherever it is, with the path the validator names', () => {
    fc.assert(
      fc.property(bodyWithBadText, ({ body, path }) => {
        const issues = findTextFaults(body);
        expect(issues.map((issue) => issue.path)).toContain(path);
        expect(issues.every((issue) => FAULT_CODES.includes(issue.code))).toBe(true);
      }),
    );
  });

  it('names keys too, without repeating the bad character', () => {
    expect(findTextFaults({ shift: { 'no\u0000te': 'x' } })).toEqual([
      { path: 'shift.no\uFFFDte', code: 'nul_character', message: expect.any(String) },
    ]);
  });

  it('tells a lone surrogate from a pair', () => {
    expect(textFault('😀')).toBeNull();
    expect(textFault('\uD83D')).toBe('lone_surrogate');
    expect(textFault('\uDE00\uD83D')).toBe('lone_surrogate');
    expect(textFault('a\u0000')).toBe('nul_character');
  });

  it('only parses JSON text whose escapes can decode to one', () => {
    expect(jsonMayHoldBadText('{"a":"åäö 😀"}')).toBe(false);
    expect(jsonMayHoldBadText('{"a":"\\u00e5"}')).toBe(false);
    expect(jsonMayHoldBadText('{"a":"\\u0000"}')).toBe(true);
    expect(jsonMayHoldBadText('{"a":"\\uD800"}')).toBe(true);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value) ?? 'null';
        if (!jsonMayHoldBadText(text)) expect(findTextFaults(JSON.parse(text))).toEqual([]);
      }),
    );
  });

  it('survives a body nested deeper than the stack', () => {
    const depth = 50_000;
    const deep = JSON.parse(`${'['.repeat(depth)}"\\u0000"${']'.repeat(depth)}`);
    expect(findTextFaults(deep)).toHaveLength(1);
  });
});

let t: TestApp;
let admin: TestClient;
let anonymous: TestClient;
let shiftId: string;
let categoryId: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signedIn('admin@demo.faltlogg.se');
  anonymous = t.client();
  const fieldWorker = await t.signedIn('falt@demo.faltlogg.se');
  shiftId = uuidv7();
  const logged = await fieldWorker.put(
    `/api/units/${t.ids.unit.centre}/shifts/${shiftId}`,
    saveBody(await makeShiftInput(t), null),
  );
  expect(logged.status).toBe(201);
  const category = await t.db.selectFrom('categories').select('id').limit(1).executeTakeFirstOrThrow();
  categoryId = category.id;
});
afterAll(() => t.close());

/** The route's path with real ids where the demo has them, and a fresh id for the rest. */
function concretePath(route: DeclaredRoute): string {
  const ids: Record<string, string> = {
    unitId: t.ids.unit.centre,
    administrationId: t.ids.administration.south,
    userId: t.ids.user('falt2@demo.faltlogg.se'),
    shiftId,
    categoryId,
  };
  return route.path.replaceAll(/:(\w+)/g, (_match, param: string) => ids[param] ?? uuidv7());
}

const routes = [...declaredRoutes.values()];
const withBody = (route: DeclaredRoute) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method);

async function expectRefused(response: Response, path: string, what: string): Promise<ErrorResponse> {
  const text = await response.text();
  expect(response.status, `${what}: ${text}`).toBe(400);
  const body = JSON.parse(text) as ErrorResponse;
  expect(body.error.code).toBe('validation_failed');
  expect(issuePaths(body), what).toContain(path);
  for (const issue of body.error.issues ?? []) expect(FAULT_CODES).toContain(issue.code);
  return body;
}

/** `path` with `encoded` put into one of its segments (a parameter's value, or a fixed part). */
function pathWith(path: string, segment: number, encoded: string): string {
  const parts = path.split('/');
  const index = 1 + (segment % (parts.length - 1));
  parts[index] = `${parts[index]}${encoded}`;
  return parts.join('/');
}

describe('every route refuses NUL and lone surrogates with 400, never 500', () => {
  it('knows the routes', () => {
    expect(routes.length).toBeGreaterThan(40);
  });

  it.each(routes.map((route) => [`${route.method} ${route.path}`, route] as const))(
    '%s: body, query and path, signed in and not',
    async (_name, route) => {
      for (const client of [admin, anonymous]) {
        const path = concretePath(route);
        if (withBody(route)) {
          const response = await client.request(route.method, path, { note: 'ok 😀', text: 'a\uD800b' });
          await expectRefused(response, 'text', `${route.method} ${path} body`);
        }
        await expectRefused(await client.request(route.method, `${path}?q=a%00b`), 'query.q', 'query');
        await expectRefused(await client.request(route.method, pathWith(path, 1, '%00')), 'path', 'path');
      }
    },
  );

  it('for any bad string at any place in any request', async () => {
    const place = fc.oneof(
      bodyWithBadText.map((body) => ({ kind: 'body' as const, ...body })),
      fc
        .tuple(fc.oneof(fc.constantFrom('q', 'name'), name), badText(['\u0000']))
        .map(([key, value]) => ({ kind: 'query' as const, key, value })),
      fc
        .tuple(fc.nat({ max: 10 }), badText(['\u0000']))
        .map(([segment, value]) => ({ kind: 'path' as const, segment, value })),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.boolean(), place, async (route, signedIn, where) => {
        const client = signedIn ? admin : anonymous;
        const path = concretePath(route);
        const what = `${signedIn ? 'admin' : 'anonymous'} ${route.method} ${route.path} ${JSON.stringify(where)}`;
        if (where.kind === 'body') {
          if (!withBody(route)) return;
          // As JSON text: the test client sends a string body as it is.
          const json = JSON.stringify(where.body);
          await expectRefused(await client.request(route.method, path, json), where.path, what);
        } else if (where.kind === 'query') {
          const url = `${path}?${where.key}=${encodeURIComponent(where.value)}`;
          await expectRefused(await client.request(route.method, url), `query.${where.key}`, what);
        } else {
          const url = pathWith(path, where.segment, encodeURIComponent(where.value));
          await expectRefused(await client.request(route.method, url), 'path', what);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a lone surrogate cannot travel in a URL: it arrives as U+FFFD or undecoded, and is no error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes.filter((route) => route.method === 'GET')),
        fc.constantFrom('\uD800', '%ED%A0%80', '%uD800', '%C3'),
        async (route, bad) => {
          const response = await admin.request('GET', `${concretePath(route)}?q=x${bad}&name=${bad}`);
          expect(response.status, `${route.path} ${bad}`).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('where it matters', () => {
  it('sign-in with a NUL in the e-mail is a 400, not a 500', async () => {
    const client = t.client();
    const response = await client.post('/api/auth/sign-in', {
      email: 'admin@demo.faltlogg.se\u0000',
      password: 'x',
    });
    await expectRefused(response, 'email', 'sign-in');
    const surrogate = await client.post('/api/auth/sign-in', { email: 'a@b.se', password: 'pass\uDC00' });
    await expectRefused(surrogate, 'password', 'sign-in');
  });

  it('a shift with a lone surrogate in its notes names shift.notes', async () => {
    const client = await t.signedIn('falt@demo.faltlogg.se');
    const input = await makeShiftInput(t, { notes: 'Lugnt \uD83D kväll' });
    const response = await client.put(
      `/api/units/${t.ids.unit.centre}/shifts/${uuidv7()}`,
      saveBody(input, null),
    );
    const body = await expectRefused(response, 'shift.notes', 'shift');
    expect(body.error.issues).toEqual([
      { path: 'shift.notes', code: 'lone_surrogate', message: expect.any(String) },
    ]);
  });

  it('names an observation note and a title at once', async () => {
    const client = await t.signedIn('falt@demo.faltlogg.se');
    const base = await makeShiftInput(t);
    const input = {
      ...base,
      title: 'Kväll\u0000',
      observations: base.observations.map((o) => ({ ...o, note: 'Samling \uDFFF' })),
    };
    const response = await client.put(
      `/api/units/${t.ids.unit.centre}/shifts/${uuidv7()}`,
      saveBody(input, null),
    );
    const body = (await response.json()) as ErrorResponse;
    expect(response.status).toBe(400);
    expect(body.error.issues).toEqual([
      { path: 'shift.title', code: 'nul_character', message: expect.any(String) },
      { path: 'shift.observations.0.note', code: 'lone_surrogate', message: expect.any(String) },
    ]);
  });

  it('keeps emoji (surrogate pairs) and å, ä, ö, also sent as JSON escapes', async () => {
    const client = await t.signedIn('falt@demo.faltlogg.se');
    const notes = 'Åsa och Örjan åt glass på torget 🍦👍🏽 — lugn kväll';
    const id = uuidv7();
    const input = await makeShiftInput(t, { notes });
    // JSON.stringify leaves pairs as they are; escape them by hand as some clients do.
    const escaped = JSON.stringify(saveBody(input, null)).replaceAll(
      /[\u{10000}-\u{10FFFF}]/gu,
      (ch) =>
        `\\u${(ch.charCodeAt(0) as number).toString(16)}\\u${(ch.charCodeAt(1) as number).toString(16)}`,
    );
    expect(escaped).toContain('\\ud83c\\udf66');
    const response = await client.request('PUT', `/api/units/${t.ids.unit.centre}/shifts/${id}`, escaped);
    expect(response.status, await response.clone().text()).toBe(201);
    expect(((await response.json()) as { notes: string }).notes).toBe(notes);
    const read = await client.get(`/api/units/${t.ids.unit.centre}/shifts/${id}`);
    expect(((await read.json()) as { notes: string }).notes).toBe(notes);
  });

  it('refuses a NUL in the user search and the register search by name', async () => {
    await expectRefused(await admin.get('/api/users?q=Erik%00'), 'query.q', 'users');
    await expectRefused(
      await admin.get('/api/privacy/support-contacts?name=Al%00i&birthYear=2010'),
      'query.name',
      'register search',
    );
    expect((await admin.get('/api/users?q=%C3%A5sa')).status).toBe(200);
  });

  it('treats invalid UTF-8 as U+FFFD: an ordinary answer, not an error', async () => {
    const client = t.client();
    await client.fetchSession();
    const csrf = client.csrfToken as string;
    const json = new TextEncoder().encode('{"email":"a@b.se","password":"xx"}');
    // Replace the "xx" with a lone 0xFF and the start of a three-byte sequence.
    const bytes = Uint8Array.from(json);
    bytes.set([0xff, 0xed], json.length - 4);
    const response = await t.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: `faltlogg_csrf=${client.cookie('faltlogg_csrf')}`,
        'x-csrf-token': csrf,
      },
      body: bytes,
    });
    expect(response.status).toBe(401);
  });
});
