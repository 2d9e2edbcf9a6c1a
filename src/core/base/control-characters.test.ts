import { describe, expect, test } from 'vitest';
import {
  controlCharacterMessage,
  describeCharacter,
  findControlCharacter,
  findControlCharacterInMarkdown,
  stringsIn,
  withoutControlCharacters,
} from './control-characters.ts';
import { formatReport } from './problems.ts';
import { parseSiteConfig } from '../checks/validate.ts';

const CANT = "feeds, pages and calendars can't carry it";

describe('which characters are control characters', () => {
  test.each([
    ['plain text', 'Checkout fails', undefined],
    ['tab, line feed and carriage return are text', 'a\tb\nc\r\nd', undefined],
    ['letters of all scripts, an emoji (a pair), separators', 'Ünï 🚨 日本 \u2028\u2029 \u00a0\ufeff', undefined],
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

describe('in Markdown, a numeric character reference to a control character counts too', () => {
  test.each([
    ['no reference', 'a &amp; b &#65; &#x1F6A8; &#9;&#10;&#13;', undefined],
    ['decimal, without the ;', 'x &#5 y', { index: 2, char: '\u0005', count: 1, writtenAs: '&#5' }],
    ['hex, after a raw one', '\u0007 &#x1b;[31m', { index: 0, char: '\u0007', count: 2 }],
    ['hex first, then a raw one', '&#X9F; \u0007', { index: 0, char: '\u009f', count: 2, writtenAs: '&#X9F;' }],
    ['a surrogate', '&#xD800;', { index: 0, char: '\ud800', count: 1, writtenAs: '&#xD800;' }],
    ['beyond Unicode is no character at all', '&#x110000;', undefined],
  ])('%s', (_name, text, expected) => {
    expect(findControlCharacterInMarkdown(text)).toEqual(expected);
    expect(findControlCharacterInMarkdown(withoutControlCharacters(text))).toBeUndefined();
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
      `title contains the control character U+000B (vertical tab); ${CANT}`,
    );
  });

  test('written as an escape', () => {
    const text = 'Checkout\u000b';
    expect(controlCharacterMessage('title', findControlCharacter(text)!, text, '\\x0b')).toBe(
      `title contains the control character U+000B (vertical tab), written \\x0b; ${CANT}`,
    );
  });

  test('a terminal colour code, and the others after it', () => {
    const text = '\u001b[31mError\u001b[0m';
    expect(controlCharacterMessage('the message', findControlCharacter(text)!, text)).toBe(
      'the message contains the control character U+001B (escape), the start of a terminal colour code' +
        ` (and 1 more); ${CANT}`,
    );
  });

  test('an escape that starts no colour code is only an escape', () => {
    const text = 'a\u001bb';
    expect(controlCharacterMessage('name', findControlCharacter(text)!, text)).toBe(
      `name contains the control character U+001B (escape); ${CANT}`,
    );
  });
});

describe('every string of a plain value, with its path', () => {
  test('objects, arrays and strings, depth first; other values have no text', () => {
    const value = { name: 'A', components: [{ id: 'x', tags: ['t'] }, 3, null, true], strings: { de: { 'x.y': 'y' } } };
    expect(stringsIn(value)).toEqual([
      { path: ['name'], text: 'A' },
      { path: ['components', 0, 'id'], text: 'x' },
      { path: ['components', 0, 'tags', 0], text: 't' },
      { path: ['strings', 'de', 'x.y'], text: 'y' },
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
    const has = (path: string, character: string, example: string) => [
      `astro.config.mjs: error [config-control-character] ${path} contains the control character ${character}; ${CANT}`,
      '    expected: the text without it: letters, punctuation, tabs and line breaks are fine',
      `    example:  ${example}`,
    ];
    expect(formatReport(problems).split('\n')).toEqual([
      ...has('name', 'U+001B (escape), the start of a terminal colour code (and 1 more)', "name: 'Acme Status'"),
      ...has('groups.0.name', 'U+0000 (null)', "name: 'Shop'"),
      ...has('groups.0.description', 'U+007F (delete)', "description: 'Buyers\\' shop'"),
      ...has('components.1.description', 'U+000B (vertical tab)', "description: 'The API'"),
      ...has('description', 'U+0085 (next line)', "description: 'All systems'"),
      ...has('links.0.label', 'U+FFFE (a noncharacter)', "label: 'Support'"),
      ...has('logo.alt', 'U+D800 (half of a surrogate pair, alone: not a character)', "alt: 'Acme'"),
      ...has('strings.de.home.components', 'U+0007 (bell)', "'home.components': 'Dienste'"),
      '8 errors, 0 warnings',
    ]);
  });

  test("reported with the config's other problems, in one run", () => {
    const config = { ...valid, name: 'Acme\u000b', timeZone: 'Europe/Berln' };
    const { problems } = parseSiteConfig(config, 'astro.config.mjs');
    expect(problems.map((problem) => problem.rule)).toEqual(['config-invalid-value', 'config-control-character']);
    expect(problems[0].message).toMatch(/^timeZone "Europe\/Berln" is not a time zone/);
    expect(problems[1].message).toMatch(/^name contains the control character U\+000B \(vertical tab\);/);
  });

  test("a name is one line: a line break is allowed in descriptions but not in names (it would end the calendar's name)", () => {
    const config = {
      ...valid,
      name: '5Y\nQ',
      components: [{ id: 'api', name: 'The\r\nAPI' }],
      description: 'Two\nlines',
    };
    const { problems } = parseSiteConfig(config, 'astro.config.mjs');
    const because =
      "has a line break; a name is one line, since a line break would end the calendar's name and split the page title";
    expect(problems.map((problem) => [problem.rule, problem.message, problem.example])).toEqual([
      ['config-invalid-value', `name: ${because}`, "name: '5Y Q'"],
      ['config-invalid-value', `components.0.name: ${because}`, "name: 'The API'"],
    ]);
  });

  test('the same config without them is valid', () => {
    expect(parseSiteConfig(valid, 'astro.config.mjs').problems).toEqual([]);
  });
});
