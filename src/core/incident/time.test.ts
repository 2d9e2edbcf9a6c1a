import { describe, expect, test } from 'vitest';
import {
  addDays,
  dayKey,
  formatTimestamp,
  parseTimestamp,
  startOfDay,
  zoneOffsetMinutes,
  isoUtc,
  isValidTimeZone,
  monthKey,
} from './time.ts';
import { formatDateTime, formatDayLabel, formatDayRange, formatDuration, formatMonthLabel } from '../i18n/format.ts';
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

test.each([
  ['en-GB', '23 Nov – 6 Dec 2026', '23 – 25 Nov 2026'],
  ['de', '23. Nov. – 6. Dez. 2026', '23.–25. Nov. 2026'],
  ['ja-JP', '2026/11/23～2026/12/06', '2026/11/23～2026/11/25'],
])('a run of days in %s: %s, %s', (locale, months, month) => {
  const spaces = (text: string) => text.replace(/[\u2009\u202f]/g, ' ');
  expect(spaces(formatDayRange('2026-11-23', '2026-12-06', locale))).toBe(months);
  expect(spaces(formatDayRange('2026-11-23', '2026-11-25', locale))).toBe(month);
});

describe('every field at its first and last value', () => {
  test.each([
    // first and last month, day, hour, minute, second
    ['2026-01-01 00:00 UTC', '2026-01-01T00:00:00.000Z'],
    ['2026-01-15 12:00 UTC', '2026-01-15T12:00:00.000Z'],
    ['2026-12-31 23:59 UTC', '2026-12-31T23:59:00.000Z'],
    ['2026-12-31T23:59:59Z', '2026-12-31T23:59:59.000Z'],
    ['2026-11-30 23:00 UTC', '2026-11-30T23:00:00.000Z'],
    ['2026-02-28 10:00 UTC', '2026-02-28T10:00:00.000Z'],
    ['2028-02-29 10:00 UTC', '2028-02-29T10:00:00.000Z'],
    ['2026-04-30 10:00 UTC', '2026-04-30T10:00:00.000Z'],
    ['2026-11-22 00:00:00 UTC', '2026-11-22T00:00:00.000Z'],
    ['2026-11-22T18:05:00.999Z', '2026-11-22T18:05:00.999Z'],
    ['2026-11-22T18:05:00.5Z', '2026-11-22T18:05:00.500Z'],
    ['2026-11-22T18:05:00.123456789Z', '2026-11-22T18:05:00.123Z'],
    // offsets at their limits, and sub-hour offsets in both directions
    ['2026-11-22 18:05 +18:00', '2026-11-22T00:05:00.000Z'],
    ['2026-11-22 18:05 -18:00', '2026-11-23T12:05:00.000Z'],
    ['2026-11-22 18:05 +00:59', '2026-11-22T17:06:00.000Z'],
    ['2026-11-22 14:35 -03:30', '2026-11-22T18:05:00.000Z'],
    ['2026-11-22 19:05 +01', '2026-11-22T18:05:00.000Z'],
    ['2026-11-22 18:05 -00:00', '2026-11-22T18:05:00.000Z'],
    ['2026-11-22 18:05Z', '2026-11-22T18:05:00.000Z'],
    ['2026-11-22   18:05 UTC', '2026-11-22T18:05:00.000Z'],
  ])('%s → %s', (input, expected) => {
    const result = parseTimestamp(input);
    expect(result).toEqual({ ok: true, date: new Date(expected) });
  });

  test.each([
    // one past each field's last value (and one before its first) is refused, never rolled over
    ['2026-00-10 10:00 UTC'],
    ['2026-13-10 10:00 UTC'],
    ['2026-11-00 10:00 UTC'],
    ['2026-11-31 10:00 UTC'],
    ['2026-12-32 10:00 UTC'],
    ['2026-02-29 10:00 UTC'],
    ['2028-02-30 10:00 UTC'],
    ['2026-11-22 24:00 UTC'],
    ['2026-11-22 18:60 UTC'],
    ['2026-11-22T18:05:60Z'],
    ['2026-11-22 18:05 +19:00'],
    ['2026-11-22 18:05 +01:60'],
    ['2026-11-22 18:05 -19:00'],
  ])('%s is out of range', (input) => {
    expect(parseTimestamp(input)).toEqual({ ok: false, reason: 'out-of-range' });
  });

  test.each([
    ['', 'invalid'],
    ['2026-11-22 18:05 +1', 'invalid'],
    ['2026-11-22 18:5 UTC', 'invalid'],
    ['26-11-22 18:05 UTC', 'invalid'],
    ['2026-11-22T18:05:00.Z', 'invalid'],
    ['2026-11-22 18:05 UTC tomorrow', 'invalid'],
    ['2026-11-22 8:05', 'no-zone'],
    ['2026-11-22 18:05 ', 'no-zone'],
  ])('%j is refused (%s)', (input, reason) => {
    expect(parseTimestamp(input)).toEqual({ ok: false, reason });
  });
});

describe('midnight and DST in the display zone', () => {
  test.each([
    // last and first instant of a day, of a month and of a year, in zones on both sides of UTC
    ['2026-12-31T22:59:59.999Z', 'Europe/Berlin', '2026-12-31', '2026-12'],
    ['2026-12-31T23:00:00.000Z', 'Europe/Berlin', '2027-01-01', '2027-01'],
    ['2027-01-01T04:59:59.999Z', 'America/New_York', '2026-12-31', '2026-12'],
    ['2027-01-01T05:00:00.000Z', 'America/New_York', '2027-01-01', '2027-01'],
    ['2026-03-29T00:59:59Z', 'Europe/Berlin', '2026-03-29', '2026-03'],
    ['2026-03-29T01:00:00Z', 'Europe/Berlin', '2026-03-29', '2026-03'],
    ['2026-03-29T21:59:59Z', 'Europe/Berlin', '2026-03-29', '2026-03'],
    ['2026-03-29T22:00:00Z', 'Europe/Berlin', '2026-03-30', '2026-03'],
    ['2026-10-25T22:59:59Z', 'Europe/Berlin', '2026-10-25', '2026-10'],
    ['2026-10-25T23:00:00Z', 'Europe/Berlin', '2026-10-26', '2026-10'],
    ['2026-10-31T23:00:00Z', 'Europe/Berlin', '2026-11-01', '2026-11'],
    ['2026-11-22T13:59:59Z', 'Pacific/Kiritimati', '2026-11-23', '2026-11'],
  ])('%s in %s is %s (month %s)', (iso, zone, day, month) => {
    expect(dayKey(new Date(iso), zone)).toBe(day);
    expect(monthKey(new Date(iso), zone)).toBe(month);
  });

  test.each([
    // Southern hemisphere and half-hour zones: Sydney's DST ends 2026-04-05 (25 h) and starts 2026-10-04 (23 h)
    ['2026-04-05', 'Australia/Sydney', '2026-04-04T13:00:00.000Z', 25],
    ['2026-10-04', 'Australia/Sydney', '2026-10-03T14:00:00.000Z', 23],
    ['2026-11-22', 'Asia/Kolkata', '2026-11-21T18:30:00.000Z', 24],
    ['2026-11-01', 'America/St_Johns', '2026-11-01T02:30:00.000Z', 25],
    ['2027-01-01', 'Europe/Berlin', '2026-12-31T23:00:00.000Z', 24],
    ['2026-03-30', 'Europe/Berlin', '2026-03-29T22:00:00.000Z', 24],
    // Zones whose clocks skip midnight itself: the day begins at 01:00 (Havana 2026-03-08, Santiago 2026-09-06).
    ['2026-03-08', 'America/Havana', '2026-03-08T05:00:00.000Z', 23],
    ['2026-03-09', 'America/Havana', '2026-03-09T04:00:00.000Z', 24],
    ['2026-11-01', 'America/Havana', '2026-11-01T04:00:00.000Z', 25],
    ['2026-09-06', 'America/Santiago', '2026-09-06T04:00:00.000Z', 23],
  ])('%s in %s starts at %s and lasts %i hours', (day, zone, start, hours) => {
    const begin = startOfDay(day, zone);
    expect(begin.toISOString()).toBe(start);
    expect((startOfDay(addDays(day, 1), zone).getTime() - begin.getTime()) / 3_600_000).toBe(hours);
    expect(dayKey(begin, zone)).toBe(day);
    expect(dayKey(new Date(begin.getTime() - 1), zone)).toBe(addDays(day, -1));
  });

  test.each([
    ['2026-03-29T00:59:59Z', 'Europe/Berlin', 60],
    ['2026-03-29T01:00:00Z', 'Europe/Berlin', 120],
    ['2026-10-25T00:59:59Z', 'Europe/Berlin', 120],
    ['2026-10-25T01:00:00Z', 'Europe/Berlin', 60],
    ['2026-11-22T12:00:00.999Z', 'Asia/Kolkata', 330],
    ['2026-11-22T12:00:00Z', 'UTC', 0],
  ])('the offset at %s in %s is %i min', (iso, zone, minutes) => {
    expect(zoneOffsetMinutes(new Date(iso), zone)).toBe(minutes);
  });
});

test.each([
  ['UTC', true],
  ['Europe/Berlin', true],
  ['America/Argentina/Buenos_Aires', true],
  ['Mars/Olympus_Mons', false],
  ['CET+1', false],
])('isValidTimeZone(%j) is %s', (zone, valid) => {
  expect(isValidTimeZone(zone)).toBe(valid);
});

test.each([
  [-5 * 60_000, '0 min'],
  [29_999, '0 min'],
  [30_000, '1 min'],
  [119 * 60_000, '1 h 59 min'],
  [47 * 3_600_000 + 59 * 60_000, '47 h 59 min'],
  [48 * 3_600_000, '2 days'],
  [48 * 3_600_000 + 59 * 60_000, '2 days'],
  [49 * 3_600_000, '2 days 1 h'],
  [(24 * 9 + 23) * 3_600_000, '9 days 23 h'],
])('formatDuration(%i) is %s', (ms, text) => {
  expect(formatDuration(ms, translator('en'))).toBe(text);
});

test.each([
  [new Date('2026-01-01T00:00:00Z'), '2026-01-01 00:00 UTC', '2026-01-01T00:00:00Z'],
  [new Date('2026-12-31T23:59:59.999Z'), '2026-12-31 23:59 UTC', '2026-12-31T23:59:59.999Z'],
  [new Date('2026-11-22T18:05:30Z'), '2026-11-22 18:05 UTC', '2026-11-22T18:05:30Z'],
])('%s is written %s, and %s for machines', (date, text, iso) => {
  expect(formatTimestamp(date)).toBe(text);
  expect(isoUtc(date)).toBe(iso);
  expect(parseTimestamp(formatTimestamp(date))).toEqual({
    ok: true,
    date: new Date(Math.floor(date.getTime() / 60_000) * 60_000),
  });
});

test.each([
  ['2026-11-22T18:05Z', 'UTC', '22 Nov 2026, 18:05 UTC'],
  ['2026-11-22T23:30Z', 'Europe/Berlin', '23 Nov 2026, 00:30 CET'],
  ['2026-07-01T00:00Z', 'Europe/Berlin', '1 Jul 2026, 02:00 CEST'],
])('formatDateTime(%s, %s) is %s', (iso, zone, text) => {
  expect(formatDateTime(new Date(iso), zone)).toBe(text);
});

test.each([
  ['2026-01-01', 'January 2026', '1 Jan 2026'],
  ['2026-12-31', 'December 2026', '31 Dec 2026'],
])('labels of %s', (day, month, label) => {
  expect(formatDayLabel(day)).toBe(label);
  expect(formatMonthLabel(day.slice(0, 7))).toBe(month);
});
