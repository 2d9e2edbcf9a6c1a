/**
 * Writing incident files in the canonical format: a new incident, an update
 * added at the top, times stamped into headings written without one. Pure:
 * text in, text out; the CLI and issue-ops write the files.
 */
import { stringify } from 'yaml';
import { frontmatterClose, isPostmortemHeading, splitHeading, splitSections } from './body.ts';
import { formatTimestamp } from './time.ts';
import { STATUS_LABELS, type Impact, type IncidentType, type UpdateStatus } from './vocabulary.ts';

export interface NewIncident {
  title: string;
  type?: IncidentType;
  impact?: Impact;
  components: readonly string[];
  status: UpdateStatus;
  message: string;
  at: Date;
  scheduled?: { start: Date; end: Date };
}

function yamlValue(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

export function heading(status: UpdateStatus, at: Date): string {
  return `## ${STATUS_LABELS[status]} · ${formatTimestamp(at)}`;
}

export function newIncidentText(incident: NewIncident): string {
  const lines = ['---', `title: ${yamlValue(incident.title)}`];
  if (incident.type && incident.type !== 'incident') lines.push(`type: ${incident.type}`);
  if (incident.impact) lines.push(`impact: ${incident.impact}`);
  if (incident.components.length > 0) lines.push(`components: [${incident.components.join(', ')}]`);
  if (incident.scheduled) {
    lines.push('scheduled:', `  start: ${formatTimestamp(incident.scheduled.start)}`, `  end: ${formatTimestamp(incident.scheduled.end)}`);
  }
  lines.push('---', '', heading(incident.status, incident.at), incident.message.trim(), '');
  return lines.join('\n');
}

/** Adds an update above the newest one, keeping the file's line endings. */
export function addUpdate(text: string, update: { status: UpdateStatus; at: Date; message: string }): string {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const close = frontmatterClose(lines);
  if (close === -1) throw new Error('the file has no frontmatter');
  const { sections } = splitSections(lines, close + 1);
  const first = sections.find((section) => !isPostmortemHeading(section.heading));
  const block = [heading(update.status, update.at), ...update.message.trim().split(/\r?\n/), ''];
  const at = first ? first.line - 1 : lines.length;
  if (!first) {
    while (lines.length > close + 1 && lines[lines.length - 1].trim() === '') lines.pop();
    lines.push('');
    lines.push(...block);
  } else {
    lines.splice(at, 0, ...block);
  }
  return lines.join(newline);
}

/**
 * Writes the commit time into each heading that has none (`## Monitoring`
 * → `## Monitoring · 2026-11-22 18:41 UTC`). Returns the new text and the
 * lines it could not stamp (no commit time known).
 */
export function stampTimes(text: string, timeOfLine: (line: number) => Date | undefined): { text: string; stamped: number[]; unknown: number[] } {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const close = frontmatterClose(lines);
  const stamped: number[] = [];
  const unknown: number[] = [];
  if (close === -1) return { text, stamped, unknown };
  for (const section of splitSections(lines, close + 1).sections) {
    if (isPostmortemHeading(section.heading) || splitHeading(section.heading).separator) continue;
    const at = timeOfLine(section.line);
    if (!at) {
      unknown.push(section.line);
      continue;
    }
    lines[section.line - 1] = `${section.raw.trimEnd().replace(/[ \t#]*$/, '')} · ${formatTimestamp(at)}`;
    stamped.push(section.line);
  }
  return { text: lines.join(newline), stamped, unknown };
}
