/** `outpost publish`: the break-glass path for when GitHub is down. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, type Io } from '../io.ts';
import { runAstroBuild } from './build.ts';

const HOSTS = {
  cloudflare: {
    env: ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_ACCOUNT_ID', 'CLOUDFLARE_PAGES_PROJECT'],
    command: 'wrangler',
    npx: 'wrangler@4',
    args: (dist: string, env: NodeJS.ProcessEnv) => ['pages', 'deploy', dist, '--project-name', env.CLOUDFLARE_PAGES_PROJECT!, '--branch', 'main'],
  },
  netlify: {
    env: ['NETLIFY_AUTH_TOKEN', 'NETLIFY_SITE_ID'],
    command: 'netlify',
    npx: 'netlify-cli@23',
    args: (dist: string) => ['deploy', '--dir', dist, '--prod', '--no-build'],
  },
} as const;

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, command)));
}

/**
 * `outpost publish cloudflare|netlify`: the break-glass path for when GitHub
 * is down. Validates and builds here, then uploads with the host's own CLI
 * (installed, or fetched by npx from the npm registry, which does not depend on GitHub).
 */
export async function publishCommand(args: string[], io: Io): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const name = positionals[0] as keyof typeof HOSTS;
  const host = HOSTS[name];
  if (!host) throw new UsageError(`name a host: outpost publish ${Object.keys(HOSTS).join('|')}`);
  const missing = host.env.filter((key) => !process.env[key]);
  if (missing.length > 0) throw new UsageError(`set ${missing.join(', ')} first (see README, "When GitHub is down")`);
  const { spawnSync } = await import('node:child_process');
  io.out('building (validation first)…');
  if (runAstroBuild(io.root) !== 0) {
    io.out('the build failed; nothing was uploaded');
    return 1;
  }
  const dist = join(io.root, 'dist');
  const [command, ...rest] = onPath(host.command) ? [host.command, ...host.args(dist, process.env)] : ['npx', '--yes', host.npx, ...host.args(dist, process.env)];
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
