/**
 * Parses one incident file into an `Incident`, or into problems that name
 * the line and column and show the right form. Pure: the caller passes the
 * text, the known component ids and `now`.
 *
 * Frontmatter is split by hand and parsed with `yaml`'s core schema so that
 * every node keeps its position (for messages) and no time is silently
 * turned into a Date (a time without a zone must be an error).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { AffectedComponent, Incident, IncidentUpdate } from './model.ts';
import { didYouMean, suggest, type Problem } from '../checks/problems.ts';
import { INCIDENT_FIELDS, IncidentFrontmatterSchema } from './schema.ts';
import { SLUG_PATTERN, slugFromPath } from './slug.ts';
import { formatTimestamp, isoUtc, parseTimestamp, TIMESTAMP_EXAMPLE } from './time.ts';
import { describeZodIssues } from '../checks/zod-issues.ts';
import {
  COMPONENT_STATUSES,
  INCIDENT_STATUSES,
  MAINTENANCE_STATUSES,
  STATUS_FROM_IMPACT,
  STATUS_LABELS,
  statusFromWord,
  type ComponentStatus,
  type IncidentType,
  type UpdateStatus,
} from './vocabulary.ts';

export interface ParseContext {
  /** Path shown in messages, relative to the project root. */
  file: string;
  componentIds: readonly string[];
  now: Date;
  /** An unresolved incident whose newest update is older than this is an error. */
  openIncidentDays: number;
  /** Time of the commit that added a line: used for a heading written without a time. */
  timeOfLine?: (line: number) => Date | undefined;
}

export interface ParseResult {
  incident?: Incident;
  problems: Problem[];
}

const FUTURE_TOLERANCE_MS = 15 * 60_000;
const HEADING = /^##(?!#)[ \t]*(.*?)[ \t#]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SEPARATOR = /\s*[·|—–]\s*|\s+-\s+/;

export function parseIncident(input: string, ctx: ParseContext): ParseResult {
  const problems: Problem[] = [];
  const report = (line: number, column: number, rule: string, message: string, expected?: string, example?: string) =>
    problems.push({ file: ctx.file, line, column, severity: 'error', rule, message, expected, example });

  const slug = slugFromPath(ctx.file);
  if (!SLUG_PATTERN.test(slug)) {
    const better = slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    report(0, 0, 'bad-slug', `the file name "${slug}" is not a valid slug`, 'lowercase letters, digits and dashes, ending in .md', `${better || '2026-11-22-checkout-errors'}.md`);
  }

  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');

  if (lines[0]?.trimEnd() !== '---') {
    report(1, 1, 'missing-frontmatter', 'the file must start with frontmatter between two lines of ---', 'a --- line, the fields, another --- line', FRONTMATTER_EXAMPLE);
    return { problems };
  }
  const close = frontmatterClose(lines);
  if (close === -1) {
    report(1, 1, 'unclosed-frontmatter', 'the frontmatter opened on line 1 is never closed', 'a line with only --- after the last field', FRONTMATTER_EXAMPLE);
    return { problems };
  }

  const fm = parseFrontmatter(lines.slice(1, close).join('\n'), 2, ctx, report);
  const body = parseBody(lines, close + 1, fm.type ?? 'incident', ctx, report);

  if (problems.length > 0 || !fm.data) return { problems };

  const updates = body.updates;
  const oldest = updates[updates.length - 1];
  if (fm.started && oldest && fm.started > oldest.at) {
    report(fm.startedLine, 1, 'started-after-first-update', `started (${formatTimestamp(fm.started)}) is after the first update (${formatTimestamp(oldest.at)})`, 'a time at or before the oldest update', `started: ${formatTimestamp(oldest.at)}`);
  }
  const newest = updates[0];
  const type = fm.data.type;
  if (type === 'incident' && newest && newest.status !== 'resolved') {
    const ageDays = (ctx.now.getTime() - newest.at.getTime()) / 86_400_000;
    if (ageDays > ctx.openIncidentDays) {
      report(newest.line, 1, 'missing-resolved', `this incident has had no update for ${Math.floor(ageDays)} days and is not resolved`, `a Resolved update at the top once it is over (or a new update within ${ctx.openIncidentDays} days)`, `## Resolved · ${formatTimestamp(ctx.now)}\nEverything works normally again.`);
    }
  }
  if (problems.length > 0) return { problems };

  const incident: Incident = {
    slug,
    file: ctx.file,
    type,
    title: fm.data.title,
    impact: fm.data.impact ?? 'none',
    components: fm.components,
    updates,
    titleLine: fm.titleLine,
  };
  if (fm.started) incident.started = fm.started;
  if (fm.scheduled) incident.scheduled = fm.scheduled;
  if (fm.until) incident.until = fm.until;
  if (fm.data.postmortem) incident.postmortemUrl = fm.data.postmortem;
  if (body.postmortem) incident.postmortemMarkdown = body.postmortem;
  return { incident, problems };
}

type Report = (line: number, column: number, rule: string, message: string, expected?: string, example?: string) => void;

const FRONTMATTER_EXAMPLE = `---\ntitle: Some customers can't complete checkout\nimpact: major\ncomponents: [checkout]\n---`;

interface Frontmatter {
  data?: ReturnType<typeof IncidentFrontmatterSchema.parse>;
  type?: IncidentType;
  components: AffectedComponent[];
  started?: Date;
  startedLine: number;
  titleLine: number;
  scheduled?: { start: Date; end: Date };
  until?: Date;
}

function parseFrontmatter(yamlText: string, firstLine: number, ctx: ParseContext, report: Report): Frontmatter {
  const result: Frontmatter = { components: [], startedLine: firstLine, titleLine: firstLine };
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { schema: 'core', prettyErrors: false, uniqueKeys: true, lineCounter: counter });
  const at = (offset: number) => {
    const pos = counter.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const { line, column } = at(error.pos[0]);
      report(line, column, 'yaml-syntax', `YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, 'one "field: value" a line; quote values that contain ": " or start with a special character', `title: "Checkout: payments fail"`);
    }
    return result;
  }
  const raw = doc.toJS() ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    report(firstLine, 1, 'invalid-frontmatter', 'the frontmatter must be fields, one "name: value" a line', undefined, FRONTMATTER_EXAMPLE);
    return result;
  }
  const type: IncidentType = ['maintenance', 'notice'].includes(raw.type) ? raw.type : 'incident';
  result.type = type;
  const positionOf = (path: PropertyKey[], atKey: boolean) => locate(doc, path, atKey, at, firstLine);

  const parsed = IncidentFrontmatterSchema.safeParse(raw, { reportInput: true });
  const issues = parsed.success ? [] : parsed.error.issues.filter((issue) => issue.path[0] !== 'components');
  for (const issue of describeZodIssues(issues, (path) => (path.length === 0 ? INCIDENT_FIELDS : ['start', 'end']))) {
    const { line, column } = positionOf(issue.path, issue.atKey);
    report(line, column, issue.rule, issue.message, issue.expected, exampleFor(issue.path.length === 1 && issue.suggestion ? issue.suggestion : String(issue.path[0])));
  }

  const impact = parsed.success ? parsed.data.impact : undefined;
  if (type === 'incident' && raw.impact === undefined) {
    report(firstLine, 1, 'missing-field', '"impact" is required for an incident', 'one of: none, minor, major, critical', 'impact: major');
  }
  result.components = checkComponents(doc, raw.components, impact, type, ctx, positionOf, report);

  const time = (path: string[]): Date | undefined => {
    let value: unknown = raw;
    for (const key of path) value = (value as Record<string, unknown> | undefined)?.[key];
    if (typeof value !== 'string') return undefined;
    const parsedTime = parseTimestamp(value);
    if (parsedTime.ok) return parsedTime.date;
    const { line, column } = positionOf(path, false);
    if (parsedTime.reason === 'no-zone') {
      report(line, column, 'time-without-zone', `${path.join('.')} "${value}" has no time zone`, 'a time with a zone: UTC, Z or an offset like +01:00', `${path[path.length - 1]}: ${value.trim().length <= 10 ? `${value.trim()} 00:00` : value.trim()} UTC`);
    } else {
      report(line, column, 'bad-time', `${path.join('.')} "${value}" is not a time`, 'YYYY-MM-DD HH:MM with a zone', `${path[path.length - 1]}: ${TIMESTAMP_EXAMPLE}`);
    }
    return undefined;
  };
  result.started = time(['started']);
  result.startedLine = positionOf(['started'], true).line;
  result.titleLine = positionOf(['title'], false).line;
  result.until = time(['until']);
  const start = time(['scheduled', 'start']);
  const end = time(['scheduled', 'end']);
  if (type === 'maintenance') {
    if (raw.scheduled === undefined) {
      report(firstLine, 1, 'missing-field', '"scheduled" is required for maintenance', 'the window as start and end times', 'scheduled:\n  start: 2026-11-29 02:00 UTC\n  end: 2026-11-29 03:00 UTC');
    } else if (start && end) {
      if (end <= start) {
        const { line, column } = positionOf(['scheduled', 'end'], false);
        report(line, column, 'maintenance-window', `the maintenance ends (${formatTimestamp(end)}) before it starts (${formatTimestamp(start)})`, 'scheduled.end after scheduled.start', `scheduled:\n  start: ${formatTimestamp(start)}\n  end: ${formatTimestamp(new Date(start.getTime() + 3_600_000))}`);
      } else {
        result.scheduled = { start, end };
      }
    }
  } else if (raw.scheduled !== undefined) {
    const { line, column } = positionOf(['scheduled'], true);
    report(line, column, 'invalid-field', '"scheduled" is only for maintenance', 'type: maintenance above it, or no scheduled field', 'type: maintenance');
  }
  if (raw.until !== undefined && type !== 'notice') {
    const { line, column } = positionOf(['until'], true);
    report(line, column, 'invalid-field', '"until" is only for notices', 'type: notice above it, or no until field', 'type: notice');
  }
  if (parsed.success) result.data = parsed.data;
  return result;
}

function exampleFor(field: string): string | undefined {
  const examples: Record<string, string> = {
    title: "title: Some customers can't complete checkout",
    impact: 'impact: major',
    components: 'components: [checkout, api]',
    type: 'type: maintenance',
    postmortem: 'postmortem: https://example.com/blog/checkout-postmortem',
    started: `started: ${TIMESTAMP_EXAMPLE}`,
    until: `until: ${TIMESTAMP_EXAMPLE}`,
    scheduled: 'scheduled:\n  start: 2026-11-29 02:00 UTC\n  end: 2026-11-29 03:00 UTC',
  };
  return examples[field];
}

function checkComponents(
  doc: Document,
  value: unknown,
  impact: ReturnType<typeof IncidentFrontmatterSchema.parse>['impact'],
  type: IncidentType,
  ctx: ParseContext,
  positionOf: (path: PropertyKey[], atKey: boolean) => { line: number; column: number },
  report: Report,
): AffectedComponent[] {
  if (value === undefined || value === null) return [];
  const known = ctx.componentIds;
  const listedStatus: ComponentStatus = type === 'maintenance' ? 'under_maintenance' : STATUS_FROM_IMPACT[impact ?? 'none'];
  const unknownId = (id: string, path: PropertyKey[], atKey: boolean) => {
    const { line, column } = positionOf(path, atKey);
    report(line, column, 'unknown-component', `"${id}" is not a component${didYouMean(id, known)}`, `one of the site's components: ${known.join(', ')}`, `components: [${known[0] ?? 'api'}]`);
  };
  const out: AffectedComponent[] = [];
  if (Array.isArray(value)) {
    value.forEach((id, index) => {
      if (typeof id !== 'string') {
        const { line, column } = positionOf(['components', index], false);
        report(line, column, 'invalid-value', `components.${index} should be a component id`, 'a list of ids or a map of id: status', 'components: [checkout, api]');
      } else if (!known.includes(id)) unknownId(id, ['components', index], false);
      else out.push({ id, status: listedStatus });
    });
    return out;
  }
  if (typeof value === 'object') {
    for (const [id, status] of Object.entries(value as Record<string, unknown>)) {
      if (!known.includes(id)) {
        unknownId(id, ['components', id], true);
        continue;
      }
      if (typeof status !== 'string' || !(COMPONENT_STATUSES as readonly string[]).includes(status)) {
        const { line, column } = positionOf(['components', id], false);
        report(line, column, 'bad-component-status', `"${String(status)}" is not a component status${didYouMean(String(status), COMPONENT_STATUSES)}`, `one of: ${COMPONENT_STATUSES.join(', ')}`, `  ${id}: partial_outage`);
        continue;
      }
      out.push({ id, status: status as ComponentStatus });
    }
    return out;
  }
  const { line, column } = positionOf(['components'], false);
  report(line, column, 'invalid-value', 'components should be a list of ids or a map of id: status', undefined, 'components: [checkout, api]');
  void doc;
  return out;
}

/** Line and column of a field's key or value; falls back to the nearest enclosing node. */
function locate(
  doc: Document,
  path: PropertyKey[],
  atKey: boolean,
  at: (offset: number) => { line: number; column: number },
  firstLine: number,
): { line: number; column: number } {
  let node: unknown = doc.contents;
  let found: { line: number; column: number } = { line: firstLine, column: 1 };
  for (let depth = 0; depth < path.length; depth++) {
    const key = path[depth];
    const last = depth === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (keyNode.range) found = at(keyNode.range[0]);
      if (last && atKey) break;
      node = pair.value;
      const valueNode = pair.value as Node | null;
      if (valueNode?.range) found = at(valueNode.range[0]);
    } else if (isSeq(node)) {
      const item = node.items[Number(key)] as Node | undefined;
      if (!item) break;
      if (item.range) found = at(item.range[0]);
      node = item;
    } else break;
  }
  return found;
}

interface Body {
  updates: IncidentUpdate[];
  postmortem?: string;
}

export interface Section {
  /** 1-based line of the `##` heading. */
  line: number;
  /** The heading's text after `##`. */
  heading: string;
  raw: string;
  body: string[];
}

/** The `##` sections of a body, ignoring headings inside fenced code; and the first line of text before them, if any. */
export function splitSections(lines: readonly string[], start: number): { sections: Section[]; preamble?: number } {
  const sections: Section[] = [];
  let fence: string | undefined;
  let preamble: number | undefined;
  for (let index = start; index < lines.length; index++) {
    const line = lines[index];
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1];
      if (!fence) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    }
    const heading = fence ? undefined : HEADING.exec(line);
    if (heading && !fenceMatch) {
      sections.push({ line: index + 1, heading: heading[1], raw: line, body: [] });
    } else if (sections.length > 0) {
      sections[sections.length - 1].body.push(line);
    } else if (line.trim() !== '' && preamble === undefined) {
      preamble = index + 1;
    }
  }
  return { sections, preamble };
}

/** Index of the line that closes the frontmatter, or -1. */
export function frontmatterClose(lines: readonly string[]): number {
  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') return -1;
  return lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
}

/** Splits a heading into its status text and time text, on the first separator. */
export function splitHeading(heading: string): { statusText: string; timeText: string; separator?: RegExpExecArray } {
  const separator = SEPARATOR.exec(heading) ?? undefined;
  return {
    statusText: (separator ? heading.slice(0, separator.index) : heading).trim(),
    timeText: separator ? heading.slice(separator.index + separator[0].length).trim() : '',
    separator,
  };
}

export function isPostmortemHeading(heading: string): boolean {
  return /^post-?\s?mortem$/i.test(heading.trim());
}

function parseBody(lines: string[], start: number, type: IncidentType, ctx: ParseContext, report: Report): Body {
  const { sections, preamble } = splitSections(lines, start);
  if (preamble !== undefined) {
    report(preamble, 1, 'text-before-updates', 'text before the first update heading belongs to no update', 'every message under a "## <Status> · <time>" heading', `## Investigating · ${TIMESTAMP_EXAMPLE}\nSome customers see errors when paying.`);
  }

  const allowed: readonly UpdateStatus[] = type === 'maintenance' ? [...MAINTENANCE_STATUSES, 'update'] : INCIDENT_STATUSES;
  const updates: IncidentUpdate[] = [];
  let postmortem: string | undefined;
  for (const section of sections) {
    const message = section.body.join('\n').trim();
    if (isPostmortemHeading(section.heading)) {
      postmortem = message;
      continue;
    }
    const update = parseUpdateHeading(section, allowed, type, ctx, report);
    if (!update) continue;
    if (message === '') {
      report(section.line, 1, 'empty-message', `the ${STATUS_LABELS[update.status]} update has no message`, 'what customers experience, on the lines under the heading', `${section.raw}\nWe rolled back the change; checkout works again for most customers. Next update in 30 minutes.`);
      continue;
    }
    const firstText = section.body.findIndex((line) => line.trim() !== '');
    updates.push({ id: `${slugFromPath(ctx.file)}#${isoUtc(update.at)}`, status: update.status, at: update.at, markdown: message, line: section.line, bodyLine: section.line + 1 + firstText });
  }

  if (sections.length === 0 || (updates.length === 0 && sections.every((s) => isPostmortemHeading(s.heading)))) {
    report(start + 1, 1, 'no-updates', 'the incident has no updates', 'at least one "## <Status> · <time>" heading with a message, newest first', `## Investigating · ${TIMESTAMP_EXAMPLE}\nSome customers see errors when paying. Next update by 18:40 UTC.`);
  }

  for (let i = 1; i < updates.length; i++) {
    const above = updates[i - 1];
    const update = updates[i];
    if (update.at > above.at) {
      report(update.line, 1, 'updates-out-of-order', `this update (${formatTimestamp(update.at)}) is newer than the one above it on line ${above.line} (${formatTimestamp(above.at)})`, 'updates newest first: add each new update at the top', undefined);
    } else if (update.at.getTime() === above.at.getTime()) {
      report(update.line, 1, 'duplicate-update-time', `this update has the same time as the one on line ${above.line} (${formatTimestamp(update.at)})`, 'each update at its own minute', undefined);
    }
  }
  for (const update of updates) {
    if (update.at.getTime() > ctx.now.getTime() + FUTURE_TOLERANCE_MS) {
      report(update.line, 1, 'future-time', `this update is dated ${formatTimestamp(update.at)}, after now (${formatTimestamp(ctx.now)})`, 'the time the update was posted, with its zone', `## ${STATUS_LABELS[update.status]} · ${formatTimestamp(ctx.now)}`);
    }
  }
  return { updates, postmortem };
}

function parseUpdateHeading(
  section: Section,
  allowed: readonly UpdateStatus[],
  type: IncidentType,
  ctx: ParseContext,
  report: Report,
): { status: UpdateStatus; at: Date } | undefined {
  const heading = section.heading;
  const headingColumn = section.raw.indexOf(heading) + 1;
  const { statusText, timeText, separator } = splitHeading(heading);
  const timeColumn = separator ? headingColumn + separator.index + separator[0].length : 0;
  const labels = allowed.map((status) => STATUS_LABELS[status]);
  const example = (status: string, time = TIMESTAMP_EXAMPLE) => `## ${status} · ${time}`;

  if (!separator && parseTimestamp(statusText).ok) {
    report(section.line, headingColumn, 'bad-status', `the heading "${heading}" has a time but no status word`, `a status first: ${labels.join(', ')}`, example('Update', statusText));
    return undefined;
  }
  let status = statusFromWord(statusText, allowed);
  if (!status) {
    const other = statusFromWord(statusText);
    const message = other
      ? `"${statusText}" is a status for ${type === 'maintenance' ? 'incidents' : 'maintenance'}, not for ${type === 'maintenance' ? 'maintenance' : `an ${type}`}`
      : `"${statusText}" is not a status${didYouMean(statusText, labels)}`;
    const hint = suggest(statusText, labels) ?? labels[0];
    report(section.line, headingColumn, 'bad-status', message, `one of: ${labels.join(', ')}`, example(hint, timeText || TIMESTAMP_EXAMPLE));
    status = undefined;
  }

  let at: Date | undefined;
  if (timeText === '') {
    at = ctx.timeOfLine?.(section.line);
    if (!at) {
      report(section.line, headingColumn + heading.length, 'missing-time', `the heading "${heading}" has no time, and no commit time is known for it`, 'the time it was posted, with its zone (or run `outpost stamp` in a Git checkout)', example(status ? STATUS_LABELS[status] : labels[0], formatTimestamp(ctx.now)));
    }
  } else {
    const parsed = parseTimestamp(timeText);
    if (parsed.ok) at = parsed.date;
    else if (parsed.reason === 'no-zone') {
      report(section.line, timeColumn, 'time-without-zone', `"${timeText}" has no time zone`, 'a time with a zone: UTC, Z or an offset like +01:00', example(status ? STATUS_LABELS[status] : labels[0], `${timeText} UTC`));
    } else {
      report(section.line, timeColumn, 'bad-time', `"${timeText}" is not a time`, 'YYYY-MM-DD HH:MM with a zone', example(status ? STATUS_LABELS[status] : labels[0]));
    }
  }
  return status && at ? { status, at } : undefined;
}
