/**
 * The stylesheet of what a site configures, served after Outpost's own as
 * `virtual:outpost/brand.css`: the accent colour, the logo, the links, the
 * language switcher.
 */
import { LINK_BACKGROUNDS, type ColorMode } from '../theme/palette.ts';

/**
 * The stylesheet of what a site configures, after Outpost's own: the accent colour on links, focus
 * rings and the header; the logo, the links, the language switcher. Empty without them, so a site
 * that configures none of them is unchanged.
 */
export function brandCss(brand: {
  accent?: Record<ColorMode, string>;
  logo: boolean;
  links: boolean;
  languages?: boolean;
}): string {
  const rules: string[] = [];
  if (brand.accent) {
    rules.push(
      `:root { --link: ${brand.accent.light}; --accent: ${brand.accent.light}; --accent-fg: #ffffff; }`,
      '@media (prefers-color-scheme: dark) {\n' +
        `  :root { --link: ${brand.accent.dark}; --accent: ${brand.accent.dark}; ` +
        `--accent-fg: ${LINK_BACKGROUNDS.dark[0]}; }\n}`,
      '.site-header { background: var(--accent); color: var(--accent-fg); border-bottom-color: var(--accent); }',
      '.site-header a, .site-header .site-name { color: inherit; }',
      '.site-header :focus-visible { outline-color: var(--accent-fg); }',
      'main.wrap { padding-top: 1.5rem; }',
      '@media print { .site-header { background: none; color: #000; } }',
    );
  }
  if (brand.logo)
    rules.push(
      '.site-name { display: inline-flex; align-items: center; gap: .6rem; }',
      '.site-logo img { display: block; height: 2rem; width: auto; }',
    );
  if (brand.links)
    rules.push(
      '.site-header nav { flex-wrap: wrap; }',
      '.site-links a + a::before { content: " · "; color: var(--muted); }',
    );
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
