#!/usr/bin/env node
/**
 * `npm run bench`: generated incidents at several sizes; medians of repeated
 * runs for validation (`outpost validate`, also its first run with nothing of the site cached)
 * and the build, peak memory, pages and bytes written,
 * rebuilds after editing one incident with the output and caches kept,
 * Astro's own floor (one trivial page per file) and, with `hugo` installed,
 * a minimal Hugo site over the same files, and the home page's gzipped
 * weight. Prints a table and writes it as JSON (.bench/results.json). A
 * benchmark, not a test: nothing in `npm test` asserts a time.
 *
 * The sites use Outpost as a site gets it: `npm pack`'s package, unpacked into
 * `.bench/node_modules/outpost` (its dependencies are the checkout's), so the integration and the
 * command run compiled, as installed. `--from-source` uses the checkout's TypeScript instead
 * (Node strips its types on every start): no pack, for trying a change.
 *
 *   npm run bench                       # 100, 1000, 10000; 3 runs each; six languages at 1000
 *   npm run bench -- --sizes 1000 --runs 1 --keep
 *   npm run bench -- --six-languages 1000,10000   # the six-language build at these sizes (none: '')
 *   npm run bench:home                  # the home page's weight alone, at 10000
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addUpdate } from '../core/incident/edit.ts';
import { generateSite, NOW } from './generate.ts';
import { homeWeight } from './home-weight.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'six-languages': { type: 'string', default: '1000' },
    'from-source': { type: 'boolean', default: false },
  },
});
const REPO = resolve(import.meta.dirname, '../..');
const BENCH = join(REPO, '.bench');
const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs a script in a fresh Node process and returns its wall time and peak RSS. */
function measure(script: string, env: Record<string, string>): { seconds: number; peakMiB: number; output: string } {
  return measureRun(
    ['--input-type=module', '-e', `${script}\nconsole.log('MAXRSS=' + process.resourceUsage().maxRSS);`],
    REPO,
    env,
  );
}

/** Runs `node ARGS` in `cwd` and returns its wall time and peak RSS (the one of a script that prints MAXRSS=). */
function measureRun(
  args: string[],
  cwd: string,
  env: Record<string, string>,
): { seconds: number; peakMiB: number; output: string } {
  const started = performance.now();
  const child = spawnSync(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0)
    throw new Error(`benchmark step failed:\n${child.stdout.slice(-2000)}${child.stderr.slice(-4000)}`);
  const peak = Number(/MAXRSS=(\d+)/.exec(child.stdout)?.[1] ?? 0) / 1024;
  return { seconds, peakMiB: Math.round(peak), output: child.stdout };
}

function written(dir: string): { pages: number; bytes: number; largest: number } {
  let pages = 0,
    bytes = 0,
    largest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const size = statSync(join(entry.parentPath, entry.name)).size;
    bytes += size;
    if (entry.name.endsWith('.html')) {
      pages++;
      largest = Math.max(largest, size);
    }
  }
  return { pages, bytes, largest };
}

/**
 * The floor a static generator works against: a minimal Hugo site over the same incident files
 * (one page per incident, a paged list). Returns a run of its build (its wall time); undefined
 * without `hugo` on PATH (Debian: apt-get install hugo).
 */
function hugoFloor(root: string): (() => number) | undefined {
  if (spawnSync('hugo', ['version']).status !== 0) return undefined;
  const site = join(root, 'hugo');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'layouts/_default'), { recursive: true });
  cpSync(join(root, 'incidents'), join(site, 'content/incidents'), { recursive: true });
  writeFileSync(
    join(site, 'hugo.toml'),
    `baseURL = "https://status.example.com/"\ntitle = "Bench Status"\npaginate = 25\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\n`,
  );
  const page = (body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>${body}</body></html>\n`;
  writeFileSync(join(site, 'layouts/_default/single.html'), page('<h1>{{ .Title }}</h1>{{ .Content }}'));
  writeFileSync(
    join(site, 'layouts/_default/list.html'),
    page(
      '<ul>{{ range (.Paginate .RegularPages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ template "_internal/pagination.html" . }}',
    ),
  );
  writeFileSync(
    join(site, 'layouts/index.html'),
    page(
      '<ul>{{ range (.Paginate site.RegularPages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ template "_internal/pagination.html" . }}',
    ),
  );
  return () => {
    rmSync(join(site, 'public'), { recursive: true, force: true });
    const started = performance.now();
    const child = spawnSync('hugo', ['--quiet', '--source', site], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`hugo failed:\n${child.stderr.slice(-4000)}`);
    return (performance.now() - started) / 1000;
  };
}

/** Builds the Astro site at `site` in a fresh Node process: its wall time and peak memory. */
const buildSite = (site: string, env: Record<string, string>) =>
  measure(
    `const { build } = await import('astro'); await build({ root: ${JSON.stringify(site)}, logLevel: 'error' });`,
    env,
  );

/**
 * Astro's own floor: an Astro site that writes one trivial page per incident file (its text in a
 * <pre>), with nothing of Outpost. What is left between this and Outpost's build is Outpost's work.
 * Returns a run of its build (its wall time).
 */
function astroFloor(root: string): () => number {
  const site = join(root, 'astro-floor');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'src/pages/incidents'), { recursive: true });
  writeFileSync(
    join(site, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ build: { concurrency: 8 } });\n`,
  );
  writeFileSync(
    join(site, 'src/pages/incidents/[slug].astro'),
    `---\nimport { readdirSync, readFileSync } from 'node:fs';\nexport function getStaticPaths() {\n  const dir = ${JSON.stringify(join(root, 'incidents'))};\n  return readdirSync(dir).map((file) => ({ params: { slug: file.replace(/\\.md$/, '') }, props: { text: readFileSync(\`\${dir}/\${file}\`, 'utf8') } }));\n}\n---\n<html lang="en"><head><title>{Astro.params.slug}</title></head><body><pre>{Astro.props.text}</pre></body></html>\n`,
  );
  return () => {
    rmSync(join(site, 'dist'), { recursive: true, force: true });
    return buildSite(site, {}).seconds;
  };
}

/**
 * Outpost as a site installs it: the package `npm pack` makes, unpacked into `.bench/node_modules/outpost`,
 * where the bench's sites (in `.bench/`) find it by name and its dependencies in the checkout's node_modules.
 * Returns the module the sites' config imports and the `outpost` command to run.
 */
function installPackage(): { integration: string; command: string } {
  const target = join(BENCH, 'node_modules/outpost');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const pack = spawnSync('npm', ['pack', '--silent', '--pack-destination', BENCH], { cwd: REPO, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr.slice(-4000)}`);
  const tarball = join(BENCH, pack.stdout.trim().split('\n').at(-1)!);
  const untar = spawnSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], { encoding: 'utf8' });
  rmSync(tarball, { force: true });
  if (untar.status !== 0) throw new Error(`unpacking ${tarball} failed:\n${untar.stderr}`);
  return { integration: 'outpost', command: join(target, 'bin/outpost.js') };
}

const outpost = values['from-source']
  ? { integration: join(REPO, 'src/site/integration.ts'), command: join(REPO, 'bin/outpost.js') }
  : installPackage();
const results: Record<string, unknown>[] = [];
const env = { OUTPOST_NOW: NOW.toISOString() };
for (const size of values.sizes.split(',').map(Number)) {
  const root = join(BENCH, `site-${size}`);
  generateSite(root, size, outpost);
  // `outpost validate`, as a team runs it: the first run in a fresh checkout (nothing cached) and the runs after it.
  const validate = () => measureRun([outpost.command, 'validate'], root, env);
  const validateColds = Array.from({ length: Number(values.runs) }, () => {
    rmSync(join(root, 'node_modules'), { recursive: true, force: true });
    return validate();
  });
  const validateRuns = Array.from({ length: Number(values.runs) }, validate);
  const row: Record<string, unknown> = {
    incidents: size,
    validateColdSeconds: median(validateColds.map((r) => r.seconds)),
    validateSeconds: median(validateRuns.map((r) => r.seconds)),
  };
  if (!values['no-build']) {
    const buildCold = (site: string) => {
      for (const folder of ['dist', 'node_modules', '.astro'])
        rmSync(join(site, folder), { recursive: true, force: true });
      return buildSite(site, env);
    };
    // The same incidents on a site in every shipped language: what each language costs over the first.
    const six = values['six-languages'].split(',').map(Number).includes(size)
      ? join(BENCH, `site-${size}-six`)
      : undefined;
    if (six) generateSite(six, size, { ...outpost, locales: ['en', 'de', 'fr', 'es', 'pt-BR', 'ja'] });
    const floor = astroFloor(root);
    const hugo = hugoFloor(root);
    // Rebuilds as during an incident: each adds an update to the newest incident (the first
    // reopens it) and builds again with the last build's output and caches kept.
    const newest = join(
      root,
      'incidents',
      readdirSync(join(root, 'incidents'))
        .filter((file) => !readFileSync(join(root, 'incidents', file), 'utf8').includes('type: maintenance'))
        .sort()
        .at(-1)!,
    );
    const rebuild = (run: number) => {
      const text = readFileSync(newest, 'utf8').replace(/\n## Resolved[^\n]*\n[^\n]*\n/, '\n');
      writeFileSync(
        newest,
        addUpdate(text, {
          status: 'update',
          at: new Date(NOW.getTime() - (10 - run) * 60_000),
          message: `Still working on it (${run + 1}). Next update in 30 minutes.`,
        }),
      );
      return buildSite(root, env);
    };
    let out: ReturnType<typeof written> | undefined;
    let home: ReturnType<typeof homeWeight> | undefined;
    // Interleaved: each round builds the site, rebuilds it after one edit, builds the six-language site, Astro's floor
    // and Hugo's, one after another, so the machine's drift over minutes touches every series alike and each ratio
    // compares builds of the same minutes.
    const rounds = Array.from({ length: Number(values.runs) }, (_, run) => {
      const build = buildCold(root);
      if (run === 0) {
        out = written(join(root, 'dist'));
        // The home page must stay one round trip (14 KB gzipped) however long the history grows.
        home = homeWeight(join(root, 'dist'));
      }
      return { build, rebuild: rebuild(run), six: six ? buildCold(six) : undefined, floor: floor(), hugo: hugo?.() };
    });
    const builds = rounds.map((round) => round.build);
    const rebuilds = rounds.map((round) => round.rebuild);
    Object.assign(row, {
      buildSeconds: median(builds.map((r) => r.seconds)),
      buildPeakMiB: Math.max(...builds.map((r) => r.peakMiB)),
      rebuildSeconds: median(rebuilds.map((r) => r.seconds)),
      pages: out!.pages,
      megabytes: Math.round(out!.bytes / 1024 / 102.4) / 10,
      largestPageKiB: Math.round(out!.largest / 1024),
      homeGzipKiB: Number((home!.html / 1024).toFixed(1)),
    });
    if (six) {
      const sixSeconds = median(rounds.map((round) => round.six!.seconds));
      Object.assign(row, { sixLanguageSeconds: sixSeconds, sixPerOne: ratio(sixSeconds, row.buildSeconds as number) });
      if (!values.keep) rmSync(six, { recursive: true, force: true });
    }
    const floorSeconds = median(rounds.map((round) => round.floor));
    Object.assign(row, {
      astroFloorSeconds: floorSeconds,
      buildPerFloor: ratio(row.buildSeconds as number, floorSeconds),
    });
    if (hugo) {
      const hugoSeconds = median(rounds.map((round) => round.hugo!));
      Object.assign(row, {
        hugoSeconds,
        buildPerHugo: ratio(row.buildSeconds as number, hugoSeconds),
        validatePerHugo: ratio(row.validateSeconds as number, hugoSeconds),
        validateColdPerHugo: ratio(row.validateColdSeconds as number, hugoSeconds),
        rebuildPerHugo: ratio(row.rebuildSeconds as number, hugoSeconds),
      });
    }
  }
  results.push(row);
  console.log(
    Object.entries(row)
      .map(
        ([key, value]) => `${key} ${typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(2) : value}`,
      )
      .join('  '),
  );
  if (!values.keep) rmSync(root, { recursive: true, force: true });
}
mkdirSync(BENCH, { recursive: true });
writeFileSync(
  join(BENCH, 'results.json'),
  `${JSON.stringify({ when: new Date().toISOString(), node: process.version, fromSource: values['from-source'], results }, null, 2)}\n`,
);
console.table(results);
