import type { Hook } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { databaseFailure, RETRY_AFTER_SECONDS } from '../db/availability';
import type { AppEnv } from './app-env';
import { AppError, errorBody, ValidationError } from './errors';

const DATABASE_MESSAGES = {
  database_unavailable: 'The database cannot be reached right now; try again shortly',
  database_timeout: 'The database did not answer in time; try again shortly',
} as const;

/** Turns any thrown error into the API's error shape. Unknown errors are logged, never shown. */
export function handleError(error: Error, c: Context<AppEnv>) {
  let appError: AppError;
  const failure = error instanceof AppError ? null : databaseFailure(error);
  if (error instanceof AppError) appError = error;
  else if (failure) {
    // Not a bug here: say so calmly, and when to come back. The reason is for the operator only.
    c.var.deps?.logger.warn(
      { reason: failure.reason, requestId: c.var.requestId, path: c.req.path },
      'database unavailable',
    );
    appError = new AppError(503, failure.code, DATABASE_MESSAGES[failure.code], undefined, {
      'Retry-After': String(RETRY_AFTER_SECONDS),
    });
  } else if (error instanceof HTTPException && error.status === 400) {
    appError = new AppError(400, 'malformed_json', 'The request body is not valid JSON');
  } else if (error instanceof HTTPException && error.status === 413) {
    appError = new AppError(413, 'payload_too_large', 'The request body is too large');
  } else if (error instanceof HTTPException && error.status === 415) {
    appError = new AppError(415, 'unsupported_media_type', 'Send the body as application/json');
  } else if (error instanceof HTTPException && error.status < 500) {
    appError = new AppError(error.status as 400, 'bad_request', error.message || 'Bad request');
  } else {
    c.var.deps?.logger.error({ err: error, requestId: c.var.requestId, path: c.req.path }, 'unhandled error');
    appError = new AppError(500, 'internal_error', 'Something went wrong on our side');
  }
  return c.json(errorBody(appError), appError.status, appError.headers);
}

/** Zod validation failures become 400 validation_failed with one issue per bad field. */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (result.success) return;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    // A refinement may name its own stable code (e.g. oidc_issuer_multi_tenant) in `params.code`.
    code: ownCode(issue) ?? issue.code,
    message: issue.message,
  }));
  // When the only problem has a code of its own, that code is the error's.
  const only = issues.length === 1 ? result.error.issues[0] : undefined;
  throw new ValidationError(`Invalid ${result.target}`, issues, (only && ownCode(only)) ?? undefined);
};

function ownCode(issue: { code: string; params?: unknown }): string | null {
  if (issue.code !== 'custom' || typeof issue.params !== 'object' || issue.params === null) return null;
  const code = (issue.params as { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}
