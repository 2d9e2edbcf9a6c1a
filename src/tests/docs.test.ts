/**
 * The documentation holds: the README keeps its two commands and stays short; every link in it and
 * in docs/ leads to a file and a heading that exist; the reference lists every configuration field;
 * and every shell command of docs/ runs, verbatim, as a reader would run it: in a copy of this
 * checkout for the page that says so, then in the site made there, page by page, on the machine's
 * own Node. A block that cannot run here says what it needs in a comment right above it
 * (`<!-- needs GitHub … -->`), and is listed, not run.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SiteConfigSchema } from '../core/config/schema.ts';
import { copyCheckout, REPO, run, type Run } from './helpers.ts';

/** The pages in the order a reader meets them: the one that makes a site first. */
const PAGES = [
  'deploy.md',
  'import.md',
  'write-an-incident.md',
  'during-an-incident.md',
  'alerts.md',
  'configure.md',
  'announce.md',
  'brand-and-languages.md',
  'readers.md',
  'uptime.md',
  'developers.md',
  'upgrade.md',
  'reference.md',
  'develop.md',
];
const DOCS = join(REPO, 'docs');
const SHELL = /^(sh|bash|shell|console)$/;
const IN_CHECKOUT = '<!-- runs in a checkout of Outpost -->';

interface Block {
  page: string;
  line: number;
  lang: string;
  text: string;
  /** The comment right above the fence, if any. */
  marker?: string;
}

/** Fenced code blocks of a Markdown file, with the HTML comment on the line above each (blank lines between). */
function blocksOf(page: string, text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[index]);
    if (!open) continue;
    const fence = open[1];
    let end = index + 1;
    const closes = (line: string) => line.startsWith(fence) && line.trim().replace(/[`~]/g, '') === '';
    while (end < lines.length && !closes(lines[end])) end++;
    let above = index - 1;
    while (above >= 0 && lines[above].trim() === '') above--;
    const marker = above >= 0 && /^<!--.*-->$/.test(lines[above].trim()) ? lines[above].trim() : undefined;
    blocks.push({ page, line: index + 1, lang: open[2], text: lines.slice(index + 1, end).join('\n'), marker });
    index = end;
  }
  return blocks;
}

/** Headings outside code, as GitHub makes their anchors. */
function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fence: string | undefined;
  for (const line of text.split('\n')) {
    const marker = /^(`{3,}|~{3,})/.exec(line);
    if (marker) fence = fence === undefined ? marker[1][0] : marker[1][0] === fence ? undefined : fence;
    if (fence !== undefined || marker) continue;
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = heading[1]
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .trim()
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

const read = (path: string) => readFileSync(path, 'utf8');
const pageFiles = readdirSync(DOCS).filter((file) => file.endsWith('.md'));
const markdownFiles = ['README.md', ...pageFiles.map((file) => `docs/${file}`)];
/** The shell blocks of docs/, page by page. */
const shellBlocks = () =>
  PAGES.flatMap((page) => blocksOf(page, read(join(DOCS, page)))).filter((block) => SHELL.test(block.lang));
const runnable = (block: Block) => !block.marker?.startsWith('<!-- needs');

describe('the README', () => {
  const readme = read(join(REPO, 'README.md'));

  test('starts with the two commands, exactly, with their comments', () => {
    const [first] = blocksOf('README.md', readme);
    expect(first.text.split('\n')).toEqual([
      'npm install && npm run example   # build the bundled example incidents and preview them at ' +
        'http://localhost:4321/',
      "npm install && npm test          # every test: unit, validator, build, browser (needs Debian's chromium; " +
        '.ci/run installs it)',
    ]);
  });

  test('is a screen and a half: what it is, how to start a site, the pages', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(75);
    expect(readme).toContain('**Outpost is not published on the npm registry yet**');
    for (const page of PAGES) expect(readme, page).toContain(`](docs/${page})`);
  });
});

describe('docs/', () => {
  test('has one page per task, each linked from the README', () => {
    expect(
      readdirSync(DOCS)
        .filter((file) => file.endsWith('.md'))
        .sort(),
    ).toEqual([...PAGES].sort());
  });

  test('every relative link leads to a file that exists, and to a heading it has', () => {
    const broken: string[] = [];
    for (const file of markdownFiles) {
      const text = read(join(REPO, file));
      // Links outside code spans and fences.
      const prose = text.replace(/^(`{3,}|~{3,})[\s\S]*?^\1\s*$/gm, '').replace(/`[^`\n]*`/g, '');
      for (const [, target] of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target)) continue;
        const [path, anchor] = target.split('#');
        const absolute = path ? resolve(dirname(join(REPO, file)), path) : join(REPO, file);
        if (!existsSync(absolute)) {
          broken.push(`${file}: ${target} (no such file)`);
          continue;
        }
        if (anchor && absolute.endsWith('.md') && !anchorsOf(read(absolute)).has(anchor)) {
          broken.push(`${file}: ${target} (no such heading)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test('the reference lists every field of the site config', () => {
    const reference = read(join(DOCS, 'reference.md'));
    const listed = [...reference.matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1]);
    expect(Object.keys(SiteConfigSchema.shape).filter((field) => !listed.includes(field))).toEqual([]);
  });

  test('new sites install as quietly as this repository: the starter .npmrc is the same', () => {
    expect(read(join(REPO, 'starter/npmrc'))).toBe(read(join(REPO, '.npmrc')));
  });

  test('every shell block runs here, or says what it needs', () => {
    const blocks = shellBlocks();
    expect(blocks.length).toBeGreaterThan(3);
    for (const block of blocks) {
      if (block.marker === undefined || block.marker === IN_CHECKOUT) continue;
      const needs = /^<!-- needs (GitHub|the outpost package on the npm registry|your old status page)\b.*-->$/;
      expect(block.marker, `${block.page}:${block.line}`).toMatch(needs);
    }
  });
});

/** The machine's own tools, as a reader has them: no node_modules/.bin of this repository, no npm_* of `npm test`. */
function readerEnvironment(bin: string): Record<string, string | undefined> {
  const machinePath = (process.env.PATH ?? '').split(delimiter).filter((dir) => !dir.includes('node_modules'));
  const ours = Object.keys(process.env).filter((key) => /^(npm_|node_|vitest)/i.test(key));
  return {
    ...Object.fromEntries(ours.map((key) => [key, undefined])),
    PATH: [bin, ...machinePath].join(delimiter),
    OUTPOST_NOW: '2026-11-22T18:05Z',
    // The registry's packages from the cache this machine already has; the commands are the docs' own.
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
}

describe('every shell command of docs/, run', () => {
  let work: string;
  let checkout: string;
  let site: string;
  let env: Record<string, string | undefined>;
  const ran: { block: Block; result: Run }[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'outpost-docs-'));
    // A checkout of Outpost, as a clone has it: the repository's files (this working tree's), and
    // its installed packages (hard links: `npm install` there finds them up to date).
    checkout = join(work, 'outpost');
    await copyCheckout(checkout, 'link');
    // Stand-ins for the mirror hosts' CLIs (their services are not reachable here): they record what they were asked.
    const bin = join(work, 'bin');
    mkdirSync(bin);
    for (const command of ['wrangler', 'netlify']) {
      writeFileSync(join(bin, command), `#!/bin/sh\necho "$@" >> "${join(work, `${command}.log`)}"\n`);
      chmodSync(join(bin, command), 0o755);
    }
    env = readerEnvironment(bin);
    site = join(work, 'my-status-page');

    const blocks = shellBlocks().filter(runnable);
    // The checkout's blocks make the site; every other block runs in it.
    const inCheckout = (block: Block) => block.marker === IN_CHECKOUT;
    const ordered = [...blocks.filter(inCheckout), ...blocks.filter((block) => !inCheckout(block))];
    for (const block of ordered) {
      const cwd = block.marker === IN_CHECKOUT ? checkout : site;
      const result = await run('bash', ['-e', '-o', 'pipefail', '-c', block.text], { cwd, env });
      ran.push({ block, result });
      if (result.code !== 0) break;
    }
  }, 1_800_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('each block exits 0', () => {
    const where = (block: Block) => `${block.page}:${block.line}`;
    for (const { block, result } of ran) {
      expect(result.code, `${where(block)}\n${block.text}\n${result.stdout}\n${result.stderr}`).toBe(0);
    }
    expect(ran.map(({ block }) => where(block)).sort()).toEqual(shellBlocks().filter(runnable).map(where).sort());
  });

  test('from a checkout: a site that carries Outpost in vendor/, built', () => {
    const manifest = JSON.parse(read(join(site, 'package.json')));
    expect(manifest.dependencies.outpost).toMatch(/^file:vendor\/outpost-\d+\.\d+\.\d+\.tgz$/);
    expect(existsSync(join(site, 'dist/index.html'))).toBe(true);
    expect(read(join(site, 'dist/index.html'))).toContain('Acme Status');
  });

  test('during an incident: new, update, a new title, resolve', () => {
    const incident = read(join(site, 'incidents/2026-11-22-some-customers-cant-complete-checkout.md'));
    expect(incident).toContain("title: Some customers can't pay");
    expect(incident.match(/^## \w+/gm)).toEqual(['## Resolved', '## Monitoring', '## Investigating']);
  });

  test("when GitHub is down: built and handed to the mirror host's CLI", () => {
    expect(read(join(work, 'wrangler.log'))).toBe(
      `pages deploy ${join(site, 'dist')} --project-name acme-status ` + `--branch main\n`,
    );
  });

  test('the vendored upgrade: the package from the updated checkout, installed from vendor/', () => {
    expect(readdirSync(join(site, 'vendor'))).toHaveLength(1);
    const installed = JSON.parse(read(join(site, 'node_modules/outpost/package.json')));
    expect(installed.version).toBe(JSON.parse(read(join(checkout, 'package.json'))).version);
    expect(relative(site, join(site, 'vendor', readdirSync(join(site, 'vendor'))[0]))).toMatch(/^vendor\/outpost-/);
  });
});
