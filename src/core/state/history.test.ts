import { describe, expect, test } from 'vitest';
import { incident, update } from '../../tests/builders.ts';
import {
  groupByMonth,
  historyPages,
  incidentInterval,
  isArchivePage,
  joinQuietDays,
  recentDays,
  sortIncidentsNewestFirst,
} from './history.ts';

// Resolved just before midnight Berlin time: the day boundary is in the display zone, not UTC.
const lateNight = incident('late-night', {
  timeline: [update('investigating', '2026-11-20T22:30Z'), update('resolved', '2026-11-20T22:50Z')],
});
const overMidnight = incident('over-midnight', {
  timeline: [update('investigating', '2026-11-21T22:30Z'), update('resolved', '2026-11-22T00:30Z')],
});
const ongoing = incident('ongoing', { timeline: [update('investigating', '2026-11-22T09:00Z')] });

describe('recentDays', () => {
  const now = new Date('2026-11-22T12:00Z');
  test('days in Europe/Berlin: a 23:30 local incident belongs to its local day', () => {
    const days = recentDays([lateNight, overMidnight, ongoing], now, 'Europe/Berlin', 4);
    expect(days.map((day) => [day.day, day.incidents.map((i) => i.slug)])).toEqual([
      ['2026-11-22', ['ongoing', 'over-midnight']],
      ['2026-11-21', ['over-midnight']],
      ['2026-11-20', ['late-night']],
      ['2026-11-19', []],
    ]);
  });

  test('the same incidents in UTC', () => {
    const days = recentDays([lateNight, overMidnight, ongoing], now, 'UTC', 3);
    expect(days.map((day) => [day.day, day.incidents.map((i) => i.slug)])).toEqual([
      ['2026-11-22', ['ongoing', 'over-midnight']],
      ['2026-11-21', ['over-midnight']],
      ['2026-11-20', ['late-night']],
    ]);
  });

  test('in New York the Berlin-evening incidents fall on the afternoon before', () => {
    const days = recentDays([lateNight], new Date('2026-11-21T12:00Z'), 'America/New_York', 2);
    expect(days.map((day) => [day.day, day.incidents.length])).toEqual([
      ['2026-11-21', 0],
      ['2026-11-20', 1],
    ]);
  });

  test('an incident that has not started yet is not in any day', () => {
    expect(recentDays([ongoing], new Date('2026-11-22T08:00Z'), 'UTC', 1)[0].incidents).toEqual([]);
  });
});

describe('months and pages', () => {
  const many = Array.from({ length: 7 }, (_, i) =>
    incident(`i${i}`, {
      timeline: [
        update('investigating', `2026-${String(9 + Math.floor(i / 3)).padStart(2, '0')}-0${i + 1}T10:00Z`),
        update('resolved', `2026-${String(9 + Math.floor(i / 3)).padStart(2, '0')}-0${i + 1}T11:00Z`),
      ],
    }),
  );

  test('groupByMonth: newest month first, newest incident first', () => {
    expect(groupByMonth(many, 'UTC').map((month) => [month.month, month.incidents.map((i) => i.slug)])).toEqual([
      ['2026-11', ['i6']],
      ['2026-10', ['i5', 'i4', 'i3']],
      ['2026-09', ['i2', 'i1', 'i0']],
    ]);
  });

  test('a month boundary in the display zone', () => {
    const newYear = incident('ny', { timeline: [update('investigating', '2026-12-31T23:30Z')] });
    expect(groupByMonth([newYear], 'UTC')[0].month).toBe('2026-12');
    expect(groupByMonth([newYear], 'Europe/Berlin')[0].month).toBe('2027-01');
  });

  test('pages of 3, with the month repeated where a month spans pages', () => {
    const pages = historyPages(many, 'UTC', 3);
    expect(
      pages.map((page) => [page.page, page.pageCount, page.months.map((m) => `${m.month}:${m.incidents.length}`)]),
    ).toEqual([
      [1, 3, ['2026-11:1', '2026-10:2']],
      [2, 3, ['2026-10:1', '2026-09:2']],
      [3, 3, ['2026-09:1']],
    ]);
  });

  test('no incidents is one empty page', () => {
    expect(historyPages([], 'UTC', 25)).toEqual([{ page: 1, pageCount: 1, months: [] }]);
  });

  test('archive pages: past the first, every incident on them settled', () => {
    const now = new Date('2026-11-22T12:00Z');
    expect(historyPages(many, 'UTC', 3).map((page) => isArchivePage(page, now))).toEqual([false, true, true]);
    // The first page is never one, however old what it shows.
    expect(isArchivePage(historyPages(many, 'UTC', 7)[0], now)).toBe(false);
    // An incident still open on page 2, or one whose resolution is dated after the clock: page 2 is live.
    const open = incident('open', { timeline: [update('investigating', '2026-09-05T10:00Z')] });
    const early = incident('early', {
      timeline: [update('investigating', '2026-09-05T10:00Z'), update('resolved', '2026-11-22T12:30Z')],
    });
    for (const unsettled of [open, early]) {
      const pages = historyPages([...many, unsettled], 'UTC', 3);
      const holding = pages.findIndex((page) => page.months.some((month) => month.incidents.includes(unsettled)));
      expect(holding).toBeGreaterThan(0);
      expect(pages.map((page) => isArchivePage(page, now))).toEqual(
        pages.map((_, index) => index > 0 && index !== holding),
      );
    }
    // Once the clock passes the resolution, so does the page.
    const later = new Date('2026-11-22T13:00Z');
    expect(
      historyPages([...many, early], 'UTC', 3).every((page) => page.page === 1 || isArchivePage(page, later)),
    ).toBe(true);
    // Whether each incident is settled, as the caller worked it out (the site's state), decides as the clock would.
    const pages = historyPages([...many, early], 'UTC', 3);
    const settledNow = (incident: (typeof many)[number]) => incident !== early;
    expect(pages.map((page) => isArchivePage(page, now, settledNow))).toEqual(
      pages.map((page) => isArchivePage(page, now)),
    );
    expect(pages.map((page) => isArchivePage(page, now, () => true))).toEqual(pages.map((page) => page.page > 1));
  });
});

describe('order and days, at their edges', () => {
  test('newest first by start; the same start by slug, whatever the file order', () => {
    const at = (slug: string, iso: string) => incident(slug, { timeline: [update('investigating', iso)] });
    const list = [at('b', '2026-11-22T10:00Z'), at('c', '2026-11-23T10:00Z'), at('a', '2026-11-22T10:00Z')];
    expect(sortIncidentsNewestFirst(list).map((i) => i.slug)).toEqual(['c', 'a', 'b']);
    expect(sortIncidentsNewestFirst([...list].reverse()).map((i) => i.slug)).toEqual(['c', 'a', 'b']);
    expect(
      sortIncidentsNewestFirst([at('x', '2026-11-22T10:00Z'), at('x', '2026-11-22T10:00Z')]).map((i) => i.slug),
    ).toEqual(['x', 'x']);
    expect(list.map((i) => i.slug)).toEqual(['b', 'c', 'a']);
  });

  test('the interval runs to now while ongoing, to the end once resolved', () => {
    expect(incidentInterval(ongoing, new Date('2026-11-22T12:00Z'))).toEqual({
      start: new Date('2026-11-22T09:00Z'),
      end: new Date('2026-11-22T12:00Z'),
    });
    expect(incidentInterval(lateNight, new Date('2026-11-22T12:00Z'))).toEqual({
      start: new Date('2026-11-20T22:30Z'),
      end: new Date('2026-11-20T22:50Z'),
    });
  });

  test.each([
    // an incident from..to, and which of the days 21, 22, 23 Nov (UTC) it is on
    ['ends at midnight', '2026-11-21T22:00Z', '2026-11-22T00:00Z', ['2026-11-21']],
    ['starts at midnight', '2026-11-22T00:00Z', '2026-11-22T01:00Z', ['2026-11-22']],
    ['a moment over midnight', '2026-11-21T23:59Z', '2026-11-22T00:01Z', ['2026-11-22', '2026-11-21']],
    ['no time at all, at midnight', '2026-11-22T00:00Z', '2026-11-22T00:00Z', ['2026-11-22']],
    ['no time at all, at noon', '2026-11-22T12:00Z', '2026-11-22T12:00Z', ['2026-11-22']],
    ['over a whole day', '2026-11-21T12:00Z', '2026-11-23T12:00Z', ['2026-11-23', '2026-11-22', '2026-11-21']],
  ])('%s', (_name, from, to, days) => {
    const subject = incident('x', { timeline: [update('investigating', from), update('resolved', to)] });
    const recent = recentDays([subject], new Date('2026-11-23T23:00Z'), 'UTC', 3);
    expect(recent.map((day) => day.day)).toEqual(['2026-11-23', '2026-11-22', '2026-11-21']);
    expect(recent.filter((day) => day.incidents.length > 0).map((day) => day.day)).toEqual(days);
    expect(recent[0]).toMatchObject({ start: new Date('2026-11-23T00:00Z'), end: new Date('2026-11-24T00:00Z') });
  });

  test('an incident that begins exactly now is on today', () => {
    const now = new Date('2026-11-22T12:00Z');
    expect(
      recentDays([incident('n', { timeline: [update('investigating', '2026-11-22T12:00Z')] })], now, 'UTC', 1)[0]
        .incidents,
    ).toHaveLength(1);
    expect(
      recentDays([incident('n', { timeline: [update('investigating', '2026-11-22T12:00:01Z')] })], now, 'UTC', 1)[0]
        .incidents,
    ).toHaveLength(0);
    expect(recentDays([], now, 'UTC', 0)).toEqual([]);
  });

  test('months in the display zone, with the incidents of a month together', () => {
    const a = incident('a', { timeline: [update('investigating', '2026-10-31T23:30Z')] });
    const b = incident('b', { timeline: [update('investigating', '2026-11-01T10:00Z')] });
    const c = incident('c', { timeline: [update('investigating', '2026-10-15T10:00Z')] });
    expect(groupByMonth([a, b, c], 'UTC').map((m) => [m.month, m.incidents.map((i) => i.slug)])).toEqual([
      ['2026-11', ['b']],
      ['2026-10', ['a', 'c']],
    ]);
    expect(groupByMonth([a, b, c], 'Europe/Berlin').map((m) => [m.month, m.incidents.map((i) => i.slug)])).toEqual([
      ['2026-11', ['b', 'a']],
      ['2026-10', ['c']],
    ]);
    expect(groupByMonth([], 'UTC')).toEqual([]);
  });

  test.each([
    [1, 1, [[1, 1, 1]]],
    [25, 25, [[1, 1, 25]]],
    [
      26,
      25,
      [
        [1, 2, 25],
        [2, 2, 1],
      ],
    ],
    [
      50,
      25,
      [
        [1, 2, 25],
        [2, 2, 25],
      ],
    ],
    [
      3,
      1,
      [
        [1, 3, 1],
        [2, 3, 1],
        [3, 3, 1],
      ],
    ],
  ])('%i incidents in pages of %i', (count, size, expected) => {
    const list = Array.from({ length: count }, (_, i) =>
      incident(`i${i}`, {
        timeline: [update('investigating', new Date(Date.parse('2026-11-01T00:00Z') + i * 60_000).toISOString())],
      }),
    );
    expect(
      historyPages(list, 'UTC', size).map((page) => [
        page.page,
        page.pageCount,
        page.months.reduce((n, m) => n + m.incidents.length, 0),
      ]),
    ).toEqual(expected);
  });
});

describe('joinQuietDays', () => {
  // Open since 22 Nov in Berlin, one update on 26 Nov, still open on 6 Dec; another incident on 1 Dec.
  const long = incident('long', {
    timeline: [update('investigating', '2026-11-22T17:48Z'), update('identified', '2026-11-26T09:00Z')],
  });
  const brief = incident('brief', {
    timeline: [update('investigating', '2026-12-01T10:00Z'), update('resolved', '2026-12-01T11:00Z')],
  });
  const days = (now: Date, zone: string, count: number) =>
    joinQuietDays(recentDays([long, brief], now, zone, count), now).map((day) => [
      day.from ? `${day.from}…${day.day}` : day.day,
      day.incidents.map((i) => i.slug).join(' '),
    ]);

  test('days on which the same open incidents only went on are one entry; a day with an update or another incident is its own', () => {
    expect(days(new Date('2026-12-06T18:00Z'), 'UTC', 16)).toEqual([
      ['2026-12-02…2026-12-06', 'long'],
      ['2026-12-01', 'brief long'],
      ['2026-11-27…2026-11-30', 'long'],
      ['2026-11-26', 'long'],
      ['2026-11-23…2026-11-25', 'long'],
      ['2026-11-22', 'long'],
      ['2026-11-21', ''],
    ]);
  });

  test("the days are the display zone's: in Tokyo the update falls on 26 Nov too, the start on 23 Nov", () => {
    expect(days(new Date('2026-11-28T00:00Z'), 'Asia/Tokyo', 7).slice(0, 4)).toEqual([
      ['2026-11-27…2026-11-28', 'long'],
      ['2026-11-26', 'long'],
      ['2026-11-24…2026-11-25', 'long'],
      ['2026-11-23', 'long'],
    ]);
  });

  test('a resolution ends the run: the day an incident ended is its own, and quiet days without incidents stay apart', () => {
    const ended = incident('ended', {
      timeline: [update('investigating', '2026-11-20T10:00Z'), update('resolved', '2026-11-23T10:00Z')],
    });
    const now = new Date('2026-11-25T12:00Z');
    expect(
      joinQuietDays(recentDays([ended], now, 'UTC', 6), now).map((day) => [
        day.from ?? '',
        day.day,
        day.incidents.length,
      ]),
    ).toEqual([
      ['', '2026-11-25', 0],
      ['', '2026-11-24', 0],
      ['', '2026-11-23', 1],
      ['2026-11-21', '2026-11-22', 1],
      ['', '2026-11-20', 1],
    ]);
  });
});
