import type { SuccessBody } from '../api/client';
import { api, call } from '../api/client';

/** Calls for reports of concern. Sending is online only: a report's personal data is never queued on the phone. */
const units = () => api.api.units[':unitId']['reports-of-concern'];
const reception = () => api.api.reception['reports-of-concern'];

export type SendReportInput = Parameters<ReturnType<typeof units>['$post']>[0]['json'];
export type Report = SuccessBody<Awaited<ReturnType<ReturnType<typeof reception>[':reportId']['$get']>>>;
export type ReportSummary = SuccessBody<
  Awaited<ReturnType<ReturnType<typeof reception>['$get']>>
>['reports'][number];
export type Urgency = Report['urgency'];
export type GuardianInformed = Report['guardianInformed'];
export type FeedbackKind = NonNullable<Report['feedback']>['kind'];

export const URGENCIES = ['immediate', 'urgent', 'normal'] as const satisfies readonly Urgency[];
export const GUARDIAN_ANSWERS = ['yes', 'no', 'unknown'] as const satisfies readonly GuardianInformed[];
export const FEEDBACK_KINDS = [
  'received',
  'investigation_opened',
  'no_action',
] as const satisfies readonly FeedbackKind[];

export const sendReport = (unitId: string, json: SendReportInput) =>
  call(units().$post({ param: { unitId }, json }));

export const fetchUnitReports = async (unitId: string) =>
  (await call(units().$get({ param: { unitId } }))).reports;

export const fetchUnitReport = (unitId: string, reportId: string) =>
  call(units()[':reportId'].$get({ param: { unitId, reportId } }));

export const fetchInbox = async () => (await call(reception().$get())).reports;

export const fetchInboxReport = (reportId: string) =>
  call(reception()[':reportId'].$get({ param: { reportId } }));

export const acknowledgeReport = (reportId: string) =>
  call(reception()[':reportId'].acknowledge.$post({ param: { reportId } }));

export const giveFeedback = (reportId: string, feedback: FeedbackKind, message: string | null) =>
  call(reception()[':reportId'].feedback.$post({ param: { reportId }, json: { feedback, message } }));

/** The PDF's address; the browser downloads it with the session cookie. */
export const unitReportPdfUrl = (unitId: string, reportId: string) =>
  `/api/units/${unitId}/reports-of-concern/${reportId}/pdf`;
export const inboxReportPdfUrl = (reportId: string) => `/api/reception/reports-of-concern/${reportId}/pdf`;
