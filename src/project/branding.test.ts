import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseSiteConfig } from '../core/checks/validate.ts';
import { formatReport } from '../core/checks/problems.ts';
import { brandingFileProblems } from './branding.ts';

const work = mkdtempSync(join(tmpdir(), 'outpost-branding-'));
const root = join(work, 'site');
mkdirSync(join(root, 'styles'), { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));
writeFileSync(join(root, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
writeFileSync(join(work, 'elsewhere.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
symlinkSync(join(work, 'elsewhere.svg'), join(root, 'linked.svg'));
writeFileSync(join(root, 'styles/ok.css'), "/* url(https://in-a-comment.example/) */\n@font-face { src: url('/fonts/brand.woff2'); }\n.a { background: url(data:image/png;base64,AAAA); }\n");
writeFileSync(join(root, 'styles/remote.css'), "@import url('https://fonts.example.com/css?family=Brand');\n.hero {\n  background: url(//cdn.example.com/hero.png);\n}\n");

const config = (extra: Record<string, unknown>) => parseSiteConfig({ name: 'X', url: 'https://x.example/', components: [{ id: 'a', name: 'A' }], ...extra }, 'astro.config.mjs').config!;

test('local files that exist, and CSS that loads only from the site, pass', () => {
  expect(brandingFileProblems(root, config({ logo: { src: './logo.svg', alt: 'X' }, customCss: ['./styles/ok.css'] }), 'astro.config.mjs')).toEqual([]);
});

test('a missing file, a file outside the project, and CSS that loads from other origins are errors at their place', () => {
  const problems = brandingFileProblems(root, config({ logo: { src: './logo.svg', dark: './linked.svg', alt: 'X' }, customCss: ['./styles/remote.css', './styles/missing.css'] }), 'astro.config.mjs');
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
  /** The report for one custom stylesheet, `styles/brand.css`, with the other files it needs. */
  const reportFor = (files: Record<string, string>) => {
    const root = mkdtempSync(join(site, 'case-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return formatReport(brandingFileProblems(root, config({ customCss: ['./styles/brand.css'] }), 'astro.config.mjs'));
  };

  test.each([
    ['an unclosed url( (the build stops there)', { 'styles/brand.css': '.hero {\n  background: url("/img/hero.png";\n}\n' }, `
      "styles/brand.css:2:18: error [css-syntax] CSS syntax error: Unclosed bracket (PostCSS)
          expected: CSS that the build's parsers, PostCSS and Lightning CSS, read without error
      1 error, 0 warnings"
    `],
    ['an unquoted address with a space (a browser drops it; Lightning CSS refuses it)', { 'styles/brand.css': '.a { color: red; }\n.hero { background: url(/img/my hero.png); }\n' }, `
      "styles/brand.css:2:21: error [css-syntax] CSS syntax error: Unexpected token BadUrl("/img/my hero.png") (Lightning CSS)
          expected: an address with spaces, quotes or brackets in quotes: url("my image.png")
      1 error, 0 warnings"
    `],
    ['an empty selector (Lightning CSS, the build\'s minifier, stops the build there)', { 'styles/brand.css': '.a { color: red; }\n\n{ color: blue; }\n' }, `
      "styles/brand.css:3:1: error [css-syntax] CSS syntax error: Invalid empty selector (Lightning CSS)
          expected: CSS that the build's parsers, PostCSS and Lightning CSS, read without error
      1 error, 0 warnings"
    `],
    ['@import with no space before the address', { 'styles/brand.css': '@import"https://fonts.example.com/brand.css";\n' }, `
      "styles/brand.css:1:9: error [off-origin-css] "https://fonts.example.com/brand.css" is on another origin: the status page makes no requests to other origins
          expected: fonts and images from the project (put them in public/ and refer to them by path)
          example:  src: url('/fonts/brand.woff2') format('woff2');
      1 error, 0 warnings"
    `],
    ['a local @import, followed: its own addresses are checked', { 'styles/brand.css': "@import './more.css';\n", 'styles/more.css': '.a { color: red; }\n.b { background: url(//cdn.example.com/b.png); }\n' }, `
      "styles/more.css:2:22: error [off-origin-css] "//cdn.example.com/b.png" is on another origin: the status page makes no requests to other origins
          expected: fonts and images from the project (put them in public/ and refer to them by path)
          example:  src: url('/fonts/brand.woff2') format('woff2');
      1 error, 0 warnings"
    `],
    ['imports in a circle: each file is read once', { 'styles/brand.css': "@import 'a.css';\n", 'styles/a.css': "@import './b.css';\n", 'styles/b.css': "@import url(./a.css);\n@import '../styles/brand.css';\n.b { background: url(https://cdn.example.com/b.png); }\n" }, `
      "styles/b.css:3:22: error [off-origin-css] "https://cdn.example.com/b.png" is on another origin: the status page makes no requests to other origins
          expected: fonts and images from the project (put them in public/ and refer to them by path)
          example:  src: url('/fonts/brand.woff2') format('woff2');
      1 error, 0 warnings"
    `],
    ['image-set() with a string', { 'styles/brand.css': '.hero {\n  background-image: image-set("https://cdn.example.com/hero.png" 1x);\n}\n' }, `
      "styles/brand.css:2:32: error [off-origin-css] "https://cdn.example.com/hero.png" is on another origin: the status page makes no requests to other origins
          expected: fonts and images from the project (put them in public/ and refer to them by path)
          example:  src: url('/fonts/brand.woff2') format('woff2');
      1 error, 0 warnings"
    `],
    ['-webkit-image-set() with a protocol-relative string', { 'styles/brand.css': '.hero { background-image: -webkit-image-set("//cdn.example.com/hero.png" 1x); }\n' }, `
      "styles/brand.css:1:46: error [off-origin-css] "//cdn.example.com/hero.png" is on another origin: the status page makes no requests to other origins
          expected: fonts and images from the project (put them in public/ and refer to them by path)
          example:  src: url('/fonts/brand.woff2') format('woff2');
      1 error, 0 warnings"
    `],
    ['image-set() in a property Lightning CSS keeps as tokens, and in a custom property', { 'styles/brand.css': '.hero {\n  --hero: image-set("https://cdn.example.com/a.png" 1x);\n  content: image-set("//cdn.example.com/b.png" 1x);\n}\n' }, `
      "styles/brand.css:2:22: error [off-origin-css] "https://cdn.example.com/a.png" is on another origin: the status page makes no requests to other origins
          expected: fonts and images from the project (put them in public/ and refer to them by path)
          example:  src: url('/fonts/brand.woff2') format('woff2');
      styles/brand.css:3:23: error [off-origin-css] "//cdn.example.com/b.png" is on another origin: the status page makes no requests to other origins
          expected: fonts and images from the project (put them in public/ and refer to them by path)
          example:  src: url('/fonts/brand.woff2') format('woff2');
      2 errors, 0 warnings"
    `],
    ['an escaped address', { 'styles/brand.css': '.hero { background: url(https\\3a //cdn.example.com/hero.png); }\n' }, `
      "styles/brand.css:1:25: error [off-origin-css] "https://cdn.example.com/hero.png" is on another origin: the status page makes no requests to other origins
          expected: fonts and images from the project (put them in public/ and refer to them by path)
          example:  src: url('/fonts/brand.woff2') format('woff2');
      1 error, 0 warnings"
    `],
    ['an address a browser reads as another host', { 'styles/brand.css': '.hero { background: url("/\\\\cdn.example.com/hero.png"); }\n' }, `
      "styles/brand.css:1:26: error [off-origin-css] "/\\cdn.example.com/hero.png" is on another origin: the status page makes no requests to other origins
          expected: fonts and images from the project (put them in public/ and refer to them by path)
          example:  src: url('/fonts/brand.woff2') format('woff2');
      1 error, 0 warnings"
    `],
    ['an @import that cannot be found, one outside the project, one of an address', { 'styles/brand.css': "@import './gone.css';\n@import '../../outside.css';\n@import 'https://x.example/own.css';\n" }, `
      "styles/brand.css:1:10: error [css-import] @import "./gone.css" cannot be found
          expected: a CSS file of the project, by its path from this file
          example:  @import './fonts.css';
      styles/brand.css:2:10: error [css-import] @import "../../outside.css" is outside the project
          expected: a CSS file of the project, by its path from this file
          example:  @import './fonts.css';
      styles/brand.css:3:10: error [css-import] @import "https://x.example/own.css" is an address, not a file of the project: its content cannot be checked
          expected: a CSS file of the project, by its path from this file
          example:  @import './fonts.css';
      3 errors, 0 warnings"
    `],
  ])('%s', (_name, files, expected) => {
    expect(reportFor(files)).toBe(expected.replace(/^\n/, '').replace(/\n\s*$/, '').replace(/^ {6}/gm, '').replace(/^"|"$/g, ''));
  });

  test('local addresses, data, fragments, public files and a package\'s stylesheet pass', () => {
    expect(reportFor({
      'styles/brand.css': "@import 'brand-kit/base.css';\n@import '/shared.css';\n.a { background: url(./img/a.png), url(data:image/png;base64,AAAA); filter: url(#f); }\n.b { background: image-set('/b.png' 1x, url(https://x.example/own.png) 2x); }\n",
      'public/shared.css': '.c { color: red; }\n',
      'node_modules/brand-kit/base.css': '.d { color: blue; }\n',
      'node_modules/brand-kit/package.json': '{ "name": "brand-kit" }\n',
    })).toBe('0 errors, 0 warnings');
  });
});

