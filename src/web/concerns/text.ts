import { ApiError, NETWORK_ERROR } from '../api/errors';
import { hasText, type Translate } from '../i18n/i18n';
import { errorText } from '../ui/errors';
import type { FormIssues } from './form';

/** What to say about a failed call: this feature's own codes first, then the app's. */
export function concernErrorText(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.code === NETWORK_ERROR) return t('concerns.form.offline');
    const key = `concerns.errors.${error.code}`;
    if (hasText(key)) return t(key);
  }
  return errorText(error, t);
}

/** The text for one form issue code. */
export function issueText(code: string | undefined, t: Translate): string | undefined {
  if (!code) return undefined;
  const key = `concerns.issues.${code}`;
  return hasText(key) ? t(key) : t('concerns.issues.required');
}

/** The server's issues, keyed by the paths the form uses (the first issue per field). */
export function serverIssues(error: unknown): FormIssues {
  const issues: FormIssues = {};
  if (error instanceof ApiError) for (const issue of error.issues ?? []) issues[issue.path] ??= issue.code;
  return issues;
}
