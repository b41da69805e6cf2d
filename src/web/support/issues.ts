import { ApiError } from '../api/errors';
import { hasText, type Translate } from '../i18n/i18n';

/** Texts next to the fields a failed save names, by the API issue's path (e.g. `consent.guardian`). */
export type FieldErrors = Record<string, string>;

export function fieldErrors(error: unknown, t: Translate): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const errors: FieldErrors = {};
  for (const issue of error.issues ?? []) {
    const key = `support.issues.${issue.code}`;
    if (hasText(key)) errors[issue.path] ??= t(key);
  }
  return errors;
}
