import { afterEach, describe, expect, it, vi } from 'vitest';
import { doc, SHIFT, UNIT } from './test-fixtures';
import { putShift } from './transport';

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** The server as the phone sees it: a CSRF token, then `answer` to the PUT. */
function serverAnswering(answer: () => Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) =>
      String(input).includes('/api/auth/session') ? json(200, { csrfToken: 't', user: null }) : answer(),
    ),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const body = { mutationId: '0190a000-0000-7000-8000-0000000000aa', baseVersion: null, shift: doc() };

describe('sending a shift when the server cannot reach its database', () => {
  it('is temporary: the entry stays queued, with the code for the message', async () => {
    serverAnswering(() =>
      json(
        503,
        { error: { code: 'database_unavailable', message: 'The database cannot be reached' } },
        { 'Retry-After': '5' },
      ),
    );
    expect(await putShift(UNIT, SHIFT, body)).toEqual({
      kind: 'offline',
      error: {
        status: 503,
        code: 'database_unavailable',
        message: 'The database cannot be reached',
        issues: undefined,
      },
    });
  });

  it('so is a statement that took too long, and a gateway with no JSON at all', async () => {
    serverAnswering(() => json(503, { error: { code: 'database_timeout', message: 'slow' } }));
    expect((await putShift(UNIT, SHIFT, body)).kind).toBe('offline');
    serverAnswering(() => new Response('Bad gateway', { status: 502 }));
    expect((await putShift(UNIT, SHIFT, body)).kind).toBe('offline');
  });

  it('while a broken character is refused for good, at its field', async () => {
    serverAnswering(() =>
      json(400, {
        error: {
          code: 'validation_failed',
          message: 'x',
          issues: [{ path: 'shift.notes', code: 'nul_character', message: 'x' }],
        },
      }),
    );
    const result = await putShift(UNIT, SHIFT, body);
    expect(result).toMatchObject({ kind: 'rejected', error: { status: 400, code: 'validation_failed' } });
  });
});
