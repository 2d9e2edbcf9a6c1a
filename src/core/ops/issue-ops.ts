/**
 * Issue-ops, decided purely: a GitHub issue or comment event, who sent it,
 * the linked incident file and `now` in; the file change and the reply out.
 * The octokit layer (src/cli/commands/issue-ops/github.ts) only fetches and writes.
 */
import { stringify } from 'yaml';
import { addUpdate, checkedEdit, newIncidentText, oneLineTitle, setFields } from '../incident/edit.ts';
import type { FieldChanges } from '../incident/edit.ts';
import { incidentFilePath, slugFor, slugFromPath } from '../incident/slug.ts';
import { frontmatterClose } from '../incident/body.ts';
import { parseIncident } from '../incident/parse.ts';
import { absoluteUrl, basePath, sitePaths } from '../outputs/paths.ts';
import { didYouMean, formatReport } from '../base/problems.ts';
import { defaultLocale } from '../config/languages.ts';
import { formatTimestamp } from '../incident/time.ts';
import { parseContextFor } from '../checks/validate.ts';
import type { SiteConfig } from '../config/schema.ts';
import { isResolvedAt } from '../state/status.ts';
import { shareTexts, teamTextsMarkdown } from '../outputs/share.ts';
import { buildSiteView } from '../outputs/view-model.ts';
import { IMPACTS, INCIDENT_STATUSES, isTerminalStatus, STATUS_LABELS, statusFromWord } from '../incident/vocabulary.ts';
import type { Impact, UpdateStatus } from '../incident/vocabulary.ts';

export const INCIDENT_LABEL = 'incident';
const MARKER_PREFIX = '<!-- outpost:incident ';

export interface IssueEvent {
  name: 'issues' | 'issue_comment' | string;
  action: string;
  issue: {
    number: number;
    title: string;
    body: string | null;
    labels: string[];
    state?: string;
    /** Why a closed issue was closed: `completed`, `not_planned`, `duplicate` (null before GitHub had reasons). */
    stateReason?: string | null;
  };
  comment?: { body: string; userType?: string };
  sender: { login: string; type?: string };
}

export interface IssueOpInput {
  event: IssueEvent;
  senderCanWrite: boolean;
  now: Date;
  config: SiteConfig;
  /** The incident file this issue opened, if any (found through the bot's marker comment). */
  incident?: { path: string; text: string };
  /** For a new incident whose file name is taken: try `<slug>-<n>`. */
  slugNumber?: number;
}

export type IssueOpPlan =
  | { kind: 'ignore'; reason: string }
  | { kind: 'reply'; body: string }
  | { kind: 'write'; path: string; text: string; commitMessage: string; reply: string; created: boolean };

const INCIDENT_LABELS = INCIDENT_STATUSES.map((status) => STATUS_LABELS[status]);
/** "Investigating, Identified, Monitoring, Update or Resolved". */
const STATUS_LIST = `${INCIDENT_LABELS.slice(0, -1).join(', ')} or ${INCIDENT_LABELS.at(-1)}`;

export const HELP = [
  'Commands, one per comment, by people with write access:',
  '',
  `- \`/update <status> <message>\`: post an update. Status: ${STATUS_LIST} (any case; \`Monitoring:\` works too).`,
  '- `/resolve [message]`: post the all-clear, in your words or with a standard message.',
  '- Close the issue as **completed**: the same as `/resolve` with the standard message. ' +
    'Close it as **not planned**: nothing is posted.',
  "- Edit the issue (its title, impact or components): the incident's change with it.",
  '',
  'Example: `/update monitoring We rolled back the change; checkout ' +
    'works again for most customers. Next update by 19:10 UTC.`',
].join('\n');

const CLOSED_MESSAGE = 'This incident is resolved and everything works normally again.';
const LIVE = 'It is live after the next deploy, usually within two minutes.';

/** The form's answers, as GitHub writes them into the issue body: the body of an issue from the "Incident" form. */
export function isIncidentForm(body: string | null): boolean {
  return /^###\s+impact\s*$/im.test(body ?? '') && /^###\s+first message\s*$/im.test(body ?? '');
}

/** Whether an event could need work at all, so the layer can skip API calls. */
export function isRelevant(event: IssueEvent): boolean {
  if (event.sender.type === 'Bot' || event.comment?.userType === 'Bot') return false;
  // An issue from the form whose label the repository lacks (GitHub drops a form's label that does not exist)
  // still counts.
  if (!event.issue.labels.includes(INCIDENT_LABEL) && !isIncidentForm(event.issue.body)) return false;
  if (event.name === 'issues') return ['opened', 'edited', 'closed'].includes(event.action);
  if (event.name === 'issue_comment') return event.action === 'created' && /^\s*\//.test(event.comment?.body ?? '');
  return false;
}

/** In the bot's reply to a command comment: that comment has been handled (applied or refused). */
export function ackMarker(commentId: number): string {
  return `<!-- outpost:ack ${commentId} -->`;
}

export function isAcknowledged(botBodies: readonly string[], commentId: number): boolean {
  return botBodies.some((body) => body.includes(ackMarker(commentId)));
}

export function markerFor(path: string): string {
  return `${MARKER_PREFIX}${path} -->`;
}

export function pathFromMarker(body: string): string | undefined {
  const match = /<!-- outpost:incident ([\w./-]+\.md) -->/.exec(body);
  return match?.[1];
}

export function refusal(login: string): string {
  return `@${login}, only people with write access to this repository can change the status page. Nothing was changed.`;
}

export function planIssueOp(input: IssueOpInput): IssueOpPlan {
  const { event } = input;
  if (!isRelevant(event)) return { kind: 'ignore', reason: 'not an incident command' };
  if (!input.senderCanWrite) return { kind: 'reply', body: refusal(event.sender.login) };
  if (event.name === 'issues' && (event.action === 'opened' || event.action === 'edited')) {
    return input.incident ? planEdited(input) : planOpened(input);
  }
  if (event.name === 'issues' && event.action === 'closed') {
    return input.incident ? planClosed(input) : { kind: 'ignore', reason: 'no incident' };
  }
  if (!input.incident) {
    return {
      kind: 'reply',
      body:
        'This issue has no incident on the status page yet. ' +
        'Fix the form (edit the issue: I check it again), or open one with the "Incident" issue form.',
    };
  }
  const command = parseCommand(event.comment?.body ?? '');
  if ('error' in command) return { kind: 'reply', body: `${command.error}\n\n${HELP}` };
  if (command.status === 'resolved') {
    const resolved = resolvedAt(input);
    if (resolved) {
      return {
        kind: 'reply',
        body:
          `This incident is already resolved on the status page (since ${formatTimestamp(resolved)}). ` +
          'Nothing was changed. To add a note, comment `/update update <message>`.',
      };
    }
  }
  return planUpdate(input, command.status, command.message);
}

/** When the incident was resolved, if it is (as the site shows it at `now`). */
function resolvedAt(input: IssueOpInput): Date | undefined {
  const parsed = parseIncident(input.incident!.text, parseContextFor(input.config, input.incident!.path, input.now));
  if (!parsed.incident || !isResolvedAt(parsed.incident, input.now)) return undefined;
  return parsed.incident.updates.find((update) => isTerminalStatus(update.status))?.at ?? input.now;
}

/**
 * Closing as completed is the all-clear, said so in the reply; any other reason (not planned,
 * duplicate) posts nothing.
 */
function planClosed(input: IssueOpInput): IssueOpPlan {
  const reason = input.event.issue.stateReason;
  if (resolvedAt(input)) return { kind: 'ignore', reason: 'already resolved' };
  if (reason && reason !== 'completed') {
    const why = reason === 'not_planned' ? 'not planned' : reason.replace(/_/g, ' ');
    return {
      kind: 'reply',
      body: [
        `Closed as ${why}, so nothing was posted: the incident stays open on the status page ` +
          `(${pageUrl(input.config, input.incident!.path)}).`,
        '',
        'To post the all-clear, comment `/resolve [message]` (the issue may stay closed), ' +
          'or reopen the issue and close it as completed. ' +
          `If the incident was opened by mistake, delete \`${input.incident!.path}\` from the repository.`,
      ].join('\n'),
    };
  }
  const plan = planUpdate(input, 'resolved', CLOSED_MESSAGE);
  if (plan.kind !== 'write') return plan;
  return {
    ...plan,
    reply: [
      'Closed as completed, so I posted the all-clear (**Resolved**) to the status page: ' +
        pageUrl(input.config, input.incident!.path),
      '',
      `> ${CLOSED_MESSAGE}`,
      '',
      `${LIVE} To word the all-clear yourself, comment \`/resolve <message>\` before closing; ` +
        'closing as **not planned** posts nothing.',
    ].join('\n'),
  };
}

const SEPARATOR = /^\s*(?:[:·|—–]|-(?=\s|$))?\s*/;

export function parseCommand(body: string): { status: UpdateStatus; message: string } | { error: string } {
  const match = /^\s*\/(\w+)[ \t]*([^\n]*)\n?([\s\S]*)$/.exec(body);
  if (!match) return { error: 'I did not understand that command.' };
  const [, verb, rest, more] = match;
  const text = [rest, more].join('\n').trim();
  if (verb.toLowerCase() === 'resolve') return { status: 'resolved', message: text || CLOSED_MESSAGE };
  if (verb.toLowerCase() !== 'update') return { error: `\`/${verb}\` is not a command.` };
  // The status word ends at a space or a separator: `Monitoring: We rolled back.`, `monitoring - We …`.
  const line = rest.trim();
  const word = (/^[^\s:·|—–]+/.exec(line)?.[0] ?? '').replace(/-+$/, '');
  const after = line
    .slice(line.indexOf(word) + word.length)
    .replace(/^-+/, '')
    .replace(SEPARATOR, '');
  const status = statusFromWord(word, INCIDENT_STATUSES);
  if (!status) {
    if (!word) return { error: '`/update` needs a status and a message.' };
    const hint = didYouMean(word, INCIDENT_LABELS);
    return { error: `"${word}" is not a status${hint || '.'} Status: ${STATUS_LIST}.` };
  }
  const message = [after, more].join('\n').trim();
  if (!message) return { error: `\`/update ${word}\` needs a message for customers.` };
  return { status, message };
}

function pageUrl(config: SiteConfig, path: string): string {
  return absoluteUrl(config.url, sitePaths(basePath(config.url)).incident(slugFromPath(path)));
}

/**
 * Checks what would be written (the one edit gate); an invalid file is answered, never committed. A valid one's
 * reply carries the team's texts for the incident as it will read (post, email, support recap).
 */
function checked(
  input: IssueOpInput,
  path: string,
  text: string,
  plan: Omit<Extract<IssueOpPlan, { kind: 'write' }>, 'kind' | 'path' | 'text'>,
): IssueOpPlan {
  const context = parseContextFor(input.config, path, input.now);
  const result = checkedEdit(text, context);
  if (result.problems) {
    return {
      kind: 'reply',
      body:
        'Nothing was changed: the incident file would not be valid.\n\n' +
        `\`\`\`text\n${formatReport(result.problems)}\n\`\`\``,
    };
  }
  const incident = parseIncident(result.text, context).incident!;
  const site = buildSiteView(input.config, [incident], input.now);
  const texts = teamTextsMarkdown(shareTexts(site, site.incidentBySlug.get(incident.slug)!));
  // The marker stays last: it is how later runs find the file.
  const marker = plan.reply.lastIndexOf('\n\n<!-- outpost:');
  const at = marker === -1 ? plan.reply.length : marker;
  const reply = `${plan.reply.slice(0, at)}\n\n${texts}${plan.reply.slice(at)}`;
  return { kind: 'write', path, text: result.text, ...plan, reply };
}

/** Someone broke the file by hand: say so, instead of guessing where the change goes. */
function noFrontmatter(path: string, what: string): IssueOpPlan {
  return {
    kind: 'reply',
    body:
      `Nothing was changed: ${path} has no frontmatter (the lines between two \`---\` at the top), ` +
      `so I can't tell where ${what} goes. Fix the file, then try again.`,
  };
}

function planUpdate(input: IssueOpInput, status: UpdateStatus, message: string): IssueOpPlan {
  const { path, text } = input.incident!;
  if (frontmatterClose(text.split(/\r?\n/)) === -1) return noFrontmatter(path, 'the update');
  const next = addUpdate(text, { status, at: input.now, message });
  return checked(input, path, next, {
    commitMessage: `${STATUS_LABELS[status]}: ${path} (#${input.event.issue.number})`,
    reply: `Posted **${STATUS_LABELS[status]}** to the status page: ${pageUrl(input.config, path)}\n${LIVE}`,
    created: false,
  });
}

export interface IssueForm {
  title: string;
  impact: Impact;
  components: string[];
  message: string;
}

/**
 * The form's fields, in the order GitHub writes them into the issue body (see issueFormYaml). `title`
 * is only in forms made before the issue's own title became the incident's: read when present.
 */
const FORM_LABELS = ['title', 'impact', 'affected components', 'first message'] as const;
const OPTIONAL_LABELS: readonly string[] = ['title'];

/** The issue's title as the incident's: without the `[Incident]` prefix older forms put in front. */
export function incidentTitle(issueTitle: string): string {
  return issueTitle.replace(/^\s*\[incident\]\s*/i, '').trim();
}

/**
 * Reads the answers of the incident issue form: its title is the issue's, the rest comes from the
 * issue body GitHub writes, `### <label>` then the answer, field by field in the form's order. Only
 * the form's own headings, in order, start a field: a `### Workaround` (or a `### Title`) inside the
 * first message is part of it.
 */
export function parseIssueForm(
  issue: { title: string; body: string | null },
  config: SiteConfig,
): IssueForm | { error: string } {
  const sections = new Map<string, string>();
  const lines = (issue.body ?? '').replace(/\r\n?/g, '\n').split('\n');
  const starts: { label: string; line: number }[] = [];
  let next = 0;
  const heading = (label: string | undefined, line: string) =>
    label !== undefined && new RegExp(`^###\\s+${label}\\s*$`, 'i').test(line);
  lines.forEach((line, index) => {
    // An optional field the form no longer has may be skipped.
    const skipped = OPTIONAL_LABELS.includes(FORM_LABELS[next]) && heading(FORM_LABELS[next + 1], line);
    if (!heading(FORM_LABELS[next], line) && skipped) next++;
    if (heading(FORM_LABELS[next], line)) {
      starts.push({ label: FORM_LABELS[next], line: index });
      next++;
    }
  });
  starts.forEach(({ label, line }, index) =>
    sections.set(
      label,
      lines
        .slice(line + 1, starts[index + 1]?.line ?? lines.length)
        .join('\n')
        .trim(),
    ),
  );
  const value = (label: string) => {
    const text = sections.get(label) ?? '';
    return text === '_No response_' ? '' : text;
  };
  const title = value('title') || incidentTitle(issue.title);
  const impact = value('impact').toLowerCase();
  const message = value('first message');
  const known = new Set(config.components.map((component) => component.id));
  const components = [...value('affected components').matchAll(/^- \[[xX]\] .*\(([a-z0-9-]+)\)\s*$/gm)]
    .map((match) => match[1])
    .filter((id) => known.has(id));
  if (!title) {
    return {
      error:
        "The issue has no title: the issue's title is the incident's, what customers experience " +
        '(e.g. "Some customers can\'t complete checkout").',
    };
  }
  if (!(IMPACTS as readonly string[]).includes(impact))
    return { error: `The form's impact "${impact}" is not one of ${IMPACTS.join(', ')}.` };
  if (!message) return { error: 'The form has no first message.' };
  return { title, impact: impact as Impact, components, message };
}

/** "title", "title and impact", "title, impact and affected components". */
function listed(names: readonly string[]): string {
  return `${names.slice(0, -1).join(', ')}${names.length > 1 ? ' and ' : ''}${names.at(-1)}`;
}

function formError(error: string): IssueOpPlan {
  const body = `${error} Nothing was written. Edit the issue to fix it: I check the form again on every edit.`;
  return { kind: 'reply', body };
}

function planOpened(input: IssueOpInput): IssueOpPlan {
  const form = parseIssueForm(input.event.issue, input.config);
  if ('error' in form) return formError(form.error);
  // Two incidents on one day whose titles start alike: the second gets `-2`, and so on.
  const slug = slugFor(form.title, input.now);
  const path = incidentFilePath(
    input.config.incidentsDir,
    input.slugNumber && input.slugNumber > 1 ? `${slug}-${input.slugNumber}` : slug,
  );
  const text = newIncidentText({ ...form, status: 'investigating', at: input.now });
  return checked(input, path, text, {
    commitMessage: `Incident: ${form.title} (#${input.event.issue.number})`,
    reply: [
      `Opened the incident on the status page: ${pageUrl(input.config, path)}`,
      LIVE,
      '',
      HELP,
      '',
      markerFor(path),
    ].join('\n'),
    created: true,
  });
}

/**
 * An edited issue whose incident exists: its title, impact and components follow the issue. The
 * first message is published already, so it stays; news goes in `/update`.
 */
function planEdited(input: IssueOpInput): IssueOpPlan {
  const form = parseIssueForm(input.event.issue, input.config);
  if ('error' in form) return formError(form.error);
  const { path, text } = input.incident!;
  if (frontmatterClose(text.split(/\r?\n/)) === -1) return noFrontmatter(path, 'the change');
  const current = parseIncident(text, parseContextFor(input.config, path, input.now)).incident;
  const changes: FieldChanges = {};
  if (current?.title !== oneLineTitle(form.title)) changes.title = form.title;
  if (current?.impact !== form.impact) changes.impact = form.impact;
  const ids = (current?.components ?? []).map((component) => component.id).sort();
  if (ids.join(',') !== [...form.components].sort().join(',')) changes.components = form.components;
  const changed = Object.keys(changes);
  if (changed.length === 0) return { kind: 'ignore', reason: 'nothing to change' };
  const names = changed.map((field) => (field === 'components' ? 'affected components' : field));
  return checked(input, path, setFields(text, changes, defaultLocale(input.config)), {
    commitMessage: `Edit ${changed.join(', ')}: ${path} (#${input.event.issue.number})`,
    reply:
      `Changed the incident's ${listed(names)} on the status page: ${pageUrl(input.config, path)}\n` +
      `${LIVE} The first message stays as it was published; post news with \`/update <status> <message>\`.`,
    created: false,
  });
}

/** The issue form, generated from the site config: `outpost issue-form` writes it. */
export function issueFormYaml(config: SiteConfig): string {
  const form = {
    name: 'Incident',
    description:
      'Open an incident on the status page. Only people with write ' +
      'access can; others are answered and nothing is written.',
    labels: [INCIDENT_LABEL],
    body: [
      {
        type: 'markdown',
        attributes: {
          value: [
            "**The issue's title is the incident's title**: what customers experience, in their words " +
              '("Some customers can\'t complete checkout").',
            '',
            'Write for customers: what they experience, who is affected, what they can do meanwhile, ' +
              'when the next update comes.',
            '',
            'After opening, post updates as comments: `/update <status> <message>`, ' +
              `where the status is ${STATUS_LIST}. ` +
              '`/resolve [message]` posts the all-clear; so does closing the issue as completed ' +
              '(closing it as not planned posts nothing). ' +
              "Editing the issue changes the incident's title, impact and components.",
          ].join('\n'),
        },
      },
      {
        type: 'dropdown',
        id: 'impact',
        attributes: { label: 'Impact', options: ['minor', 'major', 'critical', 'none'] },
        validations: { required: true },
      },
      {
        type: 'checkboxes',
        id: 'components',
        attributes: {
          label: 'Affected components',
          options: config.components.map((component) => ({ label: `${component.name} (${component.id})` })),
        },
      },
      {
        type: 'textarea',
        id: 'message',
        attributes: {
          label: 'First message',
          description: 'Shown on the status page as the first update.',
          placeholder: 'Some customers see an error when paying. Orders are not lost. Next update by 18:35 UTC.',
        },
        validations: { required: true },
      },
    ],
  };
  return (
    '# Generated from astro.config.mjs by `npx outpost issue-form`; a test fails when it is out of date.\n' +
    `${stringify(form, { lineWidth: 0 })}`
  );
}
