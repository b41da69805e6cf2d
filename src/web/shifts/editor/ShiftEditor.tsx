import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { newConcernPath } from '../../concerns/access';
import { useT } from '../../i18n/i18n';
import type { ConflictChoice } from '../../outbox/conflict';
import { shiftSyncState } from '../../outbox/logic';
import { discardLocal, keepUnsaved, resolveShiftConflict, saveShift } from '../../outbox/outbox';
import { useOnline, useOutboxEntries } from '../../outbox/useOutbox';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PageHeading } from '../../ui/PageHeading';
import { SHIFTS_PATH } from '../access';
import {
  dateIssues,
  type FormIssue,
  inputFromForm,
  type ShiftForm,
  serverIssues,
  statusWhenFinished,
  validateForm,
} from '../form';
import { formatDay } from '../format';
import { inputOf } from '../model';
import type { Reference } from '../reference';
import { ActionSection } from './ActionSection';
import { ConflictPanel } from './ConflictPanel';
import { DetailsSection } from './DetailsSection';
import { EncounterSection } from './EncounterSection';
import { GuardedText } from './GuardedText';
import { ObservationSection } from './ObservationSection';
import { PlacesSection } from './PlacesSection';
import { PreventionSection } from './PreventionSection';
import { SaveBar } from './SaveBar';
import { TopicSection } from './TopicSection';
import type { LoadedShift } from './useShiftDocument';

type Props = {
  unitId: string;
  shiftId: string;
  userId: string;
  reference: Reference;
  loaded: Extract<LoadedShift, { status: 'ready' }>;
  onReload: () => void;
};

const AUTOSAVE_MS = 600;

/** Logs one shift. Every save goes to the outbox: stored on the phone at once, sent when it can be. */
export function ShiftEditor({ unitId, shiftId, userId, reference, loaded, onReload }: Props) {
  const { t, locale } = useT();
  const { route } = useLocation();
  const online = useOnline();
  const entries = useOutboxEntries().filter((entry) => entry.shiftId === shiftId);
  const sync = shiftSyncState(entries, shiftId);
  const conflict = entries.find((entry) => entry.state === 'conflict');
  const failed = entries.find((entry) => entry.state === 'failed');

  const [form, setForm] = useState<ShiftForm>(loaded.form);
  const [touched, setTouched] = useState(loaded.restored);
  const [attempted, setAttempted] = useState(false);
  const [message, setMessage] = useState(loaded.restored ? t('shifts.editor.restoredUnsaved') : '');
  const [busy, setBusy] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const applied = useRef(loaded.revision);

  // A message about the last save gives way when the sync state moves on ("Synkat", "Konflikt" …).
  const lastSync = useRef(sync);
  useEffect(() => {
    if (lastSync.current !== sync) setMessage('');
    lastSync.current = sync;
  }, [sync]);

  // A fresher copy (from the server, or after a sync) replaces the form only if it is untouched.
  useEffect(() => {
    if (loaded.revision === applied.current) return;
    applied.current = loaded.revision;
    if (!touched) setForm(loaded.form);
  }, [loaded.revision]);

  // A sync that settles (sent, or a conflict resolved) brings the server's canonical copy.
  const settled = entries.length === 0;
  const wasSettled = useRef(settled);
  useEffect(() => {
    if (settled && !wasSettled.current && !touched) onReload();
    wasSettled.current = settled;
  }, [settled]);

  // Unsaved edits are kept on the phone, so a closed app or a dead battery loses nothing.
  useEffect(() => {
    if (!touched) return;
    const timer = setTimeout(() => {
      void keepUnsaved(shiftId, unitId, userId, form, inputFromForm(form));
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [form, touched]);

  const issues: FormIssue[] = [
    ...(attempted ? validateForm(form) : dateIssues(form)),
    ...(touched ? [] : serverIssues(failed?.lastError ?? null)),
  ];

  function change(patch: Partial<ShiftForm>) {
    setForm((current) => ({ ...current, ...patch }));
    setTouched(true);
    setMessage('');
  }

  async function save(next: ShiftForm): Promise<boolean> {
    if (validateForm(next).length > 0) {
      setForm(next);
      setAttempted(true);
      setMessage(t('shifts.editor.fixErrors'));
      setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return false;
    }
    setBusy(true);
    try {
      await saveShift(unitId, shiftId, inputFromForm(next));
      setForm(next);
      setTouched(false);
      setAttempted(false);
      setMessage(navigator.onLine ? t('shifts.editor.savedHere') : t('shifts.savedOffline'));
      return true;
    } catch {
      setMessage(t('shifts.editor.couldNotStore'));
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function finish(status: ShiftForm['status']) {
    if (await save({ ...form, status })) route(SHIFTS_PATH);
  }

  async function choose(choice: ConflictChoice) {
    // Unsaved edits become part of "mine" first; nothing the user typed is dropped unasked.
    if (touched && !(await save(form))) return;
    await resolveShiftConflict(shiftId, choice);
    setTouched(false);
    setMessage(t('shifts.conflict.resolved'));
    onReload();
  }

  async function discard() {
    await discardLocal(shiftId);
    route(SHIFTS_PATH);
  }

  const neverSaved = loaded.record === null || (loaded.record.serverVersion === null && entries.length === 0);
  const title = neverSaved
    ? t('shifts.editor.newHeading')
    : t('shifts.editor.heading', { date: formatDay(form.startsAt, locale) });
  // A planned shift that is over is here to be logged: the save bar says what "Klart" does.
  const toLog = form.status === 'planned' && new Date(form.endsAt).getTime() < Date.now();
  const categories = reference.categories;
  // People on the shift who have since left the unit stay on it, named as the server knows them.
  const former = (loaded.record?.base?.staff ?? [])
    .filter((person) => !reference.members.some((member) => member.id === person.id))
    .map((person) => ({ ...person, roles: [] }));
  const staffChoices = [...reference.members, ...former];

  return (
    <div class="shift-editor">
      <p class="breadcrumb">
        <a href={SHIFTS_PATH}>{t('shifts.editor.back')}</a>
      </p>
      <PageHeading title={title} />
      {conflict?.current && loaded.record && (
        <ConflictPanel
          base={loaded.record.base ? inputOf(loaded.record.base) : null}
          mine={conflict.doc}
          theirs={conflict.current}
          reference={reference}
          onChoose={choose}
        />
      )}
      {failed && !touched && <p class="alert alert-error">{t('shifts.editor.failed')}</p>}
      {loaded.serverNewer && !conflict && <p class="alert alert-info">{t('shifts.editor.serverNewer')}</p>}

      <DetailsSection form={form} members={staffChoices} issues={issues} onChange={change} />
      <PlacesSection
        form={form}
        unitId={unitId}
        areas={reference.areas}
        categories={categories}
        onChange={change}
      />
      <EncounterSection
        encounters={form.encounters}
        categories={categories}
        onChange={(encounters) => change({ encounters })}
      />
      <TopicSection topics={form.topics} categories={categories} onChange={(topics) => change({ topics })} />
      <PreventionSection form={form} categories={categories} onChange={change} />
      <ObservationSection
        form={form}
        areas={reference.areas}
        categories={categories}
        issues={issues}
        onChange={(observations) => change({ observations })}
      />
      <ActionSection
        actions={form.actions}
        reportPath={newConcernPath(unitId, shiftId)}
        categories={categories}
        issues={issues}
        onChange={(actions) => change({ actions })}
      />
      <div class="editor-section notes-section">
        <GuardedText
          label={t('shifts.editor.notes')}
          hint={t('shifts.editor.notesHint')}
          value={form.notes}
          maxLength={2000}
          multiline
          issue={issues.find((issue) => issue.path === 'notes')}
          onInput={(notes) => change({ notes })}
        />
      </div>

      <div class="editor-end actions">
        {form.status !== 'cancelled' && (
          <button type="button" class="button" disabled={busy} onClick={() => setConfirmCancel(true)}>
            {t('shifts.editor.cancelShift')}
          </button>
        )}
        {neverSaved && loaded.record !== null && (
          <button type="button" class="button button-quiet" onClick={() => void discard()}>
            {t('common.remove')}
          </button>
        )}
      </div>

      <SaveBar
        dirty={touched}
        sync={sync}
        everSaved={!neverSaved}
        online={online}
        message={message}
        hint={toLog ? t('shifts.editor.plannedToLog') : ''}
        busy={busy}
        onSave={() => void save(form)}
        onDone={() => void finish(statusWhenFinished(form))}
      />
      <ConfirmDialog
        open={confirmCancel}
        message={t('shifts.editor.confirmCancel')}
        confirmLabel={t('shifts.editor.confirmCancelButton')}
        danger
        onCancel={() => setConfirmCancel(false)}
        onConfirm={() => {
          setConfirmCancel(false);
          void finish('cancelled');
        }}
      />
    </div>
  );
}
