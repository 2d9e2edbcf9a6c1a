/**
 * Dates, times, durations and percentages for people, in a site's language, through its catalogue and Intl:
 * every localized format lives here (core/incident/time.ts only parses and computes instants and days). Pure.
 */
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

type DurationKey = 'duration.minutes' | 'duration.hours' | 'duration.hoursMinutes' | 'duration.days' | 'duration.daysHours';

/** A duration for people, as a catalogue message: "2 h 15 min", "3 days 4 h", "12 min". */
function durationMessage(ms: number): { key: DurationKey; params: Record<string, number> } {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return { key: 'duration.minutes', params: { minutes } };
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 48) return rest ? { key: 'duration.hoursMinutes', params: { hours, minutes: rest } } : { key: 'duration.hours', params: { hours } };
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  return restHours ? { key: 'duration.daysHours', params: { days, hours: restHours } } : { key: 'duration.days', params: { days } };
}

/**
 * "22 Nov 2026, 18:05 UTC" in the display zone, with the zone's short name, in a locale for
 * Intl ("22. Nov. 2026, 19:05 MEZ" in de-DE). English sites use en-GB: day first.
 */
const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();

export function formatDateTime(date: Date, timeZone: string, locale = 'en-GB'): string {
  const key = `${locale}\n${timeZone}`;
  let formatter = dateTimeFormatters.get(key);
  // Stryker disable next-line ConditionalExpression: a cache of formatters: without it the same formatter is built again, with the same output
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short',
    });
    // Stryker disable next-line all: a cache of formatters: without it the same formatter is built again, with the same output
    dateTimeFormatters.set(key, formatter);
  }
  return formatter.format(date).replace(' at ', ', ');
}

const dayLabels = new Map<string, Intl.DateTimeFormat>();

/** A calendar day (`YYYY-MM-DD`) for people: "22 Nov 2026", "22. Nov. 2026". */
export function formatDayLabel(day: string, locale = 'en-GB'): string {
  let formatter = dayLabels.get(locale);
  if (!formatter) dayLabels.set(locale, (formatter = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' })));
  const [y, m, d] = day.split('-').map(Number);
  return formatter.format(new Date(Date.UTC(y, m - 1, d)));
}

const monthLabels = new Map<string, Intl.DateTimeFormat>();

/** A month (`YYYY-MM`) for people: "November 2026". */
export function formatMonthLabel(month: string, locale = 'en-GB'): string {
  let formatter = monthLabels.get(locale);
  if (!formatter) monthLabels.set(locale, (formatter = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' })));
  const [y, m] = month.split('-').map(Number);
  return formatter.format(new Date(Date.UTC(y, m - 1, 1)));
}
