import { ApiError } from '../../api/errors';
import type { Translate } from '../../i18n/i18n';

/** Field errors by API issue path, e.g. `email` or `roles.0.unitId`. */
export type FieldErrors = Record<string, string>;

const FIELD_TEXTS = {
  email: 'users.issues.email',
  displayName: 'users.issues.displayName',
  password: 'users.issues.password',
  locale: 'users.issues.locale',
  unitId: 'users.issues.unitId',
  administrationId: 'users.issues.administrationId',
  partnerKind: 'users.issues.partnerKind',
} as const;

function isField(name: string | undefined): name is keyof typeof FIELD_TEXTS {
  return name !== undefined && name in FIELD_TEXTS;
}

/**
 * Turns a failed save into texts next to the fields it concerns. The server's issue messages are
 * for developers, so each field gets its own translated text; a taken e-mail lands on the e-mail field.
 */
export function fieldErrors(error: unknown, t: Translate): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  if (error.code === 'email_taken') return { email: t('errors.email_taken') };
  const errors: FieldErrors = {};
  for (const issue of error.issues ?? []) {
    const parts = issue.path.split('.');
    const last = parts[parts.length - 1];
    if (parts[0] === 'roles' && parts.length === 1) errors.roles = t('users.issues.roles');
    else if (parts[0] === 'roles' && parts.length === 2) {
      errors[issue.path] = t(
        issue.code === 'duplicate_role' ? 'users.issues.duplicate' : 'users.issues.role',
      );
    } else if (isField(last)) errors[issue.path] = t(FIELD_TEXTS[last]);
  }
  return errors;
}

/** Whether the form's own field texts already say everything the error would. */
export function coveredByFields(error: unknown, errors: FieldErrors): boolean {
  return error instanceof ApiError && error.code === 'email_taken' && Object.keys(errors).length > 0;
}
