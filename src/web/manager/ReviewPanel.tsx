import { useEffect, useRef, useState } from 'preact/hooks';
import { api, call } from '../api/client';
import { useT } from '../i18n/i18n';
import { ErrorAlert } from '../ui/errors';
import { dateTime } from './dates';
import { editorPath } from './paths';
import type { Shift } from './types';

type ReviewPanelProps = {
  shift: Shift;
  canReview: boolean;
  canCorrect: boolean;
  onReviewed: (shift: Shift) => void;
};

/** Whether the log is reviewed, "Markera som granskad", and "Rätta" to open the shift in the editor. */
export function ReviewPanel({ shift, canReview, canCorrect, onReviewed }: ReviewPanelProps) {
  const { t, locale } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const stateRef = useRef<HTMLParagraphElement>(null);
  // The button goes away once the log is reviewed; the focus goes to what replaced it.
  useEffect(() => {
    if (done) stateRef.current?.focus();
  }, [done]);

  async function markReviewed() {
    setBusy(true);
    setError(null);
    try {
      const reviewed = await call(
        api.api.units[':unitId'].shifts[':shiftId'].review.$post({
          param: { unitId: shift.unitId, shiftId: shift.id },
        }),
      );
      setDone(true);
      onReviewed(reviewed);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  let state: string;
  if (shift.reviewedAt) {
    const date = dateTime(shift.reviewedAt, locale);
    state = shift.reviewedBy
      ? t('manager.review.reviewedBy', { date, name: shift.reviewedBy.displayName })
      : t('manager.review.reviewedAt', { date });
  } else {
    state =
      shift.status === 'planned'
        ? t('manager.review.plannedNotLogged')
        : shift.status === 'cancelled'
          ? t('manager.review.cancelled')
          : t('manager.review.notReviewedYet');
  }

  return (
    <div class={shift.reviewedAt ? 'review-panel review-panel-done' : 'review-panel'}>
      {/* One status region throughout, so the change is read out when the review is saved. */}
      <p
        class={done ? 'alert alert-success review-state' : 'review-state'}
        role="status"
        ref={stateRef}
        tabIndex={-1}
      >
        {done ? `${t('manager.review.markedOk')} ${state}` : state}
      </p>
      <div class="actions">
        {canReview && shift.status === 'done' && !shift.reviewedAt && (
          <button
            type="button"
            class="button button-primary"
            disabled={busy}
            onClick={() => void markReviewed()}
          >
            {busy ? t('manager.review.marking') : t('manager.review.markReviewed')}
          </button>
        )}
        {canCorrect && (
          <a class="button" href={editorPath(shift.unitId, shift.id)} aria-describedby="review-correct-hint">
            {t('manager.review.correct')}
          </a>
        )}
      </div>
      {canCorrect && (
        <p id="review-correct-hint" class="field-hint">
          {t('manager.review.correctHint')}
        </p>
      )}
      <ErrorAlert error={error} />
    </div>
  );
}
