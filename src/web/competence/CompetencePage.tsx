import { useState } from 'preact/hooks';
import { can, useUser } from '../auth/session';
import { useT } from '../i18n/i18n';
import { managedUnits } from '../manager/paths';
import { ErrorAlert } from '../ui/errors';
import { LiveStatus } from '../ui/Field';
import { PageHeading } from '../ui/PageHeading';
import { ScrollRegion } from '../ui/ScrollRegion';
import { useResource } from '../ui/useResource';
import {
  type Competence,
  fetchOwnCompetence,
  fetchUnitCompetence,
  saveOwnCompetence,
  saveStaffCompetence,
} from './api';
import { CompetenceForm } from './CompetenceForm';
import './competence.css';

/**
 * `/kompetens`: one's own competence record, and for a unit manager the unit's staff with counts
 * ("2 av 7 har inte gått introduktionen") and each person's record to keep.
 */
export function CompetencePage() {
  const { t } = useT();
  const user = useUser();
  const own = useResource(() => fetchOwnCompetence(), [user.id]);
  const managed = can(user, 'competence.manage') ? managedUnits(user)[0] : undefined;

  return (
    <>
      <PageHeading title={t('competence.heading')} />
      <p class="lead">{t('competence.intro')}</p>
      {managed && <UnitCompetenceSection unitId={managed.id} />}
      <section aria-labelledby="competence-mine">
        <h2 id="competence-mine">{t('competence.mine')}</h2>
        <LiveStatus>{own.loading && !own.data ? t('competence.loading') : ''}</LiveStatus>
        <ErrorAlert error={own.error} />
        {own.data && <CompetenceForm record={own.data} onSave={saveOwnCompetence} />}
      </section>
    </>
  );
}

function UnitCompetenceSection({ unitId }: { unitId: string }) {
  const { t, locale } = useT();
  const unit = useResource(() => fetchUnitCompetence(unitId), [unitId]);
  const [editing, setEditing] = useState<Competence | null>(null);
  const day = (value: string) =>
    new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
      dateStyle: 'medium',
      timeZone: 'UTC',
    }).format(new Date(`${value}T12:00:00Z`));
  const summary = unit.data?.summary;
  return (
    <section aria-labelledby="competence-unit">
      <h2 id="competence-unit">{t('competence.unitHeading')}</h2>
      <ErrorAlert error={unit.error} />
      {summary && (
        <p class="competence-summary">
          {t('competence.summary', {
            without: summary.withoutIntroduction,
            staff: summary.staff,
            educated: summary.withSocialWorkEducation,
            courses: summary.coursesThisYear,
          })}
        </p>
      )}
      {unit.data && (
        <ScrollRegion labelledBy="competence-unit">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('competence.name')}</th>
                <th scope="col">{t('competence.introduction')}</th>
                <th scope="col">{t('competence.education')}</th>
                <th scope="col" class="num">
                  {t('competence.courses')}
                </th>
                <th scope="col">
                  <span class="visually-hidden">{t('competence.edit', { name: '' })}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {unit.data.staff.map((person) => (
                <tr key={person.userId}>
                  <th scope="row">{person.displayName}</th>
                  <td>
                    {person.introductionDoneOn ? day(person.introductionDoneOn) : t('competence.notDone')}
                  </td>
                  <td>{person.socialWorkEducation ? t('competence.yes') : t('competence.no')}</td>
                  <td class="num">{person.courses.length}</td>
                  <td>
                    <button
                      type="button"
                      class="button button-small"
                      aria-label={t('competence.edit', { name: person.displayName })}
                      onClick={() => setEditing(person)}
                    >
                      {t('competence.change')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {editing && (
        <section class="competence-editing" aria-labelledby="competence-editing">
          <h3 id="competence-editing">{t('competence.editing', { name: editing.displayName })}</h3>
          <CompetenceForm
            key={editing.userId}
            record={editing}
            onSave={async (input) => {
              const saved = await saveStaffCompetence(unitId, editing.userId, input);
              await unit.reload();
              return saved;
            }}
          />
          <button type="button" class="button button-quiet" onClick={() => setEditing(null)}>
            {t('competence.close')}
          </button>
        </section>
      )}
    </section>
  );
}
