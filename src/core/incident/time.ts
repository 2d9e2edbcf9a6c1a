/**
 * Timestamps of the file format. Pure: no clock is read here; `now` always
 * comes from the caller.
 *
 * Accepted: `2026-11-22 18:05 UTC`, `2026-11-22T18:05Z`, `2026-11-22 19:05 +01:00`,
 * `2026-11-22T18:05:30.250+0100`, `2026-11-22 18:05 GMT`. A time without a
 * zone is refused, never guessed.
 */
import { memoize } from '../base/memo.ts';

export type TimestampResult = { ok: true; date: Date } | { ok: false; reason: 'no-zone' | 'invalid' | 'out-of-range' };

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

export const TIMESTAMP_EXAMPLE = '2026-11-22 18:05 UTC';
/** The forms a time may take, for examples in messages and the JSON Schema. */
export const TIMESTAMP_FORMS = ['2026-11-22 18:05 UTC', '2026-11-22T18:05Z', '2026-11-22 19:05 +01:00'] as const;

export function parseTimestamp(input: string): TimestampResult {
  const text = input.trim();
  const match = TIMESTAMP.exec(text);
  if (!match) {
    // A date alone, or a time with a zone name we don't accept, is still "no zone" if it looks like a time.
    if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$/.test(text)) return { ok: false, reason: 'no-zone' };
    return { ok: false, reason: 'invalid' };
  }
  const [, y, mo, d, h, mi, s, frac, zone] = match;
  if (!zone) return { ok: false, reason: 'no-zone' };
  const year = Number(y),
    month = Number(mo),
    day = Number(d),
    hour = Number(h),
    minute = Number(mi);
  const second = s ? Number(s) : 0;
  const millis = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
    return { ok: false, reason: 'out-of-range' };
  }
  let offsetMinutes = 0;
  if (/^[+-]/.test(zone)) {
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (oh > 18 || om > 59) return { ok: false, reason: 'out-of-range' };
    offsetMinutes = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
  return { ok: true, date: new Date(utc) };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The canonical way tooling writes a time: `2026-11-22 18:05 UTC`. */
export function formatTimestamp(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** A machine-readable instant for `<time datetime>`, feeds and the API. */
export function isoUtc(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}

const dayFormatter = memoize(
  (timeZone: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
);

/** Calendar day (`YYYY-MM-DD`) of an instant in a time zone. */
export function dayKey(date: Date, timeZone: string): string {
  return dayFormatter(timeZone).format(date);
}

/** The `YYYY-MM` month of an instant in a time zone. */
export function monthKey(date: Date, timeZone: string): string {
  return dayKey(date, timeZone).slice(0, 7);
}

/** The instant a calendar day starts in a time zone (handles DST days of 23 or 25 hours). */
export function startOfDay(day: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  // Start from UTC midnight and correct by the zone's offset at that moment, twice for DST edges.
  let guess = Date.UTC(y, m - 1, d);
  for (let i = 0; i < 3; i++) {
    const offset = zoneOffsetMinutes(new Date(guess), timeZone);
    const next = Date.UTC(y, m - 1, d) - offset * 60_000;
    // Stryker disable next-line ConditionalExpression,BlockStatement: once next equals guess it is a fixed point, and
    // further turns give the same; the break only saves work
    if (next === guess) break;
    guess = next;
  }
  return new Date(guess);
}

/** Adds whole calendar days to a `YYYY-MM-DD` key. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const offsetFormatter = memoize(
  (timeZone: string) =>
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }),
);

/** The zone's offset from UTC, in minutes, at an instant. */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    offsetFormatter(timeZone)
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
