import { describe, expect, test } from 'vitest';
import { contrastRatio } from '../theme/contrast.ts';
import { formatReport } from '../base/problems.ts';
import { parseSiteConfig } from '../checks/validate.ts';
import { AccentColorSchema, brandingFields, LinkSchema, LogoSchema } from './branding.ts';

const firstIssue = (result: {
  success: boolean;
  error?: { issues: { message: string; path: PropertyKey[]; params?: Record<string, unknown> }[] };
}) => {
  const issue = result.error?.issues[0];
  return (
    issue && {
      message: issue.message,
      path: issue.path,
      rule: issue.params?.rule,
      expected: issue.params?.expected,
      example: issue.params?.example,
    }
  );
};

describe('local files', () => {
  test.each([
    ['./public/logo.svg', undefined],
    ['public/logo.PNG', undefined],
    ['a.jpeg', undefined],
    ['a.webp', undefined],
    ['a.avif', undefined],
    ['a.gif', undefined],
    ['a.jpg', undefined],
    ['', 'too_small'],
    ['https://cdn.example/logo.svg', 'is not a local file: the site loads nothing from other origins'],
    ['//cdn.example/logo.svg', 'is not a local file: the site loads nothing from other origins'],
    ['data:image/svg+xml,<svg/>', 'is not a local file: the site loads nothing from other origins'],
    ['/srv/logo.svg', 'is an absolute path'],
    ['./logo.bmp', 'is not a svg, png, jpg, jpeg, webp, avif, gif file'],
    ['./logo', 'is not a svg, png, jpg, jpeg, webp, avif, gif file'],
  ])('logo %j', (src, problem) => {
    const result = LogoSchema.safeParse({ src, alt: 'Acme' });
    expect(result.success).toBe(problem === undefined);
    if (problem === 'too_small') expect(result.error!.issues[0].code).toBe('too_small');
    else if (problem)
      expect(firstIssue(result)).toMatchObject({
        message: problem,
        rule: 'not-local',
        example: "logo: { src: './public/logo.svg', alt: 'Acme' }",
      });
  });

  test('each problem names what is expected', () => {
    expect(firstIssue(LogoSchema.safeParse({ src: '/a.svg', alt: 'A' }))?.expected).toBe(
      'a path relative to the project root',
    );
    expect(firstIssue(LogoSchema.safeParse({ src: 'http://a/a.svg', alt: 'A' }))?.expected).toBe(
      'a path relative to the project root',
    );
    expect(firstIssue(LogoSchema.safeParse({ src: 'a.bmp', alt: 'A' }))?.expected).toBe(
      'a file ending in .svg, .png, .jpg, .jpeg, .webp, .avif, .gif',
    );
    expect(firstIssue(LogoSchema.safeParse({ src: 'a.svg', dark: 'b.bmp', alt: 'A' }))).toMatchObject({
      path: ['dark'],
      example: "logo: { src: './public/logo.svg', dark: './public/logo-dark.svg', alt: 'Acme' }",
    });
    expect(LogoSchema.safeParse({ src: 'a.svg', alt: '' }).success).toBe(false);
  });

  test.each([
    ['./styles/a.css', true],
    ['./styles/a.CSS', true],
    ['./styles/a.scss', false],
    ['https://cdn.example/a.css', false],
  ])('customCss %j', (file, ok) => {
    expect(brandingFields.customCss.safeParse([file]).success).toBe(ok);
  });

  test('defaults', () => {
    expect(brandingFields.customCss.parse(undefined)).toEqual([]);
    expect(brandingFields.links.parse(undefined)).toEqual([]);
    expect(brandingFields.logo.parse(undefined)).toBeUndefined();
    expect(brandingFields.accentColor.parse(undefined)).toBeUndefined();
  });
});

describe('the accent colour', () => {
  test.each([
    ['one colour: dark mode takes its nearest shade that reads', '#0B5FFF', { light: '#0b5fff', dark: '#3d80ff' }],
    ['short hex; black lightens for dark mode', '#000', { light: '#000000', dark: '#7e7e7e' }],
    ['a dark brown', '#6b4a00', { light: '#6b4a00', dark: '#b27b00' }],
    ['both given', { light: '#0b5cad', dark: '#7AB4FF' }, { light: '#0b5cad', dark: '#7ab4ff' }],
  ])('%s', (_name, input, expected) => {
    expect(AccentColorSchema.parse(input)).toEqual(expected);
  });

  test('the derived dark shade reads on both dark backgrounds', () => {
    const { dark } = AccentColorSchema.parse('#0b5fff');
    expect(contrastRatio(dark, '#121417')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(dark, '#1b1f24')).toBeGreaterThanOrEqual(4.5);
  });

  test.each([
    [
      'one colour too light',
      '#7ab4ff',
      [
        {
          path: [],
          message:
            'has a contrast of 2.01:1 against the light mode background (#f7f8fa); WCAG AA needs 4.5:1. The nearest shade that passes is #006af4',
          rule: 'low-contrast',
          expected: 'a colour with at least 4.5:1 against #ffffff and #f7f8fa in light mode',
          example: "accentColor: '#006af4'",
        },
      ],
    ],
    [
      'dark too dark',
      { light: '#0b5cad', dark: '#0b5fff' },
      [
        {
          path: ['dark'],
          message:
            'has a contrast of 3.22:1 against the dark mode background (#1b1f24); WCAG AA needs 4.5:1. The nearest shade that passes is #3d80ff',
          rule: 'low-contrast',
          expected: 'a colour with at least 4.5:1 against #121417 and #1b1f24 in dark mode',
          example: "accentColor: { light: '#0b5cad', dark: '#3d80ff' }",
        },
      ],
    ],
    [
      'light too light',
      { light: '#7ab4ff', dark: '#7ab4ff' },
      [
        {
          path: ['light'],
          message:
            'has a contrast of 2.01:1 against the light mode background (#f7f8fa); WCAG AA needs 4.5:1. The nearest shade that passes is #006af4',
          rule: 'low-contrast',
          expected: 'a colour with at least 4.5:1 against #ffffff and #f7f8fa in light mode',
          example: "accentColor: { light: '#006af4', dark: '#7ab4ff' }",
        },
      ],
    ],
    [
      'both wrong: both reported',
      { light: '#7ab4ff', dark: '#0b5fff' },
      [
        {
          path: ['light'],
          message:
            'has a contrast of 2.01:1 against the light mode background (#f7f8fa); WCAG AA needs 4.5:1. The nearest shade that passes is #006af4',
          rule: 'low-contrast',
          expected: 'a colour with at least 4.5:1 against #ffffff and #f7f8fa in light mode',
          example: "accentColor: { light: '#006af4', dark: '#0b5fff' }",
        },
        {
          path: ['dark'],
          message:
            'has a contrast of 3.22:1 against the dark mode background (#1b1f24); WCAG AA needs 4.5:1. The nearest shade that passes is #3d80ff',
          rule: 'low-contrast',
          expected: 'a colour with at least 4.5:1 against #121417 and #1b1f24 in dark mode',
          example: "accentColor: { light: '#7ab4ff', dark: '#3d80ff' }",
        },
      ],
    ],
    [
      'not a colour',
      'blue',
      [
        {
          path: [],
          message: 'is not a colour',
          rule: undefined,
          expected: 'a hex colour',
          example: "accentColor: '#0b5fff'",
        },
      ],
    ],
  ])('%s', (_name, input, expected) => {
    const result = AccentColorSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(
      result.error!.issues.map((issue) => ({
        path: issue.path,
        message: issue.message,
        rule: (issue as { params?: { rule?: string } }).params?.rule,
        expected: (issue as { params?: { expected?: string } }).params?.expected,
        example: (issue as { params?: { example?: string } }).params?.example,
      })),
    ).toEqual(expected);
  });

  test('a contrast of exactly 4.5:1 passes', () => {
    // #767676 on white is 4.54:1 and on #f7f8fa just under; #717171 passes on both.
    expect(AccentColorSchema.safeParse('#767676').success).toBe(false);
    expect(AccentColorSchema.safeParse('#717171').success).toBe(true);
  });
});

test.each([
  ['https://acme.com', true],
  ['HTTP://acme.com/x', true],
  ['mailto:support@acme.com', true],
  ['/incidents/', true],
  ['/', true],
  ['javascript:alert(1)', false],
  ['acme.com', false],
  ['https://', false],
  ['//evil.example/phish', false],
  ['/\\evil.example/phish', false],
  ['\\/evil.example/phish', false],
  ['\\\\evil.example/phish', false],
  ['/\t/evil.example/phish', false],
  ['/history/', true],
  ['/a//b', true],
])('link %j', (href, ok) => {
  expect(LinkSchema.safeParse({ label: 'x', href }).success).toBe(ok);
});

test('a protocol-relative link is not a path on the site: the error says so and shows both right forms', () => {
  const config = { name: 'X', url: 'https://x.example/', components: [{ id: 'a', name: 'A' }] };
  const links = [
    { label: 'Phish', href: '//evil.example/phish' },
    { label: 'Also', href: '/\\evil.example/phish' },
  ];
  expect(formatReport(parseSiteConfig({ ...config, links }, 'astro.config.mjs').problems)).toMatchInlineSnapshot(`
    "astro.config.mjs: error [config-invalid-value] links.0.href "//evil.example/phish" is protocol-relative: a browser reads it as an address on another host, not a path on this site
        expected: a path on this site starting with a single /, or the whole https:// address of another site
        example:  links: [{ label: 'History', href: '/history/' }, { label: 'Acme', href: 'https://acme.com/' }]
    astro.config.mjs: error [config-invalid-value] links.1.href "/\\evil.example/phish" is protocol-relative: a browser reads it as an address on another host, not a path on this site
        expected: a path on this site starting with a single /, or the whole https:// address of another site
        example:  links: [{ label: 'History', href: '/history/' }, { label: 'Acme', href: 'https://acme.com/' }]
    2 errors, 0 warnings"
  `);
});
