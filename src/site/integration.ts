/**
 * The Outpost Astro integration: `outpost({...})` in `astro.config.mjs`.
 * Validates the site config and every incident before Astro bundles or
 * renders anything, stops the build with the validator's report (removing
 * `dist/` so nothing stale can be deployed), and injects the site's routes.
 */
import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { paletteCss } from '../core/theme/palette.ts';
import { brandCss } from '../core/outputs/brand-css.ts';
import { basePath, incidentPageDir } from '../core/outputs/paths.ts';
import { siteLocales } from '../core/config/languages.ts';
import { siteLanguages } from '../core/outputs/view-model.ts';
import { counted, formatReport, summaryLine } from '../core/base/problems.ts';
import type { SiteConfigInput } from '../core/config/schema.ts';
import { pageCodeVersion, prepareBuild, type BuildOutput } from './build-output.ts';
import { resolveNow } from '../project/clock.ts';
import { CONFIG_FILE, INTEGRATION_NAME, withUrlOverride } from '../project/config.ts';
import { parseSiteConfig } from '../core/checks/validate.ts';
import { describeFallback, loadProject, type LoadedProject } from '../project/project.ts';
import type { SiteConfig } from '../core/config/schema.ts';
import { OutpostValidationError, rememberProject, siteViewsFor, type SiteContext } from './site-context.ts';
import { incidentPageWriter, type IncidentPageWriter } from './incident-pages.ts';
import type { WrittenFile } from './file-writer.ts';
import { siteSource } from './source.ts';

export type OutpostIntegration = AstroIntegration & { outpostOptions: SiteConfigInput };

const VIRTUAL_ID = 'virtual:outpost/context';
const PALETTE_ID = 'virtual:outpost/palette.css';
const BRAND_ID = 'virtual:outpost/brand.css';
const USER_CSS_ID = 'virtual:outpost/user-css';
const LOGO_ID = 'virtual:outpost/logo';
const VIRTUAL_IDS = [VIRTUAL_ID, PALETTE_ID, BRAND_ID, USER_CSS_ID, LOGO_ID];

const ROUTES: [pattern: string, file: string][] = [
  ['/', 'pages/index.astro'],
  [`/${incidentPageDir('[slug]').slice(0, -1)}`, 'pages/incident.astro'],
  ['/history/[...page]', 'pages/history.astro'],
  ['/components/[id]', 'pages/component.astro'],
  ['/components/[id]/history/[...page]', 'pages/component-history.astro'],
  ['/subscribe', 'pages/subscribe.astro'],
  ['/404', 'pages/404.astro'],
  ['/[...file]', 'endpoints/site-files.ts'],
];

let buildFinished = false;

/**
 * A build that throws half way leaves some pages new and some old (or missing): the output
 * folder is removed when the process ends before `astro:build:done`, so nothing half-written can
 * be deployed. (The page record notices the interrupted build too, and renders everything next time.)
 */
function removeOutputUnlessFinished(outDir: string): void {
  buildFinished = false;
  process.once('exit', () => {
    if (!buildFinished) rmSync(outDir, { recursive: true, force: true });
  });
}

export default function outpost(options: SiteConfigInput): OutpostIntegration {
  // Astro sends anonymous usage data from every build (its telemetry) unless told not to. A status page sends
  // nothing anywhere when it builds: off, before Astro records the build (it reads this after loading the config,
  // which calls this function). ASTRO_TELEMETRY_DISABLED set by the site is left as it is.
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  // Nor does the dev server ask the npm registry for a newer Astro (it would, once a day, after loading the config);
  // upgrades come through the site's lock file (docs/upgrade.md).
  process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';
  let build: BuildOutput | undefined;
  let writer: IncidentPageWriter | undefined;
  return {
    name: INTEGRATION_NAME,
    outpostOptions: options,
    hooks: {
      'astro:config:setup': async ({
        command,
        config,
        updateConfig,
        injectRoute,
        addWatchFile,
        addMiddleware,
        logger,
      }) => {
        const root = fileURLToPath(config.root);
        const outDir = fileURLToPath(config.outDir);
        // The site's config alone: enough for the routes and Vite's setup, and the config the project is checked with.
        const effective = withUrlOverride(options);
        const quick =
          effective.problems.length > 0
            ? { problems: effective.problems, config: undefined }
            : parseSiteConfig(effective.options, CONFIG_FILE);
        if (command === 'preview') {
          // Preview serves what the last build wrote, at the address it was built for: nothing is judged again
          // (at another clock it would be judged differently, and
          // dist/ is already there). OUTPOST_URL as for the build.
          if (!quick.config) throw new OutpostValidationError(quick.problems, 'nothing can be previewed');
          updateConfig({ site: quick.config.url, base: basePath(quick.config.url), trailingSlash: 'ignore' });
          return;
        }
        if (command === 'build') removeOutputUnlessFinished(outDir);
        const clock = resolveNow();
        // `outpost build --keep-going` (the deploy's build) sets this:
        // broken incidents fall back to their last valid commit.
        const keepGoing = process.env.OUTPOST_KEEP_GOING === '1';
        // The output folder is made ready before Vite writes to it; what is kept is decided with the incidents.
        const prepared =
          command === 'build' && quick.config
            ? prepareBuild({
                root,
                outDir,
                publicDir: fileURLToPath(config.publicDir),
                assetsDir: config.build.assets,
                // The address is part of every page (links, canonical): a page built for another one is not kept.
                code: pageCodeVersion(root, effective.options),
                languageFolders: siteLanguages(quick.config).map((language) => language.path),
              })
            : undefined;
        // A build writes the incident pages in bulk (src/site/incident-pages.ts); the dev server renders each
        // on request, and so does a build with OUTPOST_BULK_PAGES=0 (the same bytes, slower: for comparing).
        const bulk = command === 'build' && process.env.OUTPOST_BULK_PAGES !== '0';
        const context: SiteContext = { root, options, cache: command !== 'dev', ...(bulk ? { bulk } : {}) };

        /**
         * The project, checked: its report, what the build keeps from the last one, the writer of the incident
         * pages, and the project handed to the pages. Problems stop the build (or the dev server) here.
         */
        const settle = (result: LoadedProject): SiteConfig => {
          if (!result.ok || !result.config) {
            if (command === 'build') rmSync(outDir, { recursive: true, force: true });
            throw new OutpostValidationError(
              result.problems,
              command === 'build' ? 'nothing was built' : 'the site is not served',
            );
          }
          // `outpost build` printed the report already (as annotations inside Actions): once is enough.
          if (process.env.OUTPOST_REPORTED !== '1') {
            const noticesOnly = result.problems.every((problem) => problem.severity === 'notice');
            if (!noticesOnly) logger.warn(`\n${formatReport(result.problems)}`);
            else if (result.problems.length > 0) logger.info(`\n${formatReport(result.problems)}`);
            for (const fallback of result.fallbacks ?? []) logger.warn(describeFallback(fallback));
          }
          const now = result.now;
          const valid = counted(result.incidents.length, 'incident');
          logger.info(`${valid} valid (${summaryLine(result.problems)}); clock ${now.toISOString()}`);
          if (prepared) {
            const output = prepared.start(result.incidents, now, result.identity);
            build = output;
            if (output.interrupted) logger.info('the last build did not finish, so every page is rendered again');
            const kept = counted(output.kept.size, 'settled incident');
            if (output.kept.size > 0) logger.info(`keeping the pages of ${kept} from the last build`);
            if (bulk) {
              writer = incidentPageWriter(outDir, () => siteViewsFor(context), output);
              writer.expect(
                result.incidents
                  .filter((incident) => !output.kept.has(incident.slug))
                  .flatMap((incident) => output.pageFiles(incident.slug)),
              );
            }
          }
          if (context.cache)
            rememberProject(
              context,
              now,
              result,
              build && { kept: build.keptPages, keepView: build.keepView, ...(writer ? { writer } : {}) },
            );
          // The pages' views, made as soon as the project is settled (before Vite, as it turns out), not when the
          // first page asks for them: the same work, yet a build of 10,000 was faster so in six pairs of six
          // (docs/develop.md). A problem is thrown again when the pages ask.
          if (build) setImmediate(() => siteViewsFor(context).catch(() => {}));
          return result.config;
        };

        // Problems (the config's among them) stop the build or the dev server here, before Vite.
        const site = settle(
          clock.problem
            ? { ok: false, problems: [clock.problem], incidents: [], now: clock.now }
            : await loadProject({ root, now: clock.now, options, keepGoing }),
        );
        if (bulk) addMiddleware({ entrypoint: siteSource('middleware.ts'), order: 'pre' });
        addWatchFile(new URL(`${site.incidentsDir}/`, config.root));
        const file = (path: string) => JSON.stringify(join(root, path));
        // The brand's files go through Vite like the site's own:
        // hashed into the build's assets, from the site's origin.
        const modules: Record<string, string> = {
          [VIRTUAL_ID]: `export default ${JSON.stringify(context)};`,
          [PALETTE_ID]: paletteCss(),
          [BRAND_ID]: brandCss({
            accent: site.accentColor,
            logo: site.logo !== undefined,
            links: site.links.length > 0,
            languages: siteLocales(site).length > 1,
          }),
          [USER_CSS_ID]: site.customCss.map((path) => `import ${file(path)};`).join('\n'),
          [LOGO_ID]: site.logo
            ? `import light from ${file(`${site.logo.src}?url`)};\n` +
              `${site.logo.dark ? `import dark from ${file(`${site.logo.dark}?url`)};` : 'const dark = undefined;'}\n` +
              `export default { light, dark, alt: ${JSON.stringify(site.logo.alt)} };`
            : 'export default undefined;',
        };

        updateConfig({
          site: site.url,
          base: basePath(site.url),
          trailingSlash: 'ignore',
          // Overlaps writing one page with rendering the next: a large site is mostly small files.
          build: { concurrency: 8 },
          vite: {
            // Kept pages stay in place; the build's end removes what it neither wrote nor kept.
            build: { emptyOutDir: false },
            plugins: [
              {
                name: 'outpost:context',
                resolveId: (id: string) => (VIRTUAL_IDS.includes(id) ? `\0${id}` : undefined),
                load: (id: string) => (id.startsWith('\0') ? modules[id.slice(1)] : undefined),
              },
            ],
          },
        });
        for (const [pattern, file] of ROUTES) {
          injectRoute({ pattern, entrypoint: siteSource(file), prerender: true });
        }
        // A site in several languages: each page again under the folder
        // of each language but the default (Astro's i18n convention).
        if (siteLocales(site).length > 1) {
          for (const [pattern, file] of ROUTES.filter(
            ([, file]) => file.startsWith('pages/') && file !== 'pages/404.astro',
          )) {
            injectRoute({
              pattern: `/[locale]${pattern === '/' ? '' : pattern}`,
              entrypoint: siteSource(file),
              prerender: true,
            });
          }
        }
      },
      'astro:build:done': async ({ assets, logger }) => {
        const pages = (await writer?.finish()) ?? new Map<string, WrittenFile>();
        buildFinished = true;
        if (!build) return;
        const removed = build.finish([...assets.values()].flat(), pages);
        const again = build.kept.size - build.keptPages().size;
        if (again > 0) logger.info(`rendered ${again} of the kept pages again: an asset they refer to is gone`);
        if (removed.length > 0)
          logger.info(`removed ${removed.length} stale ${removed.length === 1 ? 'file' : 'files'} of earlier builds`);
      },
    },
  };
}
