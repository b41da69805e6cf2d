import { hasText, useT } from '../i18n/i18n';
import { ErrorAlert } from '../ui/errors';
import { ScrollRegion } from '../ui/ScrollRegion';
import type { AuditTrail } from './api';
import { formatInstant } from './dates';

/** "Vem har läst": everyone who has opened, listed or changed the contact, newest first. */
export function ReadersSection({ trail, error }: { trail: AuditTrail | undefined; error: unknown }) {
  const { t, locale } = useT();
  const actionText = (action: string) => {
    // Our own actions by their last part; the privacy officer's (register extract) with a prefix.
    const name = action.replace(/^support_contact\./, '').replace(/^privacy\.support_contact\./, 'privacy_');
    const key = `support.readers.actions.${name}`;
    return hasText(key) ? t(key) : action;
  };
  const rolesText = (roles: string) =>
    roles
      .split(',')
      .map((role) => {
        const key = `roles.${role}`;
        return hasText(key) ? t(key) : role;
      })
      .join(', ');
  return (
    <section class="section" aria-labelledby="readers-heading">
      <h2 id="readers-heading">{t('support.readers.heading')}</h2>
      <p class="muted">{t('support.readers.intro')}</p>
      <ErrorAlert error={error} />
      {trail && (
        <ScrollRegion labelledBy="readers-caption">
          <table class="table support-readers">
            <caption id="readers-caption" class="visually-hidden">
              {t('support.readers.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('support.readers.when')}</th>
                <th scope="col">{t('support.readers.who')}</th>
                <th scope="col">{t('support.readers.role')}</th>
                <th scope="col">{t('support.readers.what')}</th>
              </tr>
            </thead>
            <tbody>
              {trail.events.map((event, index) => (
                <tr key={`${index}:${event.at}`}>
                  <td>{formatInstant(event.at, locale)}</td>
                  <td>{event.actor?.displayName ?? t('support.readers.unknownPerson')}</td>
                  <td>{rolesText(event.actorRoles)}</td>
                  <td>{actionText(event.action)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
