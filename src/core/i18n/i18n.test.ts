import { describe, expect, test } from 'vitest';
import { en, type MessageKey } from './en.ts';
import { LOCALE_CODES, LOCALES } from './locales.ts';
import { formatMessage, messageParams, translator } from './translate.ts';
import { ALTERNATE_PARAMS } from '../config/languages.ts';

describe.each(LOCALE_CODES)('the %s catalogue', (locale) => {
  const catalogue = LOCALES[locale].catalogue as Record<string, string>;

  test('has every key of the English one, and no other', () => {
    const missing = Object.keys(en).filter((key) => !(key in catalogue));
    const extra = Object.keys(catalogue).filter((key) => !(key in en));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  test('every text is non-empty and uses the parameters the English one does', () => {
    const wrong: string[] = [];
    for (const key of Object.keys(en) as MessageKey[]) {
      const text = catalogue[key];
      if (!text?.trim()) {
        wrong.push(`${key}: empty`);
        continue;
      }
      const params = messageParams(text);
      // The same parameters as English, or (where a language writes it differently) one of the alternates.
      const expected = messageParams(en[key]);
      const alternates = ALTERNATE_PARAMS[key]?.map((name) => [name]) ?? [];
      if (![expected, ...alternates].some((set) => JSON.stringify(set) === JSON.stringify(params)))
        wrong.push(`${key}: {${params.join('}, {')}} instead of {${expected.join('}, {')}}`);
    }
    expect(wrong).toEqual([]);
  });

  test('every text formats', () => {
    const i18n = translator(locale);
    const params = { count: 2, minutes: 5, hours: 3, days: 2, page: 2 };
    for (const key of Object.keys(en) as MessageKey[]) {
      const names = messageParams(catalogue[key]);
      const values = Object.fromEntries(
        names.map((name) => [name, (params as Record<string, number>)[name] ?? `<${name}>`]),
      );
      expect(() => i18n.t(key, values), key).not.toThrow();
    }
  });

  if (locale !== 'en') {
    test('is translated, not copied: most texts differ from English', () => {
      const same = Object.keys(en).filter(
        (key) => catalogue[key] === en[key as MessageKey] && !/\{/.test(en[key as MessageKey]),
      );
      // Names of formats and a few words (Status, Atom, RSS, API) may be the same in both.
      expect(same.length).toBeLessThan(Object.keys(en).length / 10);
    });
  }
});

describe('formatMessage', () => {
  test.each([
    ['{count, plural, one {# incident} other {# incidents}}', { count: 1 }, 'en-GB', '1 incident'],
    ['{count, plural, one {# incident} other {# incidents}}', { count: 0 }, 'en-GB', '0 incidents'],
    ['{count, plural, =0 {none} one {# incident} other {# incidents}}', { count: 0 }, 'en-GB', 'none'],
    [
      '{count, plural, one {# Störung} other {# Störungen}} bei {name}',
      { count: 3, name: 'Kasse' },
      'de-DE',
      '3 Störungen bei Kasse',
    ],
    ['{minutes} min', { minutes: 12500 }, 'de-DE', '12.500 min'],
    ['{minutes} min', { minutes: 1440 }, 'en-GB', '1440 min'],
  ])('%s with %o in %s is %s', (template, params, intl, expected) => {
    expect(formatMessage(template, params, intl)).toBe(expected);
  });

  test('a missing parameter is a programming error, not a silent gap', () => {
    expect(() => formatMessage('Hello {name}', {}, 'en-GB')).toThrow('needs the parameter "name"');
  });

  test('config strings override the catalogue', () => {
    expect(translator('de', { 'home.components': 'Dienste' }).t('home.components')).toBe('Dienste');
  });
});
