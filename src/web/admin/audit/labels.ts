import type { Locale, Translate } from '../../i18n/i18n';
import { hasText } from '../../i18n/i18n';

/** An action code in words, e.g. `user.roles` → "Roller ändrade"; an unknown code as it is. */
export function actionLabel(action: string, t: Translate): string {
  const key = `audit.actions.${action.replaceAll('.', '_')}`;
  return hasText(key) ? t(key) : action;
}

export function entityLabel(entityType: string, t: Translate): string {
  const key = `audit.entities.${entityType}`;
  return hasText(key) ? t(key) : entityType;
}

/** The roles an event was done in, e.g. "Fältchef, Fältassistent"; "Ej inloggad" for a sign-in. */
export function rolesLabel(roles: readonly string[], t: Translate): string {
  return roles
    .map((role) => {
      const key = [`audit.actorRoles.${role}`, `roles.${role}`].find(hasText);
      return key ? t(key) : role;
    })
    .join(', ');
}

const formats = new Map<Locale, Intl.DateTimeFormat>();

/** Date and time to the second in Swedish time: an audit log is read for exact order. */
export function auditTime(iso: string, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
      timeZone: 'Europe/Stockholm',
      dateStyle: 'medium',
      timeStyle: 'medium',
    });
    formats.set(locale, format);
  }
  return format.format(new Date(iso));
}
