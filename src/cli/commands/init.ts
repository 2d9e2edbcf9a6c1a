/**
 * `outpost init <dir>`: a new status site that depends on Outpost instead of
 * carrying its source. It asks for the folder, the name, the address, the time
 * zone and the components on a terminal (or takes `--name`, `--url`,
 * `--time-zone`, `--component id:Name`), judges each answer with the config
 * schema as it comes, and asks again, in plain words, after one that is not
 * valid, keeping the others. It writes nothing unless everything is valid,
 * never into a folder with files in it.
 *
 * It runs on the Node a fresh machine has (20): the pinned Node arrives with
 * the new site's own `npm install`. So it uses nothing newer than Node 20.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDocument, isMap, isSeq } from 'yaml';
import { formatReport, hasErrors, suggest, type Problem } from '../../core/base/problems.ts';
import { parseSiteConfig, validateProject } from '../../core/checks/validate.ts';
import type { SiteConfig } from '../../core/config/schema.ts';
import { addUpdate, newIncidentText } from '../../core/incident/edit.ts';
import { incidentFilePath, slugWords } from '../../core/incident/slug.ts';
import { dayKey } from '../../core/incident/time.ts';
import { issueFormYaml } from '../../core/ops/issue-ops.ts';
import { CONFIG_FILE } from '../../project/config.ts';
import { ISSUE_FORM_PATH } from './issue-ops/command.ts';
import { now, UsageError, type Io } from '../io.ts';

/**
 * The package this runs from: the repository, or `node_modules/outpost` (src/cli/commands or dist-pkg/cli/commands).
 */
const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The files a new site starts with besides those written from the answers. */
const STARTER = join(PACKAGE_ROOT, 'starter');
const WORKFLOWS = '.github/workflows';
const MIRRORS = ['.github/mirrors/package.json', '.github/mirrors/package-lock.json'];

export interface OutpostPackage {
  name: string;
  version: string;
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts?: Record<string, boolean>;
}

/** A question of `init`: its flag, how it is asked on a terminal, and what makes an answer wrong, in plain words. */
interface Question {
  given: string | undefined;
  /** The flag that gives it, named in problems without a terminal; none for the folder (an argument). */
  flag?: string;
  question: string;
  /** Said once on a terminal before the question is first asked. */
  note?: string;
  /** Taken for an empty answer (on a terminal), or when the flag is missing (without one). */
  fallback?: string;
  empty: string;
  check: (answer: string) => string | undefined;
}

/**
 * Every answer, from its flag or asked on a terminal. A wrong answer is said in plain words and
 * asked again, keeping the others; without a terminal, every wrong or missing flag is said at once
 * (a usage error).
 */
async function answers(io: Io, questions: Question[]): Promise<string[]> {
  const out: string[] = [];
  const problems: string[] = [];
  for (const question of questions) {
    let value = question.given?.trim() || undefined;
    if (value === undefined && io.ask && question.note) io.out(question.note);
    for (;;) {
      if (value === undefined) {
        value = io.ask ? (await io.ask(question.question)).trim() || question.fallback : question.fallback;
      }
      const problem = value === undefined || value === '' ? question.empty : question.check(value);
      if (!problem) break;
      if (!io.ask) {
        problems.push(question.flag ? `--${question.flag}: ${problem}` : problem);
        break;
      }
      io.out(problem);
      value = undefined;
    }
    out.push(value ?? '');
  }
  if (problems.length > 0) throw new UsageError(problems.join('\noutpost init: '));
  return out;
}

/** A good answer for each field, so one answer can be judged by the config schema on its own. */
const PLACEHOLDERS = {
  name: 'Status',
  url: 'https://status.example.com/',
  timeZone: 'UTC',
  components: [{ id: 'website', name: 'Website' }],
};

/** The config schema's problems with one field's answer: the same judgment a build makes. */
function schemaProblems(field: keyof typeof PLACEHOLDERS, value: unknown): Problem[] {
  const { problems } = parseSiteConfig({ ...PLACEHOLDERS, [field]: value }, CONFIG_FILE);
  return problems.filter((problem) => problem.severity === 'error');
}

/** The folder must be new or empty, and a folder. */
function folderProblem(root: string, folder: string): string | undefined {
  let path = resolve(root, folder);
  if (existsSync(path)) {
    if (!statSync(path).isDirectory()) return `"${folder}" is a file, not a folder: give the name of a new folder.`;
    if (readdirSync(path).length > 0) return `"${folder}" already has files in it: give a new folder, or an empty one.`;
    return undefined;
  }
  while (!existsSync(path) && dirname(path) !== path) path = dirname(path);
  if (!statSync(path).isDirectory()) {
    return `"${folder}" can't be made: ${relative(root, path) || path} is a file, not a folder.`;
  }
  return undefined;
}

/** What the schema says about the name (a line break, a control character), in words. */
function nameProblem(name: string): string | undefined {
  const [problem] = schemaProblems('name', name);
  return problem ? `The name ${problem.message.replace(/^name:? /, '')}.` : undefined;
}

function urlProblem(url: string): string | undefined {
  if (schemaProblems('url', url).length === 0) return undefined;
  const whole = `https://${url.replace(/^\/+/, '')}${url.includes('/') ? '' : '/'}`;
  const fixable = !/^[a-z]+:/i.test(url) && schemaProblems('url', whole).length === 0;
  const hint = fixable ? ` Did you mean ${whole}?` : ' For example https://status.example.com/.';
  return `"${url}" is not a web address: write it whole, starting with https://.${hint}`;
}

function timeZoneProblem(timeZone: string): string | undefined {
  if (schemaProblems('timeZone', timeZone).length === 0) return undefined;
  const zones = Intl.supportedValuesOf('timeZone');
  const key = timeZone.trim().replace(/\s+/g, '_').toLowerCase();
  // "Berlin" or "Berln" for Europe/Berlin: the zones' last parts, then whole names.
  const city = (zone: string) => zone.split('/').pop()!;
  const near = suggest(key, zones.map(city));
  const byCity = zones.find((zone) => city(zone).toLowerCase() === (near ?? key).toLowerCase());
  const hit = byCity ?? suggest(timeZone, zones);
  const hint = hit ? ` Did you mean ${hit}?` : '';
  return `"${timeZone}" is not a time zone: use a name like Europe/Berlin, America/New_York or UTC.${hint}`;
}

/**
 * `checkout:Checkout`, or a bare name (`Web App`): the id made from the name. Flags and answers go
 * through here alike, so `--component "web app:Web App"` and the answer `Web App` give `web-app`.
 */
export function componentFrom(spec: string): { id: string; name: string } {
  const text = spec.trim();
  const colon = text.indexOf(':');
  const name = (colon === -1 ? text : text.slice(colon + 1)).trim();
  const id = slugWords(colon === -1 ? text : text.slice(0, colon) || name).join('-');
  return { id, name };
}

function componentsProblem(specs: string[]): string | undefined {
  const components = specs.map(componentFrom);
  const named = components.findIndex((component) => !component.name);
  if (named !== -1) {
    const spec = specs[named].trim();
    return `"${spec}" has no name after the colon: write id:Name, like checkout:Checkout, or just the name.`;
  }
  const unnamed = components.findIndex((component) => !component.id);
  if (unnamed !== -1) {
    const spec = specs[unnamed].trim();
    return `"${spec}" has no letters or digits to make an id from: write id:Name, like checkout:Checkout.`;
  }
  const [problem] = schemaProblems('components', components);
  // What the schema says about the list (a repeated id), without the config's dotted path.
  const inWords = (_: string, index: string, field: string) => `component ${Number(index) + 1} (${field}) `;
  return problem ? `${problem.message.replace(/^components\.(\d+)\.(\w+):? /, inWords)}.` : undefined;
}

/**
 * `where` decides how the site gets Outpost (tests give one that packs nothing, since packing this
 * repository builds dist-pkg/ in it, which another test's pack may be using).
 */
export async function initCommand(
  args: string[],
  io: Io,
  where: typeof outpostSource = outpostSource,
): Promise<number> {
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
  const machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const [folder, name, url, timeZone, componentList] = await answers(io, [
    {
      given: positionals[0],
      question: 'Folder for the new site [status-page]:',
      fallback: io.ask ? 'status-page' : undefined,
      empty: 'give the folder of the new site: outpost init <dir>',
      check: (answer) => folderProblem(io.root, answer),
    },
    {
      given: values.name,
      flag: 'name',
      question: 'Name of the status page (e.g. Acme Status):',
      empty: 'The page needs a name, like Acme Status.',
      check: nameProblem,
    },
    {
      given: values.url,
      flag: 'url',
      note: ADDRESS_NOTE,
      question: 'Its address (e.g. https://acme.github.io/status-page/, or https://status.example.com/):',
      empty: 'The page needs the address it will live at, like https://status.example.com/ (you can change it later).',
      check: urlProblem,
    },
    // Asked with this machine's zone as the answer to accept; without a terminal, UTC.
    {
      given: values['time-zone'],
      flag: 'time-zone',
      question: `Time zone in which days begin [${machineZone}]:`,
      fallback: io.ask ? machineZone : 'UTC',
      empty: '',
      check: timeZoneProblem,
    },
    {
      given: values.component?.join('\0'),
      flag: 'component',
      question: 'Components, as names or id:Name, separated by commas (e.g. Website, api:Public API):',
      empty: 'The page needs at least one component, like Website or api:Public API.',
      check: (answer) => componentsProblem(splitComponents(answer, values.component !== undefined)),
    },
  ]);
  const dir = resolve(io.root, folder);
  const components = splitComponents(componentList, values.component !== undefined).map(componentFrom);
  for (const [index, spec] of (values.component ?? []).entries()) {
    const written = spec.includes(':') ? spec.slice(0, spec.indexOf(':')).trim() : undefined;
    if (written && written !== components[index].id) {
      const id = components[index].id;
      io.out(`component id "${written}" is written as "${id}" (lowercase letters, digits and dashes)`);
    }
  }
  const at = now();
  // Uptime starts today: the bars show the days before the page existed as "no data", not as 90 good days.
  const options = { name, url, timeZone, trackedSince: dayKey(at, timeZone), components };

  const example = exampleIncident(options.components[0].id, at);
  const checked = validateProject(options, CONFIG_FILE, [example], { now: at });
  if (checked.problems.length > 0 || !checked.config) {
    io.out(formatReport(checked.problems));
    if (hasErrors(checked.problems) || !checked.config) return 1;
  }

  const outpost = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as OutpostPackage;
  const source = where(outpost, dir);
  const docs = source.published ? `[Outpost](https://www.npmjs.com/package/${outpost.name})` : 'Outpost';
  const starter = (path: string) => readFileSync(join(STARTER, path), 'utf8');
  const fill = (text: string) =>
    text.replace(
      /\{\{(\w+)\}\}/g,
      (whole, key: string) =>
        ({
          name: oneLine(name),
          url: checked.config!.url,
          example: example.path,
          outpost: docs,
          upgrade: source.published
            ? starter('upgrade-published.md')
            : starter('upgrade-vendored.md').replaceAll('{{tarball}}', source.vendored ?? ''),
        })[key] ?? whole,
    );
  const files: [path: string, text: string][] = [
    ['package.json', `${JSON.stringify(sitePackage(outpost, dir, source.spec), null, 2)}\n`],
    // npm never packs a .npmrc, so the starter carries it (the same as Outpost's own).
    ['.npmrc', starter('npmrc')],
    ['.nvmrc', `${/\d+/.exec(outpost.engines.node)?.[0]}\n`],
    ['.gitignore', starter('gitignore')],
    [CONFIG_FILE, astroConfig(checked.config, source.published)],
    [example.path, example.text],
    ['public/robots.txt', starter('public/robots.txt')],
    ['README.md', fill(starter('README.md'))],
    ['.github/dependabot.yml', starter('dependabot.yml')],
    [ISSUE_FORM_PATH, issueFormYaml(checked.config)],
    ...readdirSync(join(PACKAGE_ROOT, WORKFLOWS))
      .sort()
      .map((file): [string, string] => [
        `${WORKFLOWS}/${file}`,
        siteWorkflow(readFileSync(join(PACKAGE_ROOT, WORKFLOWS, file), 'utf8')),
      ]),
    // The mirror hosts' CLIs, pinned by their lock, as the deploy workflow installs them.
    ...MIRRORS.map((path): [string, string] => [path, readFileSync(join(PACKAGE_ROOT, path), 'utf8')]),
  ];
  // The tarball first: if it can't be made, nothing else is written.
  if (source.vendor) {
    try {
      source.vendor(join(dir, 'vendor'));
    } catch (error) {
      rmSync(join(dir, 'vendor'), { recursive: true, force: true });
      throw error;
    }
  }
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const shown = relative(io.root, dir) || '.';
  const written = [...files.map(([path]) => path), ...(source.vendored ? [source.vendored] : [])];
  io.out(`created ${oneLine(checked.config.name)} in ${shown}: ${written.join(', ')}`);
  if (source.vendored) {
    const tarball = source.vendored;
    io.out(`Outpost is not on the npm registry yet: the site depends on ${tarball}, which is committed with it.`);
  }
  io.out(
    `next:\n  cd ${shown}\n` +
      `  npm install          # Outpost, Astro and Node ${/\d+/.exec(outpost.engines.node)?.[0]}\n` +
      '  npm run build        # the site, in dist/\n' +
      '  npm run dev          # or preview it as you edit\n' +
      'then push it to GitHub and turn on Pages (Settings → Pages → Source: GitHub Actions).\n' +
      'The first deploy is live at https://<owner>.github.io/<repo>/ whatever url says; ' +
      'a custom domain comes later (see its README).',
  );
  return 0;
}

/** Said before asking for the address: which one the first deploy has, and what the answer is for. */
const ADDRESS_NOTE =
  'The first deploy publishes the page at https://<owner>.github.io/<repo>/, the address GitHub Pages gives\n' +
  'the repository, and builds it for that address whatever you answer here; a custom domain comes later, in\n' +
  'Settings → Pages, and the deploy then builds for it. The answer is for local builds and links: that\n' +
  'github.io address, or the domain you mean to use.';

/** The prompt's answer is separated by commas; flags come one component each (a name may hold a comma). */
function splitComponents(answer: string, fromFlags: boolean): string[] {
  return (fromFlags ? answer.split('\0') : answer.split(',')).filter((spec) => spec.trim() !== '');
}

/** For one-line places (a Markdown heading, the terminal): line breaks and other controls become spaces. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}

/**
 * A short, resolved example: it shows the format and the history, and says it is one. `example: true`
 * makes every check warn until the file is deleted, and keeps it out of the uptime.
 */
function exampleIncident(component: string, at: Date): { path: string; text: string } {
  const started = new Date(at.getTime() - 2 * 60 * 60_000);
  const draft = newIncidentText({
    title: 'Example: some customers could not sign in',
    impact: 'minor',
    components: [component],
    status: 'investigating',
    message:
      'This is an example incident written by `outpost init`: it shows the format. ' +
      'Delete this file before the page goes live. Next update in 30 minutes.',
    at: started,
  });
  const flag = 'example: true # written by `outpost init`: every check warns until this file is deleted';
  const marked = draft.replace(/\n---\n/, `\n${flag}\n---\n`);
  const text = addUpdate(marked, {
    status: 'resolved',
    at: new Date(started.getTime() + 40 * 60_000),
    message:
      'Signing in works normally again for everyone. No data was lost; customers who could not sign in can do so now.',
  });
  return { path: incidentFilePath('incidents', `${started.toISOString().slice(0, 10)}-example`), text };
}

/** Outpost as the new site gets it. */
export interface OutpostSource {
  /** The dependency in the site's package.json. */
  spec: string;
  /** On the npm registry: links to its page make sense. */
  published: boolean;
  /** The tarball the site carries, relative to it (`vendor/outpost-0.1.0.tgz`). */
  vendored?: string;
  /** Puts that tarball into the site's vendor folder. */
  vendor?: (folder: string) => void;
}

/**
 * Where the new site gets Outpost. Run from the registry's package: this version from the registry.
 * Run from a tarball or a folder (`npx ./outpost-0.1.0.tgz init`, or a project that installed one),
 * or from a checkout of the repository: that Outpost, packed, in the site's `vendor/` folder, which
 * is committed with the site, so its CI's `npm ci` finds it (a path outside the site does not exist
 * on GitHub).
 */
export function outpostSource(outpost: OutpostPackage, siteDir: string): OutpostSource {
  const tarball = `${outpost.name}-${outpost.version}.tgz`;
  const packed = (from: string): OutpostSource => ({
    spec: `file:vendor/${tarball}`,
    published: false,
    vendored: `vendor/${tarball}`,
    vendor: (folder) => {
      mkdirSync(folder, { recursive: true });
      const args = ['pack', '--pack-destination', folder, '--no-fund', '--no-audit', '--loglevel=error'];
      const pack = spawnSync('npm', args, {
        cwd: from,
        encoding: 'utf8',
        shell: process.platform === 'win32',
      });
      if (pack.status !== 0 || !existsSync(join(folder, tarball))) {
        const into = `${relative(siteDir, folder)}/`;
        const output = pack.stderr || pack.stdout;
        const hint = '(run `npm install` there first)';
        throw new UsageError(`could not pack Outpost from ${from} into ${into} ${hint}:\n${output}`);
      }
    },
  });
  const installed = PACKAGE_ROOT.split(sep).lastIndexOf('node_modules');
  if (installed === -1) return packed(PACKAGE_ROOT);
  const project = PACKAGE_ROOT.split(sep).slice(0, installed).join(sep);
  let spec: string | undefined;
  try {
    type Manifest = { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as Manifest;
    spec = manifest.dependencies?.[outpost.name] ?? manifest.devDependencies?.[outpost.name];
  } catch {
    // No project around it (npx from the registry): the registry's version.
  }
  if (!spec?.startsWith('file:')) return { spec: `^${outpost.version}`, published: true };
  const target = resolve(project, spec.slice('file:'.length));
  if (existsSync(target) && statSync(target).isDirectory()) return packed(target);
  const name = basename(target);
  return {
    spec: `file:vendor/${name}`,
    published: false,
    vendored: `vendor/${name}`,
    vendor: (folder) => {
      mkdirSync(folder, { recursive: true });
      copyFileSync(target, join(folder, name));
    },
  };
}

function sitePackage(outpost: OutpostPackage, dir: string, outpostSpec: string) {
  const name =
    basename(dir)
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'status-page';
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
      [outpost.name]: outpostSpec,
    },
    devDependencies: { node: outpost.devDependencies.node },
    ...(outpost.allowScripts ? { allowScripts: outpost.allowScripts } : {}),
  };
}

/**
 * A JavaScript string literal for any text: quotes, backslashes, line breaks (CR, LF, U+2028,
 * U+2029) and every other control character escaped, so no answer can end the string or the line.
 */
export function js(text: string): string {
  return `'${text.replace(/[\\'\u0000-\u001f\u007f\u2028\u2029]/g, (char) => {
    const named: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  })}'`;
}

export function astroConfig(config: SiteConfig, published: boolean): string {
  const components = config.components.map(
    (component) => `        { id: ${js(component.id)}, name: ${js(component.name)} },`,
  );
  const options = published
    ? 'https://www.npmjs.com/package/outpost and node_modules/outpost/docs/configure.md'
    : 'node_modules/outpost/docs/configure.md (after npm install)';
  return `// The whole status site is configured here; \`npx outpost validate\` checks it, and so does every build.
// Every option: ${options}
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
${
  config.trackedSince
    ? `      trackedSince: ${js(config.trackedSince)}, ` +
      '// the first day the page reports on: earlier days show "no data"\n'
    : ''
}      // updateCadenceMinutes: 30, // how often an active incident should be updated
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
