/**
 * An imported incident as an incident file, a page that sends the old address to the new one, and
 * the config lines for new components. Pure. Times keep the source's precision (seconds and
 * milliseconds when it has them): an imported update is dated exactly as it was posted.
 */
import { stringify } from 'yaml';
import type { ComponentConfig, GroupConfig } from '../config/schema.ts';
import { oneLineTitle, updateMessage } from '../incident/edit.ts';
import { slugFor, SLUG_PATTERN } from '../incident/slug.ts';
import { formatTimestamp } from '../incident/time.ts';
import { STATUS_LABELS, type ComponentStatus, type UpdateStatus } from '../incident/vocabulary.ts';
import type { ImportedIncident } from './model.ts';

/** `2024-09-16 21:31:02.798 UTC`: minutes when that is all there is, else seconds, else milliseconds. */
export function exactTimestamp(date: Date): string {
  const iso = date.toISOString();
  if (iso.slice(19, 23) !== '.000') return `${iso.slice(0, 10)} ${iso.slice(11, 23)} UTC`;
  if (iso.slice(17, 19) !== '00') return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
  return formatTimestamp(date);
}

export function exactHeading(status: UpdateStatus, at: Date): string {
  return `## ${STATUS_LABELS[status]} · ${exactTimestamp(at)}`;
}

/** The comment at the top of an imported file's frontmatter: where it came from, read again on the next run. */
export function importMarker(incident: Pick<ImportedIncident, 'source' | 'sourceId' | 'link'>): string {
  const name = incident.source === 'statuspage' ? 'Statuspage' : 'cState';
  return (
    `# outpost-import: ${incident.source} ${incident.sourceId}${incident.link ? ` (${incident.link})` : ''}; ` +
    `imported from ${name}`
  );
}

const MARKER = /^#\s*outpost-import:\s*(statuspage|cstate)\s+([^\s;]+)/;

/** The source and id an imported file came from, read from its marker comment. */
export function importedFrom(text: string): { source: string; sourceId: string } | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') return undefined;
  for (let index = 1; index < lines.length && !/^(---|\.\.\.)\s*$/.test(lines[index]); index++) {
    const match = MARKER.exec(lines[index]);
    if (match) return { source: match[1], sourceId: match[2] };
  }
  return undefined;
}

/** A YAML key or value that reads back as the same string. */
function scalar(value: string): string {
  return /^[a-z][a-z0-9-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/.test(value)
    ? value
    : JSON.stringify(value);
}

/** A free slug for an incident: its own file name if it is one (cState), else date and title, `-2`… when taken. */
export function chooseSlug(incident: ImportedIncident, taken: (slug: string) => boolean): string {
  const first = incident.updates[0]?.at ?? incident.started ?? new Date(0);
  const base =
    incident.preferredSlug && SLUG_PATTERN.test(incident.preferredSlug)
      ? incident.preferredSlug
      : slugFor(incident.title, first);
  let slug = base;
  for (let n = 2; taken(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** The file's text: frontmatter with the marker, every update newest first at its exact time, the postmortem. */
export function renderIncident(incident: ImportedIncident, componentIds: readonly string[]): string {
  const lines = [
    '---',
    importMarker(incident),
    `title: ${stringify(oneLineTitle(incident.title), { lineWidth: 0 }).trimEnd()}`,
  ];
  if (incident.type !== 'incident') lines.push(`type: ${incident.type}`);
  if (incident.impact) lines.push(`impact: ${incident.impact}`);
  if (componentIds.length > 0) {
    const statuses = incident.components.map((entry) => entry.status);
    if (statuses.every((status): status is ComponentStatus => status !== undefined)) {
      lines.push(`components: { ${componentIds.map((id, index) => `${scalar(id)}: ${statuses[index]}`).join(', ')} }`);
    } else lines.push(`components: [${componentIds.map(scalar).join(', ')}]`);
  }
  if (incident.started) lines.push(`started: ${exactTimestamp(incident.started)}`);
  if (incident.scheduled) {
    lines.push(
      'scheduled:',
      `  start: ${exactTimestamp(incident.scheduled.start)}`,
      `  end: ${exactTimestamp(incident.scheduled.end)}`,
    );
  }
  if (incident.postmortemUrl) lines.push(`postmortem: ${incident.postmortemUrl}`);
  lines.push('---', '');
  for (const update of [...incident.updates].reverse()) {
    lines.push(exactHeading(update.status, update.at), updateMessage(update.message), '');
  }
  if (incident.postmortem?.trim()) lines.push('## Postmortem', updateMessage(incident.postmortem), '');
  return lines.join('\n');
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A static page at an old address that sends readers (and search engines, by its canonical link) to
 * the incident's new page. No script: a refresh and a link. The target is the path with the site's
 * base path, so it works under a sub-path whether or not the old address ends in a slash.
 */
export function redirectPage(targetPath: string, absoluteTarget: string, title: string): string {
  const path = escapeHtml(targetPath);
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>${escapeHtml(oneLineTitle(title))}</title>
<meta http-equiv="refresh" content="0; url=${path}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(absoluteTarget)}">
<p>This incident has moved: <a href="${path}">${escapeHtml(oneLineTitle(title))}</a>.</p>
</html>
`;
}

/** The page a redirect leads to, read back from it (for re-runs). */
export function redirectTarget(html: string): string | undefined {
  return /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1]?.replace(/&amp;/g, '&');
}

const js = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

/** The new groups and components as lines to paste into `outpost({...})`. */
export function configLines(groups: readonly GroupConfig[], components: readonly ComponentConfig[]): string {
  const entry = (fields: Record<string, string | undefined>) =>
    `  { ${Object.entries(fields)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${key}: ${js(value!)}`)
      .join(', ')} },`;
  const out: string[] = [];
  if (groups.length > 0)
    out.push(
      'groups: [',
      ...groups.map((group) => entry({ id: group.id, name: group.name, description: group.description })),
      '],',
    );
  if (components.length > 0) {
    out.push(
      'components: [',
      ...components.map((c) => entry({ id: c.id, name: c.name, description: c.description, group: c.group })),
      '],',
    );
  }
  return out.join('\n');
}
