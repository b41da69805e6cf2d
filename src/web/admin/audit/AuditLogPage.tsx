import { useState } from 'preact/hooks';
import './audit.css';
import { api, call } from '../../api/client';
import { can, useUser } from '../../auth/session';
import { useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import { LiveStatus } from '../../ui/Field';
import { PageHeading } from '../../ui/PageHeading';
import { useResource } from '../../ui/useResource';
import { AuditEventList } from './AuditEventList';
import { AuditFilters } from './AuditFilters';
import { ChainStatusPanel } from './ChainStatusPanel';
import { NO_FILTER } from './types';
import { useAuditEvents } from './useAuditEvents';

export const AUDIT_PATH = '/admin/granskningslogg';

/** The audit log: whether its hash chain holds, then the events, filtered, newest first. */
export function AuditLogPage() {
  const { t } = useT();
  const user = useUser();
  const [filter, setFilter] = useState(NO_FILTER);
  const status = useResource(() => call(api.api.audit.verify.$get()), []);
  const events = useAuditEvents(filter);
  const mayListAccounts = can(user, 'users.read');
  const accounts = useResource(
    async () =>
      mayListAccounts
        ? (await call(api.api.users.$get({ query: { includeInactive: 'true' } }))).users.map((account) => ({
            id: account.id,
            name: account.displayName,
          }))
        : null,
    [mayListAccounts],
  );
  const names = new Map((accounts.data ?? []).map((account) => [account.id, account.name]));

  return (
    <>
      <PageHeading title={t('audit.heading')} />
      <p class="lead audit-intro">{t('audit.intro')}</p>
      <ChainStatusPanel status={status} />

      <section class="section" aria-labelledby="audit-events-heading">
        <h2 id="audit-events-heading">{t('audit.list.heading')}</h2>
        <AuditFilters value={filter} onChange={setFilter} actors={accounts.data ?? null} />
        <LiveStatus>
          {events.loading
            ? t('app.loading')
            : events.events.length > 0
              ? t('audit.list.count', { count: events.events.length })
              : ''}
        </LiveStatus>
        <ErrorAlert error={events.error} />
        {!events.loading && !events.error && events.events.length === 0 && <p>{t('audit.list.none')}</p>}
        <AuditEventList events={events.events} names={names} />
        {events.hasMore && (
          <button type="button" class="button audit-more" disabled={events.loading} onClick={events.loadMore}>
            {events.loading ? t('audit.list.loadingMore') : t('audit.list.more')}
          </button>
        )}
      </section>
    </>
  );
}
