/**
 * The body of an incident file: `##` update headings, newest first, each with
 * its message, and an optional `## Postmortem` section. Headings inside fenced
 * code are text. Pure.
 */
import {
  CONTROL_CHARACTER_EXPECTED,
  CONTROL_CHARACTER_RULE,
  controlCharacterMessage,
  findControlCharacterInMarkdown,
  withoutControlCharacters,
} from '../base/control-characters.ts';
import { didYouMean, suggest } from '../base/problems.ts';
import type { ParseContext, Report } from './context.ts';
import type { IncidentUpdate } from './model.ts';
import { slugFromPath } from './slug.ts';
import { formatTimestamp, isoUtc, parseTimestamp, TIMESTAMP_EXAMPLE } from './time.ts';
import { STATUS_LABELS, statusesFor, statusFromWord, type IncidentType, type UpdateStatus } from './vocabulary.ts';

/**
 * How far an update may be dated after the clock: an author's laptop a few minutes fast. The site is then
 * built as of that update's time (see `siteClock`), so what validates is on the page at once.
 */
export const FUTURE_TOLERANCE_MS = 15 * 60_000;
const HEADING = /^##(?!#)[ \t]*(.*?)[ \t#]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SEPARATOR = /\s*[·|—–]\s*|\s+-\s+/;

export interface Body {
  updates: IncidentUpdate[];
  postmortem?: string;
  postmortemTranslations?: Record<string, string>;
}

const TRANSLATION_HEADING = /^###(?!#)[ \t]+([A-Za-z]{2,3}(?:-[A-Za-z]{2,4})?)[ \t#]*$/;

/**
 * A section's text in the default language and its translations: on a site in several languages,
 * `### de` (a language of the site, alone on its line) starts the German text, until the next one.
 * Headings in fenced code are text. Line numbers stay those of the file.
 */
export function splitTranslations(
  body: readonly string[],
  firstLine: number,
  locales: readonly string[],
  report: Report,
): { text: string; translations?: Record<string, string> } {
  if (locales.length < 2) return { text: body.join('\n').trim() };
  const [first] = locales;
  const byLower = new Map(locales.map((code) => [code.toLowerCase(), code]));
  const parts: { locale: string; line: number; lines: string[] }[] = [{ locale: first, line: firstLine, lines: [] }];
  let fence: string | undefined;
  body.forEach((line, index) => {
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1];
      else if (fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = undefined;
    }
    const heading = fence || fenceMatch ? undefined : TRANSLATION_HEADING.exec(line);
    const locale = heading && byLower.get(heading[1].toLowerCase());
    if (!locale) {
      parts[parts.length - 1].lines.push(line);
      return;
    }
    const at = firstLine + index;
    if (locale === first) {
      report({
        line: at,
        column: 1,
        rule: 'translation-of-default',
        message: `"### ${heading[1]}" starts a translation into the default language, ${first}`,
        expected: `the ${first} text first, under the update's heading, then "### <language>" for each other language`,
        example: `### ${locales[1]}`,
      });
    } else if (parts.some((part) => part.locale === locale)) {
      report({
        line: at,
        column: 1,
        rule: 'duplicate-translation',
        message:
          `this update already has a ${locale} part ` + `on line ${parts.find((part) => part.locale === locale)!.line}`,
        expected: 'one part per language in each update',
      });
    }
    parts.push({ locale, line: at, lines: [] });
  });
  const translations: Record<string, string> = {};
  for (const part of parts.slice(1)) {
    const text = part.lines.join('\n').trim();
    if (text === '')
      report({
        line: part.line,
        column: 1,
        rule: 'empty-message',
        message: `the ${part.locale} part has no text`,
        expected: 'the message in that language, on the lines under its heading',
        example: `### ${part.locale}\n…`,
      });
    else if (part.locale !== first) translations[part.locale] ??= text;
  }
  const text = parts[0].lines.join('\n').trim();
  return Object.keys(translations).length > 0 ? { text, translations } : { text };
}

export interface Section {
  /** 1-based line of the `##` heading. */
  line: number;
  /** The heading's text after `##`. */
  heading: string;
  raw: string;
  body: string[];
}

/**
 * The `##` sections of a body, ignoring headings inside fenced code; and the first line of text before them, if any.
 */
export function splitSections(
  lines: readonly string[],
  start: number,
): { sections: Section[]; preamble?: number; unclosedFence?: number } {
  const sections: Section[] = [];
  let fence: string | undefined;
  let fenceLine = 0;
  let preamble: number | undefined;
  for (let index = start; index < lines.length; index++) {
    const line = lines[index];
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1];
      if (!fence) {
        fence = marker;
        fenceLine = index + 1;
      } else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
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
  return { sections, preamble, unclosedFence: fence ? fenceLine : undefined };
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

export function parseBody(lines: string[], start: number, type: IncidentType, ctx: ParseContext, report: Report): Body {
  const { sections, preamble, unclosedFence } = splitSections(lines, start);
  if (unclosedFence !== undefined) {
    // Everything after it would be code: the updates below would vanish from the incident.
    const marker = FENCE.exec(lines[unclosedFence - 1])![1];
    report({
      line: unclosedFence,
      column: 1,
      rule: 'unclosed-fence',
      message: `the code block opened on line ${unclosedFence} is never closed, so every line after it is code`,
      expected: `a line with only ${marker} where the code ends`,
      example: `${marker}\nthe code\n${marker}`,
    });
  }
  if (preamble !== undefined) {
    report({
      line: preamble,
      column: 1,
      rule: 'text-before-updates',
      message: 'text before the first update heading belongs to no update',
      expected: 'every message under a "## <Status> · <time>" heading',
      example: `## Investigating · ${TIMESTAMP_EXAMPLE}\nSome customers see errors when paying.`,
    });
  }

  const allowed = statusesFor(type);
  const updates: IncidentUpdate[] = [];
  let postmortem: string | undefined;
  let postmortemTranslations: Record<string, string> | undefined;
  const locales = ctx.locales ?? [];
  for (const section of sections) {
    reportControlCharacters(section, report);
    const { text: message, translations } = splitTranslations(section.body, section.line + 1, locales, report);
    if (isPostmortemHeading(section.heading)) {
      postmortem = message;
      postmortemTranslations = translations;
      continue;
    }
    const update = parseUpdateHeading(section, allowed, type, ctx, report);
    if (!update) continue;
    if (message === '') {
      report({
        line: section.line,
        column: 1,
        rule: 'empty-message',
        message: `the ${STATUS_LABELS[update.status]} update has no message`,
        expected: 'what customers experience, on the lines under the heading',
        example:
          `${section.raw}\n` +
          'We rolled back the change; checkout works again for most customers. Next update in 30 minutes.',
      });
      continue;
    }
    const firstText = section.body.findIndex((line) => line.trim() !== '');
    const parsed: IncidentUpdate = {
      id: `${slugFromPath(ctx.file)}#${isoUtc(update.at)}`,
      status: update.status,
      at: update.at,
      markdown: message,
      line: section.line,
      bodyLine: section.line + 1 + firstText,
    };
    if (translations) parsed.translations = translations;
    updates.push(parsed);
  }

  if (sections.length === 0 || (updates.length === 0 && sections.every((s) => isPostmortemHeading(s.heading)))) {
    report({
      line: start + 1,
      column: 1,
      rule: 'no-updates',
      message: 'the incident has no updates',
      expected: 'at least one "## <Status> · <time>" heading with a message, newest first',
      example:
        `## Investigating · ${TIMESTAMP_EXAMPLE}\n` +
        'Some customers see errors when paying. Next update by 18:40 UTC.',
    });
  }

  for (let i = 1; i < updates.length; i++) {
    const above = updates[i - 1];
    const update = updates[i];
    if (update.at > above.at) {
      report({
        line: update.line,
        column: 1,
        rule: 'updates-out-of-order',
        message:
          `this update (${formatTimestamp(update.at)}) is newer than the one above it ` +
          `on line ${above.line} (${formatTimestamp(above.at)})`,
        expected: 'updates newest first: add each new update at the top',
      });
    }
  }
  uniqueIds(updates);
  for (const update of updates) {
    if (update.at.getTime() > ctx.now.getTime() + FUTURE_TOLERANCE_MS) {
      report({
        line: update.line,
        column: 1,
        rule: 'future-time',
        message: `this update is dated ${formatTimestamp(update.at)}, after now (${formatTimestamp(ctx.now)})`,
        expected: 'the time the update was posted, with its zone',
        example: `## ${STATUS_LABELS[update.status]} · ${formatTimestamp(ctx.now)}`,
      });
    }
  }
  return postmortemTranslations ? { updates, postmortem, postmortemTranslations } : { updates, postmortem };
}

/**
 * Every line of a section as it will be published (heading, message, translations, code): a
 * control character is an error at its line and column, with the line as it should be; so is a
 * reference to one (`&#5;`), which a message with HTML in it decodes into the character.
 */
function reportControlCharacters(section: Section, report: Report): void {
  const what = isPostmortemHeading(section.heading) ? 'the postmortem' : 'the message';
  [section.raw, ...section.body].forEach((line, index) => {
    const found = findControlCharacterInMarkdown(line);
    if (!found) return;
    const message = controlCharacterMessage(index === 0 ? 'the heading' : what, found, line, found.writtenAs);
    const fixed = withoutControlCharacters(line);
    const example = fixed.trim() ? fixed : undefined;
    report({
      line: section.line + index,
      column: found.index + 1,
      rule: CONTROL_CHARACTER_RULE,
      message,
      expected: CONTROL_CHARACTER_EXPECTED,
      example,
    });
  });
}

/**
 * Updates in the same minute are fine (two quick edits); the order in the file decides. Their ids
 * stay unique and stable: the oldest keeps `<slug>#<time>`, the next ones at that time get `-2`,
 * `-3` …, counted from the oldest, so adding an update on top never changes an older id.
 */
function uniqueIds(updates: IncidentUpdate[]): void {
  const seen = new Map<string, number>();
  for (let index = updates.length - 1; index >= 0; index--) {
    const update = updates[index];
    const count = (seen.get(update.id) ?? 0) + 1;
    seen.set(update.id, count);
    if (count > 1) update.id = `${update.id}-${count}`;
  }
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
    report({
      line: section.line,
      column: headingColumn,
      rule: 'bad-status',
      message: `the heading "${heading}" has a time but no status word`,
      expected: `a status first: ${labels.join(', ')}`,
      example: example('Update', statusText),
    });
    return undefined;
  }
  let status = statusFromWord(statusText, allowed);
  if (!status) {
    const other = statusFromWord(statusText);
    const message = other
      ? `"${statusText}" is a status for ${type === 'maintenance' ? 'incidents' : 'maintenance'}, ` +
        `not for ${type === 'maintenance' ? 'maintenance' : `an ${type}`}`
      : `"${statusText}" is not a status${didYouMean(statusText, labels)}`;
    const hint = suggest(statusText, labels) ?? labels[0];
    report({
      line: section.line,
      column: headingColumn,
      rule: 'bad-status',
      message,
      expected: `one of: ${labels.join(', ')}`,
      example: example(hint, timeText || TIMESTAMP_EXAMPLE),
    });
    status = undefined;
  }

  let at: Date | undefined;
  if (timeText === '') {
    at = ctx.timeOfLine?.(section.line);
    if (!at) {
      report({
        line: section.line,
        column: headingColumn + heading.length,
        rule: 'missing-time',
        message: `the heading "${heading}" has no time, and no commit time is known for it`,
        expected: 'the time it was posted, with its zone (or run `outpost stamp` in a Git checkout)',
        example: example(status ? STATUS_LABELS[status] : labels[0], formatTimestamp(ctx.now)),
      });
    }
  } else {
    const parsed = parseTimestamp(timeText);
    if (parsed.ok) at = parsed.date;
    else if (parsed.reason === 'no-zone') {
      report({
        line: section.line,
        column: timeColumn,
        rule: 'time-without-zone',
        message: `"${timeText}" has no time zone`,
        expected: 'a time with a zone: UTC, Z or an offset like +01:00',
        example: example(status ? STATUS_LABELS[status] : labels[0], `${timeText} UTC`),
      });
    } else {
      report({
        line: section.line,
        column: timeColumn,
        rule: 'bad-time',
        message: `"${timeText}" is not a time`,
        expected: 'YYYY-MM-DD HH:MM with a zone',
        example: example(status ? STATUS_LABELS[status] : labels[0]),
      });
    }
  }
  return status && at ? { status, at } : undefined;
}
