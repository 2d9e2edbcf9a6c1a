import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
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
    styles/remote.css:1:1: error [off-origin-css] "https://fonts.example.com/css?family=Brand" is on another origin: the status page makes no requests to other origins
        expected: fonts and images from the project (put them in public/ and refer to them by path)
        example:  src: url('/fonts/brand.woff2') format('woff2');
    styles/remote.css:3:15: error [off-origin-css] "//cdn.example.com/hero.png" is on another origin: the status page makes no requests to other origins
        expected: fonts and images from the project (put them in public/ and refer to them by path)
        example:  src: url('/fonts/brand.woff2') format('woff2');
    4 errors, 0 warnings"
  `);
});
