/**
 * cState issues (Hugo pages under `content/issues/`) read into imported incidents, and the site's
 * `config.yml` into components and groups. Pure: file text in.
 *
 * cState has no update headings. Its sites write updates as lines that start with an emphasized
 * status, `*Investigating* - …`, `*Update 2019-01-29 14:40:00*: …`, `**Resolved:** …`, or plainly
 * `Update 2018-10-15 20:45: …`, and date them with a `{{< track "…" >}}` shortcode, in the
 * marker, or not at all. An update with a time of its own becomes an update at that time; the
 * first part takes the issue's `date`; a closing Resolved part takes `resolvedWhen`; any other
 * part without a time stays, word for word, in the text of the update before it, and the report
 * says so. Times without a zone are read in the site's zone, as Hugo reads them (UTC unless the
 * config's `timeZone` or `--time-zone` says otherwise).
 */
import { parse } from 'yaml';
import { zoneOffsetMinutes } from '../incident/time.ts';
import { STATUS_LABELS, type Impact, type UpdateStatus } from '../incident/vocabulary.ts';
import { idFromName } from './components.ts';
import type { ImportedIncident, ImportedUpdate, SourceComponent, SourceGroup } from './model.ts';

export interface CstateSite {
  systems: SourceComponent[];
  categories: SourceGroup[];
  timeZone?: string;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const asText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/** `params.systems` (name, description, category), `params.categories` and `timeZone` of a cState `config.yml`. */
export function readCstateConfig(text: string): { site?: CstateSite; problem?: string } {
  let raw: unknown;
  try {
    raw = parse(text, { schema: 'core' });
  } catch (error) {
    return { problem: `YAML: ${(error as Error).message.split('\n')[0]}` };
  }
  const config = asRecord(raw);
  const params = asRecord(config.params);
  const list = (value: unknown) => (Array.isArray(value) ? value.map(asRecord) : []);
  const categories = list(params.categories)
    .filter((category) => asText(category.name))
    .map((category): SourceGroup => ({
      name: asText(category.name)!,
      description: asText(category.description)?.trim() || undefined,
    }));
  const systems = list(params.systems)
    .filter((system) => asText(system.name))
    .map((system): SourceComponent => ({
      name: asText(system.name)!,
      description: asText(system.description)?.trim() || undefined,
      group: asText(system.category),
    }));
  return { site: { systems, categories, timeZone: asText(config.timeZone) ?? asText(config.timezone) } };
}

interface LocalTime {
  date: Date;
  /** The text had a zone (Z, UTC, +02:00): no site zone was needed. */
  zoned: boolean;
  /** The text had a time of day, not only a date. */
  timed: boolean;
}

const TIME_TEXT =
  /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?/i;

/** A cState time (`2019-01-21 14:20:00`, `2021-10-13T07:45:18.497Z`, `'2015-06-29'`), zone-less ones in `zone`. */
export function readCstateTime(text: string, zone: string): LocalTime | undefined {
  const match = new RegExp(`^\\s*${TIME_TEXT.source}\\s*$`, 'i').exec(text);
  return match ? timeFromMatch(match, zone) : undefined;
}

function timeFromMatch(match: RegExpExecArray, zone: string): LocalTime | undefined {
  const [, y, mo, d, h, mi, s, frac, tz] = match;
  const fields = [
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(s ?? 0),
    frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0,
  ] as const;
  const local = Date.UTC(...fields);
  if (Number.isNaN(local) || new Date(local).getUTCDate() !== Number(d) || Number(h ?? 0) > 23 || Number(mi ?? 0) > 59)
    return undefined;
  let offset: number;
  if (tz) {
    const sign = tz.startsWith('-') ? -1 : 1;
    const digits = tz.replace(/[^0-9]/g, '');
    offset = /^[+-]/.test(tz) ? sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0)) : 0;
  } else {
    // The zone's offset at that wall-clock time: guess with the offset at the same instant in UTC, then correct once.
    offset = zoneOffsetMinutes(new Date(local), zone);
    offset = zoneOffsetMinutes(new Date(local - offset * 60_000), zone);
  }
  return { date: new Date(local - offset * 60_000), zoned: Boolean(tz), timed: h !== undefined };
}

const truthy = (value: unknown) =>
  value === true || (typeof value === 'string' && /^(true|yes|on)$/i.test(value.trim()));

const SEVERITY: Record<string, Impact> = { down: 'critical', disrupted: 'major', notice: 'minor' };

type Word = UpdateStatus | 'postmortem';

/** The status a cState marker's word stands for. */
function statusOfWord(word: string): Word {
  const text = word.trim().toLowerCase();
  if (/^post[\s-]?mortem/.test(text)) return 'postmortem';
  if (/^investigat/.test(text)) return 'investigating';
  if (/^identifi/.test(text)) return 'identified';
  if (/^(monitor|recover|mitigated|observ)/.test(text)) return 'monitoring';
  if (/^(resolved|fixed|closed|completed|done)\b/.test(text)) return 'resolved';
  return 'update';
}

interface Segment {
  /** The marker's words, without its time and separator ('' for text before any marker). */
  word: string;
  time?: LocalTime;
  /** The marker's time was only a date. */
  dateOnly?: boolean;
  lines: string[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const TRACK = /\{\{[<%]\s*track\s+"([^"]*)"\s*[>%]\}\}/g;
const EMPHASIS_MARKER = /^\s*(\*\*|__|\*|_)([^*_\n]{1,80}?)\1(.*)$/;
const PLAIN_MARKER = new RegExp(
  `^\\s*(Investigating|Identified|Monitoring|Update|Resolved)\\s+(${TIME_TEXT.source})\\s*:\\s*(.*)$`,
  'i',
);
const SEPARATOR_AT_END = /\s*[-–—:]\s*$/;
const SEPARATOR_AT_START = /^\s*[-–—:]\s?/;

/** The marker a line starts with, if any: its word, its time text and the rest of the line. */
function markerOf(line: string): { word: string; timeText?: string; rest: string } | undefined {
  const plain = PLAIN_MARKER.exec(line);
  if (plain) return { word: plain[1], timeText: plain[2], rest: plain.at(-1) ?? '' };
  const emphasis = EMPHASIS_MARKER.exec(line);
  if (!emphasis) return undefined;
  const [, , inner, after] = emphasis;
  const separatedInside = SEPARATOR_AT_END.test(inner);
  const separatedAfter = SEPARATOR_AT_START.test(after);
  if (!separatedInside && !separatedAfter) return undefined;
  const label = inner.replace(SEPARATOR_AT_END, '');
  const time = TIME_TEXT.exec(label);
  const word = (time ? label.slice(0, time.index) + label.slice(time.index + time[0].length) : label).trim();
  if (!/^[A-Za-z][A-Za-z ]{0,40}$/.test(word) || word.split(/\s+/).length > 5) return undefined;
  return {
    word,
    timeText: time?.[0],
    rest: separatedInside ? after.trim() : after.replace(SEPARATOR_AT_START, '').trim(),
  };
}

/** The body split at its markers, with track shortcodes taken out as times, outside code blocks. */
function segments(body: string, zone: string): { parts: Segment[]; breaks: number } {
  const parts: Segment[] = [{ word: '', lines: [] }];
  let fence: string | undefined;
  let breaks = 0;
  for (const raw of body.split('\n')) {
    const fenceMatch = FENCE.exec(raw);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = undefined;
      parts[parts.length - 1].lines.push(raw);
      continue;
    }
    if (fenceMatch) fence = fenceMatch[1];
    if (!fenceMatch && BREAK.test(raw)) {
      breaks++;
      continue;
    }
    let line = raw;
    let tracked: LocalTime | undefined;
    line = line.replace(TRACK, (_, text: string) => {
      tracked ??= readCstateTime(text, zone);
      return '';
    });
    const marker = fenceMatch ? undefined : markerOf(line);
    if (marker) {
      const segment: Segment = { word: marker.word, lines: marker.rest ? [marker.rest] : [] };
      if (marker.timeText) {
        const time = readCstateTime(marker.timeText, zone);
        if (time?.timed) segment.time = time;
        else if (time) segment.dateOnly = true;
      }
      parts.push(segment);
    } else parts[parts.length - 1].lines.push(line.trimEnd());
    if (tracked?.timed) parts[parts.length - 1].time ??= tracked;
  }
  return { parts: parts.filter((part, index) => index > 0 || part.lines.join('').trim() !== ''), breaks };
}

/** The frontmatter and body of a Hugo page, when the frontmatter is YAML between `---` lines. */
function splitPage(text: string): { yaml: string; body: string } | { problem: string } {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  if (lines[0]?.trim() === '+++') return { problem: 'TOML frontmatter (+++) is not how cState writes issues' };
  if (lines[0]?.trim() !== '---') return { problem: 'no frontmatter: the file does not start with ---' };
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close === -1) return { problem: 'the frontmatter is never closed with ---' };
  return { yaml: lines.slice(1, close).join('\n'), body: lines.slice(close + 1).join('\n') };
}

export interface CstateReadOptions {
  /** IANA zone for times written without one. */
  zone: string;
  /** Where the file is in its site, shown in the report and kept in the marker: `content/issues/x.md`. */
  path: string;
}

/** One cState issue; `skipped` when cState itself does not publish it (a draft). */
export function readCstateIssue(
  text: string,
  options: CstateReadOptions,
): { incident?: ImportedIncident; skipped?: string; problem?: string } {
  const page = splitPage(text);
  if ('problem' in page) return { problem: page.problem };
  let raw: unknown;
  try {
    raw = parse(page.yaml, { schema: 'core' });
  } catch (error) {
    return { problem: `YAML: ${(error as Error).message.split('\n')[0]}` };
  }
  const fm = asRecord(raw);
  if (truthy(fm.draft)) return { skipped: 'a draft (draft: true): cState does not publish it' };
  const section = asText(fm.section);
  if (section !== undefined && section.trim().toLowerCase() !== 'issue')
    return { skipped: `section "${section}" is not a cState issue` };
  const title = asText(fm.title)?.trim();
  if (!title) return { problem: 'no title' };
  const notes: string[] = [];
  let zoneless = 0;
  const time = (value: unknown, field: string): LocalTime | undefined => {
    const textValue = asText(value);
    if (textValue === undefined) return undefined;
    const parsed = readCstateTime(textValue, options.zone);
    if (!parsed) notes.push(`${field} "${textValue}" is not a time`);
    else if (!parsed.zoned) zoneless++;
    return parsed;
  };
  const date = time(fm.date, 'date');
  if (!date) return { problem: fm.date === undefined ? 'no date' : `date "${String(fm.date)}" is not a time` };
  if (!date.timed)
    notes.push(
      `date "${asText(fm.date)}" has no time of day: the first update is at 00:00 in ${options.zone}, as Hugo reads it`,
    );

  const informational = truthy(fm.informational);
  const severity = asText(fm.severity)?.trim().toLowerCase();
  let impact: Impact | undefined;
  if (severity && SEVERITY[severity]) impact = SEVERITY[severity];
  else if (!informational) {
    impact = 'minor';
    notes.push(
      severity ? `severity "${severity}" is not down, disrupted or notice: impact minor` : 'no severity: impact minor',
    );
  }

  const affected = Array.isArray(fm.affected)
    ? fm.affected
    : fm.affected === undefined || fm.affected === null || fm.affected === ''
      ? []
      : [fm.affected];
  const names = [
    ...new Set(
      affected
        .map(asText)
        .filter((name): name is string => Boolean(name?.trim()))
        .map((name) => name.trim()),
    ),
  ];

  const { parts, breaks } = segments(page.body, options.zone);
  for (const part of parts) if (part.time && !part.time.zoned) zoneless++;
  if (breaks > 0) notes.push(`${breaks} separator line${breaks === 1 ? '' : 's'} (---) between parts left out`);
  const updates: (ImportedUpdate & { order: number })[] = [];
  let postmortem: string | undefined;
  let merged = 0;
  let leftOut = 0;
  let added = 0;
  const resolvedWhen = time(fm.resolvedWhen, 'resolvedWhen');
  const resolved = truthy(fm.resolved);
  const lastUpdatePart = parts.findLastIndex((part) => !part.word || statusOfWord(part.word) !== 'postmortem');
  parts.forEach((part, index) => {
    const word = part.word ? statusOfWord(part.word) : 'investigating';
    const status: UpdateStatus = word === 'postmortem' ? 'update' : word;
    const keepWord = part.word !== '' && part.word.toLowerCase() !== STATUS_LABELS[status].toLowerCase();
    const text = part.lines.join('\n').trim();
    const labelled = part.word ? `**${part.word}**${text ? ` – ${text}` : ''}` : text;
    const message = keepWord ? labelled : text;
    if (word === 'postmortem') {
      postmortem = postmortem ? `${postmortem}\n\n${text}` : text;
      return;
    }
    if (part.dateOnly) notes.push(`"${part.word}" has a date but no time of day`);
    let at = part.time?.date;
    if (!at && index === 0) at = date.date;
    if (!at && index === lastUpdatePart && status === 'resolved' && resolvedWhen) at = resolvedWhen.date;
    if (!at) {
      const previous = updates.at(-1);
      if (previous) {
        // Its own status word stays with it: in the update before, nothing else says what it was.
        previous.message = `${previous.message}\n\n${labelled}`.trim();
        merged++;
        return;
      }
      at = date.date;
    }
    if (message === '') {
      notes.push(`the ${STATUS_LABELS[status]} part of ${at.toISOString()} has no text: left out`);
      leftOut++;
      return;
    }
    updates.push({ status, at, message, order: index });
  });
  if (merged > 0)
    notes.push(
      `${merged} part${merged === 1 ? '' : 's'} without a time of ${merged === 1 ? 'its' : 'their'} own ` +
        'kept in the text of the update before',
    );
  const updatesIn = parts.filter((part) => !part.word || statusOfWord(part.word) !== 'postmortem').length;
  if (updates.length === 0) {
    updates.push({ status: 'investigating', at: date.date, message: title, order: 0 });
    notes.push('no text: the first update repeats the title');
    added++;
  }
  updates.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);

  if (resolved && !updates.some((update) => update.status === 'resolved')) {
    const when = resolvedWhen?.date ?? updates.at(-1)!.at;
    const same = updates.findLast((update) => update.at.getTime() === when.getTime());
    if (same && same === updates.at(-1)) {
      same.status = 'resolved';
      notes.push(`the update at resolvedWhen (${when.toISOString()}) is the Resolved update`);
    } else if (when < updates.at(-1)!.at) {
      notes.push(`resolvedWhen (${when.toISOString()}) is before the last update: Resolved at the last update's time`);
      updates.push({
        status: 'resolved',
        at: updates.at(-1)!.at,
        message: 'This issue is resolved.',
        order: parts.length,
      });
      added++;
    } else {
      updates.push({ status: 'resolved', at: when, message: 'This issue is resolved.', order: parts.length });
      added++;
      notes.push(
        resolvedWhen
          ? 'Resolved update added at resolvedWhen (cState keeps no text for it)'
          : "resolved without resolvedWhen: Resolved at the last update's time",
      );
    }
  }
  if (truthy(fm.pin)) notes.push('pinned in cState: add `until:` to the notice to pin it here');
  if (zoneless > 0) notes.push(`${zoneless} time${zoneless === 1 ? '' : 's'} without a zone read in ${options.zone}`);

  const file = options.path
    .split('/')
    .pop()!
    .replace(/\.(md|markdown)$/i, '');
  const slugField = asText(fm.slug);
  const urlField = asText(fm.url);
  const oldPaths: string[] = [];
  if (urlField) oldPaths.push(urlField.replace(/^\/+|\/+$/g, ''));
  else if (/^[A-Za-z0-9._-]+$/.test(slugField ?? file)) oldPaths.push(`issues/${(slugField ?? file).toLowerCase()}`);
  else notes.push(`no redirect from the old page: its address can't be known from the name "${slugField ?? file}"`);

  return {
    incident: {
      source: 'cstate',
      sourceId: options.path,
      label: options.path,
      title,
      type: informational ? 'notice' : 'incident',
      impact,
      components: names.map((name) => ({ component: { name } })),
      started: undefined,
      updates: updates.map(({ status, at, message }) => ({ status, at, message })),
      postmortem,
      preferredSlug: idFromName(slugField ?? file),
      oldPaths,
      updatesIn,
      counted: { merged, leftOut, added },
      notes,
    },
  };
}
