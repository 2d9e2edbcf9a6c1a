/** `outpost publish`: the break-glass path for when GitHub is down. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { now, UsageError, type Io } from '../io.ts';
import { URL_OVERRIDE } from '../../project/config.ts';
import { runAstroBuild } from './build.ts';

/**
 * Each host: the variables it needs, its CLI, and the mirror's address, which the site is built for
 * (as the deploy workflow builds it: docs/deploy.md, "Mirrors"), whatever `url` the config states.
 */
const HOSTS = {
  cloudflare: {
    env: ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_ACCOUNT_ID', 'CLOUDFLARE_PAGES_PROJECT'],
    command: 'wrangler',
    args: (dist: string, env: NodeJS.ProcessEnv) => [
      'pages',
      'deploy',
      dist,
      '--project-name',
      env.CLOUDFLARE_PAGES_PROJECT!,
      '--branch',
      'main',
    ],
    url: (env: NodeJS.ProcessEnv) => env.CLOUDFLARE_PAGES_URL || `https://${env.CLOUDFLARE_PAGES_PROJECT}.pages.dev/`,
  },
  netlify: {
    env: ['NETLIFY_AUTH_TOKEN', 'NETLIFY_SITE_ID', 'NETLIFY_URL'],
    command: 'netlify',
    args: (dist: string) => ['deploy', '--dir', dist, '--prod', '--no-build'],
    url: (env: NodeJS.ProcessEnv) => env.NETLIFY_URL!,
  },
} as const;

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, command)));
}

/** The hosts' CLIs, pinned with a lock file, kept apart from the site's own dependencies. */
const MIRROR_CLIS = '.github/mirrors';

/**
 * The host's CLI: on PATH, or from `.github/mirrors` (installed with `npm ci` from its lock file,
 * with the hosts' tokens taken out of the installer's environment). Never fetched unpinned.
 */
function hostCommand(io: Io, command: string, tokens: readonly string[]): string | undefined {
  if (onPath(command)) return command;
  const local = join(io.root, MIRROR_CLIS, 'node_modules/.bin', command);
  if (existsSync(local)) return local;
  if (!existsSync(join(io.root, MIRROR_CLIS, 'package-lock.json'))) return undefined;
  io.out(`installing ${command} from ${MIRROR_CLIS}/package-lock.json…`);
  const env = { ...process.env };
  for (const token of tokens) delete env[token];
  const install = spawnSync('npm', ['ci', '--prefix', MIRROR_CLIS, '--no-audit', '--no-fund'], {
    cwd: io.root,
    stdio: 'inherit',
    env,
  });
  return install.status === 0 && existsSync(local) ? local : undefined;
}

/**
 * `outpost publish cloudflare|netlify`: the break-glass path for when GitHub
 * is down. Validates and builds here, then uploads with the host's own CLI
 * (on PATH, or installed from the npm registry, which does not depend on GitHub, at the versions
 * pinned in .github/mirrors/package-lock.json).
 */
export async function publishCommand(args: string[], io: Io): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const name = positionals[0] as keyof typeof HOSTS;
  const host = HOSTS[name];
  if (!host) throw new UsageError(`name a host: outpost publish ${Object.keys(HOSTS).join('|')}`);
  const missing = host.env.filter((key) => !process.env[key]);
  if (missing.length > 0) {
    throw new UsageError(`set ${missing.join(', ')} first (see docs/deploy.md, "When GitHub is down")`);
  }
  const url = host.url(process.env);
  // The clock is read here first, as by `outpost build`, so a bad OUTPOST_NOW stops this as it stops every command.
  const at = now();
  io.out(`building for ${url} (validation first)…`);
  if (runAstroBuild(io.root, { [URL_OVERRIDE]: url, OUTPOST_NOW: at.toISOString() }) !== 0) {
    io.out('the build failed; nothing was uploaded');
    return 1;
  }
  const dist = join(io.root, 'dist');
  const command = hostCommand(io, host.command, host.env);
  if (!command) {
    io.out(
      `${host.command} is not installed: put it on PATH, or run \`npm ci --prefix ${MIRROR_CLIS}\`; ` +
        'the built site is in dist/',
    );
    return 1;
  }
  const rest = host.args(dist, process.env);
  io.out(`uploading with ${command} ${rest.join(' ')}`);
  const upload = spawnSync(command, rest, { cwd: io.root, stdio: 'inherit', env: process.env });
  if (upload.status !== 0) {
    io.out(`the upload failed (exit ${upload.status ?? 'signal'}); the built site is in dist/`);
    return 1;
  }
  io.out(`published to ${name}`);
  return 0;
}

/** `outpost templates [NAME]`: lists the outage templates, or shows one in its three lengths. */
