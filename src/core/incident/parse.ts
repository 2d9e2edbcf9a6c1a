/**
 * Parses one incident file into an `Incident`, or into problems that name
 * the line and column and show the right form. Pure: the caller passes the
 * text, the known component ids and `now`.
 *
 * The frontmatter (./frontmatter.ts) and the body (./body.ts) are checked
 * separately, so one run reports the problems of both; the rules that join
 * them (started before the first update, resolved in time) are here.
 */
import type { Problem } from '../base/problems.ts';
import { frontmatterClose, parseBody } from './body.ts';
import type { ParseContext, Report } from './context.ts';
import { FRONTMATTER_EXAMPLE, parseFrontmatter } from './frontmatter.ts';
import type { Incident } from './model.ts';
import { SLUG_PATTERN, slugFromPath } from './slug.ts';
import { formatTimestamp } from './time.ts';

export type { ParseContext } from './context.ts';

export interface ParseResult {
  incident?: Incident;
  problems: Problem[];
}

export function parseIncident(input: string, ctx: ParseContext): ParseResult {
  const problems: Problem[] = [];
  const report: Report = ({ line, column, rule, message, expected, example }) => {
    problems.push({ file: ctx.file, line, column, severity: 'error', rule, message, expected, example });
  };

  const slug = slugFromPath(ctx.file);
  if (!SLUG_PATTERN.test(slug)) {
    const better = slug
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    report({
      line: 0,
      column: 0,
      rule: 'bad-slug',
      message: `the file name "${slug}" is not a valid slug`,
      expected: 'lowercase letters, digits and dashes, ending in .md',
      example: `${better || '2026-11-22-checkout-errors'}.md`,
    });
  }

  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');

  // Stryker disable next-line OptionalChaining: split always gives at least one line
  if (lines[0]?.trimEnd() !== '---') {
    // "Add the update at the top", read literally in the web editor, puts it above the frontmatter.
    const first = lines.findIndex((line) => line.trim() !== '');
    if (first !== -1 && /^##(?!#)/.test(lines[first])) {
      const heading = lines[first].trim();
      report({
        line: first + 1,
        column: 1,
        rule: 'missing-frontmatter',
        message:
          `the file starts with the update "${heading}", but the frontmatter comes first: ` +
          'updates go below its second --- line',
        expected:
          'the frontmatter (a --- line, the fields, another --- line) at the top, then the updates, newest first',
        example: `${FRONTMATTER_EXAMPLE}\n\n${heading}\nWhat customers see now.`,
      });
      return { problems };
    }
    report({
      line: 1,
      column: 1,
      rule: 'missing-frontmatter',
      message: 'the file must start with frontmatter between two lines of ---',
      expected: 'a --- line, the fields, another --- line',
      example: FRONTMATTER_EXAMPLE,
    });
    return { problems };
  }
  const close = frontmatterClose(lines);
  if (close === -1) {
    report({
      line: 1,
      column: 1,
      rule: 'unclosed-frontmatter',
      message: 'the frontmatter opened on line 1 is never closed',
      expected: 'a line with only --- after the last field',
      example: FRONTMATTER_EXAMPLE,
    });
    return { problems };
  }

  const fm = parseFrontmatter(lines.slice(1, close).join('\n'), 2, ctx, report);
  const body = parseBody(lines, close + 1, fm.type ?? 'incident', ctx, report);

  if (problems.length > 0 || !fm.data) return { problems };

  const data = fm.data;
  const updates = body.updates;
  const oldest = updates[updates.length - 1];
  // Stryker disable next-line ConditionalExpression,LogicalOperator: an oldest update always exists here (no updates is
  // a problem, returned above), and a missing `started` compares false
  if (data.started && oldest && data.started > oldest.at) {
    report({
      line: fm.startedLine,
      column: 1,
      rule: 'started-after-first-update',
      message: `started (${formatTimestamp(data.started)}) is after the first update (${formatTimestamp(oldest.at)})`,
      expected: 'a time at or before the oldest update',
      example: `started: ${formatTimestamp(oldest.at)}`,
    });
  }
  if (problems.length > 0) return { problems };

  const type = data.type;

  const [defaultLocale] = ctx.locales ?? ['en'];
  const titles = typeof data.title === 'string' ? { [defaultLocale]: data.title } : data.title;
  const { [defaultLocale]: title, ...titleTranslations } = titles;
  const incident: Incident = {
    slug,
    file: ctx.file,
    type,
    title,
    impact: data.impact ?? 'none',
    components: fm.components,
    updates,
    titleLine: fm.titleLine,
  };
  if (data.started) incident.started = data.started;
  if (data.type === 'maintenance' && data.scheduled) incident.scheduled = data.scheduled;
  if (data.type === 'notice' && data.until) incident.until = data.until;
  if (data.example) incident.example = true;
  if (data.postmortem) incident.postmortemUrl = data.postmortem;
  if (body.postmortem) incident.postmortemMarkdown = body.postmortem;
  if (Object.keys(titleTranslations).length > 0) incident.titleTranslations = titleTranslations;
  if (body.postmortemTranslations) incident.postmortemTranslations = body.postmortemTranslations;
  return { incident, problems };
}
