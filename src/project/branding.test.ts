import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseSiteConfig } from '../core/checks/validate.ts';
import { formatReport } from '../core/base/problems.ts';
import { brandingFileProblems } from './branding.ts';

const work = mkdtempSync(join(tmpdir(), 'outpost-branding-'));
const root = join(work, 'site');
mkdirSync(join(root, 'styles'), { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));
writeFileSync(join(root, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
writeFileSync(join(work, 'elsewhere.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
symlinkSync(join(work, 'elsewhere.svg'), join(root, 'linked.svg'));
writeFileSync(
  join(root, 'styles/ok.css'),
  "/* url(https://in-a-comment.example/) */\n@font-face { src: url('/fonts/brand.woff2'); }\n.a { background: url(data:image/png;base64,AAAA); }\n",
);
writeFileSync(
  join(root, 'styles/remote.css'),
  "@import url('https://fonts.example.com/css?family=Brand');\n.hero {\n  background: url(//cdn.example.com/hero.png);\n}\n",
);

const config = (extra: Record<string, unknown>) =>
  parseSiteConfig(
    { name: 'X', url: 'https://x.example/', components: [{ id: 'a', name: 'A' }], ...extra },
    'astro.config.mjs',
  ).config!;

test('local files that exist, and CSS that loads only from the site, pass', () => {
  expect(
    brandingFileProblems(
      root,
      config({ logo: { src: './logo.svg', alt: 'X' }, customCss: ['./styles/ok.css'] }),
      'astro.config.mjs',
    ),
  ).toEqual([]);
});

test('a missing file, a file outside the project, and CSS that loads from other origins are errors at their place', () => {
  const problems = brandingFileProblems(
    root,
    config({
      logo: { src: './logo.svg', dark: './linked.svg', alt: 'X' },
      customCss: ['./styles/remote.css', './styles/missing.css'],
    }),
    'astro.config.mjs',
  );
  expect(formatReport(problems)).toMatchInlineSnapshot(`
    "astro.config.mjs: error [config-not-local] logo.dark "./linked.svg" is outside the project
        expected: a file in the project, relative to its root
    astro.config.mjs: error [config-missing-file] customCss.1 "./styles/missing.css" does not exist
        expected: a file in the project, relative to its root
    styles/remote.css:1:9: error [off-origin-css] "https://fonts.example.com/css?family=Brand" is on another origin: the status page makes no requests to other origins
        expected: fonts and images from the project (put them in public/ and refer to them by path)
        example:  src: url('/fonts/brand.woff2') format('woff2');
    styles/remote.css:3:19: error [off-origin-css] "//cdn.example.com/hero.png" is on another origin: the status page makes no requests to other origins
        expected: fonts and images from the project (put them in public/ and refer to them by path)
        example:  src: url('/fonts/brand.woff2') format('woff2');
    4 errors, 0 warnings"
  `);
});

describe('custom CSS is read as the build reads it', () => {
  const site = join(work, 'css');
  mkdirSync(site);
  writeFileSync(join(site, 'outside.css'), '.x { color: red; }\n');
  /** The report, line by line, for the custom stylesheet `styles/brand.css` with the other files it needs. */
  const reportFor = (files: Record<string, string>) => {
    const root = mkdtempSync(join(site, 'case-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const problems = brandingFileProblems(root, config({ customCss: ['./styles/brand.css'] }), 'astro.config.mjs');
    return formatReport(problems).split('\n');
  };
  const offOrigin = (where: string, url: string) => [
    `${where}: error [off-origin-css] "${url}" is on another origin: ` +
      'the status page makes no requests to other origins',
    '    expected: fonts and images from the project (put them in public/ and refer to them by path)',
    "    example:  src: url('/fonts/brand.woff2') format('woff2');",
  ];
  const readable = "CSS that the build's parsers, PostCSS and Lightning CSS, read without error";
  const syntax = (where: string, message: string, expected = readable) => [
    `${where}: error [css-syntax] CSS syntax error: ${message}`,
    `    expected: ${expected}`,
  ];
  const badImport = (where: string, url: string, why: string) => [
    `${where}: error [css-import] @import "${url}" ${why}`,
    '    expected: a CSS file of the project, by its path from this file',
    "    example:  @import './fonts.css';",
  ];
  const errors = (count: number) => `${count} ${count === 1 ? 'error' : 'errors'}, 0 warnings`;

  test.each<[string, Record<string, string>, string[]]>([
    [
      'an unclosed url( (the build stops there)',
      { 'styles/brand.css': '.hero {\n  background: url("/img/hero.png";\n}\n' },
      [...syntax('styles/brand.css:2:18', 'Unclosed bracket (PostCSS)'), errors(1)],
    ],
    [
      'an unquoted address with a space (a browser drops it; Lightning CSS refuses it)',
      { 'styles/brand.css': '.a { color: red; }\n.hero { background: url(/img/my hero.png); }\n' },
      [
        ...syntax(
          'styles/brand.css:2:21',
          'Unexpected token BadUrl("/img/my hero.png") (Lightning CSS)',
          'an address with spaces, quotes or brackets in quotes: url("my image.png")',
        ),
        errors(1),
      ],
    ],
    [
      "an empty selector (Lightning CSS, the build's minifier, stops the build there)",
      { 'styles/brand.css': '.a { color: red; }\n\n{ color: blue; }\n' },
      [...syntax('styles/brand.css:3:1', 'Invalid empty selector (Lightning CSS)'), errors(1)],
    ],
    [
      '@import with no space before the address',
      { 'styles/brand.css': '@import"https://fonts.example.com/brand.css";\n' },
      [...offOrigin('styles/brand.css:1:9', 'https://fonts.example.com/brand.css'), errors(1)],
    ],
    [
      'a local @import, followed: its own addresses are checked',
      {
        'styles/brand.css': "@import './more.css';\n",
        'styles/more.css': '.a { color: red; }\n.b { background: url(//cdn.example.com/b.png); }\n',
      },
      [...offOrigin('styles/more.css:2:22', '//cdn.example.com/b.png'), errors(1)],
    ],
    [
      'imports in a circle: each file is read once',
      {
        'styles/brand.css': "@import 'a.css';\n",
        'styles/a.css': "@import './b.css';\n",
        'styles/b.css':
          "@import url(./a.css);\n@import '../styles/brand.css';\n" +
          '.b { background: url(https://cdn.example.com/b.png); }\n',
      },
      [...offOrigin('styles/b.css:3:22', 'https://cdn.example.com/b.png'), errors(1)],
    ],
    [
      'image-set() with a string',
      { 'styles/brand.css': '.hero {\n  background-image: image-set("https://cdn.example.com/hero.png" 1x);\n}\n' },
      [...offOrigin('styles/brand.css:2:32', 'https://cdn.example.com/hero.png'), errors(1)],
    ],
    [
      '-webkit-image-set() with a protocol-relative string',
      { 'styles/brand.css': '.hero { background-image: -webkit-image-set("//cdn.example.com/hero.png" 1x); }\n' },
      [...offOrigin('styles/brand.css:1:46', '//cdn.example.com/hero.png'), errors(1)],
    ],
    [
      'image-set() in a property Lightning CSS keeps as tokens, and in a custom property',
      {
        'styles/brand.css':
          '.hero {\n  --hero: image-set("https://cdn.example.com/a.png" 1x);\n' +
          '  content: image-set("//cdn.example.com/b.png" 1x);\n}\n',
      },
      [
        ...offOrigin('styles/brand.css:2:22', 'https://cdn.example.com/a.png'),
        ...offOrigin('styles/brand.css:3:23', '//cdn.example.com/b.png'),
        errors(2),
      ],
    ],
    [
      'an escaped address',
      { 'styles/brand.css': '.hero { background: url(https\\3a //cdn.example.com/hero.png); }\n' },
      [...offOrigin('styles/brand.css:1:25', 'https://cdn.example.com/hero.png'), errors(1)],
    ],
    [
      'an address a browser reads as another host',
      { 'styles/brand.css': '.hero { background: url("/\\\\cdn.example.com/hero.png"); }\n' },
      [...offOrigin('styles/brand.css:1:26', '/\\cdn.example.com/hero.png'), errors(1)],
    ],
    [
      'an @import that cannot be found, one outside the project, one of an address',
      {
        'styles/brand.css':
          "@import './gone.css';\n@import '../../outside.css';\n" + "@import 'https://x.example/own.css';\n",
      },
      [
        ...badImport('styles/brand.css:1:10', './gone.css', 'cannot be found'),
        ...badImport('styles/brand.css:2:10', '../../outside.css', 'is outside the project'),
        ...badImport(
          'styles/brand.css:3:10',
          'https://x.example/own.css',
          'is an address, not a file of the project: its content cannot be checked',
        ),
        errors(3),
      ],
    ],
  ])('%s', (_name, files, expected) => {
    expect(reportFor(files)).toEqual(expected);
  });

  test("local addresses, data, fragments, public files and a package's stylesheet pass", () => {
    const brand = [
      "@import 'brand-kit/base.css';",
      "@import '/shared.css';",
      '.a { background: url(./img/a.png), url(data:image/png;base64,AAAA); filter: url(#f); }',
      ".b { background: image-set('/b.png' 1x, url(https://x.example/own.png) 2x); }",
    ];
    expect(
      reportFor({
        'styles/brand.css': `${brand.join('\n')}\n`,
        'public/shared.css': '.c { color: red; }\n',
        'node_modules/brand-kit/base.css': '.d { color: blue; }\n',
        'node_modules/brand-kit/package.json': '{ "name": "brand-kit" }\n',
      }),
    ).toEqual(['0 errors, 0 warnings']);
  });
});
