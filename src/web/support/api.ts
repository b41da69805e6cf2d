import type { CloseReason, ConsentParty } from '../../shared/support-contacts';
import { api, call } from '../api/client';

/**
 * The support-contact calls. Online only, on purpose: the data is personal, so nothing is queued
 * or kept on the phone, and every read is recorded by the server as it happens.
 */
const contacts = api.api.units[':unitId']['support-contacts'];
const one = contacts[':contactId'];
type ContactRef = { unitId: string; contactId: string };

export type ContactStatusFilter = 'open' | 'closed' | 'all';

export const fetchContacts = (unitId: string, status: ContactStatusFilter) =>
  call(contacts.$get({ param: { unitId }, query: { status } }));

export const fetchContact = (param: ContactRef) => call(one.$get({ param }));

export const fetchAuditTrail = (param: ContactRef) => call(one.audit.$get({ param }));

export const fetchContinuity = (unitId: string, from: string, to: string) =>
  call(contacts.continuity.$get({ param: { unitId }, query: { from, to } }));

export type NewContact = Parameters<typeof contacts.$post>[0]['json'];
export const createContact = (unitId: string, json: NewContact) =>
  call(contacts.$post({ param: { unitId }, json }));

export type ContactChanges = Parameters<typeof one.$patch>[0]['json'];
export const updateContact = (param: ContactRef, json: ContactChanges) => call(one.$patch({ param, json }));

export type NewLogEntry = Parameters<typeof one.log.$post>[0]['json'];
export const addLogEntry = (param: ContactRef, json: NewLogEntry) => call(one.log.$post({ param, json }));

export const withdrawConsent = (param: ContactRef, withdrawnBy: ConsentParty) =>
  call(one['withdraw-consent'].$post({ param, json: { withdrawnBy } }));

export const closeContact = (param: ContactRef, reason: Exclude<CloseReason, 'consent_withdrawn'>) =>
  call(one.close.$post({ param, json: { reason } }));

export const handOver = (param: ContactRef, toUserId: string) =>
  call(one.handover.$post({ param, json: { toUserId } }));

export type SupportContact = Awaited<ReturnType<typeof fetchContact>>;
export type SupportContactSummary = Awaited<ReturnType<typeof fetchContacts>>['contacts'][number];
export type AuditTrail = Awaited<ReturnType<typeof fetchAuditTrail>>;
export type ContinuityReport = Awaited<ReturnType<typeof fetchContinuity>>;
