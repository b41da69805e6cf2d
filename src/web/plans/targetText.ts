import { WEEKDAYS } from '../../shared/field-log';
import { PLAN_MEASURE_INFO } from '../../shared/plan-targets';
import type { Locale, Translate } from '../i18n/i18n';
import type { PlanTarget } from './api';

/** ISO weekdays 1–7 by their names in the indicator texts. */
export const WEEKDAY_KEYS = WEEKDAYS;

/** A number as the reader's language writes it (1 decimal at most: 57,1). */
export function formatValue(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 1 }).format(
    value,
  );
}

/** A value with its unit: "57,1 %", "12 timmar", "2 per månad". */
export function withUnit(target: PlanTarget, value: number, t: Translate, locale: Locale): string {
  const unit = t(`plans.units.${PLAN_MEASURE_INFO[target.measure].unit}`);
  return unit ? `${formatValue(value, locale)} ${unit}` : formatValue(value, locale);
}

/** What a target measures, in words: "Andel av arbetstiden: Samverkan". */
export function measureText(target: PlanTarget, t: Translate, areaName: (id: string) => string): string {
  const details = [
    target.timeUse && t(`fieldLog.timeUses.${target.timeUse}`),
    target.activityKind && t(`fieldLog.activityKinds.${target.activityKind}`),
    target.partner &&
      `${t('plans.partner').toLowerCase()} ${t(`fieldLog.activityPartners.${target.partner}`).toLowerCase()}`,
    target.weekdays
      ?.map((day) => t(`indicators.weekdays.${WEEKDAY_KEYS[day - 1] ?? 'monday'}`).toLowerCase())
      .join(', '),
    target.areaId && areaName(target.areaId),
  ].filter(Boolean);
  const measure = t(`plans.measures.${target.measure}`);
  return details.length > 0 ? `${measure}: ${details.join(', ')}` : measure;
}

/** The whole target: "Andel kontakter med flickor – minst 40 %". */
export function targetText(
  target: PlanTarget,
  t: Translate,
  locale: Locale,
  areaName: (id: string) => string,
) {
  return `${measureText(target, t, areaName)} – ${t(`plans.comparisons.${target.comparison}`)} ${withUnit(target, target.value, t, locale)}`;
}
