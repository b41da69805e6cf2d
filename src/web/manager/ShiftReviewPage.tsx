import { api, call } from '../api/client';
import './manager.css';
import { useUser } from '../auth/session';
import { useT } from '../i18n/i18n';
import { ErrorAlert } from '../ui/errors';
import { LiveStatus } from '../ui/Field';
import { PageHeading } from '../ui/PageHeading';
import { useResource } from '../ui/useResource';
import { shortDate } from './dates';
import { EncounterTable } from './EncounterTable';
import { ActionList, ObservationList, TopicList } from './LogDetails';
import { namer } from './namer';
import { loadNames } from './names';
import { canInUnit, overviewReturn } from './paths';
import { ReviewPanel } from './ReviewPanel';
import { RevisionHistory } from './RevisionHistory';
import { ShiftFacts } from './ShiftFacts';
import { shiftName } from './shiftText';

type ShiftReviewPageProps = { unitId: string; shiftId: string };

/** One shift, read-only, for the unit manager: the log, "Markera som granskad", and its history. */
export function ShiftReviewPage({ unitId, shiftId }: ShiftReviewPageProps) {
  const { t, locale } = useT();
  const user = useUser();
  const param = { unitId, shiftId };
  const shiftResource = useResource(
    () => call(api.api.units[':unitId'].shifts[':shiftId'].$get({ param })),
    [unitId, shiftId],
  );
  const revisions = useResource(
    () => call(api.api.units[':unitId'].shifts[':shiftId'].revisions.$get({ param })),
    [unitId, shiftId],
  );
  const names = useResource(() => loadNames(unitId), [unitId]);
  const name = namer(names.data, t, locale);
  const shift = shiftResource.data;
  const title = shift
    ? `${shiftName(shift, t)}, ${shortDate(shift.startsAt, locale)}`
    : t('manager.review.heading');
  const encounterTotal = shift?.encounters.reduce((sum, tally) => sum + tally.count, 0) ?? 0;

  return (
    <div class="review-page">
      <p class="breadcrumb">
        <a href={overviewReturn(unitId)}>{t('manager.review.back')}</a>
      </p>
      <PageHeading title={title} />
      <LiveStatus>{shiftResource.loading && !shift ? t('app.loading') : ''}</LiveStatus>
      <ErrorAlert error={shiftResource.error} />
      <ErrorAlert error={names.error} />
      {shift && (
        <>
          <ReviewPanel
            shift={shift}
            canReview={canInUnit(user, 'shifts.review', unitId)}
            canCorrect={canInUnit(user, 'shifts.write', unitId)}
            onReviewed={(reviewed) => {
              shiftResource.set(() => reviewed);
              void revisions.reload();
            }}
          />

          <section class="section" aria-labelledby="review-summary">
            <h2 id="review-summary">{t('manager.review.summary')}</h2>
            <ShiftFacts shift={shift} name={name} />
          </section>

          <section class="section" aria-labelledby="review-encounters">
            <h2 id="review-encounters">
              {t('manager.review.encounters')}
              {encounterTotal > 0 && <span class="heading-count"> ({encounterTotal})</span>}
            </h2>
            <p class="note">{t('manager.review.encountersNote')}</p>
            <EncounterTable encounters={shift.encounters} names={names.data} name={name} />
          </section>

          <div class="review-columns">
            <section class="section" aria-labelledby="review-topics">
              <h2 id="review-topics">{t('manager.review.topics')}</h2>
              <TopicList topics={shift.topics} name={name} />
            </section>
            <section class="section" aria-labelledby="review-actions">
              <h2 id="review-actions">{t('manager.review.actions')}</h2>
              <ActionList actions={shift.actions} name={name} />
            </section>
          </div>

          <section class="section" aria-labelledby="review-observations">
            <h2 id="review-observations">{t('manager.review.observations')}</h2>
            <ObservationList observations={shift.observations} name={name} />
          </section>

          <section class="section" aria-labelledby="review-notes">
            <h2 id="review-notes">{t('manager.review.notes')}</h2>
            {shift.notes ? (
              <p class="notes">{shift.notes}</p>
            ) : (
              <p class="muted">{t('manager.review.noNotes')}</p>
            )}
          </section>

          <section class="section" aria-labelledby="review-history">
            <h2 id="review-history">{t('manager.review.history')}</h2>
            <ErrorAlert error={revisions.error} />
            {revisions.data && <RevisionHistory revisions={revisions.data.revisions} name={name} />}
          </section>
        </>
      )}
    </div>
  );
}
