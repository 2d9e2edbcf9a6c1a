/**
 * The status colours, in one place: the page's stylesheet (light and dark),
 * the favicon and the badges all take them from here. Each passes WCAG AA
 * (4.5:1) as text on the page's background and under the banner's text.
 */
import type { ComponentStatus } from '../incident/vocabulary.ts';

export type ColorMode = 'light' | 'dark';

/**
 * What links sit on in each mode: the page and the cards (site.css, --bg and --card). An accent
 * colour must reach AA on all of them; the header's text (white, or the dark page's colour) on the
 * accent then does too.
 */
export const LINK_BACKGROUNDS: Record<ColorMode, readonly string[]> = {
  light: ['#ffffff', '#f7f8fa'],
  dark: ['#121417', '#1b1f24'],
};

export const STATUS_PALETTE: Record<ComponentStatus, { light: string; dark: string }> = {
  operational: { light: '#1a7f45', dark: '#3fb96f' },
  under_maintenance: { light: '#2459b3', dark: '#6b9cf0' },
  degraded_performance: { light: '#8a5a00', dark: '#d9a23b' },
  partial_outage: { light: '#b04a0f', dark: '#ef8a4a' },
  major_outage: { light: '#b42318', dark: '#f0605d' },
};

/** The palette as CSS custom properties (`--operational` …), light by default and dark when the reader prefers it. */
export function paletteCss(): string {
  const vars = (mode: ColorMode) => Object.entries(STATUS_PALETTE).map(([status, colors]) => `--${status}: ${colors[mode]};`).join(' ');
  return `:root { ${vars('light')} }\n@media (prefers-color-scheme: dark) {\n  :root { ${vars('dark')} }\n}\n`;
}

/**
 * The stylesheet of what a site configures, after Outpost's own: the accent colour on links, focus
 * rings and the header; the logo, the links, the language switcher. Empty without them, so a site
 * that configures none of them is unchanged.
 */
export function brandCss(brand: { accent?: Record<ColorMode, string>; logo: boolean; links: boolean; languages?: boolean }): string {
  const rules: string[] = [];
  if (brand.accent) {
    rules.push(
      `:root { --link: ${brand.accent.light}; --accent: ${brand.accent.light}; --accent-fg: #ffffff; }`,
      `@media (prefers-color-scheme: dark) {\n  :root { --link: ${brand.accent.dark}; --accent: ${brand.accent.dark}; --accent-fg: ${LINK_BACKGROUNDS.dark[0]}; }\n}`,
      '.site-header { background: var(--accent); color: var(--accent-fg); border-bottom-color: var(--accent); }',
      '.site-header a, .site-header .site-name { color: inherit; }',
      '.site-header :focus-visible { outline-color: var(--accent-fg); }',
      'main.wrap { padding-top: 1.5rem; }',
      '@media print { .site-header { background: none; color: #000; } }',
    );
  }
  if (brand.logo) rules.push('.site-name { display: inline-flex; align-items: center; gap: .6rem; }', '.site-logo img { display: block; height: 2rem; width: auto; }');
  if (brand.links) rules.push('.site-header nav { flex-wrap: wrap; }', '.site-links a + a::before { content: " · "; color: var(--muted); }');
  if (brand.languages) {
    rules.push(
      '.site-header .site-name { margin-right: auto; }',
      '.site-header .languages { display: flex; gap: .75rem; padding-left: 1rem; border-left: 1px solid var(--line); }',
      '.site-header .languages [aria-current] { font-weight: 600; text-decoration: none; }',
      '@media (max-width: 40rem) { .site-header .languages { border-left: 0; padding-left: 0; } }',
    );
  }
  return rules.length > 0 ? `${rules.join('\n')}\n` : '';
}
