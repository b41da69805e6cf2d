import type { MiddlewareHandler } from 'hono';
import { type TextFault, textFault } from '../../shared/storable-text';
import type { AppEnv } from './app-env';
import { type ErrorIssue, ValidationError } from './errors';

/**
 * NUL characters and lone surrogates (see `shared/storable-text.ts`) are refused here, at the edge,
 * for every route at once, so no feature has to remember them and none answers 500.
 */
const MESSAGES: Record<TextFault, string> = {
  nul_character: 'Text must not contain a NUL character (U+0000)',
  lone_surrogate: 'Text must not contain a lone UTF-16 surrogate (U+D800–U+DFFF without its pair)',
};

/** More than this many bad strings in one request are not worth listing. */
const MAX_ISSUES = 20;

/** A decoded request body can only carry these characters through a JSON `\u` escape. */
const SUSPECT_ESCAPE = /\\u(?:0000|d[89a-f])/i;

/** Whether a JSON text may decode to a NUL or a lone surrogate; false means it certainly cannot. */
export function jsonMayHoldBadText(text: string): boolean {
  return SUSPECT_ESCAPE.test(text);
}

/** Shows a bad name in an issue path without the character itself. */
function printable(value: string): string {
  return value.replaceAll('\u0000', '\uFFFD').replaceAll(/\p{Cs}/gu, '\uFFFD');
}

function issue(path: string, fault: TextFault): ErrorIssue {
  return { path, code: fault, message: MESSAGES[fault] };
}

/**
 * Every bad string in a parsed JSON value, keys included, with its path as the route validator
 * names fields (`shift.notes`, `shift.observations.0.note`). Iterative: a deeply nested body must
 * not overflow the stack.
 */
export function findTextFaults(value: unknown, root = ''): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0 && issues.length < MAX_ISSUES) {
    const [current, path] = stack.pop() as [unknown, string];
    const join = (key: string) => (path ? `${path}.${key}` : key);
    if (typeof current === 'string') {
      const fault = textFault(current);
      if (fault) issues.push(issue(path || '(body)', fault));
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--)
        stack.push([current[index], join(String(index))]);
    } else if (typeof current === 'object' && current !== null) {
      const entries = Object.entries(current);
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, child] = entries[index] as [string, unknown];
        const fault = textFault(key);
        const name = join(fault ? printable(key) : key);
        if (fault) issues.push(issue(name, fault));
        stack.push([child, name]);
      }
    }
  }
  return issues.slice(0, MAX_ISSUES);
}

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;

/** The query string's names and values, and the decoded path, as issues. */
function urlFaults(path: string, queries: Record<string, string[]>): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const pathFault = textFault(path);
  if (pathFault) issues.push(issue('path', pathFault));
  for (const [name, values] of Object.entries(queries)) {
    const nameFault = textFault(name);
    const valueFault = values.map(textFault).find((fault) => fault !== null);
    const fault = nameFault ?? valueFault;
    if (fault) issues.push(issue(`query.${printable(name)}`, fault));
  }
  return issues;
}

/**
 * Refuses a request with a NUL or a lone surrogate in its path, its query or any string of its
 * JSON body: 400 validation_failed, one issue per field. Registered once, before every route. It
 * reads the body through Hono's cache, so the route's validator reads the same text again.
 */
export function textCheck(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const issues = urlFaults(c.req.path, c.req.queries());
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0]?.trim() ?? '';
    if (c.req.raw.body && JSON_MEDIA_TYPE.test(mediaType)) {
      // Invalid UTF-8 is already U+FFFD here (the decoder replaces it), which is harmless text.
      const text = await c.req.text();
      if (jsonMayHoldBadText(text)) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          // Malformed JSON: the route's validator answers malformed_json.
        }
        issues.push(...findTextFaults(parsed));
      }
    }
    if (issues.length > 0) {
      throw new ValidationError(
        'The request holds characters that cannot be stored',
        issues.slice(0, MAX_ISSUES),
      );
    }
    await next();
  };
}
