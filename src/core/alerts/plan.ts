/**
 * What an alert does to the status page, decided purely: the alert, the site's config, its open
 * incidents and the alert's draft pull request (if any) in; one action out. The octokit layer
 * (src/cli/commands/alert/github.ts) only reads that state and carries the action out.
 *
 * - Firing, nothing open for it: an incident drafted from the outage template of its impact, in a
 *   draft pull request of its own (or, with `alerts.autoPublish`, committed at once).
 * - Firing again: the same pull request, its description updated (how often, since when).
 * - Resolved: a Resolved update suggested in the draft (or, once it was merged, in a new pull
 *   request; with autoPublish, committed).
 * - An open incident written by a person on one of its components: a comment there, nothing else.
 *
 * Every text goes through the edit gate before anything is written.
 */
import { formatReport } from '../base/problems.ts';
import { parseContextFor } from '../checks/validate.ts';
import type { SiteConfig } from '../config/schema.ts';
import { defaultLocale, stringOverrides } from '../config/languages.ts';
import { translator } from '../i18n/translate.ts';
import { addUpdate, checkedEdit, newIncidentText } from '../incident/edit.ts';
import type { Incident } from '../incident/model.ts';
import { incidentFilePath, slugFor } from '../incident/slug.ts';
import { formatTimestamp } from '../incident/time.ts';
import type { Impact } from '../incident/vocabulary.ts';
import { componentNames, fillTemplate, findTemplate } from '../ops/templates.ts';
import { absoluteUrl, basePath, sitePaths } from '../outputs/paths.ts';
import type { Alert } from './payload.ts';

/** The frontmatter comment that marks an incident an alert drafted (a person's incidents have none). */
export const alertMarker = (fingerprint: string) => `# outpost-alert: ${fingerprint}`;

export function alertOf(text: string): string | undefined {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') return undefined;
  for (let index = 1; index < lines.length && !/^(---|\.\.\.)\s*$/.test(lines[index]); index++) {
    const match = /^#\s*outpost-alert:\s*(\S+)/.exec(lines[index]);
    if (match) return match[1];
  }
  return undefined;
}

/** The branch of an alert's draft: one per fingerprint. */
export function alertBranch(fingerprint: string, suffix = ''): string {
  const safe =
    fingerprint
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'alert';
  return `outpost/alert-${safe}${suffix}`;
}

const PR_MARKER = /<!-- outpost:alert (\S+) path=(\S+) count=(\d+) -->/;

export function pullRequestState(body: string): { fingerprint: string; path: string; count: number } | undefined {
  const match = PR_MARKER.exec(body);
  return match ? { fingerprint: match[1], path: match[2], count: Number(match[3]) } : undefined;
}

export interface OpenIncident {
  path: string;
  text: string;
  incident: Incident;
  /** The issue that opened it (issue-ops), if any: where a comment reaches the person. */
  issue?: number;
}

export interface AlertInput {
  alert: Alert;
  config: SiteConfig;
  now: Date;
  /** Incidents on the default branch that are not over. */
  openIncidents: readonly OpenIncident[];
  /** The alert's open draft pull request and its incident file on the draft's branch. */
  pullRequest?: { number: number; body: string; branch: string; file?: { path: string; text: string } };
  /** Whether an incident file with this path exists on the default branch. */
  pathTaken: (path: string) => boolean;
}

export type AlertAction =
  | { kind: 'none'; reason: string }
  | { kind: 'open-pr'; branch: string; path: string; text: string; title: string; body: string; commitMessage: string }
  | {
      kind: 'update-pr';
      number: number;
      branch: string;
      body: string;
      file?: { path: string; text: string; commitMessage: string };
      comment?: string;
    }
  | { kind: 'publish'; path: string; text: string; commitMessage: string }
  | { kind: 'comment'; on: { issue: number } | { path: string }; body: string; marker: string }
  | { kind: 'invalid'; reason: string };

/** The components an alert is about: named by the generic JSON, by the component label, or by the config's routes. */
export function alertComponents(
  alert: Alert,
  config: SiteConfig,
): { components: string[]; impact: Impact; unknown: string[] } {
  const ids = config.components.map((component) => component.id);
  const found = new Set<string>();
  const unknown: string[] = [];
  let impact: Impact | undefined = alert.impact;
  for (const id of alert.components ?? [])
    (ids.includes(id) ? found : { add: (value: string) => unknown.push(value) }).add(id);
  const direct = alert.labels[config.alerts.componentLabel];
  if (direct && ids.includes(direct)) found.add(direct);
  for (const route of config.alerts.routes) {
    const byLabels =
      route.labels !== undefined &&
      Object.entries(route.labels).every(([key, wanted]) =>
        (Array.isArray(wanted) ? wanted : [wanted]).includes(alert.labels[key] ?? '\u0000'),
      );
    const byMonitor =
      route.monitors !== undefined && alert.monitor !== undefined && route.monitors.includes(alert.monitor);
    if (!byLabels && !byMonitor) continue;
    for (const id of route.components) found.add(id);
    impact ??= route.impact;
  }
  const severity = (alert.labels.severity ?? '').toLowerCase();
  impact ??= /^(warning|warn|info|low)$/.test(severity) ? 'minor' : 'major';
  return { components: [...found], impact, unknown };
}

const TEMPLATE_FOR: Record<Impact, string> = {
  none: 'degraded-performance',
  minor: 'degraded-performance',
  major: 'partial-outage',
  critical: 'full-outage',
};

function words(config: SiteConfig, components: readonly string[]) {
  const locale = defaultLocale(config);
  const i18n = translator(locale, stringOverrides(config, locale));
  const names = componentNames(
    components.map((id) => config.components.find((component) => component.id === id)?.name ?? id),
    i18n,
  );
  return { i18n, names };
}

function pageLink(config: SiteConfig, path: string): string {
  const slug = path.split('/').pop()!.replace(/\.md$/, '');
  return absoluteUrl(config.url, sitePaths(basePath(config.url)).incident(slug));
}

/** What the team reads in the pull request: the alert as its sender said it. */
function alertSummary(alert: Alert, at: Date): string {
  const lines = [
    `- **Alert:** ${alert.name} (${alert.source}, fingerprint \`${alert.fingerprint}\`)`,
    `- **Status:** ${alert.status} (received ${formatTimestamp(at)})`,
  ];
  if (alert.startsAt) lines.push(`- **Since:** ${formatTimestamp(alert.startsAt)}`);
  if (alert.details) lines.push(`- **Details:** ${alert.details.replace(/\s+/g, ' ').slice(0, 500)}`);
  if (alert.link) lines.push(`- **Source:** ${alert.link}`);
  const labels = Object.entries(alert.labels)
    .map(([key, value]) => `\`${key}=${value}\``)
    .join(' ');
  if (labels) lines.push(`- **Labels:** ${labels}`);
  return lines.join('\n');
}

function draftBody(
  alert: Alert,
  path: string,
  count: number,
  at: Date,
  config: SiteConfig,
  autoPublished = false,
): string {
  return [
    autoPublished
      ? `An alert published this incident (\`alerts.autoPublish\`): ${pageLink(config, path)}`
      : 'An alert drafted this incident. **Nothing is on the status page yet**: ' +
        `edit \`${path}\` on this branch if it should say more (or less), ` +
        'then mark the pull request ready and merge it to publish. Close it if customers are not affected.',
    '',
    alertSummary(alert, at),
    `- **Seen:** ${count} time${count === 1 ? '' : 's'}, last at ${formatTimestamp(at)}`,
    '',
    `<!-- outpost:alert ${alert.fingerprint} path=${path} count=${count} -->`,
  ].join('\n');
}

function gate(input: AlertInput, path: string, text: string): { text: string } | { problem: string } {
  const result = checkedEdit(text, parseContextFor(input.config, path, input.now));
  return result.problems
    ? { problem: `the drafted file would not be valid:\n${formatReport(result.problems)}` }
    : { text: result.text };
}

function resolvedText(config: SiteConfig, components: readonly string[]): string {
  const { i18n, names } = words(config, components);
  return fillTemplate(findTemplate('all-clear', i18n)!.page, { components: names, next: '', link: '' });
}

export function planAlert(input: AlertInput): AlertAction {
  const { alert, config, now } = input;
  const route = alertComponents(alert, config);
  if (route.unknown.length > 0)
    return {
      kind: 'invalid',
      reason:
        `"${route.unknown.join('", "')}" ${route.unknown.length === 1 ? 'is not a component' : 'are not components'} ` +
        `of this site; use one of: ${config.components.map((component) => component.id).join(', ')}`,
    };
  if (route.components.length === 0) {
    return {
      kind: 'none',
      reason:
        `alert "${alert.name}" (${alert.fingerprint}) matches no component ` +
        `(alerts.routes, or a "${config.alerts.componentLabel}" label): it stays internal`,
    };
  }
  const own = input.openIncidents.find((open) => alertOf(open.text) === alert.fingerprint);
  const persons = input.openIncidents.filter(
    (open) =>
      !alertOf(open.text) && open.incident.components.some((component) => route.components.includes(component.id)),
  );

  if (alert.status === 'firing') {
    if (input.pullRequest) {
      const state = pullRequestState(input.pullRequest.body);
      const path = state?.path ?? input.pullRequest.file?.path ?? '';
      return {
        kind: 'update-pr',
        number: input.pullRequest.number,
        branch: input.pullRequest.branch,
        body: draftBody(alert, path, (state?.count ?? 1) + 1, now, config),
      };
    }
    if (own) return { kind: 'none', reason: `alert ${alert.fingerprint} is already on the page as ${own.path}` };
    if (persons.length > 0) return commentOn(persons[0], alert, now, 'firing');
    const { i18n, names } = words(config, route.components);
    const template = findTemplate(TEMPLATE_FOR[route.impact], i18n)!;
    const next = formatTimestamp(new Date(now.getTime() + config.updateCadenceMinutes * 60_000)).slice(11);
    const fill = (text: string) => fillTemplate(text, { components: names, next, link: '' }).replace(/[:\s]+$/, '');
    const title = fill(template.title);
    let path = incidentFilePath(config.incidentsDir, slugFor(title, now));
    for (let n = 2; input.pathTaken(path); n++)
      path = incidentFilePath(config.incidentsDir, `${slugFor(title, now)}-${n}`);
    const drafted = newIncidentText({
      title,
      impact: route.impact,
      components: route.components,
      status: 'investigating',
      message: fill(template.page),
      at: now,
    });
    const started = alert.startsAt && alert.startsAt < now ? `started: ${formatTimestamp(alert.startsAt)}\n` : '';
    const text = drafted
      .replace(/^---\n/, `---\n${alertMarker(alert.fingerprint)}\n`)
      .replace(/\n---\n/, `\n${started}---\n`);
    const checked = gate(input, path, text);
    if ('problem' in checked) return { kind: 'invalid', reason: checked.problem };
    const commitMessage = `Draft incident from alert ${alert.name} (${alert.fingerprint})`;
    if (config.alerts.autoPublish)
      return {
        kind: 'publish',
        path,
        text: checked.text,
        commitMessage: `Publish incident from alert ${alert.name} (${alert.fingerprint})`,
      };
    return {
      kind: 'open-pr',
      branch: alertBranch(alert.fingerprint),
      path,
      text: checked.text,
      title: `Draft incident: ${title}`,
      body: draftBody(alert, path, 1, now, config),
      commitMessage,
    };
  }

  // Resolved.
  const resolve = (path: string, text: string) =>
    gate(
      input,
      path,
      addUpdate(text, { status: 'resolved', at: now, message: resolvedText(config, route.components) }),
    );
  if (input.pullRequest?.file) {
    const { path, text } = input.pullRequest.file;
    const checked = resolve(path, text);
    if ('problem' in checked) return { kind: 'invalid', reason: checked.problem };
    const state = pullRequestState(input.pullRequest.body);
    return {
      kind: 'update-pr',
      number: input.pullRequest.number,
      branch: input.pullRequest.branch,
      body: draftBody(alert, path, state?.count ?? 1, now, config),
      file: {
        path,
        text: checked.text,
        commitMessage: `Suggest the Resolved update: alert ${alert.fingerprint} resolved`,
      },
      comment:
        `The alert resolved${alert.endsAt ? ` at ${formatTimestamp(alert.endsAt)}` : ''}. ` +
        `A **Resolved** update is now at the top of \`${path}\`: edit its words if needed. ` +
        'Merge to publish the incident as over, or close this pull request if customers were never affected.',
    };
  }
  if (own) {
    const checked = resolve(own.path, own.text);
    if ('problem' in checked) return { kind: 'invalid', reason: checked.problem };
    if (config.alerts.autoPublish)
      return {
        kind: 'publish',
        path: own.path,
        text: checked.text,
        commitMessage: `Resolve incident: alert ${alert.fingerprint} resolved`,
      };
    return {
      kind: 'open-pr',
      branch: alertBranch(alert.fingerprint, '-resolved'),
      path: own.path,
      text: checked.text,
      title: `Resolve incident: ${own.incident.title}`,
      body: [
        `The alert that drafted \`${own.path}\` resolved. ` +
          'This pull request suggests its **Resolved** update; edit it if needed, then merge to publish.',
        '',
        alertSummary(alert, now),
        '',
        `<!-- outpost:alert ${alert.fingerprint} path=${own.path} count=1 -->`,
      ].join('\n'),
      commitMessage: `Suggest the Resolved update: alert ${alert.fingerprint} resolved`,
    };
  }
  if (persons.length > 0) return commentOn(persons[0], alert, now, 'resolved');
  return { kind: 'none', reason: `alert ${alert.fingerprint} resolved; it had drafted nothing that is open` };
}

function commentOn(open: OpenIncident, alert: Alert, now: Date, status: 'firing' | 'resolved'): AlertAction {
  const marker = `<!-- outpost:alert-comment ${alert.fingerprint} ${status} -->`;
  const what = status === 'firing' ? 'is firing' : 'resolved';
  const hint =
    status === 'firing'
      ? 'Nothing was drafted: this incident, written by a person, already covers it.'
      : 'If the incident is over, post its Resolved update.';
  return {
    kind: 'comment',
    on: open.issue !== undefined ? { issue: open.issue } : { path: open.path },
    body:
      `The alert **${alert.name}** ${what} on a component of \`${open.path}\`. ${hint}\n\n` +
      `${alertSummary(alert, now)}\n\n${marker}`,
    marker,
  };
}
