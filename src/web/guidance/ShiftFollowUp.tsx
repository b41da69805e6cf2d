import { useRef, useState } from 'preact/hooks';
import { uuidv7 } from '../../shared/uuidv7';
import { useT } from '../i18n/i18n';
import { formatSpan } from '../shifts/format';
import { type FollowUpShift, type GuidanceCell, saveOutcomes } from './api';
import { OUTCOMES, outcomeSet, remaining, sameOutcomes, stepOutcome } from './draft';
import { followUpErrorText } from './errors';
import { OutcomeStepper } from './OutcomeStepper';

type Props = { unitId: string; shift: FollowUpShift; onSaved: (saved: FollowUpShift) => void };

/** One shift's guidance, cell by cell, with its outcomes entered by −/+ and saved whole. */
export function ShiftFollowUp({ unitId, shift, onSaved }: Props) {
  const { t, locale } = useT();
  const [cells, setCells] = useState<GuidanceCell[]>(shift.cells);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // One id per draft: a save retried after a lost answer is applied once; an edit makes a new one.
  const mutationId = useRef<string | null>(null);
  const headingId = `follow-up-${shift.shiftId}`;
  const label = (text: { sv: string; en: string }) => (locale === 'en' ? text.en : text.sv);

  function step(index: number, outcome: (typeof OUTCOMES)[number], delta: 1 | -1) {
    setCells((current) => current.map((cell, i) => (i === index ? stepOutcome(cell, outcome, delta) : cell)));
    mutationId.current = null;
    setError(null);
  }

  async function save() {
    mutationId.current ??= uuidv7();
    setBusy(true);
    setError(null);
    try {
      const saved = await saveOutcomes(unitId, shift.shiftId, {
        mutationId: mutationId.current,
        outcomes: outcomeSet(cells),
      });
      mutationId.current = null;
      setCells(saved.cells);
      onSaved(saved);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="panel follow-up-shift" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('guidance.shift', { span: formatSpan(shift.startsAt, shift.endsAt, locale) })}
      </h2>
      {cells.map((cell, index) => {
        const left = remaining(cell);
        return (
          <fieldset
            key={`${cell.serviceId}-${cell.gender}-${cell.ageBandId}`}
            class="row-card follow-up-cell"
          >
            <legend>
              {t('guidance.cell', {
                service: label(cell.service),
                gender: t(`fieldLog.genders.${cell.gender}`),
                ageBand: label(cell.ageBand),
              })}
            </legend>
            <p class="muted">
              {t('guidance.guided', { count: cell.guided })} ·{' '}
              {left >= 0 ? t('guidance.remaining', { count: left }) : t('guidance.tooMany', { count: -left })}
            </p>
            <div class="outcome-steppers">
              {OUTCOMES.map((outcome) => (
                <OutcomeStepper
                  key={outcome}
                  label={t(`guidance.outcomes.${outcome}`)}
                  value={cell[outcome]}
                  canAdd={left > 0}
                  onStep={(delta) => step(index, outcome, delta)}
                />
              ))}
            </div>
          </fieldset>
        );
      })}
      {error !== null && (
        <p class="alert alert-error" role="alert">
          {followUpErrorText(error, t)}
        </p>
      )}
      <button
        type="button"
        class="button button-primary"
        disabled={busy || sameOutcomes(cells, shift.cells)}
        onClick={() => void save()}
      >
        {t('guidance.save')}
      </button>
    </section>
  );
}
