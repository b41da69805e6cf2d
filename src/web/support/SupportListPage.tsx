import { useState } from 'preact/hooks';
import { useUser } from '../auth/session';
import { useT } from '../i18n/i18n';
import { ForbiddenPage } from '../layout/StatusPages';
import { ErrorAlert } from '../ui/errors';
import { LiveStatus } from '../ui/Field';
import { takeFlash } from '../ui/flash';
import { PageHeading } from '../ui/PageHeading';
import { useResource } from '../ui/useResource';
import {
  contactPath,
  continuityPath,
  listPath,
  managesSupport,
  newContactPath,
  supportUnits,
} from './access';
import { type ContactStatusFilter, fetchContacts, type SupportContactSummary } from './api';
import { formatDay, formatInstant } from './dates';
import { OnlineNotice } from './OnlineNotice';
import './support.css';

const FILTERS: ContactStatusFilter[] = ['open', 'closed', 'all'];

/** "Stödkontakter": a unit's contacts, open first. Opening the list is recorded as reading them. */
export function SupportListPage({ unitId }: { unitId?: string }) {
  const { t } = useT();
  const user = useUser();
  const units = supportUnits(user);
  const unit = units.find((candidate) => candidate.id === (unitId ?? units[0]?.id));
  const [filter, setFilter] = useState<ContactStatusFilter>('open');
  const [flash] = useState(takeFlash);
  const list = useResource(async () => (unit ? fetchContacts(unit.id, filter) : null), [unit?.id, filter]);
  if (!unit) return <ForbiddenPage />;

  return (
    <div class="support-page">
      <PageHeading title={t('support.heading')} />
      <p class="lead">{t('support.intro')}</p>
      <OnlineNotice />
      <LiveStatus>{flash}</LiveStatus>
      {units.length > 1 && (
        <nav class="support-units" aria-label={t('support.unit')}>
          {units.map((other) => (
            <a
              key={other.id}
              href={listPath(other.id)}
              aria-current={other.id === unit.id ? 'page' : undefined}
            >
              {other.name}
            </a>
          ))}
        </nav>
      )}
      <div class="actions">
        <a class="button button-primary" href={newContactPath(unit.id)}>
          {t('support.newContact')}
        </a>
        {managesSupport(user, unit.id) && (
          <a class="button" href={continuityPath(unit.id)}>
            {t('support.continuity')}
          </a>
        )}
      </div>
      <fieldset class="support-filter">
        <legend class="visually-hidden">{t('support.filter.label')}</legend>
        {FILTERS.map((option) => (
          <button
            key={option}
            type="button"
            class="button button-small"
            aria-pressed={filter === option}
            onClick={() => setFilter(option)}
          >
            {t(`support.filter.${option}`)}
          </button>
        ))}
      </fieldset>
      <ErrorAlert error={list.error} />
      {list.loading && !list.data && <p class="live-status">{t('app.loading')}</p>}
      {list.data && list.data.contacts.length === 0 && <p class="muted">{t(`support.none.${filter}`)}</p>}
      {list.data && list.data.contacts.length > 0 && (
        <ul class="support-list">
          {list.data.contacts.map((contact) => (
            <ContactRow key={contact.id} contact={contact} />
          ))}
        </ul>
      )}
      <p class="muted support-note">{t('support.readsLogged')}</p>
    </div>
  );
}

function ContactRow({ contact }: { contact: SupportContactSummary }) {
  const { t, locale } = useT();
  return (
    <li class="support-row">
      <a class="support-row-name" href={contactPath(contact.unitId, contact.id)}>
        {contact.name}
      </a>
      <span>
        {t('support.born', { year: contact.birthYear })} · {t(`support.genders.${contact.gender}`)}
      </span>
      <span>{t('support.responsibleName', { name: contact.responsible.displayName })}</span>
      <span class="muted">
        {contact.closedAt
          ? t('support.closedOn', { date: formatInstant(contact.closedAt, locale) })
          : t('support.lastContact', { date: formatDay(contact.lastContactOn, locale) })}
      </span>
      {contact.status === 'open' && !contact.responsibleInUnit && (
        <span class="badge badge-locked">{t('support.responsibleLeftShort')}</span>
      )}
    </li>
  );
}
