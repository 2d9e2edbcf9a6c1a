/**
 * `outpost init <dir>`: a new status site that depends on Outpost instead of
 * carrying its source. It asks for the name, the address, the time zone and
 * the components on a terminal (or takes `--name`, `--url`, `--time-zone`,
 * `--component id:Name`), checks them with the config schema, and writes
 * nothing unless everything is valid, never into a folder with files in it.
 *
 * It runs on the Node a fresh machine has (20): the pinned Node arrives with
 * the new site's own `npm install`. So it uses nothing newer than Node 20.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDocument, isMap, isSeq } from 'yaml';
import { formatReport, hasErrors } from '../../core/checks/problems.ts';
import { validateProject } from '../../core/checks/validate.ts';
import type { SiteConfig } from '../../core/config/schema.ts';
import { addUpdate, newIncidentText } from '../../core/incident/edit.ts';
import { incidentFilePath } from '../../core/incident/slug.ts';
import { issueFormYaml } from '../../core/ops/issue-ops.ts';
import { CONFIG_FILE } from '../../project/config.ts';
import { ISSUE_FORM_PATH } from './issue-ops.ts';
import { need, now, UsageError, type Io } from '../io.ts';

/** The package this runs from: the repository, or `node_modules/outpost` (src/cli/commands or dist-pkg/cli/commands). */
const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The files a new site starts with besides those written from the answers. */
const STARTER = join(PACKAGE_ROOT, 'starter');
const WORKFLOWS = '.github/workflows';
const MIRRORS = ['.github/mirrors/package.json', '.github/mirrors/package-lock.json'];

interface OutpostPackage {
  name: string;
  version: string;
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts?: Record<string, boolean>;
}

export async function initCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      url: { type: 'string' },
      'time-zone': { type: 'string' },
      component: { type: 'string', multiple: true },
    },
  });
  if (positionals.length > 1) throw new UsageError('give one folder for the new site: outpost init <dir>');
  const folder = positionals[0] ?? (io.ask && ((await io.ask('Folder for the new site [status-page]:')) || 'status-page'));
  if (!folder) throw new UsageError('give the folder of the new site: outpost init <dir>');
  const dir = resolve(io.root, folder);
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new UsageError(`${folder} is not empty; give a new folder`);

  const name = await need(io, values.name, 'name', 'Name of the status page (e.g. Acme Status):');
  if (values.url === undefined && io.ask) io.out(ADDRESS_NOTE);
  const url = await need(io, values.url, 'url', 'Its address (e.g. https://acme.github.io/status-page/, or https://status.example.com/):');
  let timeZone = values['time-zone'];
  if (timeZone === undefined) {
    // Asked with this machine's zone as the answer to accept; without a terminal, UTC.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    timeZone = io.ask ? (await io.ask(`Time zone in which days begin [${zone}]:`)) || zone : 'UTC';
  }
  const componentSpecs = values.component?.length
    ? values.component
    : (await need(io, undefined, 'component', 'Components, as id:Name separated by commas (e.g. website:Website, api:API):')).split(',');
  const options = { name, url, timeZone, components: componentSpecs.map(componentFrom) };

  const at = now();
  const example = exampleIncident(options.components[0].id, at);
  const checked = validateProject(options, CONFIG_FILE, [example], { now: at });
  if (checked.problems.length > 0 || !checked.config) {
    io.out(formatReport(checked.problems));
    if (hasErrors(checked.problems) || !checked.config) return 1;
  }

  const outpost = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as OutpostPackage;
  const files: [path: string, text: string][] = [
    ['package.json', `${JSON.stringify(sitePackage(outpost, dir), null, 2)}\n`],
    ['.nvmrc', `${/\d+/.exec(outpost.engines.node)?.[0]}\n`],
    ['.gitignore', readFileSync(join(STARTER, 'gitignore'), 'utf8')],
    [CONFIG_FILE, astroConfig(checked.config)],
    [example.path, example.text],
    ['public/robots.txt', readFileSync(join(STARTER, 'public/robots.txt'), 'utf8')],
    ['README.md', readFileSync(join(STARTER, 'README.md'), 'utf8').replaceAll('{{name}}', name).replaceAll('{{url}}', checked.config.url).replaceAll('{{example}}', example.path)],
    ['.github/dependabot.yml', readFileSync(join(STARTER, 'dependabot.yml'), 'utf8')],
    [ISSUE_FORM_PATH, issueFormYaml(checked.config)],
    ...readdirSync(join(PACKAGE_ROOT, WORKFLOWS)).sort().map((file): [string, string] => [`${WORKFLOWS}/${file}`, siteWorkflow(readFileSync(join(PACKAGE_ROOT, WORKFLOWS, file), 'utf8'))]),
    // The mirror hosts' CLIs, pinned by their lock, as the deploy workflow installs them.
    ...MIRRORS.map((path): [string, string] => [path, readFileSync(join(PACKAGE_ROOT, path), 'utf8')]),
  ];
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const shown = relative(io.root, dir) || '.';
  io.out(`created ${checked.config.name} in ${shown}: ${files.map(([path]) => path).join(', ')}`);
  io.out(`next:\n  cd ${shown}\n  npm install          # Outpost, Astro and Node ${/\d+/.exec(outpost.engines.node)?.[0]}\n  npm run build        # the site, in dist/\n  npm run dev          # or preview it as you edit\nthen push it to GitHub and turn on Pages (Settings → Pages → Source: GitHub Actions).
The first deploy is live at https://<owner>.github.io/<repo>/ whatever url says; a custom domain comes later (see its README).`);
  return 0;
}

/** Said before asking for the address: which one the first deploy has, and what the answer is for. */
const ADDRESS_NOTE = `The first deploy publishes the page at https://<owner>.github.io/<repo>/, the address GitHub Pages gives
the repository, and builds it for that address whatever you answer here; a custom domain comes later, in
Settings → Pages, and the deploy then builds for it. The answer is for local builds and links: that
github.io address, or the domain you mean to use.`;

/** `checkout:Checkout`, or a bare name (`Checkout`, id `checkout`). */
function componentFrom(spec: string): { id: string; name: string } {
  const text = spec.trim();
  const colon = text.indexOf(':');
  if (colon === -1) return { id: text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''), name: text };
  return { id: text.slice(0, colon).trim(), name: text.slice(colon + 1).trim() };
}

/** A short, resolved example: it shows the format and the history, and says it is one. */
function exampleIncident(component: string, at: Date): { path: string; text: string } {
  const started = new Date(at.getTime() - 2 * 60 * 60_000);
  const draft = newIncidentText({
    title: 'Example: some customers could not sign in',
    impact: 'minor',
    components: [component],
    status: 'investigating',
    message: 'This is an example incident written by `outpost init`: it shows the format. Delete this file before the page goes live. Next update in 30 minutes.',
    at: started,
  });
  const text = addUpdate(draft, { status: 'resolved', at: new Date(started.getTime() + 40 * 60_000), message: 'Signing in works normally again for everyone. No data was lost; customers who could not sign in can do so now.' });
  return { path: incidentFilePath('incidents', `${started.toISOString().slice(0, 10)}-example`), text };
}

/**
 * Outpost as the new site gets it: from where the project that ran `init` got it when that was a
 * tarball or a folder (`npm install ./outpost-1.2.3.tgz`), otherwise this version from the registry.
 */
function outpostDependency(outpost: OutpostPackage, siteDir: string): string {
  const installed = PACKAGE_ROOT.split(sep).lastIndexOf('node_modules');
  if (installed > 0) {
    const project = PACKAGE_ROOT.split(sep).slice(0, installed).join(sep);
    try {
      const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
      const spec = manifest.dependencies?.[outpost.name] ?? manifest.devDependencies?.[outpost.name];
      if (spec?.startsWith('file:')) {
        const target = spec.slice('file:'.length);
        const path = relative(siteDir, isAbsolute(target) ? target : join(project, target)).split(sep).join('/');
        return `file:${path}`;
      }
    } catch {
      // No project around it (npx from the registry): the registry's version.
    }
  }
  return `^${outpost.version}`;
}

function sitePackage(outpost: OutpostPackage, dir: string) {
  const name = basename(dir).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'status-page';
  return {
    name,
    private: true,
    type: 'module',
    // The pinned Node: `npm install` installs it (the devDependency "node") and `npm run`/`npx` use it.
    engines: outpost.engines,
    scripts: {
      dev: 'astro dev',
      build: 'astro build',
      preview: 'astro preview',
      validate: 'outpost validate',
    },
    dependencies: {
      astro: outpost.dependencies.astro,
      [outpost.name]: outpostDependency(outpost, dir),
    },
    devDependencies: { node: outpost.devDependencies.node },
    ...(outpost.allowScripts ? { allowScripts: outpost.allowScripts } : {}),
  };
}

const js = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

function astroConfig(config: SiteConfig): string {
  const components = config.components.map((component) => `        { id: ${js(component.id)}, name: ${js(component.name)} },`);
  return `// The whole status site is configured here; \`npx outpost validate\` checks it, and so does every build.
// Every option: https://www.npmjs.com/package/outpost#configuration
import { defineConfig } from 'astro/config';
import outpost from 'outpost';

export default defineConfig({
  integrations: [
    outpost({
      name: ${js(config.name)},
      // For local builds and links; the deploy builds for the address GitHub Pages reports instead
      // (https://<owner>.github.io/<repo>/, or the custom domain once set there), each mirror for its own.
      url: ${js(config.url)},
      // description: 'Live status of our services.',
      timeZone: ${js(config.timeZone)}, // days begin here; times are shown here without JavaScript
      // updateCadenceMinutes: 30, // how often an active incident should be updated
      // Groups put components under a heading, in this order:
      // groups: [{ id: 'shop', name: 'Shop', description: 'What customers use' }],
      components: [
${components.join('\n')}
        // { id: 'checkout', name: 'Checkout', description: 'Paying for orders', group: 'shop' },
      ],
      // After changing components, run \`npx outpost issue-form\` so the issue form offers them.
    }),
  ],
});
`;
}

/**
 * A workflow of this repository as a new site runs it: the same steps, calling `npx outpost …` from
 * the site's dependency, without the step that runs Outpost's own tests (`npm test`) and the
 * comment above it. Everything else stays as written, byte for byte.
 */
export function siteWorkflow(text: string): string {
  const cuts: [start: number, end: number][] = [];
  const jobs = parseDocument(text).get('jobs');
  for (const job of isMap(jobs) ? jobs.items : []) {
    const steps = isMap(job.value) ? job.value.get('steps') : undefined;
    for (const step of isSeq(steps) ? steps.items : []) {
      if (!isMap(step) || !step.range || String(step.get('run') ?? '').trim() !== 'npm test') continue;
      // From the line of its dash, with the comment lines right above it, to the end of the step.
      let start = text.lastIndexOf('\n', step.range[0]) + 1;
      while (start > 0) {
        const above = text.lastIndexOf('\n', start - 2) + 1;
        if (!/^\s*#/.test(text.slice(above, start))) break;
        start = above;
      }
      cuts.push([start, step.range[2]]);
    }
  }
  return cuts.reduceRight((out, [start, end]) => out.slice(0, start) + out.slice(end), text);
}
