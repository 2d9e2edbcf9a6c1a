import { describe, expect, test } from 'vitest';
import { addDays, dayKey, formatDateTime, formatDayLabel, formatMonthLabel, formatTimestamp, parseTimestamp, startOfDay, zoneOffsetMinutes } from './time.ts';
import { formatDuration } from '../i18n/format.ts';
import { translator } from '../i18n/translate.ts';

describe('parseTimestamp', () => {
  test.each([
    ['2026-11-22 18:05 UTC', '2026-11-22T18:05:00.000Z'],
    ['2026-11-22 18:05 utc', '2026-11-22T18:05:00.000Z'],
    ['2026-11-22T18:05Z', '2026-11-22T18:05:00.000Z'],
    ['2026-11-22T18:05:30Z', '2026-11-22T18:05:30.000Z'],
    ['2026-11-22T18:05:30.250Z', '2026-11-22T18:05:30.250Z'],
    ['2026-11-22 19:05 +01:00', '2026-11-22T18:05:00.000Z'],
    ['2026-11-22 19:05 +0100', '2026-11-22T18:05:00.000Z'],
    ['2026-11-22T13:05-05:00', '2026-11-22T18:05:00.000Z'],
    ['2026-11-22 18:05 GMT', '2026-11-22T18:05:00.000Z'],
    ['2026-11-23 00:30 +05:30', '2026-11-22T19:00:00.000Z'],
    ['  2026-11-22 18:05 UTC  ', '2026-11-22T18:05:00.000Z'],
    ['2026-11-22 8:05 UTC', '2026-11-22T08:05:00.000Z'],
  ])('%s → %s', (input, expected) => {
    const result = parseTimestamp(input);
    expect(result.ok && result.date.toISOString()).toBe(expected);
  });

  test.each([
    ['2026-11-22 18:05', 'no-zone'],
    ['2026-11-22T18:05', 'no-zone'],
    ['2026-11-22', 'no-zone'],
    ['2026-11-22T18:05:00', 'no-zone'],
    ['yesterday', 'invalid'],
    ['22/11/2026 18:05 UTC', 'invalid'],
    ['2026-11-22 18:05 CET', 'invalid'],
    ['2026-02-30 10:00 UTC', 'out-of-range'],
    ['2026-11-22 24:00 UTC', 'out-of-range'],
    ['2026-13-01 10:00 UTC', 'out-of-range'],
  ])('%s is refused (%s)', (input, reason) => {
    expect(parseTimestamp(input)).toEqual({ ok: false, reason });
  });
});

describe('days in a time zone', () => {
  test.each([
    // instant, zone, day
    ['2026-11-22T22:59:59Z', 'Europe/Berlin', '2026-11-22'],
    ['2026-11-22T23:00:00Z', 'Europe/Berlin', '2026-11-23'],
    ['2026-11-22T04:59:59Z', 'America/New_York', '2026-11-21'],
    ['2026-11-22T05:00:00Z', 'America/New_York', '2026-11-22'],
    ['2026-11-22T23:59:59Z', 'UTC', '2026-11-22'],
    ['2026-11-22T18:30:00Z', 'Asia/Kolkata', '2026-11-23'],
  ])('%s in %s is %s', (iso, zone, day) => {
    expect(dayKey(new Date(iso), zone)).toBe(day);
  });

  test.each([
    // DST days: Berlin springs forward on 2026-03-29 (23 h), falls back on 2026-10-25 (25 h)
    ['2026-03-29', 'Europe/Berlin', '2026-03-28T23:00:00.000Z', 23],
    ['2026-10-25', 'Europe/Berlin', '2026-10-24T22:00:00.000Z', 25],
    ['2026-11-22', 'Europe/Berlin', '2026-11-21T23:00:00.000Z', 24],
    ['2026-03-08', 'America/New_York', '2026-03-08T05:00:00.000Z', 23],
    ['2026-11-01', 'America/New_York', '2026-11-01T04:00:00.000Z', 25],
    ['2026-11-22', 'UTC', '2026-11-22T00:00:00.000Z', 24],
  ])('%s in %s starts at %s and lasts %i hours', (day, zone, start, hours) => {
    const begin = startOfDay(day, zone);
    const end = startOfDay(addDays(day, 1), zone);
    expect(begin.toISOString()).toBe(start);
    expect((end.getTime() - begin.getTime()) / 3_600_000).toBe(hours);
  });

  test('offsets', () => {
    expect(zoneOffsetMinutes(new Date('2026-07-01T12:00Z'), 'Europe/Berlin')).toBe(120);
    expect(zoneOffsetMinutes(new Date('2026-12-01T12:00Z'), 'Europe/Berlin')).toBe(60);
    expect(zoneOffsetMinutes(new Date('2026-12-01T12:00Z'), 'America/St_Johns')).toBe(-210);
  });

  test('addDays crosses months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});

test.each([
  [0, '0 min'],
  [59 * 60_000, '59 min'],
  [60 * 60_000, '1 h'],
  [135 * 60_000, '2 h 15 min'],
  [50 * 3_600_000, '2 days 2 h'],
  [72 * 3_600_000, '3 days'],
])('formatDuration(%i) is %s', (ms, text) => {
  expect(formatDuration(ms, translator('en'))).toBe(text);
});

test('formatTimestamp writes the canonical form', () => {
  expect(formatTimestamp(new Date('2026-11-22T18:05:59Z'))).toBe('2026-11-22 18:05 UTC');
});

test.each([
  ['en-GB', '22 Nov 2026', '22 Nov 2026, 19:05 CET', 'November 2026'],
  ['de-DE', '22. Nov. 2026', '22. Nov. 2026, 19:05 MEZ', 'November 2026'],
  ['fr-FR', '22 nov. 2026', '22 nov. 2026, 19:05 UTC+1', 'novembre 2026'],
  ['ja-JP', '2026年11月22日', '2026年11月22日 19:05 GMT+1', '2026年11月'],
])('dates in %s: %s, %s, %s', (locale, day, dateTime, month) => {
  expect(formatDayLabel('2026-11-22', locale)).toBe(day);
  expect(formatDateTime(new Date('2026-11-22T18:05Z'), 'Europe/Berlin', locale)).toBe(dateTime);
  expect(formatMonthLabel('2026-11', locale)).toBe(month);
});
