import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import type { Administration } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import { LiveStatus } from '../../ui/Field';
import { PageHeading } from '../../ui/PageHeading';
import { useResource } from '../../ui/useResource';
import { AreaList } from './AreaList';
import { DisclosureSection } from './DisclosureSection';
import { NameForm } from './NameForm';
import { OrgItem } from './OrgItem';
import { RoleSeparationForm } from './RoleSeparationForm';

/** Administrations with their field units, and the areas the units work in. */
export function OrganisationPage() {
  const { t } = useT();
  const [showInactive, setShowInactive] = useState(false);
  const [status, setStatus] = useState('');
  const includeInactive = showInactive ? 'true' : 'false';
  const tree = useResource(
    () => call(api.api.organisation.$get({ query: { includeInactive } })),
    [includeInactive],
  );
  const areas = useResource(
    () => call(api.api.areas.$get({ query: { includeInactive } })),
    [includeInactive],
  );

  /** Runs a change, then reloads the tree and announces `done`. */
  async function change(action: () => Promise<unknown>, done: string) {
    setStatus('');
    await action();
    await tree.reload();
    setStatus(done);
  }

  const units = tree.data?.administrations.flatMap((administration) => administration.units) ?? [];

  return (
    <>
      <PageHeading title={t('organisation.heading')} />
      {tree.data && <p class="lead">{tree.data.municipality.name}</p>}
      <LiveStatus>{tree.loading && !tree.data ? t('app.loading') : status}</LiveStatus>
      <ErrorAlert error={tree.error} />

      <label class="checkbox">
        <input
          type="checkbox"
          checked={showInactive}
          onChange={(event) => setShowInactive(event.currentTarget.checked)}
        />
        {t('organisation.showInactive')}
      </label>

      <section aria-labelledby="org-tree" class="section">
        <h2 id="org-tree">{t('organisation.administrations')}</h2>
        {tree.data && tree.data.administrations.length === 0 && <p>{t('organisation.noAdministrations')}</p>}
        <ul class="org-tree">
          {tree.data?.administrations.map((administration) => (
            <li key={administration.id}>
              <AdministrationItem administration={administration} change={change} />
            </li>
          ))}
        </ul>
        <div class="panel">
          <h3>{t('organisation.newAdministration')}</h3>
          <NameForm
            label={t('organisation.newAdministrationName')}
            submitLabel={t('organisation.addAdministration')}
            onSubmit={(name) =>
              change(
                () => call(api.api.administrations.$post({ json: { name } })),
                t('organisation.administrationAdded', { name }),
              )
            }
          />
        </div>
      </section>

      <section aria-labelledby="org-areas" class="section">
        <h2 id="org-areas">{t('organisation.areas')}</h2>
        <ErrorAlert error={areas.error} />
        {areas.data && <AreaList areas={areas.data.areas} units={units} />}
      </section>

      <DisclosureSection />
      <RoleSeparationForm />
    </>
  );
}

type Change = (action: () => Promise<unknown>, done: string) => Promise<void>;

function AdministrationItem({ administration, change }: { administration: Administration; change: Change }) {
  const { t } = useT();
  const { id, name } = administration;
  const param = { administrationId: id };
  return (
    <OrgItem
      name={name}
      active={administration.active}
      level={3}
      onRename={(newName) =>
        change(
          () => call(api.api.administrations[':administrationId'].$patch({ param, json: { name: newName } })),
          t('organisation.renamed', { name: newName }),
        )
      }
      onSetActive={(active) =>
        change(
          () => call(api.api.administrations[':administrationId'].$patch({ param, json: { active } })),
          t(active ? 'organisation.reactivated' : 'organisation.deactivated', { name }),
        )
      }
    >
      <h4 class="visually-hidden">{t('organisation.units', { name })}</h4>
      {administration.units.length === 0 ? (
        <p class="muted">{t('organisation.noUnits')}</p>
      ) : (
        <ul class="org-units">
          {administration.units.map((unit) => (
            <li key={unit.id}>
              <OrgItem
                name={unit.name}
                active={unit.active}
                level={4}
                onRename={(newName) =>
                  change(
                    () =>
                      call(
                        api.api.units[':unitId'].$patch({
                          param: { unitId: unit.id },
                          json: { name: newName },
                        }),
                      ),
                    t('organisation.renamed', { name: newName }),
                  )
                }
                onSetActive={(active) =>
                  change(
                    () =>
                      call(api.api.units[':unitId'].$patch({ param: { unitId: unit.id }, json: { active } })),
                    t(active ? 'organisation.reactivated' : 'organisation.deactivated', { name: unit.name }),
                  )
                }
              />
            </li>
          ))}
        </ul>
      )}
      {administration.active && (
        <NameForm
          class="name-form-unit"
          label={t('organisation.newUnitName', { name })}
          submitLabel={t('organisation.addUnit')}
          submitName={t('organisation.addUnitIn', { name })}
          onSubmit={(unitName) =>
            change(
              () => call(api.api.units.$post({ json: { administrationId: id, name: unitName } })),
              t('organisation.unitAdded', { name: unitName }),
            )
          }
        />
      )}
    </OrgItem>
  );
}
