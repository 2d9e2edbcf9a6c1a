/**
 * Dates, times, durations and percentages for people, in a site's language, through its catalogue and Intl:
 * every localized format lives here (core/incident/time.ts only parses and computes instants and days). Pure.
 */
import { memoize } from '../base/memo.ts';
import type { Translator } from './translate.ts';

/** "2 h 15 min", "2 Std. 15 Min.", "2時間15分". */
export function formatDuration(ms: number, i18n: Translator): string {
  const { key, params } = durationMessage(ms);
  return i18n.t(key, params);
}

const percentFormat = memoize(
  (intl: string) =>
    new Intl.NumberFormat(intl, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }),
);

/** "99.95%", "99,95 %": two decimals, rounded down so a bad day never shows as 100%. */
export function formatPercent(percent: number, i18n: Translator): string {
  return percentFormat(i18n.intl).format(Math.floor(percent * 100) / 10_000);
}

type DurationKey =
  'duration.minutes' | 'duration.hours' | 'duration.hoursMinutes' | 'duration.days' | 'duration.daysHours';

/** A duration for people, as a catalogue message: "2 h 15 min", "3 days 4 h", "12 min". */
function durationMessage(ms: number): { key: DurationKey; params: Record<string, number> } {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return { key: 'duration.minutes', params: { minutes } };
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 48)
    return rest
      ? { key: 'duration.hoursMinutes', params: { hours, minutes: rest } }
      : { key: 'duration.hours', params: { hours } };
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  return restHours
    ? { key: 'duration.daysHours', params: { days, hours: restHours } }
    : { key: 'duration.days', params: { days } };
}

/**
 * "22 Nov 2026, 18:05 UTC" in the display zone, with the zone's short name, in a locale for
 * Intl ("22. Nov. 2026, 19:05 MEZ" in de-DE). English sites use en-GB: day first.
 */
const dateTimeFormat = memoize(
  (locale: string, timeZone: string) =>
    new Intl.DateTimeFormat(locale, {
      timeZone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    }),
);

export function formatDateTime(date: Date, timeZone: string, locale = 'en-GB'): string {
  return dateTimeFormat(locale, timeZone).format(date).replace(' at ', ', ');
}

const dayLabelFormat = memoize(
  (locale: string) =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }),
);

/** A calendar day (`YYYY-MM-DD`) for people: "22 Nov 2026", "22. Nov. 2026". */
export function formatDayLabel(day: string, locale = 'en-GB'): string {
  return dayLabelFormat(locale).format(utcDay(day));
}

/** A run of calendar days (`YYYY-MM-DD`, the earlier first) for people: "23 Nov – 6 Dec 2026". */
export function formatDayRange(from: string, to: string, locale = 'en-GB'): string {
  return dayLabelFormat(locale).formatRange(utcDay(from), utcDay(to));
}

/** A calendar day (`YYYY-MM-DD`) as its midnight in UTC, the zone the day labels are formatted in. */
function utcDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

const monthLabelFormat = memoize(
  (locale: string) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' }),
);

/** A month (`YYYY-MM`) for people: "November 2026". */
export function formatMonthLabel(month: string, locale = 'en-GB'): string {
  return monthLabel(month, locale);
}

/** Made once per month and locale: each page of history (the site's, each component's) names its months. */
const monthLabel = memoize((month: string, locale: string) => {
  const [y, m] = month.split('-').map(Number);
  return monthLabelFormat(locale).format(new Date(Date.UTC(y, m - 1, 1)));
}, 10_000);
