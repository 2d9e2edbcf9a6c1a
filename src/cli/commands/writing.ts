/** Help with writing for customers: the outage templates, and the share texts of an incident. */
import { parseArgs } from 'node:util';
import { didYouMean } from '../../core/base/problems.ts';
import { slugFromPath } from '../../core/incident/slug.ts';
import { findTemplate, templates, TEMPLATE_NAMES } from '../../core/ops/templates.ts';
import { defaultLocale, stringOverrides } from '../../core/config/languages.ts';
import { translator } from '../../core/i18n/translate.ts';
import { readSiteConfig } from '../../project/config.ts';
import { shareTexts } from '../../core/outputs/share.ts';
import { buildSiteView } from '../../core/outputs/view-model.ts';
import { loadProject } from '../../project/project.ts';
import { need, now, ProblemsError, UsageError, type Io } from '../io.ts';

export async function templatesCommand(args: string[], io: Io): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  // In the site's language; outside a project (no valid config), in English.
  const { config } = await readSiteConfig(io.root);
  const i18n = config
    ? translator(defaultLocale(config), stringOverrides(config, defaultLocale(config)))
    : translator('en');
  if (positionals.length === 0) {
    for (const template of templates(i18n)) io.out(`${template.name.padEnd(22)} ${template.description}`);
    io.out('\nStart from one: outpost new --template NAME --component ID [--component ID …]');
    return 0;
  }
  const template = findTemplate(positionals[0], i18n);
  if (!template)
    throw new UsageError(`"${positionals[0]}" is not a template${didYouMean(positionals[0], TEMPLATE_NAMES)}`);
  io.out(
    `# ${template.name}: ${template.description}\n\n` +
      `## Status page\n${template.page}\n\n` +
      `## Email\nSubject: ${template.email.subject}\n\n${template.email.body}\n\n` +
      `## Post (≤ 280 characters with the link)\n${template.post}`,
  );
  return 0;
}

/** `outpost recap SLUG`: the post, email and support recap of an incident, as on its page. */

export async function recapCommand(args: string[], io: Io): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const slug = await need(io, positionals[0], 'slug', 'Incident (file name without .md):');
  const at = now();
  const project = await loadProject({ root: io.root, now: at });
  if (!project.ok || !project.config) throw new ProblemsError(project.problems);
  const site = buildSiteView(project.config, project.incidents, at);
  const incident = site.incidentBySlug.get(slugFromPath(slug));
  if (!incident)
    throw new UsageError(`there is no incident "${slug}"${didYouMean(slug, [...site.incidentBySlug.keys()])}`);
  const texts = shareTexts(site, incident);
  io.out(
    `## Post (${texts.post.length} characters)\n${texts.post}\n\n` +
      `## Email\nSubject: ${texts.email.subject}\n\n${texts.email.body}\n\n` +
      `## Recap for support\n${texts.recap}`,
  );
  return 0;
}
