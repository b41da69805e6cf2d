import { ApiError } from '../api/errors';
import { hasText, type Translate, useT } from '../i18n/i18n';

/** The text to show for a failed call: the error code's own text, else a general one. */
export function errorText(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('errors.unknown');
  const key = `errors.${error.code}`;
  let text = hasText(key) ? t(key) : t(error.status >= 500 ? 'errors.internal_error' : 'errors.unknown');
  if (['account_locked', 'too_many_attempts', 'too_many_codes'].includes(error.code)) {
    if (error.retryAfter)
      text += ` ${t('errors.retryInMinutes', { count: Math.ceil(error.retryAfter / 60) })}`;
  }
  // Issues a form cannot place at one of its own fields (a broken character, say) are said once here.
  const reasons = new Set((error.issues ?? []).map((issue) => `errors.issues.${issue.code}`));
  for (const reason of reasons) if (hasText(reason)) text += ` ${t(reason)}`;
  return text;
}

/** An error message read out at once by screen readers. Renders nothing without an error. */
export function ErrorAlert({ error, id }: { error: unknown; id?: string }) {
  const { t } = useT();
  if (!error) return null;
  return (
    <p class="alert alert-error" role="alert" id={id}>
      {errorText(error, t)}
    </p>
  );
}
