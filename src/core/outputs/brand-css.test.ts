import { expect, test } from 'vitest';
import { brandCss } from './brand-css.ts';

test('a site that configures nothing gets no extra CSS, so its stylesheet is unchanged', () => {
  expect(brandCss({ logo: false, links: false })).toBe('');
});

test('the accent colour sets links, focus rings and the header in both modes', () => {
  const css = brandCss({ accent: { light: '#0b5fff', dark: '#3d80ff' }, logo: false, links: false });
  expect(css).toContain(':root { --link: #0b5fff; --accent: #0b5fff; --accent-fg: #ffffff; }');
  expect(css).toContain(
    '@media (prefers-color-scheme: dark) {\n  :root { --link: #3d80ff; --accent: #3d80ff; --accent-fg: #121417; }\n}',
  );
  expect(css).toContain('.site-header { background: var(--accent); color: var(--accent-fg);');
});

test.each([
  [
    'logo',
    { logo: true, links: false },
    [
      '.site-name { display: inline-flex; align-items: center; gap: .6rem; }',
      '.site-logo img { display: block; height: 2rem; width: auto; }',
    ],
  ],
  [
    'links',
    { logo: false, links: true },
    ['.site-header nav { flex-wrap: wrap; }', '.site-links a + a::before { content: " · "; color: var(--muted); }'],
  ],
  [
    'languages',
    { logo: false, links: false, languages: true },
    [
      '.site-header .site-name { margin-right: auto; }',
      '.site-header .languages { display: flex; gap: .75rem; padding-left: 1rem; border-left: 1px solid var(--line); }',
      '.site-header .languages [aria-current] { font-weight: 600; text-decoration: none; }',
      '@media (max-width: 40rem) { .site-header .languages { border-left: 0; padding-left: 0; } }',
    ],
  ],
  ['no languages switcher on a site in one', { logo: false, links: false, languages: false }, []],
])('%s alone adds exactly its rules', (_name, brand, rules) => {
  expect(brandCss(brand)).toBe(rules.length ? `${rules.join('\n')}\n` : '');
});

test('everything at once: accent first, one rule per line', () => {
  const css = brandCss({ accent: { light: '#0b5fff', dark: '#3d80ff' }, logo: true, links: true, languages: true });
  expect(css.startsWith(':root { --link: #0b5fff;')).toBe(true);
  expect(
    css.endsWith('@media (max-width: 40rem) { .site-header .languages { border-left: 0; padding-left: 0; } }\n'),
  ).toBe(true);
  expect(
    css.split('\n').filter((line) => line.startsWith('.site-logo img') || line.startsWith('.site-links a')),
  ).toHaveLength(2);
});
