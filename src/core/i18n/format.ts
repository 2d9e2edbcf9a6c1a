/** Durations and percentages in a site's language, through its catalogue and Intl. Pure. */
import { durationMessage } from '../incident/time.ts';
import type { Translator } from './translate.ts';

/** "2 h 15 min", "2 Std. 15 Min.", "2時間15分". */
export function formatDuration(ms: number, i18n: Translator): string {
  const { key, params } = durationMessage(ms);
  return i18n.t(key, params);
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/** "99.95%", "99,95 %": two decimals, rounded down so a bad day never shows as 100%. */
export function formatPercent(percent: number, i18n: Translator): string {
  let format = percentFormats.get(i18n.intl);
  // Stryker disable next-line ConditionalExpression: a cache; a new format formats the same
  if (!format) percentFormats.set(i18n.intl, (format = new Intl.NumberFormat(i18n.intl, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 })));
  return format.format(Math.floor(percent * 100) / 10_000);
}
