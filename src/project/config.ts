/** The site config: the options given to `outpost({...})` in `astro.config.mjs`, validated by the core's schema. */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Problem } from '../core/checks/problems.ts';
import { parseSiteConfig } from '../core/checks/validate.ts';
import type { SiteConfig } from '../core/config/schema.ts';

export const CONFIG_FILE = 'astro.config.mjs';
export const INTEGRATION_NAME = 'outpost';

/** The options given to `outpost({...})` in `astro.config.mjs`. */
export async function readSiteOptions(root: string): Promise<{ options?: unknown; problems: Problem[] }> {
  const file = join(root, CONFIG_FILE);
  const fail = (message: string, example?: string): { problems: Problem[] } => ({
    problems: [{ file: CONFIG_FILE, line: 0, column: 0, severity: 'error', rule: 'config', message, example }],
  });
  if (!existsSync(file)) return fail(`there is no ${CONFIG_FILE} in ${root}`);
  let module: { default?: { integrations?: unknown[] } };
  try {
    module = await import(/* @vite-ignore */ `${pathToFileURL(file).href}?t=${statSync(file).mtimeMs}`);
  } catch (error) {
    return fail(`${CONFIG_FILE} could not be loaded: ${(error as Error).message.split('\n')[0]}`);
  }
  const integrations = (module.default?.integrations ?? []).flat(Infinity) as { name?: string; outpostOptions?: unknown }[];
  const outpost = integrations.find((integration) => integration?.name === INTEGRATION_NAME);
  if (!outpost) {
    return fail(`${CONFIG_FILE} does not use the outpost integration`, "import outpost from 'outpost';\nexport default defineConfig({ integrations: [outpost({ ... })] });");
  }
  return { options: outpost.outpostOptions, problems: [] };
}

/** The validated site config from `astro.config.mjs`, or the problems that stop it. */
export async function readSiteConfig(root: string): Promise<{ config?: SiteConfig; problems: Problem[] }> {
  const read = await readSiteOptions(root);
  if (read.problems.length > 0) return { problems: read.problems };
  return parseSiteConfig(read.options, CONFIG_FILE);
}
