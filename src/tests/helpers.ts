/** Shared by the end-to-end tests: run the CLI and Astro as a user would, in child processes. */
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import type { Page } from 'playwright-core';
import { afterEach } from 'vitest';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');
const OUTPOST = join(REPO, 'src/cli/outpost.ts');
const MANIFEST = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string; homepage?: string };
/** What every request of the CLI says it is: the program, its version, and where to read about it. */
export const USER_AGENT = `outpost/${MANIFEST.version} (+${MANIFEST.homepage ?? 'https://www.npmjs.com/package/outpost'})`;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd ?? REPO,
        env: { ...process.env, GITHUB_ACTIONS: undefined, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

export function outpost(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<Run> {
  return run(process.execPath, [OUTPOST, ...args], options);
}

/**
 * A checkout of Outpost of its own at `dest`, as a clone has it: this working tree's files (committed
 * or not, fixtures left out) and its installed packages, `node_modules` as hard links (`link`) or as
 * a symlink. `init` and `npm pack` in it build dist-pkg/ there, not in this repository, where
 * another test may be packing.
 */
export async function copyCheckout(dest: string, modules: 'link' | 'symlink'): Promise<void> {
  const listed = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (file.startsWith('src/tests/fixtures/') || !existsSync(join(REPO, file))) continue;
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    cpSync(join(REPO, file), join(dest, file));
  }
  if (modules === 'symlink') symlinkSync(join(REPO, 'node_modules'), join(dest, 'node_modules'));
  else {
    const link = await run('cp', ['-al', join(REPO, 'node_modules'), join(dest, 'node_modules')]);
    if (link.code !== 0) throw new Error(link.stderr);
  }
}

/** Every file below `dir`, as paths relative to it, sorted: what a build wrote. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** `astro build` of a fixture site into `outDir` (kept out of the repository). */
export function astroBuild(
  root: string,
  outDir: string,
  env: Record<string, string | undefined>,
  args: readonly string[] = [],
): Promise<Run> {
  return run(process.execPath, [ASTRO, 'build', '--root', root, '--outDir', outDir, ...args], { cwd: root, env });
}

/** A throwaway copy of a fixture site, outside the repository (so no Git history applies). */
export function copyFixture(name: string): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), `outpost-${name}-`));
  cpSync(join(FIXTURES, name), root, { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
}

/** Every element of an HTML document, parsed as a browser would (parse5), for checks on tags and attributes. */
export function elementsOf(html: string): HtmlElement[] {
  const out: HtmlElement[] = [];
  type Node = {
    nodeName: string;
    tagName?: string;
    attrs?: { name: string; value: string }[];
    childNodes?: Node[];
    content?: Node;
  };
  const walk = (node: Node) => {
    if (node.tagName)
      out.push({
        tag: node.tagName,
        attrs: Object.fromEntries((node.attrs ?? []).map((attr) => [attr.name, attr.value])),
      });
    node.childNodes?.forEach(walk);
    if (node.content) walk(node.content);
  };
  walk(parse(html) as unknown as Node);
  return out;
}

/** What would let page content run script: script-capable elements, event handlers, script URLs. */
export function activeContent(html: string): string[] {
  const found: string[] = [];
  for (const element of elementsOf(html)) {
    if (['script', 'iframe', 'object', 'embed', 'frame', 'style', 'base', 'form'].includes(element.tag))
      found.push(`<${element.tag}>`);
    for (const [name, value] of Object.entries(element.attrs)) {
      if (name.startsWith('on')) found.push(`${element.tag}[${name}]`);
      const imageData = /^\s*data:image\//i.test(value) && ['img', 'link'].includes(element.tag);
      if (
        ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) &&
        /^\s*(javascript|vbscript|data):/i.test(value) &&
        !imageData
      )
        found.push(`${element.tag}[${name}=${value}]`);
    }
  }
  return found;
}

/**
 * The rules of a `_headers` file as Cloudflare Pages and Netlify read it: a path pattern (`*` matches
 * anything) on its own line, then indented `Name: value` lines.
 */
function hostHeaders(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line))
      rules.push({
        pattern: new RegExp(
          `^${line
            .trim()
            .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.*')}$`,
        ),
        headers: [],
      });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** Serves a built site from `dir` on a loopback port, as a static host would (index.html, 404.html, the `_headers` file). */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const { createServer } = await import('node:http');
  const { readFile, stat } = await import('node:fs/promises');
  const rules = hostHeaders(await readFile(join(dir, '_headers'), 'utf8').catch(() => ''));
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.css': 'text/css',
    '.js': 'text/javascript',
    '.svg': 'image/svg+xml',
    '.json': 'application/json',
    '.xml': 'application/xml',
    '.png': 'image/png',
    '.ico': 'image/x-icon',
    '.txt': 'text/plain',
  };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = join(dir, path);
    if (!file.startsWith(dir)) file = join(dir, '404.html');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      for (const rule of rules)
        if (rule.pattern.test(path)) for (const [name, value] of rule.headers) response.setHeader(name, value);
      response.writeHead(200, {
        'content-type': types[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': types['.html'] });
      response.end(await readFile(join(dir, '404.html')).catch(() => 'not found'));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Debian's Chromium (or CHROMIUM_PATH), headless, as every browser test launches it. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A new folder for a throwaway site inside the repository (git-ignored), where `astro` resolves from our node_modules. */
function testSiteFolder(name: string): string {
  const base = join(REPO, '.test-sites');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, `${name}-`));
}

/**
 * A throwaway copy of a fixture site inside the repository (git-ignored), its config importing our
 * integration by path: a test whose builds depend on the last one (the page record is one per site
 * folder) builds this, not the fixture another test file may be building at the same time.
 */
export function fixtureSite(name: string): { root: string; cleanup: () => void } {
  const root = testSiteFolder(name);
  cpSync(join(FIXTURES, name), root, {
    recursive: true,
    filter: (source) => !source.includes(`${sep}node_modules`) && !source.includes(`${sep}.astro`),
  });
  const config = join(root, 'astro.config.mjs');
  const integration = JSON.stringify(join(REPO, 'src/site/integration.ts'));
  writeFileSync(config, readFileSync(config, 'utf8').replace(/'(\.\.\/)+site\/integration\.ts'/, integration));
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * A throwaway site inside the repository (git-ignored), so its astro.config.mjs
 * resolves `astro` from our node_modules; it uses our integration by path.
 */
export function makeSite(
  name: string,
  options: Record<string, unknown>,
  incidents: Record<string, string> = {},
): { root: string; cleanup: () => void } {
  const root = testSiteFolder(name);
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport outpost from ${JSON.stringify(join(REPO, 'src/site/integration.ts'))};\nexport default defineConfig({ integrations: [outpost(${JSON.stringify(options, null, 2)})] });\n`,
  );
  mkdirSync(join(root, 'incidents'), { recursive: true });
  for (const [file, text] of Object.entries(incidents)) writeFileSync(join(root, 'incidents', file), text);
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What axe-core finds on the open page against WCAG 2.1 AA: each rule with up to three of its elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: unknown,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
  });
}

/** A new folder in the system's temporary folder at each call; the calling file's folders are removed after each test. */
export function temporaryFolders(prefix: string): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  return () => {
    const folder = mkdtempSync(join(tmpdir(), prefix));
    made.push(folder);
    return folder;
  };
}
