import { describe, expect, test } from 'vitest';
import { controlCharacterMessage, describeCharacter, findControlCharacter, stringsIn, withoutControlCharacters } from './control-characters.ts';
import { formatReport } from './problems.ts';
import { parseSiteConfig } from './validate.ts';

describe('which characters are control characters', () => {
  test.each([
    ['plain text', 'Checkout fails', undefined],
    ['tab, line feed and carriage return are text', 'a\tb\nc\r\nd', undefined],
    ['letters of every script, an emoji (a surrogate pair), line and paragraph separators', 'Ünï 🚨 日本 \u2028\u2029 \u00a0\ufeff', undefined],
    ['U+FFFD, the replacement character, is text', 'caf\ufffd', undefined],
    ['a vertical tab, as a YAML escape leaves it', 'Checkout\u000b', { index: 8, char: '\u000b', count: 1 }],
    ['a pasted terminal colour code', '\u001b[31mError\u001b[0m', { index: 0, char: '\u001b', count: 2 }],
    ['null', 'a\u0000', { index: 1, char: '\u0000', count: 1 }],
    ['U+001F, the last C0 control', '\u001f', { index: 0, char: '\u001f', count: 1 }],
    ['delete', 'x\u007f', { index: 1, char: '\u007f', count: 1 }],
    ['U+0080, the first C1 control', '\u0080', { index: 0, char: '\u0080', count: 1 }],
    ['next line, a C1 control', 'one\u0085two', { index: 3, char: '\u0085', count: 1 }],
    ['U+009F, the last C1 control', '\u009f', { index: 0, char: '\u009f', count: 1 }],
    ['U+FFFE and U+FFFF, which XML forbids', '\ufffe\uffff', { index: 0, char: '\ufffe', count: 2 }],
    ['a high surrogate alone', 'x\ud83d!', { index: 1, char: '\ud83d', count: 1 }],
    ['a high surrogate at the end', 'x\ud83d', { index: 1, char: '\ud83d', count: 1 }],
    ['a low surrogate alone', '\ude00x', { index: 0, char: '\ude00', count: 1 }],
    ['two high surrogates: neither has its pair', '\ud83d\ud83d', { index: 0, char: '\ud83d', count: 2 }],
  ])('%s', (_name, text, expected) => {
    expect(findControlCharacter(text)).toEqual(expected);
  });
});

describe('the text as it should be', () => {
  test.each([
    ['Checkout\u000b', 'Checkout'],
    ['\u001b[31mError\u001b[0m: payment failed', 'Error: payment failed'],
    ['\u001b[1;38;5;196mbold red\u001b[m', 'bold red'],
    ['a lone \u001b escape', 'a lone  escape'],
    ['a\u0000b\u0085c\ud800d', 'abcd'],
    ['tabs\tand\nlines stay 🚨', 'tabs\tand\nlines stay 🚨'],
  ])('%j', (text, fixed) => {
    expect(withoutControlCharacters(text)).toBe(fixed);
    expect(findControlCharacter(fixed)).toBeUndefined();
  });
});

describe('the message names the character, how it was written and how many there are', () => {
  test.each([
    ['\u000b', 'U+000B (vertical tab)'],
    ['\u001b', 'U+001B (escape)'],
    ['\u0000', 'U+0000 (null)'],
    ['\u0001', 'U+0001'],
    ['\u007f', 'U+007F (delete)'],
    ['\u0085', 'U+0085 (next line)'],
    ['\u009b', 'U+009B'],
    ['\uffff', 'U+FFFF (a noncharacter)'],
    ['\ufffe', 'U+FFFE (a noncharacter)'],
    ['\ud800', 'U+D800 (half of a surrogate pair, alone: not a character)'],
    ['\udfff', 'U+DFFF (half of a surrogate pair, alone: not a character)'],
  ])('%j is %s', (char, described) => {
    expect(describeCharacter(char)).toBe(described);
  });

  test('one character, written as itself', () => {
    const text = 'Checkout\u000b';
    expect(controlCharacterMessage('title', findControlCharacter(text)!, text)).toBe(
      "title contains the control character U+000B (vertical tab); feeds, pages and calendars can't carry it",
    );
  });

  test('written as an escape', () => {
    const text = 'Checkout\u000b';
    expect(controlCharacterMessage('title', findControlCharacter(text)!, text, '\\x0b')).toBe(
      "title contains the control character U+000B (vertical tab), written \\x0b; feeds, pages and calendars can't carry it",
    );
  });

  test('a terminal colour code, and the others after it', () => {
    const text = '\u001b[31mError\u001b[0m';
    expect(controlCharacterMessage('the message', findControlCharacter(text)!, text)).toBe(
      "the message contains the control character U+001B (escape), the start of a terminal colour code (and 1 more); feeds, pages and calendars can't carry it",
    );
  });

  test('an escape that starts no colour code is only an escape', () => {
    const text = 'a\u001bb';
    expect(controlCharacterMessage('name', findControlCharacter(text)!, text)).toBe(
      "name contains the control character U+001B (escape); feeds, pages and calendars can't carry it",
    );
  });
});

describe('every string of a plain value, with its path', () => {
  test('objects, arrays and strings, depth first; other values have no text', () => {
    expect(stringsIn({ name: 'A', components: [{ id: 'x', tags: ['t'] }, 3, null, true], strings: { de: { 'home.x': 'y' } } })).toEqual([
      { path: ['name'], text: 'A' },
      { path: ['components', 0, 'id'], text: 'x' },
      { path: ['components', 0, 'tags', 0], text: 't' },
      { path: ['strings', 'de', 'home.x'], text: 'y' },
    ]);
    expect(stringsIn('alone')).toEqual([{ path: [], text: 'alone' }]);
    expect(stringsIn(undefined)).toEqual([]);
  });

  test('a value that contains itself is walked once; one met twice in different places is walked in each', () => {
    const shared = { label: 'L' };
    const loop: Record<string, unknown> = { name: 'N', links: [shared, shared] };
    loop.self = loop;
    expect(stringsIn(loop)).toEqual([
      { path: ['name'], text: 'N' },
      { path: ['links', 0, 'label'], text: 'L' },
      { path: ['links', 1, 'label'], text: 'L' },
    ]);
  });
});

describe('control characters in the site config', () => {
  const valid = {
    name: 'Acme Status',
    url: 'https://status.example.com/',
    locales: ['en', 'de'],
    groups: [{ id: 'shop', name: 'Shop' }],
    components: [
      { id: 'checkout', name: 'Checkout', group: 'shop' },
      { id: 'api', name: 'API' },
    ],
  };

  test('every text field, at its dotted path in the order written, with the value as it should be', () => {
    const { config, problems } = parseSiteConfig(
      {
        ...valid,
        name: 'Acme\u001b[31m Status\u001b[0m',
        description: 'All \u0085systems',
        groups: [{ id: 'shop', name: 'Sh\u0000op', description: "Buyers' \u007fshop" }],
        components: [valid.components[0], { id: 'api', name: 'API', description: 'The\u000b API' }],
        links: [{ label: 'Support\ufffe', href: 'mailto:support@acme.com' }],
        logo: { src: './public/logo.svg', alt: 'Ac\ud800me' },
        strings: { de: { 'home.components': 'Dienste\u0007' } },
      },
      'astro.config.mjs',
    );
    expect(config).toBeUndefined();
    expect(formatReport(problems)).toBe(
      [
        "astro.config.mjs: error [config-control-character] name contains the control character U+001B (escape), the start of a terminal colour code (and 1 more); feeds, pages and calendars can't carry it",
        '    expected: the text without it: letters, punctuation, tabs and line breaks are fine',
        "    example:  name: 'Acme Status'",
        "astro.config.mjs: error [config-control-character] groups.0.name contains the control character U+0000 (null); feeds, pages and calendars can't carry it",
        '    expected: the text without it: letters, punctuation, tabs and line breaks are fine',
        "    example:  name: 'Shop'",
        "astro.config.mjs: error [config-control-character] groups.0.description contains the control character U+007F (delete); feeds, pages and calendars can't carry it",
        '    expected: the text without it: letters, punctuation, tabs and line breaks are fine',
        "    example:  description: 'Buyers\\' shop'",
        "astro.config.mjs: error [config-control-character] components.1.description contains the control character U+000B (vertical tab); feeds, pages and calendars can't carry it",
        '    expected: the text without it: letters, punctuation, tabs and line breaks are fine',
        "    example:  description: 'The API'",
        "astro.config.mjs: error [config-control-character] description contains the control character U+0085 (next line); feeds, pages and calendars can't carry it",
        '    expected: the text without it: letters, punctuation, tabs and line breaks are fine',
        "    example:  description: 'All systems'",
        "astro.config.mjs: error [config-control-character] links.0.label contains the control character U+FFFE (a noncharacter); feeds, pages and calendars can't carry it",
        '    expected: the text without it: letters, punctuation, tabs and line breaks are fine',
        "    example:  label: 'Support'",
        "astro.config.mjs: error [config-control-character] logo.alt contains the control character U+D800 (half of a surrogate pair, alone: not a character); feeds, pages and calendars can't carry it",
        '    expected: the text without it: letters, punctuation, tabs and line breaks are fine',
        "    example:  alt: 'Acme'",
        "astro.config.mjs: error [config-control-character] strings.de.home.components contains the control character U+0007 (bell); feeds, pages and calendars can't carry it",
        '    expected: the text without it: letters, punctuation, tabs and line breaks are fine',
        "    example:  'home.components': 'Dienste'",
        '8 errors, 0 warnings',
      ].join('\n'),
    );
  });

  test('reported with the config\'s other problems, in one run', () => {
    const { problems } = parseSiteConfig({ ...valid, name: 'Acme\u000b', timeZone: 'Europe/Berln' }, 'astro.config.mjs');
    expect(problems.map((problem) => `${problem.rule}: ${problem.message}`)).toEqual([
      'config-invalid-value: timeZone "Europe/Berln" is not a time zone; use an IANA name like "UTC" or "Europe/Berlin"',
      "config-control-character: name contains the control character U+000B (vertical tab); feeds, pages and calendars can't carry it",
    ]);
  });

  test('the same config without them is valid', () => {
    expect(parseSiteConfig(valid, 'astro.config.mjs').problems).toEqual([]);
  });
});
