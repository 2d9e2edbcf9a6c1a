/**
 * Branding in the site config: a logo, an accent colour, links, custom CSS.
 * Files are local (paths relative to the project root): the site makes no
 * request to another origin. The accent colour must keep WCAG AA contrast
 * in light and dark mode; the error says which mode, the ratio and the
 * nearest shade that passes.
 */
import { z } from 'zod';
import type { IssueParams } from '../base/zod-issues.ts';
import {
  AA_TEXT,
  contrastRatio,
  formatRatio,
  isHexColor,
  nearestPassingShade,
  rgbToHex,
  hexToRgb,
} from '../theme/contrast.ts';
import { LINK_BACKGROUNDS, type ColorMode } from '../theme/palette.ts';

const LOGO_EXTENSIONS = ['svg', 'png', 'jpg', 'jpeg', 'webp', 'avif', 'gif'];

/** A path relative to the project root, never a URL: everything the site loads comes from its own origin. */
function localFile(extensions: readonly string[], example: string) {
  return z
    .string()
    .min(1)
    .superRefine((value, ctx) => {
      const issue = (message: string, expected: string) =>
        ctx.addIssue({
          code: 'custom',
          message,
          input: value,
          params: { rule: 'not-local', expected, example } satisfies IssueParams,
        });
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(value))
        issue('is not a local file: the site loads nothing from other origins', 'a path relative to the project root');
      else if (value.startsWith('/')) issue('is an absolute path', 'a path relative to the project root');
      else if (!extensions.includes(value.slice(value.lastIndexOf('.') + 1).toLowerCase()))
        issue(`is not a ${extensions.join(', ')} file`, `a file ending in .${extensions.join(', .')}`);
    });
}

export const LogoSchema = z.strictObject({
  /** The logo, a local image file relative to the project root. @example './public/logo.svg' */
  src: localFile(LOGO_EXTENSIONS, "logo: { src: './public/logo.svg', alt: 'Acme' }"),
  /** A version for dark mode, if the logo does not read on a dark background. @example './public/logo-dark.svg' */
  dark: localFile(
    LOGO_EXTENSIONS,
    "logo: { src: './public/logo.svg', dark: './public/logo-dark.svg', alt: 'Acme' }",
  ).optional(),
  /** What the logo shows, for screen readers. @example 'Acme' */
  alt: z.string().min(1),
});

const hexColor = z.string().refine(isHexColor, {
  message: 'is not a colour',
  params: { expected: 'a hex colour', example: "accentColor: '#0b5fff'" } satisfies IssueParams,
});

/**
 * The accent colour for links, focus rings and the header: one colour for light mode (the dark
 * mode shade is derived from it) or one per mode. Each must reach WCAG AA (4.5:1) on the page.
 */
export const AccentColorSchema = z
  .union([hexColor, z.strictObject({ light: hexColor, dark: hexColor })])
  .transform((value, ctx): Record<ColorMode, string> => {
    const given = typeof value === 'string' ? { light: value } : value;
    const light = rgbToHex(hexToRgb(given.light));
    const check = (mode: ColorMode, color: string, path: PropertyKey[]) => {
      const worst = LINK_BACKGROUNDS[mode].reduce((a, b) =>
        contrastRatio(color, a) <= contrastRatio(color, b) ? a : b,
      );
      const ratio = contrastRatio(color, worst);
      if (ratio >= AA_TEXT) return true;
      const shade = nearestPassingShade(color, worst);
      const example =
        typeof value === 'string'
          ? `accentColor: '${shade}'`
          : `accentColor: { light: '${mode === 'light' ? shade : value.light}', ` +
            `dark: '${mode === 'dark' ? shade : value.dark}' }`;
      ctx.issues.push({
        code: 'custom',
        input: color,
        path,
        message:
          `has a contrast of ${formatRatio(ratio)} against the ${mode} mode background (${worst}); ` +
          `WCAG AA needs ${AA_TEXT}:1. The nearest shade that passes is ${shade}`,
        params: {
          rule: 'low-contrast',
          expected:
            `a colour with at least ${AA_TEXT}:1 against ${LINK_BACKGROUNDS[mode].join(' and ')} ` + `in ${mode} mode`,
          example,
        } satisfies IssueParams,
      });
      return false;
    };
    const lightOk = check('light', light, typeof value === 'string' ? [] : ['light']);
    // Given one colour, dark mode takes its nearest shade that reads on the dark background.
    const dark =
      'dark' in given
        ? rgbToHex(hexToRgb(given.dark))
        : nearestPassingShade(
            light,
            LINK_BACKGROUNDS.dark.reduce((a, b) => (contrastRatio(light, a) <= contrastRatio(light, b) ? a : b)),
          );
    const darkOk = 'dark' in given ? check('dark', dark, ['dark']) : true;
    return lightOk && darkOk ? { light, dark } : z.NEVER;
  });

export const LinkSchema = z.strictObject({
  /** The link's text. @example 'Support' */
  label: z.string().min(1),
  /**
   * A web or mail address, or a path on this site: one `/`, then the path (`//host/…` and `/\host/…`
   * go to another host, as a browser reads them). @example 'https://acme.com'
   */
  href: z.string().superRefine((href, ctx) => {
    const issue = (message: string, expected: string, example: string) =>
      ctx.addIssue({ code: 'custom', message, input: href, params: { expected, example } satisfies IssueParams });
    // A browser reads `\` as `/` in a web address: `/\evil.example/` is the host evil.example.
    if (/^[/\\]{2}/.test(href)) {
      issue(
        'is protocol-relative: a browser reads it as an address on another host, not a path on this site',
        'a path on this site starting with a single /, or the whole https:// address of another site',
        "links: [{ label: 'History', href: '/history/' }, { label: 'Acme', href: 'https://acme.com/' }]",
      );
    } else if (!/^(?:https?:\/\/[^\s]+|mailto:[^\s]+|\/[^\s]*)$/i.test(href)) {
      const example = "links: [{ label: 'Support', href: 'mailto:support@acme.com' }]";
      issue('is not a link', 'an https:// or mailto: address, or a path starting with /', example);
    }
  }),
});

export const brandingFields = {
  /**
   * A logo in the header, next to the site's name. Local files only.
   * @example logo: { src: './public/logo.svg', dark: './public/logo-dark.svg', alt: 'Acme' }
   */
  logo: LogoSchema.optional(),
  /**
   * Links, focus rings and the header in your colour. One colour sets light mode and dark mode
   * takes its nearest shade that passes; `{ light, dark }` sets both. Refused below WCAG AA.
   * @example accentColor: '#0b5fff'
   */
  accentColor: AccentColorSchema.optional(),
  /**
   * Links in the header and the footer.
   * @example links: [{ label: 'Acme', href: 'https://acme.com' },
   *   { label: 'Support', href: 'mailto:support@acme.com' }]
   */
  links: z.array(LinkSchema).default([]),
  /**
   * Stylesheets added after Outpost's own, relative to the project root. The validator reads each
   * as the build does (a syntax error is an error at its line), follows every `@import`, and
   * refuses any address on another origin, in `url()`, `image-set()` or an `@import`.
   * @example customCss: ['./src/styles/status.css']
   */
  customCss: z.array(localFile(['css'], "customCss: ['./src/styles/status.css']")).default([]),
};
