/**
 * The one place that knows which pg, PGlite and Node errors mean "the database cannot be used
 * right now" rather than "this query is wrong". The API answers those 503 with a stable code;
 * the start-up says so in one line.
 */
export type DatabaseFailure = {
  /** `database_unavailable`: not reached, refused, gone; `database_timeout`: reached, too slow. */
  code: 'database_unavailable' | 'database_timeout';
  /** A few words for logs and the start-up line, e.g. "connection refused". */
  reason: string;
};

/** Node's socket and DNS errors. */
const NODE_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  EHOSTDOWN: 'host down',
  ENETUNREACH: 'network unreachable',
  ENETDOWN: 'network down',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  EPIPE: 'connection closed',
  ENOENT: 'no such socket',
};

/** PostgreSQL's SQLSTATEs for a server that cannot serve us (and the two timeouts we set). */
const SQLSTATES: Record<string, DatabaseFailure> = {
  '57P01': { code: 'database_unavailable', reason: 'the server is shutting down' },
  '57P02': { code: 'database_unavailable', reason: 'the server crashed' },
  '57P03': { code: 'database_unavailable', reason: 'the server is starting up or shutting down' },
  '53300': { code: 'database_unavailable', reason: 'too many clients' },
  '3D000': { code: 'database_unavailable', reason: 'the database does not exist' },
  '28000': { code: 'database_unavailable', reason: 'the server refused the user' },
  '28P01': { code: 'database_unavailable', reason: 'password authentication failed' },
  '57014': { code: 'database_timeout', reason: 'statement timeout' },
  '25P03': { code: 'database_timeout', reason: 'idle-in-transaction timeout' },
};

/** pg, pg-pool, Kysely and PGlite say these in words only. */
const MESSAGES: [RegExp, string][] = [
  [/timeout exceeded when trying to connect|connection timeout|timeout expired/i, 'no answer in time'],
  [/connection terminated|not queryable|connection ended/i, 'connection terminated'],
  [/cannot use a pool after calling end|driver has already been destroyed|pglite is closed/i, 'closed'],
];

function ownCode(error: object): unknown {
  return (error as { code?: unknown }).code;
}

function classifyOne(error: object): DatabaseFailure | null {
  const code = ownCode(error);
  if (typeof code === 'string') {
    const node = NODE_CODES[code];
    if (node) return { code: 'database_unavailable', reason: node };
    const sqlstate = SQLSTATES[code];
    if (sqlstate) return sqlstate;
    // Class 08 is "connection exception".
    if (/^08[0-9A-Z]{3}$/.test(code)) return { code: 'database_unavailable', reason: 'connection failure' };
  }
  const message = error instanceof Error ? error.message : '';
  for (const [pattern, reason] of MESSAGES) {
    if (pattern.test(message)) return { code: 'database_unavailable', reason };
  }
  return null;
}

/**
 * Why the database could not be used, or null for any other error (a bug, a constraint…). Looks
 * through `cause` and AggregateError (Node tries each address of a host name) as well.
 */
export function databaseFailure(error: unknown): DatabaseFailure | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    const found = classifyOne(current);
    if (found) return found;
    if (current instanceof AggregateError) queue.push(...current.errors);
    if (current instanceof Error) queue.push(current.cause);
  }
  return null;
}

/** How long a client should wait before asking again, in seconds. */
export const RETRY_AFTER_SECONDS = 5;

/** The database URL without its password (and without query options that might hold secrets). */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : '';
    return `${parsed.protocol}//${user}${parsed.host}${parsed.pathname}`;
  } catch {
    return '(an unreadable DATABASE_URL)';
  }
}
