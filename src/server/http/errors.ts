import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One bad field: where, a stable code the UI can translate (Zod's, or ours), and a developer's message. */
export type ErrorIssue = { path: string; code: string; message: string };

/**
 * An error the API reports to its caller: a stable `code` the web app translates,
 * an English `message` for developers, and the HTTP status it maps to.
 */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: ErrorIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  /** More fields for the error object, for codes whose client needs them (e.g. `enrolmentRequired`). */
  extra?: Record<string, string | number | boolean>;
}

export class ValidationError extends AppError {
  constructor(message: string, issues?: ErrorIssue[], code = 'validation_failed') {
    super(400, code, message, issues);
  }
}

export class Unauthenticated extends AppError {
  constructor(code = 'unauthenticated', message = 'Sign in to continue') {
    super(401, code, message);
  }
}

export class Forbidden extends AppError {
  constructor(message = 'You do not have access to this') {
    super(403, 'forbidden', message);
  }
}

export class NotFound extends AppError {
  constructor(what: string) {
    super(404, 'not_found', `${what} was not found`);
  }
}

export class Conflict extends AppError {
  constructor(code: string, message: string) {
    super(409, code, message);
  }
}

export class TooManyRequests extends AppError {
  constructor(code: string, message: string, retryAfterSeconds: number) {
    super(429, code, message, undefined, { 'Retry-After': String(Math.ceil(retryAfterSeconds)) });
  }
}

/** A stale edit: the body carries the current version, so the client can show both and let the user choose. */
export class VersionConflict<T> extends AppError {
  constructor(readonly current: T) {
    super(409, 'version_conflict', 'Someone else saved a newer version first');
  }
}

/** The one JSON shape every error response has. */
export function errorBody(error: AppError) {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...error.extra,
      ...(error.issues ? { issues: error.issues } : {}),
    },
    ...(error instanceof VersionConflict ? { current: error.current } : {}),
  };
}
