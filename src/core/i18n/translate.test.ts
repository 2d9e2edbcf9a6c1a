import { describe, expect, test } from 'vitest';
import { formatDuration, formatPercent } from './format.ts';
import { isLocale, LOCALE_CODES, LOCALES } from './locales.ts';
import { formatMessage, formatParts, messageParams, slot, translator } from './translate.ts';

describe('filling in a message', () => {
  test.each([
    ['plain text', 'no params', {}, 'no params'],
    ['text around a parameter', 'a {x} b', { x: 'X' }, 'a X b'],
    ['a parameter alone', '{x}', { x: 'X' }, 'X'],
    ['two in a row', '{x}{y}', { x: 'X', y: 'Y' }, 'XY'],
    ['spaces in a block', '{ x }', { x: 'X' }, 'X'],
    ['an empty string parameter', 'a{x}b', { x: '' }, 'ab'],
    ['a number, two decimals at most', '{n}', { n: 1.23456 }, '1.23'],
    ['exact form beats the rule', '{n, plural, =1 {exactly one} one {one} other {#}}', { n: 1 }, 'exactly one'],
    ['=N for another number', '{n, plural, =2 {a pair} other {# things}}', { n: 2 }, 'a pair'],
    ['the rule when no exact form', '{n, plural, =2 {a pair} one {# thing} other {# things}}', { n: 1 }, '1 thing'],
    ['other when the rule has no form', '{n, plural, one {# thing} other {# things}}', { n: 5 }, '5 things'],
    ['# formatted for the locale', '{n, plural, other {# things}}', { n: 12345 }, '12,345 things'],
    [
      'parameters inside a form',
      '{n, plural, one {# for {who}} other {# for {who}s}}',
      { n: 2, who: 'team' },
      '2 for teams',
    ],
    ['spaces around selectors', '{n, plural,   one   {one}   other   {many}  }', { n: 1 }, 'one'],
  ])('%s', (_name, template, params, expected) => {
    expect(formatMessage(template, params, 'en-GB')).toBe(expected);
  });

  test.each([
    ['unbalanced }', 'a } b', {}, 'unbalanced "}" in "a } b"'],
    ['unbalanced {', 'a { b', {}, 'unbalanced "{" in "a { b"'],
    ['a missing parameter', '{x}', {}, 'the message "{x}" needs the parameter "x"'],
    [
      'a plural of a string',
      '{n, plural, other {#}}',
      { n: 'one' },
      'the parameter "n" of "{n, plural, other {#}}" must be a number',
    ],
    ['no other form', '{n, plural, one {#}}', { n: 2 }, 'no "other" form in "{n, plural, one {#}}"'],
    ['a slot in t()', 'see {link}', { link: slot('link') }, 'the slot "link" of "see {link}" needs parts(), not t()'],
  ])('%s is a programming error', (_name, template, params, message) => {
    expect(() => formatMessage(template, params as never, 'en-GB')).toThrow(message);
  });

  test.each([
    ['a slot between texts', 'see {link} now', { link: slot('link') }, ['see ', { slot: 'link' }, ' now']],
    [
      'a slot at the start, texts merged after it',
      '{t}: {n} x',
      { t: slot('time'), n: 3 },
      [{ slot: 'time' }, ': 3 x'],
    ],
    ['two slots side by side', '{a}{b}', { a: slot('a'), b: slot('b') }, [{ slot: 'a' }, { slot: 'b' }]],
    ['empty pieces leave no empty parts', '{a}{x}', { a: slot('a'), x: '' }, [{ slot: 'a' }]],
    [
      'a slot inside a plural form',
      '{n, plural, other {# by {who}}}',
      { n: 2, who: slot('who') },
      ['2 by ', { slot: 'who' }],
    ],
  ])('in parts: %s', (_name, template, params, expected) => {
    expect(formatParts(template, params, 'en-GB')).toEqual(expected);
  });

  test.each([
    ['none', 'plain', []],
    ['sorted, once each', '{b} {a} {b}', ['a', 'b']],
    ['plural and the parameters in its forms', '{n, plural, one {# {x}} other {# {y} {x}}} {a}', ['a', 'n', 'x', 'y']],
  ])('the parameters of a message: %s', (_name, template, expected) => {
    expect(messageParams(template)).toEqual(expected);
  });
});

describe('a translator', () => {
  test.each(LOCALE_CODES.map((code) => [code]))('%s: its language, Intl locale and list separator', (code) => {
    const i18n = translator(code);
    expect(i18n.locale).toBe(code);
    expect(i18n.lang).toBe(LOCALES[code].lang);
    expect(i18n.intl).toBe(LOCALES[code].intl);
    expect(i18n.list(['a', 'b', 'c'])).toBe(['a', 'b', 'c'].join(LOCALES[code].catalogue['list.separator']));
    expect(i18n.list([])).toBe('');
  });

  test('overrides replace the catalogue in t(), parts() and list()', () => {
    const i18n = translator('en', { 'list.separator': ' + ', 'share.label': '{title} ({status})' });
    expect(i18n.list(['a', 'b'])).toBe('a + b');
    expect(i18n.t('share.label', { title: 'T', status: 'S' })).toBe('T (S)');
    expect(i18n.parts('share.label', { title: slot('t'), status: 'S' })).toEqual([{ slot: 't' }, ' (S)']);
    expect(translator('en').t('home.components')).toBe('Components');
  });

  test.each([
    ['en', true],
    ['pt-BR', true],
    ['pt-br', false],
    ['toString', false],
    ['', false],
  ])('isLocale(%j) is %s', (code, expected) => {
    expect(isLocale(code)).toBe(expected);
  });

  test('the languages and their folders', () => {
    expect(LOCALE_CODES).toEqual(['en', 'de', 'fr', 'es', 'pt-BR', 'ja']);
    expect(Object.values(LOCALES).map(({ intl, lang, path }) => [intl, lang, path])).toEqual([
      ['en-GB', 'en', 'en'],
      ['de-DE', 'de', 'de'],
      ['fr-FR', 'fr', 'fr'],
      ['es-ES', 'es', 'es'],
      ['pt-BR', 'pt-BR', 'pt-br'],
      ['ja-JP', 'ja', 'ja'],
    ]);
  });
});

describe('numbers in a language', () => {
  test.each([
    [100, 'en', '100.00%'],
    [99.999, 'en', '99.99%'],
    [99.95, 'de', '99,95 %'],
    [0, 'fr', '0,00 %'],
  ] as const)('%s%% in %s is %s', (percent, code, expected) => {
    expect(formatPercent(percent, translator(code)).replace(/\u00a0|\u202f/g, ' ')).toBe(expected);
  });

  test('durations come from the catalogue', () => {
    expect(formatDuration(2 * 3_600_000 + 15 * 60_000, translator('en'))).toBe('2 h 15 min');
  });
});
