import { useState } from 'preact/hooks';
import { can, useUser } from '../auth/session';
import { type Translate, useT } from '../i18n/i18n';
import { fetchAreas } from '../shifts/api';
import { today } from '../statistics/period';
import { ErrorAlert } from '../ui/errors';
import { Field, LiveStatus } from '../ui/Field';
import { useResource } from '../ui/useResource';
import { type Decision, decide, type FollowUp, fetchFollowUp, fetchPlan, type Plan } from './api';
import { PlanEditor } from './PlanEditor';
import { formatValue, targetText, withUnit } from './targetText';

const day = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'medium',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(iso));

/** One unit's plan for one year: its state, the follow-up, the actions the reader may take, the versions. */
export function PlanView({ unitId, year }: { unitId: string; year: number }) {
  const { t, locale } = useT();
  const user = useUser();
  const plan = useResource(() => fetchPlan(unitId, year), [unitId, year]);
  const followUp = useResource(
    () => (can(user, 'statistics.read') ? fetchFollowUp(unitId, year) : Promise.resolve(null)),
    [unitId, year],
  );
  const areas = useResource(fetchAreas, []);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const areaName = (id: string) => areas.data?.find((a) => a.id === id)?.name ?? '';
  const reload = async (message: string) => {
    setStatus(message);
    await Promise.all([plan.reload(), followUp.reload()]);
  };
  if (!plan.data) return <LoadingOrError loading={plan.loading} error={plan.error} t={t} />;
  const latest = plan.data.versions[0];
  const ownUnit = user.roles.some((grant) => grant.unitId === unitId && grant.role === 'unit_manager');
  const mayWrite = can(user, 'plans.write') && ownUnit && !plan.data.closed && latest?.status !== 'submitted';
  const inForce = plan.data.versions.find((v) => v.version === plan.data?.inForce);
  return (
    <section aria-labelledby="plan-unit" class="plan">
      <h2 id="plan-unit">
        {plan.data.unitName} {year}
      </h2>
      <p class="plan-state">
        {latest ? (
          <span class={`plan-status plan-status-${latest.status}`}>
            {t('plans.versionLine', { version: latest.version, status: t(`plans.status.${latest.status}`) })}
          </span>
        ) : (
          t(mayWrite ? 'plans.noneForManager' : 'plans.none', { year })
        )}
        {inForce?.decidedAt &&
          ` ${t('plans.inForce', { version: inForce.version, day: day(inForce.decidedAt, locale) })}`}
      </p>
      {plan.data.closed && <p class="alert">{t('plans.closed')}</p>}
      {latest?.status === 'returned' && latest.decisionComment && (
        <p class="alert">{t('plans.returnedComment', { comment: latest.decisionComment })}</p>
      )}
      <LiveStatus>{status}</LiveStatus>
      {editing ? (
        <PlanEditor
          year={year}
          goals={latest?.goals ?? []}
          areas={areas.data ?? []}
          unitId={unitId}
          onSaved={async () => {
            setEditing(false);
            await reload(t('plans.saved'));
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        mayWrite && (
          <button type="button" class="button" onClick={() => setEditing(true)}>
            {latest ? t('plans.edit') : t('plans.write')}
          </button>
        )
      )}
      {!editing && <Decisions plan={plan.data} ownUnit={ownUnit} onDone={reload} />}
      {followUp.data && followUp.data.goals.length > 0 && (
        <FollowUpTable followUp={followUp.data} areaName={areaName} />
      )}
      <ErrorAlert error={followUp.error} />
      {plan.data.versions.length > 0 && (
        <details class="plan-history">
          <summary>{t('plans.history')}</summary>
          <ul>
            {plan.data.versions.map((v) => (
              <li key={v.version}>
                {t('plans.historyLine', {
                  version: v.version,
                  status: t(`plans.status.${v.status}`),
                  by: v.draftedBy,
                  day: day(v.updatedAt, locale),
                })}
                {v.decidedAt &&
                  ` · ${t('plans.decidedLine', { status: t(`plans.status.${v.status}`), by: v.decidedBy ?? '', day: day(v.decidedAt, locale) })}`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function LoadingOrError({ loading, error, t }: { loading: boolean; error: unknown; t: Translate }) {
  return (
    <>
      <LiveStatus>{loading ? t('plans.loading') : ''}</LiveStatus>
      <ErrorAlert error={error} />
    </>
  );
}

/** Submit (the unit's manager); approve, return with a comment, close the year (the administration). */
function Decisions({
  plan,
  ownUnit,
  onDone,
}: {
  plan: Plan;
  ownUnit: boolean;
  onDone: (message: string) => Promise<void>;
}) {
  const { t } = useT();
  const user = useUser();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>(null);
  const latest = plan.versions[0];
  const run = async (decision: Decision, done: string, text?: string) => {
    setError(null);
    try {
      await decide(plan.unitId, plan.year, decision, text);
      setComment('');
      await onDone(done);
    } catch (failure) {
      setError(failure);
    }
  };
  const canSubmit = ownUnit && can(user, 'plans.write') && latest?.status === 'draft' && !plan.closed;
  const canDecide = can(user, 'plans.approve') && latest?.status === 'submitted' && !plan.closed;
  const canClose = can(user, 'plans.approve') && !plan.closed && latest && today() > `${plan.year}-12-31`;
  return (
    <div class="plan-decisions">
      {canSubmit && (
        <button
          type="button"
          class="button button-primary"
          onClick={() => run('submit', t('plans.submitted'))}
        >
          {t('plans.submit')}
        </button>
      )}
      {canDecide && (
        <>
          <Field label={t('plans.comment')} hint={t('plans.commentHint')}>
            {({ id, describedBy }) => (
              <textarea
                id={id}
                aria-describedby={describedBy}
                rows={3}
                maxLength={2000}
                value={comment}
                onInput={(event) => setComment(event.currentTarget.value)}
              />
            )}
          </Field>
          <div class="button-row">
            <button
              type="button"
              class="button button-primary"
              onClick={() => run('approve', t('plans.approved'), comment.trim())}
            >
              {t('plans.approve')}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => run('return', t('plans.returned'), comment.trim())}
            >
              {t('plans.giveBack')}
            </button>
          </div>
        </>
      )}
      {canClose && (
        <button
          type="button"
          class="button"
          onClick={() =>
            window.confirm(t('plans.closeConfirm', { year: plan.year })) &&
            run('close', t('plans.yearClosed'))
          }
        >
          {t('plans.closeYear')}
        </button>
      )}
      <ErrorAlert error={error} />
    </div>
  );
}

function FollowUpTable({ followUp, areaName }: { followUp: FollowUp; areaName: (id: string) => string }) {
  const { t, locale } = useT();
  return (
    <section aria-labelledby="plan-follow-up" class="plan-follow-up">
      <h3 id="plan-follow-up">
        {t('plans.followUpHeading', {
          from: day(`${followUp.from}T12:00:00Z`, locale),
          to: day(`${followUp.to}T12:00:00Z`, locale),
        })}
      </h3>
      {!followUp.approved && <p>{t('plans.draftFollowed')}</p>}
      {followUp.protection === 'cellKey' && <p class="field-hint">{t('plans.protectedNote')}</p>}
      {followUp.goals.map((goal, g) => (
        <article key={goal.id} class="plan-goal">
          <h4>
            {t('plans.goal', { n: g + 1 })}: {goal.text}
          </h4>
          <ul class="plan-targets">
            {goal.targets.map((target, i) => (
              <li key={i}>
                <span class="plan-target-text">{targetText(target, t, locale, areaName)}</span>
                <span class="plan-target-actual">
                  {t('plans.actual')}:{' '}
                  {target.actual === null ? '–' : withUnit(target, target.actual, t, locale)}
                </span>
                <span class={`plan-target-status plan-target-${target.status}`}>
                  {t(`plans.targetStatus.${target.status}`)}
                </span>
                {target.byGender && (
                  <span class="field-hint">
                    {t('plans.byGender', {
                      girl: formatValue(target.byGender.girl, locale),
                      boy: formatValue(target.byGender.boy, locale),
                      other: formatValue(target.byGender.other, locale),
                    })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}
