import { expect, test } from 'vitest';
import { renderBadge } from './badge.ts';
import { escapeHtml } from './html.ts';

test.each([
  ['operational', 'operational', '#1f8a4c'],
  ['under_maintenance', 'under maintenance', '#2f6fcf'],
  ['degraded_performance', 'degraded performance', '#a86a00'],
  ['partial_outage', 'partial outage', '#c2410c'],
  ['major_outage', 'major outage', '#c62828'],
] as const)('%s: "%s" in %s', (status, words, color) => {
  const svg = renderBadge('Acme', status);
  expect(svg).toContain(`<title>Acme: ${words}</title>`);
  expect(svg).toContain(`fill="${color}"`);
});

test('escapeHtml escapes the five characters', () => {
  expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
});
