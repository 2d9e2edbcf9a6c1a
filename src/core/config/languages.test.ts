import { describe, expect, test } from 'vitest';
import type { Locale } from '../i18n/locales.ts';
import { checkLanguages, defaultLocale, siteLocales, stringOverrides } from './languages.ts';

describe("a site's languages", () => {
  test.each<[string, { locale?: Locale; locales?: Locale[] }, Locale, Locale[]]>([
    ['nothing: English', {}, 'en', ['en']],
    ['locale alone', { locale: 'de' }, 'de', ['de']],
    ['locales: the first is the default', { locales: ['fr', 'en'] }, 'fr', ['fr', 'en']],
    ['locale among locales comes first, once', { locale: 'en', locales: ['fr', 'en', 'ja'] }, 'en', ['en', 'fr', 'ja']],
  ])('%s', (_name, config, first, all) => {
    expect(defaultLocale(config)).toBe(first);
    expect(siteLocales(config)).toEqual(all);
  });

  test('overrides per language', () => {
    const strings = { de: { 'home.components': 'Dienste' } };
    expect(stringOverrides({ strings }, 'de')).toEqual({ 'home.components': 'Dienste' });
    expect(stringOverrides({ strings }, 'fr')).toEqual({});
  });
});

describe('rules across the language fields', () => {
  const issues = (config: Parameters<typeof checkLanguages>[0]) => {
    const found: { path: PropertyKey[]; message: string; example?: string; expected?: string }[] = [];
    checkLanguages(config, (issue) =>
      found.push({
        path: issue.path,
        message: issue.message,
        example: issue.params.example,
        expected: issue.params.expected,
      }),
    );
    return found;
  };

  test.each<
    [
      string,
      Parameters<typeof checkLanguages>[0],
      { path: PropertyKey[]; message: string; example?: string; expected?: string }[],
    ]
  >([
    [
      'all well',
      {
        locale: 'de',
        locales: ['en', 'de'],
        strings: { de: { 'home.components': 'Dienste', 'share.maintenanceStatus': 'Wartung: {statusInline}' } },
      },
      [],
    ],
    ['locale without locales is fine', { locale: 'fr', strings: {} }, []],
    [
      'a default outside locales',
      { locale: 'fr', locales: ['en', 'de'], strings: {} },
      [
        {
          path: ['locale'],
          message: '"fr" is not one of locales (en, de)',
          expected: 'the default language, one of locales',
          example: "locales: ['en', 'de', 'fr']",
        },
      ],
    ],
    [
      'a repeat, reported at the second',
      { locales: ['en', 'de', 'en'], strings: {} },
      [
        {
          path: ['locales', 2],
          message: '"en" is listed twice',
          expected: undefined,
          example: "locales: ['en', 'de']",
        },
      ],
    ],
    [
      'texts for a language the site does not have',
      { locales: ['en', 'de'], strings: { fr: { 'home.components': 'x' } } },
      [
        {
          path: ['strings', 'fr'],
          message: 'strings has texts for "fr", which is not a language of this site (en, de)',
          expected: 'one of: en, de',
          example: "strings: { en: { 'home.components': '…' } }",
        },
      ],
    ],
    [
      'an unknown key, near one',
      { strings: { en: { 'home.component': 'x' } } },
      [
        {
          path: ['strings', 'en', 'home.component'],
          message:
            'strings.en has "home.component", which is not a text of Outpost\'s; did you mean "home.components"?',
          expected: 'a key of the catalogue, src/core/i18n/en.ts',
          example: "strings: { en: { 'home.components': '…' } }",
        },
      ],
    ],
    [
      'an unknown key, near none',
      { strings: { en: { zzzzzzzzzzzzzzzz: 'x' } } },
      [
        {
          path: ['strings', 'en', 'zzzzzzzzzzzzzzzz'],
          message: 'strings.en has "zzzzzzzzzzzzzzzz", which is not a text of Outpost\'s',
          expected: 'a key of the catalogue, src/core/i18n/en.ts',
          example: "strings: { en: { 'home.components': '…' } }",
        },
      ],
    ],
    [
      'unbalanced braces',
      { strings: { en: { 'home.components': 'Dienste {' } } },
      [
        {
          path: ['strings', 'en', 'home.components'],
          message: 'the text of "home.components" has unbalanced braces',
          expected: 'parameters in {braces}, as in the catalogue',
          example: "'home.components': 'Components'",
        },
      ],
    ],
    [
      'a parameter the text does not get, where it gets none',
      { strings: { en: { 'home.components': 'Dienste {x} {y}' } } },
      [
        {
          path: ['strings', 'en', 'home.components'],
          message: 'the text of "home.components" uses {x}, {y}, which Outpost does not fill in',
          expected: 'no parameters',
          example: "'home.components': 'Components'",
        },
      ],
    ],
    [
      'a parameter of another text',
      { strings: { en: { 'share.label': '{status}: {titel}' } } },
      [
        {
          path: ['strings', 'en', 'share.label'],
          message: 'the text of "share.label" uses {titel}, which Outpost does not fill in',
          expected: 'only {status}, {title}',
          example: "'share.label': '[{status}] {title}'",
        },
      ],
    ],
    [
      'every problem, each text once',
      { locales: ['en'], strings: { en: { 'home.components': '{a}', 'share.label': '{b}' } } },
      [
        {
          path: ['strings', 'en', 'home.components'],
          message: 'the text of "home.components" uses {a}, which Outpost does not fill in',
          expected: 'no parameters',
          example: "'home.components': 'Components'",
        },
        {
          path: ['strings', 'en', 'share.label'],
          message: 'the text of "share.label" uses {b}, which Outpost does not fill in',
          expected: 'only {status}, {title}',
          example: "'share.label': '[{status}] {title}'",
        },
      ],
    ],
  ])('%s', (_name, config, expected) => {
    expect(issues(config)).toEqual(expected);
  });
});

test.each<[string, Parameters<typeof checkLanguages>[0], string]>([
  ['default outside locales', { locale: 'fr', locales: ['en'], strings: {} }, 'invalid-value whole'],
  ['repeat', { locales: ['en', 'en'], strings: {} }, 'invalid-value whole'],
  [
    'texts for another language: at the key',
    { strings: { fr: { 'home.components': 'x' } } },
    'invalid-value whole atKey',
  ],
  ['unknown key: at the key', { strings: { en: { nope: 'x' } } }, 'unknown-field whole atKey'],
  ['unbalanced braces', { strings: { en: { 'home.components': '}' } } }, 'invalid-value whole'],
  ['unknown parameter', { strings: { en: { 'home.components': '{x}' } } }, 'invalid-value whole'],
])('how the problem is reported: %s', (_name, config, flags) => {
  const found: string[] = [];
  checkLanguages(config, ({ params }) =>
    found.push([params.rule, params.whole && 'whole', params.atKey && 'atKey'].filter(Boolean).join(' ')),
  );
  expect(found).toEqual([flags]);
});
