/**
 * The dependency rule of docs/develop.md, "How the code is laid out": core (pure) <- project <- site, cli;
 * site and cli never import each other; no import circles. Read from the import statements of
 * every source file (TypeScript's own parser; the frontmatter of .astro files).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { REPO } from './helpers.ts';

interface Import {
  from: string;
  /** Resolved path relative to the repository for relative imports; the bare specifier otherwise. */
  to: string;
  typeOnly: boolean;
}

const LAYERS = ['core', 'project', 'site', 'cli', 'bench', 'tests'] as const;
type Layer = (typeof LAYERS)[number];
/** What each layer may import, besides npm packages. */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  core: ['core'],
  project: ['core', 'project'],
  site: ['core', 'project', 'site'],
  cli: ['core', 'project', 'cli'],
  bench: ['core', 'project', 'bench'],
  tests: LAYERS,
};

/**
 * The folders of core, bottom first: a file may import from its own folder and the folders before it,
 * never from one after it (type-only imports included: a type that runs back up is a design that does).
 */
const CORE_ORDER = [
  'base', // problems as data, suggestions, the zod issue words, control characters, HTML escaping
  'incident', // the file format: parsing, the schema, times, editing
  'theme', // colours: contrast and the status palette
  'i18n', // catalogues and localized formatting
  'channels', // the announcement channels: config fields, secrets, messages
  'config', // the site config
  'state', // statuses, uptime, next updates at a moment
  'outputs', // the view model and every file the build writes
  'announce', // which updates are due, and their facts
  'checks', // the validator and guidance
  'ops', // issue-ops and templates
  'import', // Statuspage and cState histories
  'alerts', // incidents drafted from alerts
] as const;

/** `src/core/<folder>/…` → the folder's place in CORE_ORDER; undefined outside core's folders. */
function coreRank(path: string): number | undefined {
  const match = /^src\/core\/([^/]+)\//.exec(path);
  const rank = match ? CORE_ORDER.indexOf(match[1] as (typeof CORE_ORDER)[number]) : -1;
  return rank === -1 ? undefined : rank;
}

function layerOf(path: string): Layer | undefined {
  const [src, folder] = path.split('/');
  return src === 'src' ? LAYERS.find((layer) => layer === folder) : undefined;
}

/** The import statements of a TypeScript or Astro source. */
function importsOf(path: string, text: string): Import[] {
  const code = path.endsWith('.astro') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text;
  const source = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: Import[] = [];
  const add = (specifier: string, typeOnly: boolean) => {
    const to = specifier.startsWith('.')
      ? relative(REPO, resolve(REPO, dirname(path), specifier))
          .split('\\')
          .join('/')
      : specifier;
    out.push({ from: path, to, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const typeOnly = ts.isImportDeclaration(node) ? (node.importClause?.isTypeOnly ?? false) : node.isTypeOnly;
      add(node.moduleSpecifier.text, typeOnly);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Imports that break the rule, as `from -> to: why`. */
function ruleViolations(imports: readonly Import[]): string[] {
  const out: string[] = [];
  for (const { from, to } of imports) {
    const layer = layerOf(from);
    if (!layer || from.endsWith('.test.ts')) continue;
    const target = layerOf(to);
    if (target && !ALLOWED[layer].includes(target)) out.push(`${from} -> ${to}: ${layer} may not import ${target}`);
    const [fromRank, toRank] = [coreRank(from), coreRank(to)];
    if (fromRank !== undefined && toRank !== undefined && toRank > fromRank) {
      out.push(
        `${from} -> ${to}: core/${CORE_ORDER[fromRank]} is below core/${CORE_ORDER[toRank]} and may not import it`,
      );
    }
    if (layer === 'core' && !to.startsWith('src/')) {
      if (NODE_BUILTINS.has(to)) out.push(`${from} -> ${to}: core is pure (no Node built-ins)`);
      else if (to === 'astro' || to.startsWith('astro:') || to.startsWith('astro/') || to.startsWith('virtual:'))
        out.push(`${from} -> ${to}: core imports nothing from Astro`);
    }
  }
  return out;
}

/** Import circles among modules (type-only imports vanish at run time and are left out), each as a path. */
function importCircles(imports: readonly Import[]): string[][] {
  const edges = new Map<string, string[]>();
  for (const { from, to, typeOnly } of imports) {
    if (typeOnly || !to.startsWith('src/')) continue;
    edges.set(from, [...(edges.get(from) ?? []), to]);
  }
  const circles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') circles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node);
  return circles;
}

function sourceFiles(): string[] {
  return readdirSync(join(REPO, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro)$/.test(entry.name))
    .map((entry) => relative(REPO, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((path) => !path.includes('/fixtures/'))
    .sort();
}

describe('the layout of src/', () => {
  const imports = sourceFiles().flatMap((path) => importsOf(path, readFileSync(join(REPO, path), 'utf8')));

  test('every source file sits in a layer, and every file of core in a folder of its order', () => {
    expect(sourceFiles().filter((path) => !layerOf(path))).toEqual([]);
    const core = sourceFiles().filter((path) => path.startsWith('src/core/'));
    expect(core.filter((path) => coreRank(path) === undefined)).toEqual([]);
  });

  test('imports point one way: core <- project <- site, cli; core is pure', () => {
    expect(imports.length).toBeGreaterThan(100);
    expect(ruleViolations(imports)).toEqual([]);
  });

  test('no import circles', () => {
    expect(importCircles(imports)).toEqual([]);
  });

  test.each([
    [
      'src/core/state/status.ts',
      "import { loadProject } from '../../project/project.ts';",
      'core may not import project',
    ],
    ['src/core/outputs/feed.ts', "import { readFileSync } from 'node:fs';", 'core is pure (no Node built-ins)'],
    ['src/core/outputs/feed.ts', "import type { APIRoute } from 'astro';", 'core imports nothing from Astro'],
    [
      'src/site/integration.ts',
      "import { validateCommand } from '../cli/commands/validate.ts';",
      'site may not import cli',
    ],
    [
      'src/cli/outpost.ts',
      "const { startBuild } = await import('../site/build-output.ts');",
      'cli may not import site',
    ],
    ['src/project/config.ts', "export { OUTPOSTS } from '../site/site-view.ts';", 'project may not import site'],
    [
      'src/site/pages/index.astro',
      "---\nimport { need } from '../../cli/io.ts';\n---\n<p>hi</p>",
      'site may not import cli',
    ],
    // Inside core, an import that runs back up: each of the five the order removed.
    [
      'src/core/incident/body.ts',
      "import { suggest } from '../checks/problems.ts';",
      'core/incident is below core/checks',
    ],
    [
      'src/core/config/branding.ts',
      "import { contrastRatio } from '../outputs/contrast.ts';",
      'core/config is below core/outputs',
    ],
    [
      'src/core/outputs/view-model.ts',
      "import { nextUpdateDue } from '../checks/next-update.ts';",
      'core/outputs is below core/checks',
    ],
    [
      'src/core/config/schema.ts',
      "import type { SiteView } from '../outputs/view-model.ts';",
      'core/config is below core/outputs',
    ],
    [
      'src/core/incident/time.ts',
      "import type { Translator } from '../i18n/translate.ts';",
      'core/incident is below core/i18n',
    ],
  ])('a broken rule is found: %s with %s', (path, text, why) => {
    expect(ruleViolations(importsOf(path, text))).toEqual([expect.stringContaining(why)]);
  });

  test('a circle is found, and a type-only one is not', () => {
    const a = importsOf('src/core/a.ts', "import { b } from './b.ts';");
    const b = importsOf('src/core/b.ts', "import { a } from './a.ts';");
    const typeOnly = importsOf('src/core/b.ts', "import type { A } from './a.ts';");
    expect(importCircles([...a, ...b])).toEqual([['src/core/a.ts', 'src/core/b.ts', 'src/core/a.ts']]);
    expect(importCircles([...a, ...typeOnly])).toEqual([]);
  });
});
