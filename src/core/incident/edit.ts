/**
 * Writing incident files in the canonical format: a new incident, an update
 * added at the top, times stamped into headings written without one. Pure:
 * text in, text out. Every tool that writes a file (the CLI, issue-ops)
 * passes the new text through `checkedEdit` and writes only what it accepts.
 */
import { isMap, isScalar, parseDocument, stringify, type Node } from 'yaml';
import type { Problem } from '../base/problems.ts';
import { frontmatterClose, isPostmortemHeading, splitHeading, splitSections } from './body.ts';
import type { ParseContext } from './context.ts';
import { parseIncident } from './parse.ts';
import { formatTimestamp } from './time.ts';
import { STATUS_FROM_IMPACT, STATUS_LABELS, type Impact, type IncidentType, type UpdateStatus } from './vocabulary.ts';

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

/** A title is one line: line breaks and runs of spaces become one space. */
export function oneLineTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/**
 * A message as the body of one update: its own headings (`#`, `##`) would start new updates, so
 * they become `###`; a code block left open would swallow the updates below it, so it is closed.
 */
export function updateMessage(message: string): string {
  const lines = message.trim().split(/\r\n?|\n/);
  let fence: string | undefined;
  const out = lines.map((line) => {
    const marker = FENCE_LINE.exec(line);
    if (marker) {
      if (!fence) fence = marker[1];
      else if (marker[1][0] === fence[0] && marker[1].length >= fence.length && marker[2].trim() === '')
        fence = undefined;
      return line;
    }
    return fence ? line : line.replace(/^( {0,3})#{1,2}(?=[ \t]|$)/, '$1###');
  });
  if (fence) out.push(fence);
  return out.join('\n');
}

export function newIncidentText(incident: NewIncident): string {
  const lines = ['---', `title: ${yamlValue(oneLineTitle(incident.title))}`];
  if (incident.type && incident.type !== 'incident') lines.push(`type: ${incident.type}`);
  if (incident.impact) lines.push(`impact: ${incident.impact}`);
  if (incident.components.length > 0) lines.push(`components: [${incident.components.join(', ')}]`);
  if (incident.scheduled) {
    lines.push(
      'scheduled:',
      `  start: ${formatTimestamp(incident.scheduled.start)}`,
      `  end: ${formatTimestamp(incident.scheduled.end)}`,
    );
  }
  lines.push('---', '', heading(incident.status, incident.at), updateMessage(incident.message), '');
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
  const block = [heading(update.status, update.at), ...updateMessage(update.message).split('\n'), ''];
  const at = first ? first.line - 1 : lines.length;
  if (!first) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: the `---` line that closes
    // the frontmatter is not blank, so popping stops there whatever the bound
    while (lines.length > close + 1 && lines[lines.length - 1].trim() === '') lines.pop();
    lines.push('');
    lines.push(...block);
  } else {
    lines.splice(at, 0, ...block);
  }
  return lines.join(newline);
}

export interface FieldChanges {
  title?: string;
  impact?: Impact;
  components?: readonly string[];
}

/**
 * Changes fields of the frontmatter where they stand, so comments, order and the other fields stay as
 * written. A title written per language changes in `language` (the site's default). Components keep
 * the status each was given; a new one in a map takes its status from the impact. A field the file
 * lacks is added at the end. A frontmatter that is not YAML is left as it is (the edit gate reports it).
 */
export function setFields(text: string, changes: FieldChanges, language = 'en'): string {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const close = frontmatterClose(lines);
  if (close === -1) throw new Error('the file has no frontmatter');
  let yaml = lines.slice(1, close).join('\n');
  const doc = parseDocument(yaml, { schema: 'core' });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return text;
  const edits: { from: number; to: number; text: string }[] = [];
  const added: string[] = [];
  /** Replaces a field's value from the end of its key (`title|: …`), or adds the field. */
  const set = (field: string, value: string) => {
    const items = (doc.contents as { items: { key: Node | null; value: Node | null }[] }).items;
    const pair = items.find((item) => isScalar(item.key) && item.key.value === field);
    if (pair?.key?.range && pair.value?.range) {
      edits.push({ from: pair.key.range[1], to: pair.value.range[1], text: `: ${value}` });
    } else added.push(`${field}: ${value}`);
  };
  const impact = changes.impact ?? String(doc.get('impact') ?? '');
  if (changes.title !== undefined) {
    const title = doc.get('title', true);
    const translated = isMap(title) ? title.get(language, true) : undefined;
    const text = yamlValue(oneLineTitle(changes.title));
    if (isScalar(translated) && translated.range) {
      edits.push({ from: translated.range[0], to: translated.range[1], text });
    } else set('title', yamlValue(oneLineTitle(changes.title)));
  }
  if (changes.impact !== undefined) set('impact', changes.impact);
  if (changes.components !== undefined) {
    const current = doc.get('components');
    const plain = (node: unknown) => String(isScalar(node) ? node.value : node);
    const statuses = isMap(current)
      ? new Map(current.items.map((item) => [plain(item.key), plain(item.value)]))
      : undefined;
    const fallback = STATUS_FROM_IMPACT[impact as Impact] ?? STATUS_FROM_IMPACT.minor;
    set(
      'components',
      statuses
        ? `{ ${changes.components.map((id) => `${id}: ${statuses.get(id) ?? fallback}`).join(', ')} }`
        : `[${changes.components.join(', ')}]`,
    );
  }
  for (const edit of edits.sort((a, b) => b.from - a.from)) {
    // A block value's range ends after its line break, which stays.
    let to = edit.to;
    while (to > edit.from && yaml[to - 1] === '\n') to--;
    yaml = yaml.slice(0, edit.from) + edit.text + yaml.slice(to);
  }
  const head = yaml === '' ? [] : yaml.split('\n');
  return ['---', ...head, ...added, ...lines.slice(close)].join(newline);
}

/**
 * Writes the commit time into each heading that has none (`## Monitoring`
 * → `## Monitoring · 2026-11-22 18:41 UTC`). Returns the new text and the
 * lines it could not stamp (no commit time known). The time is written as
 * exactly as it was read (seconds too, should it have them), so the update's
 * id, made from it, does not change when its heading is stamped.
 */
export function stampTimes(
  text: string,
  timeOfLine: (line: number) => Date | undefined,
): { text: string; stamped: number[]; unknown: number[] } {
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
    // Stryker disable next-line MethodExpression: a `##` heading has no leading space, and the replace drops trailing
    // ones too
    lines[section.line - 1] = `${section.raw.trimEnd().replace(/[ \t#]*$/, '')} · ${exactTimestamp(at)}`;
    stamped.push(section.line);
  }
  return { text: lines.join(newline), stamped, unknown };
}

/** `2026-11-22 18:41 UTC`, with seconds (and milliseconds) only when the time has them. */
function exactTimestamp(at: Date): string {
  if (at.getTime() % 60_000 === 0) return formatTimestamp(at);
  const iso = at.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, at.getUTCMilliseconds() === 0 ? 19 : 23)} UTC`;
}

/**
 * The one gate before an incident file is written: the new text, validated in memory as the
 * build will read it. Returns the text to write, or the problems that keep it off the disk.
 */
export function checkedEdit(
  text: string,
  ctx: ParseContext,
): { text: string; problems?: undefined } | { text?: undefined; problems: Problem[] } {
  // Stryker disable next-line MethodExpression,ConditionalExpression: parseIncident reports only errors today; the
  // filter keeps a future warning from blocking an edit
  const errors = parseIncident(text, ctx).problems.filter((problem) => problem.severity === 'error');
  return errors.length > 0 ? { problems: errors } : { text };
}
