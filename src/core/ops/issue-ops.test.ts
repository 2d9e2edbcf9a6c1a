import { describe, expect, test } from 'vitest';
import { parseSiteConfig } from '../checks/validate.ts';
import { HELP, INCIDENT_LABEL, isRelevant, issueFormYaml, markerFor, parseCommand, parseIssueFormBody, pathFromMarker, planIssueOp, type IssueEvent } from './issue-ops.ts';

// Parsed inside each test that needs it, so that mutation testing sees which test covers the config code.
const siteConfig = () =>
  parseSiteConfig({ name: 'Ops Status', url: 'https://example.com/status/', components: [{ id: 'checkout', name: 'Checkout' }, { id: 'api', name: 'API' }] }, 'astro.config.mjs').config!;
const NOW = new Date('2026-11-22T18:35Z');
const FORM = (fields: Partial<Record<'title' | 'impact' | 'components' | 'message', string>> = {}) =>
  [
    `### Title\n\n${fields.title ?? 'Checkout fails'}`,
    `### Impact\n\n${fields.impact ?? 'Major'}`,
    `### Affected components\n\n${fields.components ?? '- [x] Checkout (checkout)\n- [ ] API (api)'}`,
    `### First message\n\n${fields.message ?? 'Some customers see errors when paying. Next update by 19:00 UTC.'}`,
  ].join('\n\n');
const PATH = 'incidents/2026-11-22-checkout-fails.md';
const FILE = `---\ntitle: Checkout fails\nimpact: major\ncomponents: [checkout]\n---\n\n## Investigating · 2026-11-22 18:05 UTC\nSome customers see errors when paying.\n`;

const event = (fields: Partial<IssueEvent> & { body?: string }): IssueEvent => ({
  name: 'issue_comment',
  action: 'created',
  issue: { number: 7, title: '[Incident] Checkout fails', body: FORM(), labels: [INCIDENT_LABEL] },
  comment: fields.body === undefined ? undefined : { body: fields.body },
  sender: { login: 'oncall' },
  ...fields,
});

describe('which events matter', () => {
  test.each([
    ['an opened incident issue', event({ name: 'issues', action: 'opened' }), true],
    ['a closed incident issue', event({ name: 'issues', action: 'closed' }), true],
    ['a reopened incident issue', event({ name: 'issues', action: 'reopened' }), false],
    ['a command comment', event({ body: '/update monitoring Fixed.' }), true],
    ['a command after spaces', event({ body: '  \n/resolve' }), true],
    ['a plain comment', event({ body: 'Looking.' }), false],
    ['an edited command', event({ action: 'edited', body: '/resolve' }), false],
    ['a comment without a body', event({}), false],
    ['a bot sender', event({ body: '/resolve', sender: { login: 'bot', type: 'Bot' } }), false],
    ['a bot comment', event({ comment: { body: '/resolve', userType: 'Bot' } }), false],
    ['another label', event({ body: '/resolve', issue: { number: 7, title: 'x', body: '', labels: ['bug'] } }), false],
    ['another event', event({ name: 'pull_request', action: 'opened' }), false],
  ])('%s: %s', (_name, subject, relevant) => {
    expect(isRelevant(subject)).toBe(relevant);
  });
});

describe('commands', () => {
  test.each([
    ['/update identified We found it.', { status: 'identified', message: 'We found it.' }],
    ['/UPDATE Monitoring  Fix out.', { status: 'monitoring', message: 'Fix out.' }],
    ['/update investigating\nStill looking.', { status: 'investigating', message: 'Still looking.' }],
    ['/update resolved Done.', { status: 'resolved', message: 'Done.' }],
    ['/update in_progress Working.', { error: '"in_progress" is not a status.' }],
    ['/Resolve  All good.\nMore.', { status: 'resolved', message: 'All good.\nMore.' }],
    ['/resolve\n\nAll good.', { status: 'resolved', message: 'All good.' }],
    ['update monitoring x', { error: 'I did not understand that command.' }],
    ['/', { error: 'I did not understand that command.' }],
    ['/update   ', { error: '`/update` needs a status and a message.' }],
  ])('%j', (body, expected) => {
    expect(parseCommand(body)).toEqual(expected);
  });

  test('help names every incident status', () => {
    expect(HELP).toContain('Status: Investigating, Identified, Monitoring, Update or Resolved.');
  });
});

describe('the issue form', () => {
  test.each([
    ['every field', FORM(), { title: 'Checkout fails', impact: 'major', components: ['checkout'], message: 'Some customers see errors when paying. Next update by 19:00 UTC.' }],
    ['CRLF and both boxes', FORM({ components: '- [X] Checkout (checkout)\n- [x] API (api)' }).replace(/\n/g, '\r\n'), { title: 'Checkout fails', impact: 'major', components: ['checkout', 'api'], message: 'Some customers see errors when paying. Next update by 19:00 UTC.' }],
    ['an unknown component is dropped', FORM({ components: '- [x] Ghost (ghost)\n- [x] API (api)' }), { title: 'Checkout fails', impact: 'major', components: ['api'], message: 'Some customers see errors when paying. Next update by 19:00 UTC.' }],
    ['no components', FORM({ components: '_No response_' }), { title: 'Checkout fails', impact: 'major', components: [], message: 'Some customers see errors when paying. Next update by 19:00 UTC.' }],
    ['no title', FORM({ title: '_No response_' }), { error: 'The form has no title.' }],
    ['no impact', FORM({ impact: '' }), { error: 'The form\'s impact "" is not one of none, minor, major, critical.' }],
    ['no message', FORM({ message: '_No response_' }), { error: 'The form has no first message.' }],
    ['an empty body', '', { error: 'The form has no title.' }],
  ])('%s', (_name, body, expected) => {
    expect(parseIssueFormBody(body, siteConfig())).toEqual(expected);
  });

  test('generated from the config', () => {
    expect(issueFormYaml(siteConfig())).toMatchInlineSnapshot(`
      "# Generated from astro.config.mjs by \`npx outpost issue-form\`; a test fails when it is out of date.
      name: Incident
      description: Open an incident on the status page. Only people with write access can; others are answered and nothing is written.
      title: "[Incident] "
      labels:
        - incident
      body:
        - type: markdown
          attributes:
            value: "Write for customers: what they experience, who is affected, what they can do meanwhile, when the next update comes. After opening, comment \`/update <status> <message>\` to post updates and \`/resolve <message>\` (or close the issue) for the all-clear."
        - type: input
          id: title
          attributes:
            label: Title
            description: What customers experience, in their words.
            placeholder: Some customers can't complete checkout
          validations:
            required: true
        - type: dropdown
          id: impact
          attributes:
            label: Impact
            options:
              - minor
              - major
              - critical
              - none
          validations:
            required: true
        - type: checkboxes
          id: components
          attributes:
            label: Affected components
            options:
              - label: Checkout (checkout)
              - label: API (api)
        - type: textarea
          id: message
          attributes:
            label: First message
            description: Shown on the status page as the first update.
            placeholder: Some customers see an error when paying. Orders are not lost. Next update by 18:35 UTC.
          validations:
            required: true
      "
    `);
  });
});

test('the marker names the file; only an .md path is read back', () => {
  expect(markerFor(PATH)).toBe(`<!-- outpost:incident ${PATH} -->`);
  expect(pathFromMarker(`Opened.\n\n${markerFor(PATH)}`)).toBe(PATH);
  expect(pathFromMarker('<!-- outpost:incident ../x.txt -->')).toBeUndefined();
  expect(pathFromMarker('nothing')).toBeUndefined();
});

describe('plans', () => {
  const plan = (subject: IssueEvent, fields: { senderCanWrite?: boolean; incident?: { path: string; text: string } | null; now?: Date } = {}) =>
    planIssueOp({ event: subject, senderCanWrite: fields.senderCanWrite ?? true, now: fields.now ?? NOW, config: siteConfig(), incident: fields.incident === null ? undefined : (fields.incident ?? { path: PATH, text: FILE }) });

  test('opened: a new file, checked, with the link, the team\'s texts and the marker last', () => {
    const opened = plan(event({ name: 'issues', action: 'opened' }), { incident: null });
    expect(opened).toEqual({
      kind: 'write',
      path: PATH,
      text: '---\ntitle: Checkout fails\nimpact: major\ncomponents: [checkout]\n---\n\n## Investigating · 2026-11-22 18:35 UTC\nSome customers see errors when paying. Next update by 19:00 UTC.\n',
      commitMessage: 'Incident: Checkout fails (#7)',
      reply: expect.any(String),
      created: true,
    });
    const reply = (opened as { reply: string }).reply;
    expect(reply.startsWith(`Opened the incident on the status page: https://example.com/status/incidents/2026-11-22-checkout-fails/\nIt is live after the next deploy, usually within two minutes.\n\n${HELP}\n\n<details>`)).toBe(true);
    expect(reply.endsWith(`</details>\n\n${markerFor(PATH)}`)).toBe(true);
    expect(pathFromMarker(reply)).toBe(PATH);
    expect(reply).toContain('```text\n[Investigating] Checkout fails: Some customers see errors when paying. Next update by 19:00 UTC. https://example.com/status/incidents/2026-11-22-checkout-fails/\n```');
    expect(reply).toContain('```text\nSubject: [Investigating] Checkout fails\n\nCheckout fails\n\nStatus: Investigating (22 Nov 2026, 18:35 UTC)\nAffected: Checkout (partial outage)\n');
    expect(reply).toContain('```text\nHi, thanks for reaching out.\n\nWe know about this: Checkout fails. It affects Checkout.\n');
  });

  test('opened with a broken form, or with no body', () => {
    expect(plan(event({ name: 'issues', action: 'opened', issue: { number: 7, title: 'x', body: null, labels: [INCIDENT_LABEL] } }), { incident: null })).toEqual({
      kind: 'reply',
      body: 'The form has no title. Nothing was written; edit the issue or open a new one with the "Incident" form.',
    });
  });

  test('an update by a writer is added on top and checked; the reply has the team\'s texts as the incident now reads', () => {
    const result = plan(event({ body: '/update monitoring A fix is out.' }));
    expect(result).toEqual({
      kind: 'write',
      path: PATH,
      text: FILE.replace('---\n\n', '---\n\n## Monitoring · 2026-11-22 18:35 UTC\nA fix is out.\n\n'),
      commitMessage: `Monitoring: ${PATH} (#7)`,
      reply: expect.any(String),
      created: false,
    });
    const reply = (result as { reply: string }).reply;
    expect(reply.startsWith('Posted **Monitoring** to the status page: https://example.com/status/incidents/2026-11-22-checkout-fails/\nIt is live after the next deploy, usually within two minutes.\n\n<details><summary>Texts for the team')).toBe(true);
    expect(reply).toContain('**Short post** (106 of 280 characters)\n\n```text\n[Monitoring] Checkout fails: A fix is out. https://example.com/status/incidents/2026-11-22-checkout-fails/\n```');
    expect(reply).toContain('Right now: A fix is out.');
    expect(reply.endsWith('</details>')).toBe(true);
  });

  test('a resolve: the texts say it is over', () => {
    const reply = (plan(event({ body: '/resolve Checkout works normally again; no orders were lost.' })) as { reply: string }).reply;
    expect(reply).toContain('Checkout fails: this was resolved at 22 Nov 2026, 18:35 UTC. Checkout works normally again; no orders were lost.');
  });

  test('an outsider is answered, nothing written', () => {
    expect(plan(event({ body: '/resolve' }), { senderCanWrite: false })).toEqual({
      kind: 'reply',
      body: '@oncall, only people with write access to this repository can change the status page. Nothing was changed.',
    });
  });

  test('not relevant: ignored before anything else', () => {
    expect(plan(event({ body: 'hello' }), { senderCanWrite: false })).toEqual({ kind: 'ignore', reason: 'not an incident command' });
  });

  test('a command on an issue without an incident', () => {
    expect(plan(event({ body: '/resolve' }), { incident: null })).toEqual({ kind: 'reply', body: 'This issue has no incident on the status page. Open one with the "Incident" issue form.' });
  });

  test('a bad command is answered with help', () => {
    expect(plan(event({ body: '/deploy now' }))).toEqual({ kind: 'reply', body: `\`/deploy\` is not a command.\n\n${HELP}` });
  });

  test('closing resolves once', () => {
    const closed = event({ name: 'issues', action: 'closed' });
    const first = plan(closed);
    expect(first).toMatchObject({ kind: 'write', commitMessage: `Resolved: ${PATH} (#7)`, created: false });
    expect(first.kind === 'write' && first.text).toContain('## Resolved · 2026-11-22 18:35 UTC\nThis incident is resolved and everything works normally again.\n');
    expect(plan(closed, { incident: { path: PATH, text: first.kind === 'write' ? first.text : '' }, now: new Date('2026-11-22T19:00Z') })).toEqual({ kind: 'ignore', reason: 'already resolved' });
    expect(plan(closed, { incident: { path: PATH, text: '---\ntitle: x\n---\n' } })).toMatchObject({ kind: 'reply', body: expect.stringContaining('[missing-field]') });
  });

  test('a file broken by hand (no frontmatter) is answered, not a crash', () => {
    for (const subject of [event({ name: 'issues', action: 'closed' }), event({ body: '/update monitoring A fix is out.' })]) {
      expect(plan(subject, { incident: { path: PATH, text: '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n' } })).toEqual({
        kind: 'reply',
        body: `Nothing was changed: ${PATH} has no frontmatter (the lines between two \`---\` at the top), so I can't tell where the update goes. Fix the file, then post the command again.`,
      });
    }
  });

  test('a result that would not validate is answered with the report', () => {
    // A clock behind the newest update: the new one would be older than the one below it.
    const result = plan(event({ body: '/update monitoring Fixed.' }), { now: new Date('2026-11-22T18:00Z') });
    expect(result).toEqual({
      kind: 'reply',
      body: 'Nothing was changed: the incident file would not be valid.\n\n```text\nincidents/2026-11-22-checkout-fails.md:10:1: error [updates-out-of-order] this update (2026-11-22 18:05 UTC) is newer than the one above it on line 7 (2026-11-22 18:00 UTC)\n    expected: updates newest first: add each new update at the top\n1 error, 0 warnings\n```',
    });
  });
});

test('on a site in several languages, an update to a translated incident is judged as the build judges it', () => {
  const config = parseSiteConfig({ name: 'Ops Status', url: 'https://example.com/status/', locales: ['en', 'de'], components: [{ id: 'checkout', name: 'Checkout' }] }, 'astro.config.mjs').config!;
  const text = `---\ntitle: { en: Checkout fails, de: Die Kasse streikt }\nimpact: major\ncomponents: [checkout]\n---\n\n## Investigating · 2026-11-22 18:05 UTC\nSome customers see errors when paying.\n\n### de\nEinige sehen Fehler beim Bezahlen.\n`;
  const result = planIssueOp({ event: event({ body: '/update monitoring A fix is out.' }), senderCanWrite: true, now: NOW, config, incident: { path: PATH, text } });
  expect(result).toMatchObject({ kind: 'write', path: PATH });
  expect(result.kind === 'write' && result.text).toContain('## Monitoring · 2026-11-22 18:35 UTC\nA fix is out.\n\n## Investigating');
});
