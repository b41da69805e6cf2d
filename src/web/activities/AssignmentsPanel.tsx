import { useState } from 'preact/hooks';
import { useT } from '../i18n/i18n';
import { ErrorAlert } from '../ui/errors';
import { LiveStatus, TextField } from '../ui/Field';
import type { Resource } from '../ui/useResource';
import { type Assignment, createAssignment, retireAssignment } from './api';

/** The manager's list of assignments elsewhere in the municipality that activities may name. */
export function AssignmentsPanel({
  unitId,
  assignments,
}: {
  unitId: string;
  assignments: Resource<Assignment[]>;
}) {
  const { t } = useT();
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState(false);
  const active = (assignments.data ?? []).filter((a) => !a.retired);

  async function add(event: Event) {
    event.preventDefault();
    const trimmed = name.trim();
    setInvalid(trimmed.length === 0 || trimmed.length > 80);
    if (trimmed.length === 0 || trimmed.length > 80) return;
    setError(null);
    try {
      const created = await createAssignment(unitId, trimmed);
      assignments.set((current) => [...(current ?? []), created]);
      setName('');
      setStatus(t('activities.assignments.added', { name: created.name }));
    } catch (failure) {
      setError(failure);
    }
  }

  async function retire(assignment: Assignment) {
    setError(null);
    try {
      const retired = await retireAssignment(unitId, assignment.id);
      assignments.set((current) => (current ?? []).map((a) => (a.id === retired.id ? retired : a)));
      setStatus(t('activities.assignments.retired', { name: assignment.name }));
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <section class="assignments" aria-labelledby="assignments-heading">
      <h2 id="assignments-heading">{t('activities.assignments.heading')}</h2>
      <p class="field-hint">{t('activities.assignments.intro')}</p>
      {active.length === 0 ? (
        <p>{t('activities.assignments.none')}</p>
      ) : (
        <ul>
          {active.map((assignment) => (
            <li key={assignment.id} class="activity">
              <span>{assignment.name}</span>
              <button type="button" class="button button-quiet" onClick={() => retire(assignment)}>
                {t('activities.assignments.retire', { name: assignment.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="assignment-form" onSubmit={add} noValidate>
        <TextField
          label={t('activities.assignments.name')}
          value={name}
          maxLength={80}
          onInput={setName}
          error={invalid ? t('activities.assignments.nameInvalid') : undefined}
        />
        <button type="submit" class="button">
          {t('activities.assignments.add')}
        </button>
      </form>
      <LiveStatus>{status}</LiveStatus>
      <ErrorAlert error={error} />
    </section>
  );
}
