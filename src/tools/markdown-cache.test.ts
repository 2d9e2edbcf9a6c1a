import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { renderMarkdownBoth } from '../core/markdown.ts';
import { FileMarkdownCache } from './markdown-cache.ts';

const root = mkdtempSync(join(tmpdir(), 'outpost-md-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const messages = ['**Checkout** works again.', 'Retry <script>alert(1)</script> in [a minute](https://example.com).', '- one\n- two'];

test('renders on worker threads exactly as on the main thread, and keeps it for the next build', async () => {
  const cache = new FileMarkdownCache(root);
  expect(await cache.prerender(messages, 0)).toBe(3);
  for (const markdown of messages) expect(cache.get(markdown)).toEqual(renderMarkdownBoth(markdown));
  expect(cache.hits).toBe(0);
  cache.save();

  const next = new FileMarkdownCache(root);
  expect(await next.prerender(messages, 0)).toBe(0);
  expect(next.get(messages[1])).toEqual(renderMarkdownBoth(messages[1]));
  expect(next.hits).toBe(1);
});
