import { useUser } from '../auth/session';
import { useT } from '../i18n/i18n';
import { editorPath, SHIFTS_PATH } from './access';
import { formatSpan } from './format';
import { type ListedShift, splitListing } from './listing';
import { NewShiftButtons } from './NewShiftButtons';
import './shifts.css';
import { wallClock } from './time';
import { useShiftListing } from './useShiftListing';

const SHOWN = 3;

/**
 * The field worker's evening from the home screen, one tap from each: the shifts of theirs that
 * are over and still need a log ("Logga passet", the latest first), tonight's planned ones, and
 * "Nytt pass" for one that was never planned.
 */
export function EveningPanel() {
  const { t, locale } = useT();
  const user = useUser();
  const { units, rows } = useShiftListing(user);
  const mine = (row: ListedShift) =>
    row.staffIds === null || row.staffIds.length === 0 || row.staffIds.includes(user.id);
  const { needsLog, planned } = splitListing(rows.filter(mine));
  const today = wallClock(new Date()).date;
  const tonight = planned.filter((row) => wallClock(row.startsAt).date <= today);
  const toLog = needsLog.slice(0, SHOWN);
  const more = needsLog.length - toLog.length;
  const item = (row: ListedShift) => {
    const when = formatSpan(row.startsAt, row.endsAt, locale);
    const what = [row.title ?? t(`fieldLog.kinds.${row.kind}`), row.staffNames.join(', ')]
      .filter(Boolean)
      .join(' · ');
    const action = row.needsLog ? t('shifts.home.logShift') : t('shifts.home.openShift');
    return (
      <li key={row.id} class={row.needsLog ? 'evening-shift evening-shift-to-log' : 'evening-shift'}>
        <p class="evening-when">{when}</p>
        <p class="evening-what">{what}</p>
        <a
          class={row.needsLog ? 'button button-primary button-big' : 'button button-big'}
          href={editorPath(row.unitId, row.id)}
          aria-label={`${action}: ${when}, ${what}`}
        >
          {action}
        </a>
      </li>
    );
  };

  return (
    <section class="evening-panel" aria-labelledby="home-evening">
      <h2 id="home-evening">{t('shifts.home.heading')}</h2>
      {toLog.length === 0 && tonight.length === 0 && <p class="muted">{t('shifts.home.nothingToLog')}</p>}
      {toLog.length > 0 && <ul class="evening-list">{toLog.map(item)}</ul>}
      {more > 0 && (
        <p>
          <a href={SHIFTS_PATH}>{t('shifts.home.more', { count: more })}</a>
        </p>
      )}
      {tonight.length > 0 && (
        <>
          <h3 id="home-tonight">{t('shifts.home.tonight')}</h3>
          <ul class="evening-list" aria-labelledby="home-tonight">
            {tonight.map(item)}
          </ul>
        </>
      )}
      <NewShiftButtons units={units} quiet={toLog.length > 0 || tonight.length > 0} />
    </section>
  );
}
