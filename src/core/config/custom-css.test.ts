import { describe, expect, test } from 'vitest';
import { isOffOrigin, readStylesheet } from './custom-css.ts';

type Found = [kind: 'import' | 'url', url: string, line: number, column: number];

describe('the addresses of a stylesheet, as the parser reads them', () => {
  test.each<[string, string, Found[]]>([
    ['none', 'a { color: red; }', []],
    [
      '@import of a string, and with no space',
      '@import "a.css";\n@import"https://x.example/b.css";',
      [
        ['import', 'a.css', 1, 10],
        ['import', 'https://x.example/b.css', 2, 9],
      ],
    ],
    [
      '@import url() with a layer',
      '\n  @import url(//cdn.example/a.css) layer(base);',
      [['import', '//cdn.example/a.css', 2, 15]],
    ],
    [
      'url() quoted and not, on later lines',
      'a {}\nb { background: url("http://x.example/i.png") }\nc { background: url(d.png) }',
      [
        ['url', 'http://x.example/i.png', 2, 22],
        ['url', 'd.png', 3, 21],
      ],
    ],
    [
      'inside a comment it does not count, and lines stay right',
      '/* url(https://a.example/x)\n */ c { background: url(https://b.example/y) }',
      [['url', 'https://b.example/y', 2, 25]],
    ],
    [
      'an escaped address, decoded',
      'a { background: url(https\\3a //x.example/i.png) }',
      [['url', 'https://x.example/i.png', 1, 21]],
    ],
    [
      'image-set() strings and url()s, prefixed too',
      'a { background-image: image-set("a.png" 1x, url(b.png) 2x); }\n' +
        'b { background-image: -webkit-image-set("//x.example/c.png" 1x); }',
      [
        ['url', 'a.png', 1, 34],
        ['url', 'b.png', 1, 49],
        ['url', '//x.example/c.png', 2, 42],
      ],
    ],
    [
      'strings of address functions kept as tokens: a custom property, content, nested',
      'a {\n  --x: f(image-set("//x.example/a.png" 1x));\n' + '  content: image-set("b.png" 1x) "not an address";\n}',
      [
        ['url', '//x.example/a.png', 2, 21],
        ['url', 'b.png', 3, 23],
      ],
    ],
    [
      '@font-face sources; local() is no address',
      '@font-face { font-family: B; src: local(B), url(/fonts/b.woff2) format("woff2"); }',
      [['url', '/fonts/b.woff2', 1, 49]],
    ],
    [
      'cursor, filter, mask, border-image',
      'a { cursor: url(c.cur), auto; filter: url(f.svg#x); ' + 'mask-image: url(m.svg); border-image: url(b.png) 30; }',
      [
        ['url', 'c.cur', 1, 17],
        ['url', 'f.svg#x', 1, 43],
        ['url', 'm.svg', 1, 69],
        ['url', 'b.png', 1, 95],
      ],
    ],
  ])('%s', (_name, css, expected) => {
    const { syntaxErrors, references } = readStylesheet(css, 'brand.css');
    expect(syntaxErrors).toEqual([]);
    expect(references.map(({ kind, url, line, column }) => [kind, url, line, column])).toEqual(expected);
  });
});

describe("syntax errors, from either of the build's parsers, at their place", () => {
  const badUrl = 'an address with spaces, quotes or brackets in quotes: url("my image.png")';
  test.each([
    [
      'an unclosed block (PostCSS)',
      '.a { color: red; }\n.b { color: blue;',
      [{ line: 2, column: 1, message: 'Unclosed block (PostCSS)' }],
    ],
    [
      'a stray } (both parsers: one problem)',
      '.a { color: red; } }',
      [{ line: 1, column: 20, message: 'Unexpected } (PostCSS)' }],
    ],
    [
      'an empty selector (Lightning CSS)',
      '.a { color: red; }\n{ color: blue; }',
      [{ line: 2, column: 1, message: 'Invalid empty selector (Lightning CSS)' }],
    ],
    [
      'one of each on different lines',
      '.a { background: url(my image.png); }\n.b { color: blue;',
      [
        { line: 1, column: 18, message: 'Unexpected token BadUrl("my image.png") (Lightning CSS)', expected: badUrl },
        { line: 2, column: 1, message: 'Unclosed block (PostCSS)' },
      ],
    ],
  ])('%s', (_name, css, expected) => {
    expect(readStylesheet(css, 'brand.css').syntaxErrors).toEqual(expected);
  });

  test('the addresses of the rest are still read when Lightning CSS refuses a part', () => {
    const css = '.a { background: url(my image.png); }\n.b { background: url(https://x.example/b.png); }';
    const found = { kind: 'url', url: 'https://x.example/b.png', line: 2, column: 22 };
    expect(readStylesheet(css, 'brand.css').references).toEqual([found]);
  });
});

test.each([
  ['https://cdn.example/a.png', true],
  ['//cdn.example/a.png', true],
  ['/\\cdn.example/a.png', true],
  ['\\\\cdn.example/a.png', true],
  ['http://status.example.com/a.png', true], // another scheme is another origin
  ['javascript:alert(1)', true],
  ['https://status.example.com/fonts/a.woff2', false],
  ['https://STATUS.example.com:443/a.png', false],
  ['/fonts/a.woff2', false],
  ['../img/a.png', false],
  ['a.png', false],
  ['#filter', false],
  ['https:a.png', false], // the same scheme as the site: a relative address
  ['data:image/png;base64,AAAA', false],
  ['http://', false], // the URL parser rejects it: nothing is fetched
])('is %j off the origin of https://status.example.com/status/? %s', (reference, off) => {
  expect(isOffOrigin(reference, 'https://status.example.com/status/')).toBe(off);
});
