/**
 * Issue-ops, decided purely: a GitHub issue or comment event, who sent it,
 * the linked incident file and `now` in; the file change and the reply out.
 * The octokit layer (src/cli/issue-ops.ts) only fetches and writes.
 */
import { stringify } from 'yaml';
import { addUpdate, checkedEdit, newIncidentText } from '../incident/edit.ts';
import { incidentFilePath, slugFor, slugFromPath } from '../incident/slug.ts';
import { frontmatterClose } from '../incident/body.ts';
import { parseIncident } from '../incident/parse.ts';
import { absoluteUrl, basePath, sitePaths } from '../outputs/paths.ts';
import { formatReport } from '../checks/problems.ts';
import { parseContextFor } from '../checks/validate.ts';
import type { SiteConfig } from '../config/schema.ts';
import { incidentStatusAt } from '../state/status.ts';
import { shareTexts, teamTextsMarkdown } from '../outputs/share.ts';
import { buildSiteView } from '../outputs/view-model.ts';
import { IMPACTS, INCIDENT_STATUSES, STATUS_LABELS, statusFromWord, type Impact, type UpdateStatus } from '../incident/vocabulary.ts';

export const INCIDENT_LABEL = 'incident';
const MARKER_PREFIX = '<!-- outpost:incident ';

export interface IssueEvent {
  name: 'issues' | 'issue_comment' | string;
  action: string;
  issue: { number: number; title: string; body: string | null; labels: string[]; state?: string };
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

export const HELP = [
  'Commands, one per comment, by people with write access:',
  '',
  `- \`/update <status> <message>\`: post an update. Status: ${INCIDENT_LABELS.slice(0, -1).join(', ')} or ${INCIDENT_LABELS.at(-1)}.`,
  '- `/resolve <message>`: post the all-clear. Closing the issue does the same with a standard message.',
  '',
  'Example: `/update monitoring We rolled back the change; checkout works again for most customers. Next update by 19:10 UTC.`',
].join('\n');

const CLOSED_MESSAGE = 'This incident is resolved and everything works normally again.';

/** Whether an event could need work at all, so the layer can skip API calls. */
export function isRelevant(event: IssueEvent): boolean {
  if (event.sender.type === 'Bot' || event.comment?.userType === 'Bot') return false;
  if (!event.issue.labels.includes(INCIDENT_LABEL)) return false;
  if (event.name === 'issues') return event.action === 'opened' || event.action === 'closed';
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

export function planIssueOp(input: IssueOpInput): IssueOpPlan {
  const { event } = input;
  if (!isRelevant(event)) return { kind: 'ignore', reason: 'not an incident command' };
  if (!input.senderCanWrite) {
    return { kind: 'reply', body: `@${event.sender.login}, only people with write access to this repository can change the status page. Nothing was changed.` };
  }
  if (event.name === 'issues' && event.action === 'opened') return planOpened(input);
  if (!input.incident) return { kind: 'reply', body: 'This issue has no incident on the status page. Open one with the "Incident" issue form.' };
  if (event.name === 'issues' && event.action === 'closed') {
    if (isResolved(input)) return { kind: 'ignore', reason: 'already resolved' };
    return planUpdate(input, 'resolved', CLOSED_MESSAGE);
  }
  const command = parseCommand(event.comment?.body ?? '');
  if ('error' in command) return { kind: 'reply', body: `${command.error}\n\n${HELP}` };
  return planUpdate(input, command.status, command.message);
}

function isResolved(input: IssueOpInput): boolean {
  const parsed = parseIncident(input.incident!.text, parseContextFor(input.config, input.incident!.path, input.now));
  return parsed.incident ? incidentStatusAt(parsed.incident, input.now) === 'resolved' : false;
}

export function parseCommand(body: string): { status: UpdateStatus; message: string } | { error: string } {
  const match = /^\s*\/(\w+)[ \t]*([^\n]*)\n?([\s\S]*)$/.exec(body);
  if (!match) return { error: 'I did not understand that command.' };
  const [, verb, rest, more] = match;
  const text = [rest, more].join('\n').trim();
  if (verb.toLowerCase() === 'resolve') return { status: 'resolved', message: text || CLOSED_MESSAGE };
  if (verb.toLowerCase() !== 'update') return { error: `\`/${verb}\` is not a command.` };
  const [word = '', ...words] = rest.trim().split(/\s+/);
  const status = statusFromWord(word, INCIDENT_STATUSES);
  if (!status) return { error: word ? `"${word}" is not a status.` : '`/update` needs a status and a message.' };
  const message = [words.join(' '), more].join('\n').trim();
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
function checked(input: IssueOpInput, path: string, text: string, plan: Omit<Extract<IssueOpPlan, { kind: 'write' }>, 'kind' | 'path' | 'text'>): IssueOpPlan {
  const context = parseContextFor(input.config, path, input.now);
  const result = checkedEdit(text, context);
  if (result.problems) {
    return { kind: 'reply', body: `Nothing was changed: the incident file would not be valid.\n\n\`\`\`text\n${formatReport(result.problems)}\n\`\`\`` };
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

function planUpdate(input: IssueOpInput, status: UpdateStatus, message: string): IssueOpPlan {
  const { path, text } = input.incident!;
  if (frontmatterClose(text.split(/\r?\n/)) === -1) {
    // Someone broke the file by hand: say so, instead of guessing where the update goes.
    return { kind: 'reply', body: `Nothing was changed: ${path} has no frontmatter (the lines between two \`---\` at the top), so I can't tell where the update goes. Fix the file, then post the command again.` };
  }
  const next = addUpdate(text, { status, at: input.now, message });
  return checked(input, path, next, {
    commitMessage: `${STATUS_LABELS[status]}: ${path} (#${input.event.issue.number})`,
    reply: `Posted **${STATUS_LABELS[status]}** to the status page: ${pageUrl(input.config, path)}\nIt is live after the next deploy, usually within two minutes.`,
    created: false,
  });
}

export interface IssueForm {
  title: string;
  impact: Impact;
  components: string[];
  message: string;
}

/** The form's fields, in the order GitHub writes them into the issue body (see issueFormYaml). */
const FORM_LABELS = ['title', 'impact', 'affected components', 'first message'] as const;

/**
 * Reads the answers of the incident issue form from the issue body GitHub writes: `### <label>`
 * then the answer, field by field in the form's order. Only the form's own headings, in order,
 * start a field: a `### Workaround` (or a `### Title`) inside the first message is part of it.
 */
export function parseIssueFormBody(body: string, config: SiteConfig): IssueForm | { error: string } {
  const sections = new Map<string, string>();
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const starts: { label: string; line: number }[] = [];
  let next = 0;
  lines.forEach((line, index) => {
    const label = FORM_LABELS[next];
    if (label && new RegExp(`^###\\s+${label}\\s*$`, 'i').test(line)) {
      starts.push({ label, line: index });
      next++;
    }
  });
  starts.forEach(({ label, line }, index) => sections.set(label, lines.slice(line + 1, starts[index + 1]?.line ?? lines.length).join('\n').trim()));
  const value = (label: string) => {
    const text = sections.get(label) ?? '';
    return text === '_No response_' ? '' : text;
  };
  const title = value('title');
  const impact = value('impact').toLowerCase();
  const message = value('first message');
  const known = new Set(config.components.map((component) => component.id));
  const components = [...value('affected components').matchAll(/^- \[[xX]\] .*\(([a-z0-9-]+)\)\s*$/gm)].map((match) => match[1]).filter((id) => known.has(id));
  if (!title) return { error: 'The form has no title.' };
  if (!(IMPACTS as readonly string[]).includes(impact)) return { error: `The form's impact "${impact}" is not one of ${IMPACTS.join(', ')}.` };
  if (!message) return { error: 'The form has no first message.' };
  return { title, impact: impact as Impact, components, message };
}

function planOpened(input: IssueOpInput): IssueOpPlan {
  const form = parseIssueFormBody(input.event.issue.body ?? '', input.config);
  if ('error' in form) return { kind: 'reply', body: `${form.error} Nothing was written; edit the issue or open a new one with the "Incident" form.` };
  // Two incidents on one day whose titles start alike: the second gets `-2`, and so on.
  const slug = slugFor(form.title, input.now);
  const path = incidentFilePath(input.config.incidentsDir, input.slugNumber && input.slugNumber > 1 ? `${slug}-${input.slugNumber}` : slug);
  const text = newIncidentText({ ...form, status: 'investigating', at: input.now });
  return checked(input, path, text, {
    commitMessage: `Incident: ${form.title} (#${input.event.issue.number})`,
    reply: `Opened the incident on the status page: ${pageUrl(input.config, path)}\nIt is live after the next deploy, usually within two minutes.\n\n${HELP}\n\n${markerFor(path)}`,
    created: true,
  });
}

/** The issue form, generated from the site config: `outpost issue-form` writes it. */
export function issueFormYaml(config: SiteConfig): string {
  const form = {
    name: 'Incident',
    description: 'Open an incident on the status page. Only people with write access can; others are answered and nothing is written.',
    title: '[Incident] ',
    labels: [INCIDENT_LABEL],
    body: [
      {
        type: 'markdown',
        attributes: {
          value: 'Write for customers: what they experience, who is affected, what they can do meanwhile, when the next update comes. After opening, comment `/update <status> <message>` to post updates and `/resolve <message>` (or close the issue) for the all-clear.',
        },
      },
      { type: 'input', id: 'title', attributes: { label: 'Title', description: 'What customers experience, in their words.', placeholder: "Some customers can't complete checkout" }, validations: { required: true } },
      { type: 'dropdown', id: 'impact', attributes: { label: 'Impact', options: ['minor', 'major', 'critical', 'none'] }, validations: { required: true } },
      {
        type: 'checkboxes',
        id: 'components',
        attributes: { label: 'Affected components', options: config.components.map((component) => ({ label: `${component.name} (${component.id})` })) },
      },
      {
        type: 'textarea',
        id: 'message',
        attributes: { label: 'First message', description: 'Shown on the status page as the first update.', placeholder: 'Some customers see an error when paying. Orders are not lost. Next update by 18:35 UTC.' },
        validations: { required: true },
      },
    ],
  };
  return `# Generated from astro.config.mjs by \`npx outpost issue-form\`; a test fails when it is out of date.\n${stringify(form, { lineWidth: 0 })}`;
}
