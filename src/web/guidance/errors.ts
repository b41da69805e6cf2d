import { ApiError } from '../api/errors';
import { hasText, type Translate } from '../i18n/i18n';
import { errorText } from '../ui/errors';

/** The text for a refused follow-up save: this feature's own codes first, then the app's. */
export function followUpErrorText(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    for (const code of [error.code, ...(error.issues ?? []).map((issue) => issue.code)]) {
      const key = `guidance.errors.${code}`;
      if (hasText(key)) return t(key);
    }
  }
  return errorText(error, t);
}
