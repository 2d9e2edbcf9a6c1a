import { TID } from '@atproto/common-web';
import { expect, test } from 'vitest';
import { blueskyRecordKey, retryAfterMs } from './senders.ts';

const NOW = Date.parse('2026-11-22T18:30:00Z');
const headers = (values: Record<string, string>) => (name: string) => values[name];

test.each<[string, Record<string, string>, number | undefined]>([
  ['Retry-After in seconds (Slack, Discord, Teams)', { 'retry-after': '30' }, 30_000],
  ['Retry-After with a fraction', { 'retry-after': '1.5' }, 1500],
  ['Retry-After as an HTTP date', { 'retry-after': 'Sun, 22 Nov 2026 18:32:00 GMT' }, 120_000],
  ['an HTTP date already past: now', { 'retry-after': 'Sun, 22 Nov 2026 18:00:00 GMT' }, 0],
  ['X-RateLimit-Reset as an ISO time (Mastodon)', { 'x-ratelimit-reset': '2026-11-22T18:35:00.000Z' }, 300_000],
  ['RateLimit-Reset in Unix seconds (Bluesky)', { 'ratelimit-reset': String(NOW / 1000 + 90) }, 90_000],
  ['Retry-After wins over a reset time', { 'retry-after': '5', 'x-ratelimit-reset': '2026-11-22T19:30:00Z' }, 5000],
  ['nothing usable', { 'retry-after': 'soon' }, undefined],
  ['nothing at all', {}, undefined],
])('how long a 429 asks to wait: %s', (_name, values, expected) => {
  expect(retryAfterMs(headers(values), NOW)).toBe(expected);
});

test('Bluesky record keys: a TID just before the update, the same for one delivery, another for another', () => {
  const at = new Date('2026-11-22T18:05:00Z');
  const key = blueskyRecordKey(TID, 'bluesky/checkout#2026-11-22T18:05:00Z', at);
  expect(TID.is(key)).toBe(true);
  expect(blueskyRecordKey(TID, 'bluesky/checkout#2026-11-22T18:05:00Z', at)).toBe(key);
  const micros = TID.fromStr(key).timestamp();
  expect(micros).toBeLessThanOrEqual(at.getTime() * 1000);
  expect(micros).toBeGreaterThan((at.getTime() - 60_000) * 1000);
  // Two updates of one minute (the second gets `-2`), and another channel: keys of their own.
  const others = [
    blueskyRecordKey(TID, 'bluesky/checkout#2026-11-22T18:05:00Z-2', at),
    blueskyRecordKey(TID, 'status/checkout#2026-11-22T18:05:00Z', at),
  ];
  expect(new Set([key, ...others]).size).toBe(3);
});
