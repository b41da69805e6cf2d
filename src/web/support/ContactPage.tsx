import { useState } from 'preact/hooks';
import { useUser } from '../auth/session';
import { useT } from '../i18n/i18n';
import { ErrorAlert } from '../ui/errors';
import { LiveStatus } from '../ui/Field';
import { takeFlash } from '../ui/flash';
import { PageHeading } from '../ui/PageHeading';
import { useResource } from '../ui/useResource';
import { listPath, managesSupport } from './access';
import { fetchAuditTrail, fetchContact, type SupportContact } from './api';
import { CloseSection } from './CloseSection';
import { ContactFacts } from './ContactFacts';
import { HandoverSection } from './HandoverSection';
import { LogSection } from './LogSection';
import { OnlineNotice } from './OnlineNotice';
import { PlanSection } from './PlanSection';
import { ReadersSection } from './ReadersSection';
import './support.css';

/** What a section calls after a change: the contact as saved, and a sentence to read out. */
export type OnChanged = (contact: SupportContact, message: string) => void;

/** One support contact: facts and consent, plan, log, handover, closing, and who has read it. */
export function ContactPage({ unitId, contactId }: { unitId: string; contactId: string }) {
  const { t } = useT();
  const user = useUser();
  const ref = { unitId, contactId };
  const [status, setStatus] = useState(takeFlash);
  const [changes, setChanges] = useState(0);
  const contact = useResource(() => fetchContact(ref), [unitId, contactId]);
  const loaded = contact.data !== undefined;
  // After the contact: its own read is then on the trail too.
  const trail = useResource(async () => (loaded ? fetchAuditTrail(ref) : undefined), [loaded, changes]);

  const onChanged: OnChanged = (updated, message) => {
    contact.set(() => updated);
    setChanges((count) => count + 1);
    setStatus(message);
  };

  const data = contact.data;
  return (
    <div class="support-page">
      <p class="breadcrumb">
        <a href={listPath(unitId)}>{t('support.back')}</a>
      </p>
      <PageHeading title={data?.name ?? t('support.heading')} />
      <OnlineNotice />
      <LiveStatus>{status}</LiveStatus>
      <ErrorAlert error={contact.error} />
      {contact.loading && !data && <p class="live-status">{t('app.loading')}</p>}
      {data && (
        <>
          <ContactFacts contact={data} />
          <PlanSection contact={data} onChanged={onChanged} onStale={() => void contact.reload()} />
          <LogSection contact={data} onChanged={onChanged} />
          {data.status === 'open' && (
            <>
              <HandoverSection
                contact={data}
                mayHandOver={data.responsible.id === user.id || managesSupport(user, unitId)}
                onChanged={onChanged}
              />
              <CloseSection contact={data} onChanged={onChanged} />
            </>
          )}
          <ReadersSection trail={trail.data} error={trail.error} />
        </>
      )}
    </div>
  );
}
