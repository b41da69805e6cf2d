import { useT } from '../i18n/i18n';
import type { SupportContact } from './api';
import { formatDay, formatInstant } from './dates';

/** Who the contact is, who is responsible, and the consent it rests on. */
export function ContactFacts({ contact }: { contact: SupportContact }) {
  const { t, locale } = useT();
  const { consent } = contact;
  const consentedBy =
    consent.youngPerson && consent.guardian ? 'both' : consent.guardian ? 'guardian' : 'young_person';
  return (
    <>
      <p>
        <span class={contact.status === 'open' ? 'badge badge-active' : 'badge badge-muted'}>
          {t(`support.status.${contact.status}`)}
        </span>
      </p>
      {contact.status === 'open' && !contact.responsibleInUnit && (
        <p class="alert alert-warning">{t('support.responsibleLeft')}</p>
      )}
      <dl class="facts">
        <div>
          <dt>{t('support.facts.born')}</dt>
          <dd>{contact.birthYear}</dd>
        </div>
        <div>
          <dt>{t('support.facts.gender')}</dt>
          <dd>{t(`support.genders.${contact.gender}`)}</dd>
        </div>
        {contact.area && (
          <div>
            <dt>{t('support.facts.area')}</dt>
            <dd>{contact.area.name}</dd>
          </div>
        )}
        <div>
          <dt>{t('support.facts.responsible')}</dt>
          <dd>{contact.responsible.displayName}</dd>
        </div>
        <div>
          <dt>{t('support.facts.opened')}</dt>
          <dd>{formatInstant(contact.openedAt, locale)}</dd>
        </div>
        <div>
          <dt>{t('support.facts.lastContact')}</dt>
          <dd>{formatDay(contact.lastContactOn, locale)}</dd>
        </div>
        {contact.closedAt && contact.closeReason && (
          <div>
            <dt>{t('support.facts.closed')}</dt>
            <dd>
              {formatInstant(contact.closedAt, locale)} – {t(`support.close.reasons.${contact.closeReason}`)}
            </dd>
          </div>
        )}
      </dl>
      <section class="panel support-consent" aria-labelledby="consent-heading">
        <h2 id="consent-heading">{t('support.consent.heading')}</h2>
        <p>
          {t('support.consent.given', {
            date: formatDay(consent.consentedOn, locale),
            who: t(`support.consent.parties.${consentedBy}`),
          })}
        </p>
        <p>{t('support.consent.scopeShown', { scope: consent.scope })}</p>
        {consent.withdrawnAt && consent.withdrawnBy && (
          <p class="alert alert-info">
            {t('support.consent.withdrawn', {
              date: formatInstant(consent.withdrawnAt, locale),
              who: t(`support.consent.parties.${consent.withdrawnBy}`),
            })}
          </p>
        )}
      </section>
      <History contact={contact} />
    </>
  );
}

/** Opened, handed over, closed: who did what to the contact as a whole. */
function History({ contact }: { contact: SupportContact }) {
  const { t, locale } = useT();
  return (
    <section class="section" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('support.history.heading')}</h2>
      <ul class="support-history">
        {contact.events.map((event) => (
          <li key={`${event.kind}:${event.at}`}>
            {t(`support.history.${event.kind}`, {
              date: formatInstant(event.at, locale),
              actor: event.actor.displayName,
              from: event.from?.displayName ?? '',
              to: event.to?.displayName ?? '',
              reason: event.closeReason ? t(`support.close.reasons.${event.closeReason}`) : '',
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
