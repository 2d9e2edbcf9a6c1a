import { describe, expect, test } from 'vitest';
import { incident, update } from '../../tests/builders.ts';
import { groupByMonth, historyPages, recentDays } from './history.ts';

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
    expect(days.map((day) => [day.day, day.incidents.length])).toEqual([['2026-11-21', 0], ['2026-11-20', 1]]);
  });

  test('an incident that has not started yet is not in any day', () => {
    expect(recentDays([ongoing], new Date('2026-11-22T08:00Z'), 'UTC', 1)[0].incidents).toEqual([]);
  });
});

describe('months and pages', () => {
  const many = Array.from({ length: 7 }, (_, i) =>
    incident(`i${i}`, { timeline: [update('investigating', `2026-${String(9 + Math.floor(i / 3)).padStart(2, '0')}-0${i + 1}T10:00Z`), update('resolved', `2026-${String(9 + Math.floor(i / 3)).padStart(2, '0')}-0${i + 1}T11:00Z`)] }),
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
    expect(pages.map((page) => [page.page, page.pageCount, page.months.map((m) => `${m.month}:${m.incidents.length}`)])).toEqual([
      [1, 3, ['2026-11:1', '2026-10:2']],
      [2, 3, ['2026-10:1', '2026-09:2']],
      [3, 3, ['2026-09:1']],
    ]);
  });

  test('no incidents is one empty page', () => {
    expect(historyPages([], 'UTC', 25)).toEqual([{ page: 1, pageCount: 1, months: [] }]);
  });
});
