/** The site config: the options given to `outpost({...})` in `astro.config.mjs`, validated by the core's schema. */
import { existsSync, statSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Problem } from '../core/base/problems.ts';
import { parseSiteConfig } from '../core/checks/validate.ts';
import { SiteConfigSchema, type SiteConfig } from '../core/config/schema.ts';

export const CONFIG_FILE = 'astro.config.mjs';
export const INTEGRATION_NAME = 'outpost';
/**
 * Where this build is published, instead of the config's `url`: the deploy sets it to the address
 * GitHub Pages reports (`https://<owner>.github.io/<repo>`, or the custom domain once there is one),
 * and each mirror to its own, so one config builds right for every address.
 */
export const URL_OVERRIDE = 'OUTPOST_URL';

/**
 * The `outpost({...})` options as this build uses them: `url` replaced by `OUTPOST_URL` when that is
 * set, checked like the config's `url`. Its path is a folder (`actions/configure-pages` reports the
 * address without its trailing slash), so a missing slash is added.
 */
export function withUrlOverride(
  options: unknown,
  env: NodeJS.ProcessEnv = process.env,
): { options: unknown; problems: Problem[] } {
  const value = env[URL_OVERRIDE]?.trim();
  if (!value) return { options, problems: [] };
  if (!SiteConfigSchema.shape.url.safeParse(value).success) {
    return {
      options,
      problems: [
        {
          file: URL_OVERRIDE,
          line: 0,
          column: 0,
          severity: 'error',
          rule: 'bad-url',
          message:
            `${URL_OVERRIDE}="${value}" is not an http or https URL; ` +
            `it replaces \`url\` of ${CONFIG_FILE} for this build`,
          expected: "the full address the site is published at, with its base path, or nothing to use the config's url",
          example: `${URL_OVERRIDE}="https://acme.github.io/status/"`,
        },
      ],
    };
  }
  const url = new URL(value);
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  const object = options !== null && typeof options === 'object' ? options : {};
  return { options: { ...object, url: url.href }, problems: [] };
}

/**
 * `astro/config` as the config file needs it to give its options: `defineConfig` returns them. Astro's own
 * module loads most of Astro (its config schema, fonts, SVG tools), which took longer than validating
 * a thousand incidents, only for the identity function.
 */
const ASTRO_CONFIG_STAND_IN =
  'data:text/javascript,' + encodeURIComponent('export function defineConfig(config) { return config; }');

/**
 * Imports the config file with the stand-in for `astro/config`; a config that uses more of it (an image
 * service, `envField`) is imported again with Astro's own.
 */
async function importConfig(url: string): Promise<{ default?: { integrations?: unknown[] } }> {
  // `registerHooks` is Node 22.15 and later; `outpost init` runs on the machine's Node (20 on a fresh one),
  // which imports the config with Astro's own module.
  const { registerHooks } = nodeModule as Partial<typeof nodeModule>;
  if (!registerHooks) return await import(/* @vite-ignore */ url);
  const hooks = registerHooks({
    resolve: (specifier, context, nextResolve) =>
      specifier === 'astro/config' && context.parentURL === url
        ? { url: ASTRO_CONFIG_STAND_IN, shortCircuit: true }
        : nextResolve(specifier, context),
  });
  try {
    return await import(/* @vite-ignore */ url);
  } catch {
    // Loaded again under another address: a module that failed stays failed under its own.
  } finally {
    hooks.deregister();
  }
  return await import(/* @vite-ignore */ `${url}&astro`);
}

/** The options given to `outpost({...})` in `astro.config.mjs`. */
export async function readSiteOptions(root: string): Promise<{ options?: unknown; problems: Problem[] }> {
  const file = join(root, CONFIG_FILE);
  const fail = (message: string, example?: string): { problems: Problem[] } => ({
    problems: [{ file: CONFIG_FILE, line: 0, column: 0, severity: 'error', rule: 'config', message, example }],
  });
  if (!existsSync(file)) return fail(`there is no ${CONFIG_FILE} in ${root}`);
  let module: { default?: { integrations?: unknown[] } };
  try {
    module = await importConfig(`${pathToFileURL(file).href}?t=${statSync(file).mtimeMs}`);
  } catch (error) {
    return fail(`${CONFIG_FILE} could not be loaded: ${(error as Error).message.split('\n')[0]}`);
  }
  const integrations = (module.default?.integrations ?? []).flat(Infinity) as {
    name?: string;
    outpostOptions?: unknown;
  }[];
  const outpost = integrations.find((integration) => integration?.name === INTEGRATION_NAME);
  if (!outpost) {
    return fail(
      `${CONFIG_FILE} does not use the outpost integration`,
      "import outpost from 'outpost';\nexport default defineConfig({ integrations: [outpost({ ... })] });",
    );
  }
  return { options: outpost.outpostOptions, problems: [] };
}

/** The validated site config from `astro.config.mjs` (with `OUTPOST_URL`, when set), or the problems that stop it. */
export async function readSiteConfig(root: string): Promise<{ config?: SiteConfig; problems: Problem[] }> {
  const read = await readSiteOptions(root);
  if (read.problems.length > 0) return { problems: read.problems };
  const effective = withUrlOverride(read.options);
  if (effective.problems.length > 0) return { problems: effective.problems };
  return parseSiteConfig(effective.options, CONFIG_FILE);
}
