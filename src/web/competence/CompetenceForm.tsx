import { useState } from 'preact/hooks';
import { ApiError } from '../api/errors';
import { useT } from '../i18n/i18n';
import { today } from '../statistics/period';
import { ErrorAlert } from '../ui/errors';
import { DateField, Field, LiveStatus, TextField } from '../ui/Field';
import type { Competence, CompetenceInput } from './api';

type Props = { record: Competence; onSave: (input: CompetenceInput) => Promise<Competence> };
type Course = CompetenceInput['courses'][number];

/** One person's introduction, education and courses; dates as the date field gives them. */
export function CompetenceForm({ record, onSave }: Props) {
  const { t } = useT();
  const [draft, setDraft] = useState<CompetenceInput>({
    introductionDoneOn: record.introductionDoneOn,
    introductionName: record.introductionName,
    socialWorkEducation: record.socialWorkEducation,
    courses: record.courses,
  });
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [badPaths, setBadPaths] = useState<string[]>([]);
  const set = (patch: Partial<CompetenceInput>) => setDraft((current) => ({ ...current, ...patch }));
  const setCourse = (i: number, patch: Partial<Course>) =>
    set({ courses: draft.courses.map((course, j) => (i === j ? { ...course, ...patch } : course)) });
  const dayError = (path: string) => (badPaths.includes(path) ? t('competence.dayInFuture') : undefined);

  async function submit(event: Event) {
    event.preventDefault();
    setStatus('');
    setError(null);
    const now = today();
    const bad = [
      ...(draft.introductionDoneOn && draft.introductionDoneOn > now ? ['introductionDoneOn'] : []),
      ...draft.courses.flatMap((c, i) => (c.completedOn > now ? [`courses.${i}.completedOn`] : [])),
      ...draft.courses.flatMap((c, i) => (c.name.trim() === '' ? [`courses.${i}.name`] : [])),
    ];
    setBadPaths(bad);
    if (bad.length > 0) return;
    try {
      await onSave({ ...draft, introductionName: draft.introductionName?.trim() || null });
      setStatus(t('competence.saved'));
    } catch (failure) {
      if (failure instanceof ApiError && failure.issues)
        setBadPaths(failure.issues.map((issue) => issue.path));
      setError(failure);
    }
  }

  return (
    <form class="competence-form" onSubmit={submit} noValidate>
      <DateField
        label={t('competence.introductionDoneOn')}
        value={draft.introductionDoneOn ?? ''}
        max={today()}
        error={dayError('introductionDoneOn')}
        onCommit={(day) => set({ introductionDoneOn: day })}
      />
      <TextField
        label={t('competence.introductionName')}
        hint={t('competence.introductionHint')}
        value={draft.introductionName ?? ''}
        maxLength={120}
        onInput={(introductionName) => set({ introductionName })}
      />
      <label class="checkbox">
        <input
          type="checkbox"
          checked={draft.socialWorkEducation}
          onChange={(event) => set({ socialWorkEducation: event.currentTarget.checked })}
        />
        {t('competence.socialWorkEducation')}
      </label>
      <fieldset class="competence-courses">
        <legend>{t('competence.coursesLegend')}</legend>
        {draft.courses.map((course, i) => (
          <div class="competence-course" key={i}>
            <TextField
              label={t('competence.courseName')}
              value={course.name}
              maxLength={120}
              error={badPaths.includes(`courses.${i}.name`) ? t('competence.courseNameMissing') : undefined}
              onInput={(name) => setCourse(i, { name })}
            />
            <DateField
              label={t('competence.courseDate')}
              value={course.completedOn}
              max={today()}
              error={dayError(`courses.${i}.completedOn`)}
              onCommit={(completedOn) => setCourse(i, { completedOn })}
            />
            <Field label={t('competence.courseHours')}>
              {({ id }) => (
                <input
                  id={id}
                  type="text"
                  inputMode="decimal"
                  value={course.hours === null ? '' : String(course.hours).replace('.', ',')}
                  onChange={(event) => {
                    const text = event.currentTarget.value.trim().replace(',', '.');
                    const hours = Number(text);
                    setCourse(i, {
                      hours: text === '' || !Number.isFinite(hours) || hours < 0 ? null : hours,
                    });
                  }}
                />
              )}
            </Field>
            <button
              type="button"
              class="button button-quiet"
              onClick={() => set({ courses: draft.courses.filter((_, j) => j !== i) })}
            >
              {t('competence.removeCourse', { name: course.name || t('competence.courseName') })}
            </button>
          </div>
        ))}
        <button
          type="button"
          class="button"
          onClick={() =>
            set({ courses: [...draft.courses, { name: '', completedOn: today(), hours: null }] })
          }
        >
          {t('competence.addCourse')}
        </button>
      </fieldset>
      <button type="submit" class="button button-primary">
        {t('competence.save')}
      </button>
      <LiveStatus>{status}</LiveStatus>
      <ErrorAlert error={error} />
    </form>
  );
}
