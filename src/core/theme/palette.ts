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
  const vars = (mode: ColorMode) =>
    Object.entries(STATUS_PALETTE)
      .map(([status, colors]) => `--${status}: ${colors[mode]};`)
      .join(' ');
  return `:root { ${vars('light')} }\n@media (prefers-color-scheme: dark) {\n  :root { ${vars('dark')} }\n}\n`;
}
