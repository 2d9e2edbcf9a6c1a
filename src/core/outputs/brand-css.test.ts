import { expect, test } from 'vitest';
import { brandCss } from './brand-css.ts';

test('a site that configures nothing gets no extra CSS, so its stylesheet is unchanged', () => {
  expect(brandCss({ logo: false, links: false })).toBe('');
});

test('the accent colour sets links, focus rings and the header in both modes', () => {
  const css = brandCss({ accent: { light: '#0b5fff', dark: '#3d80ff' }, logo: false, links: false });
  expect(css).toContain(':root { --link: #0b5fff; --accent: #0b5fff; --accent-fg: #ffffff; }');
  expect(css).toContain('@media (prefers-color-scheme: dark) {\n  :root { --link: #3d80ff; --accent: #3d80ff; --accent-fg: #121417; }\n}');
  expect(css).toContain('.site-header { background: var(--accent); color: var(--accent-fg);');
});
