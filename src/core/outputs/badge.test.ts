import { expect, test } from 'vitest';
import { renderBadge } from './badge.ts';
import { escapeHtml } from '../base/html.ts';
import { STATUS_PALETTE } from '../theme/palette.ts';
import { translator } from '../i18n/translate.ts';

test.each([
  ['operational', 'operational', '#1a7f45'],
  ['under_maintenance', 'under maintenance', '#2459b3'],
  ['degraded_performance', 'degraded performance', '#8a5a00'],
  ['partial_outage', 'partial outage', '#b04a0f'],
  ['major_outage', 'major outage', '#b42318'],
] as const)('%s: "%s" in %s', (status, words, color) => {
  const svg = renderBadge('Acme', status, translator('en'));
  expect(STATUS_PALETTE[status].light).toBe(color);
  expect(svg).toContain(`<title>Acme: ${words}</title>`);
  expect(svg).toContain(`fill="${color}"`);
});

test('escapeHtml escapes the five characters', () => {
  expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
    '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
  );
});
