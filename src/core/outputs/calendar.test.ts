import { expect, test } from 'vitest';
import { CALENDAR_PAST_DAYS, renderCalendar } from './calendar.ts';
import { dbUpgrade, searchReindex, shopSite, SHOP_INCIDENTS } from '../../tests/site-fixture.ts';
import { incident, update } from '../../tests/builders.ts';

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

test('maintenance windows, earliest first, with stable stamps', () => {
  expect(renderCalendar(shopSite(), '/status/maintenance.ics')).toMatchInlineSnapshot(`
    "BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//Outpost//status.example.com//EN
    URL:https://status.example.com/status/maintenance.ics
    NAME:Acme Status: maintenance
    X-WR-CALNAME:Acme Status: maintenance
    X-WR-CALDESC:Scheduled maintenance of Acme Status
    REFRESH-INTERVAL;VALUE=DURATION:PT1H
    X-PUBLISHED-TTL:PT1H
    BEGIN:VEVENT
    UID:search-reindex@status.example.com
    SEQUENCE:0
    DTSTAMP:20261121T100000Z
    DTSTART:20261122T190000Z
    DTEND:20261122T200000Z
    SUMMARY:Search reindex
    DESCRIPTION:Search results may be stale.\\n\\nAffected: Search\\n\\nhttps://st
     atus.example.com/status/incidents/search-reindex/
    URL;VALUE=URI:https://status.example.com/status/incidents/search-reindex/
    STATUS:CONFIRMED
    CREATED:20261121T100000Z
    LAST-MODIFIED:20261121T100000Z
    END:VEVENT
    BEGIN:VEVENT
    UID:db-upgrade@status.example.com
    SEQUENCE:0
    DTSTAMP:20261120T090000Z
    DTSTART:20261129T020000Z
    DTEND:20261129T030000Z
    SUMMARY:Database upgrade
    DESCRIPTION:Payments may pause for a minute.\\n\\nAffected: Payments\\n\\nhttp
     s://status.example.com/status/incidents/db-upgrade/
    URL;VALUE=URI:https://status.example.com/status/incidents/db-upgrade/
    STATUS:CONFIRMED
    CREATED:20261120T090000Z
    LAST-MODIFIED:20261120T090000Z
    END:VEVENT
    END:VCALENDAR"
  `);
});

test('a year of past windows is kept, older ones are left out; ties by slug', () => {
  expect(CALENDAR_PAST_DAYS).toBe(365);
  const window = (slug: string, start: string, end: string) =>
    incident(slug, {
      type: 'maintenance',
      scheduled: { start: new Date(start), end: new Date(end) },
      timeline: [update('scheduled', '2025-01-01T00:00Z')],
    });
  const now = new Date('2026-11-22T19:30Z');
  const kept = window('kept', '2025-11-22T18:00Z', '2025-11-22T19:30Z');
  const dropped = window('dropped', '2025-11-22T18:00Z', '2025-11-22T19:29Z');
  const twin = window('a-twin', '2025-11-22T18:00Z', '2025-11-22T20:00Z');
  const ics = unfold(renderCalendar(shopSite([kept, dropped, twin], now), '/status/maintenance.ics'));
  expect([...ics.matchAll(/^UID:(.*)$/gm)].map((m) => m[1].trim())).toEqual([
    'a-twin@status.example.com',
    'kept@status.example.com',
  ]);
});

test('no incidents, no notices: only maintenance', () => {
  const ics = renderCalendar(
    shopSite(SHOP_INCIDENTS.filter((i) => i !== dbUpgrade && i !== searchReindex)),
    '/status/maintenance.ics',
  );
  expect(ics).not.toContain('BEGIN:VEVENT');
  expect(ics).toContain('X-WR-CALNAME:Acme Status: maintenance');
});

test('a maintenance without components or updates still has a description and stamps', () => {
  const bare = incident('bare', {
    type: 'maintenance',
    scheduled: { start: new Date('2026-11-29T02:00Z'), end: new Date('2026-11-29T03:00Z') },
    timeline: [],
  });
  const ics = unfold(renderCalendar(shopSite([bare]), '/status/maintenance.ics'));
  expect(ics).toContain('DTSTAMP:20261129T020000Z');
  expect(ics).toContain('CREATED:20261129T020000Z');
  expect(ics).toContain('DESCRIPTION:https://status.example.com/status/incidents/bare/');
});
