/**
 * `outpost import statuspage <file-or-url>...` and `outpost import cstate <site-dir>`: a history
 * from another status page, one incident file per incident. Each file goes through the edit gate
 * and the validator and is written only if it validates; a run again writes only what is new.
 * Old addresses (Statuspage's `/incidents/<id>`, cState's `/issues/<name>/`) get a page in
 * `public/` that sends readers to the new one. The components the history names are printed for
 * the config, or written into it with `--write-config`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport, type Problem } from '../../../core/base/problems.ts';
import { ComponentRegistry } from '../../../core/import/components.ts';
import { readCstateConfig, readCstateIssue } from '../../../core/import/cstate.ts';
import type { ImportedIncident } from '../../../core/import/model.ts';
import { planImport } from '../../../core/import/plan.ts';
import { configLines, importedFrom, redirectPage, redirectTarget } from '../../../core/import/render.ts';
import { readStatuspageComponent, readStatuspageIncident } from '../../../core/import/statuspage.ts';
import { slugFromPath } from '../../../core/incident/slug.ts';
import { isValidTimeZone } from '../../../core/incident/time.ts';
import { absoluteUrl, basePath, sitePaths } from '../../../core/outputs/paths.ts';
import type { SiteConfig } from '../../../core/config/schema.ts';
import { CONFIG_FILE } from '../../../project/config.ts';
import { readIncidentFiles } from '../../../project/files.ts';
import {
  fileChunks,
  managementPages,
  statuspageEndpoints,
  statuspageItems,
  urlChunks,
  type StatuspageItem,
} from './sources.ts';
import { CliError, now, siteConfig, UsageError, type Io } from '../../io.ts';

const USAGE =
  'usage: outpost import statuspage <file-or-url>... [--write-config] [--key-env NAME]\n' +
  '       outpost import cstate <site-dir> [--write-config] [--time-zone ZONE]';

/** What one run did, for the summary and for tests. */
export interface ImportReport {
  written: { path: string; sourceId: string; updates: number }[];
  updated: { path: string; added: number }[];
  unchanged: number;
  invalid: { label: string; problems: Problem[] }[];
  skipped: { label: string; reason: string }[];
  redirects: string[];
  warnings: Map<string, number>;
  newComponents: number;
  newGroups: number;
  /** Each incident read: its source id and how its updates were counted. */
  incidents: {
    sourceId: string;
    label: string;
    path?: string;
    updatesIn: number;
    counted: ImportedIncident['counted'];
    notes: string[];
  }[];
}

class Importer {
  readonly report: ImportReport = {
    written: [],
    updated: [],
    unchanged: 0,
    invalid: [],
    skipped: [],
    redirects: [],
    warnings: new Map(),
    newComponents: 0,
    newGroups: 0,
    incidents: [],
  };
  readonly registry: ComponentRegistry;
  private readonly existing = new Map<string, { path: string; text: string }>();
  private readonly slugs = new Set<string>();
  private readonly at: Date;
  readonly io: Io;
  private readonly config: SiteConfig;

  constructor(io: Io, config: SiteConfig) {
    this.io = io;
    this.config = config;
    this.registry = new ComponentRegistry(config);
    this.at = now();
    for (const file of readIncidentFiles(io.root, [config.incidentsDir], { named: false }).files) {
      this.slugs.add(slugFromPath(file.path));
      const from = importedFrom(file.text);
      if (from) this.existing.set(`${from.source} ${from.sourceId}`, file);
    }
  }

  /** One incident: planned, validated, written (with its redirects) or reported. */
  add(incident: ImportedIncident): void {
    const existing = this.existing.get(`${incident.source} ${incident.sourceId}`);
    const outcome = planImport(incident, {
      config: this.config,
      registry: this.registry,
      now: this.at,
      existing,
      slugTaken: (slug) => this.slugs.has(slug) || this.redirectTaken(slug),
    });
    this.report.incidents.push({
      sourceId: incident.sourceId,
      label: incident.label,
      path: outcome.kind === 'invalid' ? undefined : outcome.path,
      updatesIn: incident.updatesIn,
      counted: incident.counted,
      notes: incident.notes,
    });
    for (const note of incident.notes) this.io.out(`  ${incident.label}: ${note}`);
    if (outcome.kind === 'invalid') {
      this.report.invalid.push({ label: incident.label, problems: outcome.problems });
      this.io.out(
        `not written: ${incident.label} would not be valid as ${outcome.path}:\n${formatReport(outcome.problems)}`,
      );
      return;
    }
    if (outcome.kind === 'unchanged') {
      this.report.unchanged++;
      if (outcome.reason) this.io.out(`  ${incident.label}: ${outcome.reason}`);
    } else {
      mkdirSync(dirname(join(this.io.root, outcome.path)), { recursive: true });
      writeFileSync(join(this.io.root, outcome.path), outcome.text);
      for (const warning of outcome.warnings)
        this.report.warnings.set(warning.rule, (this.report.warnings.get(warning.rule) ?? 0) + 1);
      if (outcome.kind === 'new') {
        this.slugs.add(slugFromPath(outcome.path));
        this.existing.set(`${incident.source} ${incident.sourceId}`, { path: outcome.path, text: outcome.text });
        this.report.written.push({ path: outcome.path, sourceId: incident.sourceId, updates: outcome.updates });
        this.io.out(
          `wrote ${outcome.path} (${incident.label}, ${outcome.updates} update${outcome.updates === 1 ? '' : 's'})`,
        );
      } else {
        this.report.updated.push({ path: outcome.path, added: outcome.added });
        this.io.out(
          `updated ${outcome.path}: ${outcome.added} new update${outcome.added === 1 ? '' : 's'} (${incident.label})`,
        );
      }
    }
    this.redirect(incident, slugFromPath(outcome.path));
  }

  /** A slug that is the name of an old address in `public/incidents/` would clash with its redirect. */
  private redirectTaken(slug: string): boolean {
    return existsSync(join(this.io.root, 'public', 'incidents', slug));
  }

  /** The pages at the old addresses: written when missing, rewritten only when the site's address changed. */
  private redirect(incident: ImportedIncident, slug: string): void {
    const path = sitePaths(basePath(this.config.url)).incident(slug);
    const page = redirectPage(path, absoluteUrl(this.config.url, path), incident.title);
    for (const old of incident.oldPaths) {
      if (old === `incidents/${slug}`) continue;
      if (this.slugs.has(old.replace(/^incidents\//, '')) && old.startsWith('incidents/')) {
        this.io.out(`  ${incident.label}: no redirect from /${old}: an incident of this site has that address`);
        continue;
      }
      const file = join(this.io.root, 'public', old, 'index.html');
      const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      if (current === page) continue;
      if (current !== undefined && !redirectTarget(current)?.endsWith(`/incidents/${slug}/`)) {
        this.io.out(
          `  ${incident.label}: public/${old}/index.html is there already and leads elsewhere; left as it is`,
        );
        continue;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, page);
      this.report.redirects.push(`public/${old}/index.html`);
    }
  }

  skip(label: string, reason: string): void {
    this.report.skipped.push({ label, reason });
    this.io.out(`skipped ${label}: ${reason}`);
  }

  /** The summary, the config lines (or the config written), and the exit code. */
  async finish(writeConfig: boolean): Promise<number> {
    const report = this.report;
    const groups = this.registry.newGroups();
    const components = this.registry.newComponents();
    report.newComponents = components.length;
    report.newGroups = groups.length;
    const updates =
      report.written.reduce((sum, entry) => sum + entry.updates, 0) +
      report.updated.reduce((sum, entry) => sum + entry.added, 0);
    this.io.out(
      `imported ${report.written.length} incident${report.written.length === 1 ? '' : 's'}, ` +
        `${report.updated.length} with new updates, ${updates} updates in all; ` +
        `${report.unchanged} already there; ${report.invalid.length} not written (problems above); ` +
        `${report.skipped.length} skipped; ` +
        `${report.redirects.length} redirect page${report.redirects.length === 1 ? '' : 's'} written`,
    );
    if (report.warnings.size > 0) {
      const counts = [...report.warnings]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([rule, count]) => `${count} ${rule}`);
      this.io.out(`warnings in the written files (\`outpost validate\` lists them): ${counts.join(', ')}`);
    }
    if (components.length > 0 || groups.length > 0) {
      if (writeConfig) {
        const file = join(this.io.root, CONFIG_FILE);
        // magicast (and Babel's parser under it) loads only when a config is to be written.
        const { addToAstroConfig } = await import('./astro-config.ts');
        const result = addToAstroConfig(readFileSync(file, 'utf8'), groups, components);
        if ('problem' in result) {
          this.io.out(
            `${CONFIG_FILE} was not changed: ${result.problem}. Add these to outpost({...}) yourself:\n` +
              configLines(groups, components),
          );
          return 1;
        }
        writeFileSync(file, result.text);
        this.io.out(
          `added ${components.length} component${components.length === 1 ? '' : 's'} ` +
            `and ${groups.length} group${groups.length === 1 ? '' : 's'} to ${CONFIG_FILE}`,
        );
      } else {
        this.io.out(
          'the imported incidents name components the site does not have yet; ' +
            `add them to outpost({...}) in ${CONFIG_FILE} (or run again with --write-config):\n` +
            configLines(groups, components),
        );
      }
    }
    return report.invalid.length > 0 ? 1 : 0;
  }
}

async function importStatuspage(importer: Importer, sources: string[], keyEnv: string): Promise<void> {
  const key = () => {
    const value = process.env[keyEnv];
    if (!value)
      throw new UsageError(
        `the management API needs its key in the environment variable ${keyEnv} (or name another with --key-env)`,
      );
    return value;
  };
  const isUrl = (source: string) => /^https?:\/\//i.test(source);
  for (const source of sources)
    if (!isUrl(source) && !existsSync(resolve(importer.io.root, source)))
      throw new UsageError(`there is no file ${source}`);

  // First every component and group (their groups name the components of the incidents), then the incidents.
  const componentItems = async function* (): AsyncGenerator<StatuspageItem> {
    for (const source of sources) {
      if (!isUrl(source)) {
        yield* statuspageItems(fileChunks(resolve(importer.io.root, source)), source);
        continue;
      }
      const endpoints = statuspageEndpoints(source);
      if (endpoints.management) {
        yield* managementPages(`${endpoints.management.base}/component-groups`, key());
        yield* managementPages(`${endpoints.management.base}/components`, key());
      }
      for (const url of endpoints.components) yield* statuspageItems(await urlChunks(url), url);
    }
  };
  // The management API's component groups: { id, name, description, components: [ids] }.
  const isGroupList = (value: unknown) =>
    Array.isArray((value as { components?: unknown })?.components) && !('status' in (value as object));
  for await (const item of componentItems()) {
    if (item.kind !== 'component') continue;
    const value = item.value;
    if (isGroupList(value)) {
      const group = value as { id?: string; name?: string; description?: string | null };
      if (group.id && group.name)
        importer.registry.describeGroup({
          sourceId: group.id,
          name: group.name,
          description: group.description ?? undefined,
        });
      continue;
    }
    const read = readStatuspageComponent(item.value);
    if (read.group) importer.registry.describeGroup(read.group);
  }
  // Components in the source's order, each in its group.
  for await (const item of componentItems()) {
    if (item.kind !== 'component' || isGroupList(item.value)) continue;
    const read = readStatuspageComponent(item.value);
    if (read.problem) importer.skip(item.at, read.problem);
    else if (read.component) {
      const group = read.component.groupId ? importer.registry.groupNameOf(read.component.groupId) : undefined;
      if (read.component.groupId && !group)
        importer.io.out(
          `  ${item.at}: "${read.component.name}" is in group ${read.component.groupId}, ` +
            'which the source does not list: it gets no group',
        );
      importer.registry.componentId({ ...read.component, group });
    }
  }

  const incidentItems = async function* (): AsyncGenerator<StatuspageItem> {
    for (const source of sources) {
      if (!isUrl(source)) {
        yield* statuspageItems(fileChunks(resolve(importer.io.root, source)), source);
        continue;
      }
      const endpoints = statuspageEndpoints(source);
      if (endpoints.management) yield* managementPages(`${endpoints.management.base}/incidents`, key());
      for (const url of endpoints.incidents) yield* statuspageItems(await urlChunks(url), url);
    }
  };
  for await (const item of incidentItems()) {
    if (item.kind === 'component') continue;
    const read = readStatuspageIncident(item.value, {
      maintenance: item.kind === 'maintenance',
      groupName: (id) => importer.registry.groupNameOf(id),
    });
    if (read.incident) importer.add(read.incident);
    else
      importer.skip(
        read.id ? `Statuspage incident ${read.id} (${item.at})` : item.at,
        `can't be read: ${read.problem}`,
      );
  }
}

/** `content/issues` of a cState site, or that folder itself; and the site's root (for its config). */
function cstateFolders(root: string, dir: string): { issues: string; site?: string } {
  const full = resolve(root, dir);
  if (!existsSync(full) || !statSync(full).isDirectory()) throw new UsageError(`there is no folder ${dir}`);
  if (existsSync(join(full, 'content', 'issues'))) return { issues: join(full, 'content', 'issues'), site: full };
  const up = resolve(full, '..', '..');
  return { issues: full, site: basename(dirname(full)) === 'content' ? up : undefined };
}

const CSTATE_CONFIGS = ['config.yml', 'config.yaml', 'hugo.yml', 'hugo.yaml'];

async function importCstate(importer: Importer, dir: string, zoneOption: string | undefined): Promise<void> {
  const { issues, site } = cstateFolders(importer.io.root, dir);
  let zone = zoneOption;
  const configFile = site ? CSTATE_CONFIGS.map((name) => join(site, name)).find((path) => existsSync(path)) : undefined;
  if (configFile) {
    const read = readCstateConfig(readFileSync(configFile, 'utf8'));
    if (read.problem) throw new UsageError(`${relative(importer.io.root, configFile)}: ${read.problem}`);
    for (const category of read.site!.categories) importer.registry.groupId(category);
    for (const system of read.site!.systems) importer.registry.componentId(system);
    zone ??= read.site!.timeZone;
  } else if (site && ['config.toml', 'hugo.toml'].some((name) => existsSync(join(site, name)))) {
    importer.io.out(
      "the site's config is TOML, which this does not read: its components come from the issues' `affected` names",
    );
  }
  zone ??= 'UTC';
  if (!isValidTimeZone(zone))
    throw new UsageError(`"${zone}" is not a time zone; use an IANA name like "UTC" or "Europe/Berlin"`);
  const files = readdirSync(issues)
    .filter((name) => /\.(md|markdown)$/i.test(name) && !name.startsWith('_'))
    .sort();
  if (files.length === 0) throw new UsageError(`${dir} has no cState issues (.md files in content/issues)`);
  for (const name of files) {
    const path = (site ? relative(site, join(issues, name)) : `content/issues/${name}`).split(sep).join('/');
    const read = readCstateIssue(readFileSync(join(issues, name), 'utf8'), { zone, path });
    if (read.incident) importer.add(read.incident);
    else importer.skip(path, read.skipped ?? `can't be read: ${read.problem}`);
  }
}

export async function importCommand(args: string[], io: Io): Promise<number> {
  return (await runImport(args, io)).code;
}

/** The command, with what it did (for the tests). */
export async function runImport(args: string[], io: Io): Promise<{ code: number; report: ImportReport }> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'write-config': { type: 'boolean', default: false },
      'key-env': { type: 'string', default: 'STATUSPAGE_API_KEY' },
      'time-zone': { type: 'string' },
    },
  });
  const [kind, ...sources] = positionals;
  if (kind !== 'statuspage' && kind !== 'cstate')
    throw new UsageError(kind ? `"${kind}" is not something to import from\n${USAGE}` : USAGE);
  if (sources.length === 0) throw new UsageError(USAGE);
  if (kind === 'cstate' && sources.length > 1) throw new UsageError('give one cState site folder');
  const config = await siteConfig(io.root);
  if (values['write-config']) {
    // Checked before anything is written: a config this can't edit stops the run here.
    const { canEditAstroConfig } = await import('./astro-config.ts');
    const problem = canEditAstroConfig(readFileSync(join(io.root, CONFIG_FILE), 'utf8'));
    if (problem)
      throw new UsageError(
        `--write-config: ${CONFIG_FILE}: ${problem}; run without --write-config and paste the printed lines`,
      );
  }
  const importer = new Importer(io, config);
  try {
    if (kind === 'statuspage') await importStatuspage(importer, sources, values['key-env']!);
    else await importCstate(importer, sources[0], values['time-zone']);
  } catch (error) {
    if (error instanceof CliError) throw error;
    io.out(`import stopped: ${(error as Error).message}`);
    await importer.finish(values['write-config']!);
    return { code: 1, report: importer.report };
  }
  return { code: await importer.finish(values['write-config']!), report: importer.report };
}
