import {
  ACTION_KINDS,
  DEPTHS,
  GENDERS,
  PARTNERS_PRESENT,
  PREVENTION_LEVELS,
  SEVERITIES,
  SHIFT_KINDS,
  SHIFT_STATUSES,
  TIME_USES,
} from '../../shared/field-log';
import { hasText, type Locale, type Translate } from '../i18n/i18n';
import { formatMinutes } from '../shifts/format';
import { dateTime } from './dates';
import type { Namer } from './namer';

type Record_ = Record<string, unknown>;

const isRecord = (value: unknown): value is Record_ => typeof value === 'object' && value !== null;
const isIn = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);
const str = (value: unknown) => (typeof value === 'string' ? value : '');
const num = (value: unknown) => (typeof value === 'number' ? value : 0);
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The label of a shift field in the change history, or the field's own name when unknown. */
export function fieldLabel(field: string, t: Translate): string {
  const key = `fieldLog.fields.${field}`;
  return hasText(key) ? t(key) : field;
}

type Context = { t: Translate; locale: Locale; name: Namer };

/**
 * A value from the change history as text: ids as names, codes as words, times in Swedish time.
 * The history stores whatever the field held, so every shape is checked before it is read.
 */
export function revisionValue(field: string, value: unknown, context: Context): string {
  const { t, name, locale } = context;
  const empty = t('manager.review.empty');
  if (value === null || value === undefined || value === '') return empty;
  if (Array.isArray(value) && value.length === 0) return empty;

  switch (field) {
    case 'status':
      return isIn(SHIFT_STATUSES, value) ? t(`fieldLog.statuses.${value}`) : String(value);
    case 'kind':
      return isIn(SHIFT_KINDS, value) ? t(`fieldLog.kinds.${value}`) : String(value);
    case 'timeUse':
      return isIn(TIME_USES, value) ? t(`fieldLog.timeUses.${value}`) : String(value);
    case 'preventionLevel':
      return isIn(PREVENTION_LEVELS, value) ? t(`fieldLog.preventionLevels.${value}`) : String(value);
    case 'partners':
      return list(value, (item) =>
        isIn(PARTNERS_PRESENT, item) ? t(`fieldLog.partners.${item}`) : String(item),
      );
    case 'staffIds':
      return list(value, (item) => name.person(str(item)));
    case 'staffMinutes':
      return tallies(
        value,
        (item) => `${name.person(str(item.userId))}: ${formatMinutes(num(item.minutes), locale)}`,
      );
    case 'timeSplit':
      return tallies(value, (item) => {
        const use = isIn(TIME_USES, item.timeUse) ? t(`fieldLog.timeUses.${item.timeUse}`) : '';
        return `${use}: ${formatMinutes(num(item.minutes), locale)}`;
      });
    case 'areaIds':
      return list(value, (item) => name.area(str(item)));
    case 'arenaIds':
    case 'riskFactorIds':
    case 'protectiveFactorIds':
      return list(value, (item) => name.category(str(item)));
    case 'encounters':
      return tallies(value, (item) => {
        const gender = isIn(GENDERS, item.gender) ? t(`fieldLog.genders.${item.gender}`) : '';
        const depth = isIn(DEPTHS, item.depth) ? t(`fieldLog.depths.${item.depth}`) : '';
        return `${gender}, ${name.category(str(item.ageBandId))}, ${depth.toLocaleLowerCase()}: ${num(item.count)}`;
      });
    case 'topics':
      return tallies(value, (item) => `${name.category(str(item.topicId))}: ${num(item.count)}`);
    case 'actions':
      return tallies(value, (item) => {
        const kind = isIn(ACTION_KINDS, item.kind) ? t(`fieldLog.actionKinds.${item.kind}`) : '';
        const what =
          typeof item.serviceId === 'string'
            ? t('manager.review.actionService', { kind, service: name.category(item.serviceId) })
            : kind;
        const gender = isIn(GENDERS, item.gender) ? t(`fieldLog.genders.${item.gender}`) : '';
        return `${what} (${gender}, ${name.category(str(item.ageBandId))}): ${num(item.count)}`;
      });
    case 'observations':
      return tallies(value, (item) => {
        const severity = isIn(SEVERITIES, item.severity) ? t(`fieldLog.severities.${item.severity}`) : '';
        return `${name.category(str(item.typeId))} (${severity.toLocaleLowerCase()})`;
      });
    default:
      return plain(value, context);
  }

  function list(items: unknown, format: (item: unknown) => string): string {
    return Array.isArray(items) ? items.map(format).join(', ') : plain(items, context);
  }

  function tallies(items: unknown, format: (item: Record_) => string): string {
    return Array.isArray(items) ? items.filter(isRecord).map(format).join('; ') : plain(items, context);
  }
}

/** Fields the history names that the page has no special words for. */
function plain(value: unknown, context: Context): string {
  const { locale, name } = context;
  if (typeof value === 'string') {
    if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return dateTime(value, locale);
    if (UUID.test(value)) return name.any(value) ?? value;
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isRecord(value) && typeof value.displayName === 'string') return value.displayName;
  if (Array.isArray(value)) return value.map((item) => plain(item, context)).join(', ');
  return JSON.stringify(value);
}
