import { describe, expect, test } from 'vitest';
import { parseSiteConfig } from '../checks/validate.ts';
import { HELP, incidentTitle, INCIDENT_LABEL, isIncidentForm, isRelevant } from './issue-ops.ts';
import { issueFormYaml, markerFor } from './issue-ops.ts';
import { parseCommand, parseIssueForm, pathFromMarker, planIssueOp, type IssueEvent } from './issue-ops.ts';

// Parsed inside each test that needs it, so that mutation testing sees which test covers the config code.
const siteConfig = () =>
  parseSiteConfig(
    {
      name: 'Ops Status',
      url: 'https://example.com/status/',
      components: [
        { id: 'checkout', name: 'Checkout' },
        { id: 'api', name: 'API' },
      ],
    },
    'astro.config.mjs',
  ).config!;
const NOW = new Date('2026-11-22T18:35Z');
const FORM = (fields: Partial<Record<'impact' | 'components' | 'message', string>> = {}) =>
  [
    `### Impact\n\n${fields.impact ?? 'Major'}`,
    `### Affected components\n\n${fields.components ?? '- [x] Checkout (checkout)\n- [ ] API (api)'}`,
    `### First message\n\n${fields.message ?? 'Some customers see errors when paying. Next update by 19:00 UTC.'}`,
  ].join('\n\n');
const PATH = 'incidents/2026-11-22-checkout-fails.md';
const FILE = `---\ntitle: Checkout fails\nimpact: major\ncomponents: [checkout]\n---\n\n## Investigating · 2026-11-22 18:05 UTC\nSome customers see errors when paying.\n`;

/** The incident issue, with some fields changed. */
const issueOf = (fields: Partial<IssueEvent['issue']> = {}): IssueEvent['issue'] => ({
  number: 7,
  title: 'Checkout fails',
  body: FORM(),
  labels: [INCIDENT_LABEL],
  ...fields,
});

const event = (fields: Partial<IssueEvent> & { body?: string }): IssueEvent => ({
  name: 'issue_comment',
  action: 'created',
  issue: { number: 7, title: 'Checkout fails', body: FORM(), labels: [INCIDENT_LABEL] },
  comment: fields.body === undefined ? undefined : { body: fields.body },
  sender: { login: 'oncall' },
  ...fields,
});

describe('which events matter', () => {
  test.each([
    ['an opened incident issue', event({ name: 'issues', action: 'opened' }), true],
    ['a closed incident issue', event({ name: 'issues', action: 'closed' }), true],
    ['an edited incident issue', event({ name: 'issues', action: 'edited' }), true],
    ['a reopened incident issue', event({ name: 'issues', action: 'reopened' }), false],
    ['a form issue, no label', event({ name: 'issues', action: 'opened', issue: issueOf({ labels: [] }) }), true],
    ['a command on a form issue without the label', event({ body: '/resolve', issue: issueOf({ labels: [] }) }), true],
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
    [
      '/update in_progress Working.',
      {
        error: '"in_progress" is not a status. Status: Investigating, Identified, ' + 'Monitoring, Update or Resolved.',
      },
    ],
    ['/update Monitoring: We rolled back.', { status: 'monitoring', message: 'We rolled back.' }],
    ['/update MONITORING:We rolled back.', { status: 'monitoring', message: 'We rolled back.' }],
    ['/update identified : Found it.', { status: 'identified', message: 'Found it.' }],
    ['/update identified - Found it.', { status: 'identified', message: 'Found it.' }],
    ['/update identified — Found it.', { status: 'identified', message: 'Found it.' }],
    ['/update identified · Found it.', { status: 'identified', message: 'Found it.' }],
    ['/update identified- Found it.', { status: 'identified', message: 'Found it.' }],
    ['/update identified -1 in 10 requests fail.', { status: 'identified', message: '-1 in 10 requests fail.' }],
    ['/update Monitoring:\nWe rolled back.', { status: 'monitoring', message: 'We rolled back.' }],
    [
      '/update monitorng: A fix is out.',
      {
        error:
          '"monitorng" is not a status; did you mean "Monitoring"? Status: ' +
          'Investigating, Identified, Monitoring, Update or Resolved.',
      },
    ],
    ['/update :', { error: '`/update` needs a status and a message.' }],
    ['/Resolve  All good.\nMore.', { status: 'resolved', message: 'All good.\nMore.' }],
    ['/resolve\n\nAll good.', { status: 'resolved', message: 'All good.' }],
    ['update monitoring x', { error: 'I did not understand that command.' }],
    ['/', { error: 'I did not understand that command.' }],
    ['/update   ', { error: '`/update` needs a status and a message.' }],
  ])('%j', (body, expected) => {
    expect(parseCommand(body)).toEqual(expected);
  });

  test('help names every incident status, /resolve with its optional message, and what closing does', () => {
    expect(HELP).toContain(
      'Status: Investigating, Identified, Monitoring, Update or Resolved (any case; ' + '`Monitoring:` works too).',
    );
    expect(HELP).toContain('`/resolve [message]`');
    expect(HELP).toContain(
      'Close the issue as **completed**: the same as `/resolve` with the standard message. ' +
        'Close it as **not planned**: nothing is posted.',
    );
  });
});

describe('the issue form', () => {
  const message = 'Some customers see errors when paying. Next update by 19:00 UTC.';
  const answers = (fields: object = {}) => ({
    title: 'Checkout fails',
    impact: 'major',
    components: ['checkout'],
    message,
    ...fields,
  });
  const both = '- [X] Checkout (checkout)\n- [x] API (api)';
  test.each([
    ['every field', FORM(), answers()],
    [
      'CRLF, both boxes',
      FORM({ components: both }).replace(/\n/g, '\r\n'),
      answers({ components: ['checkout', 'api'] }),
    ],
    [
      'an unknown component dropped',
      FORM({ components: both.replace('Checkout (checkout)', 'Ghost (ghost)') }),
      answers({ components: ['api'] }),
    ],
    ['no components', FORM({ components: '_No response_' }), answers({ components: [] })],
    [
      'an older form: its Title field wins',
      `### Title\n\nFrom the form\n\n${FORM()}`,
      answers({ title: 'From the form' }),
    ],
    ["an old form's empty Title: the issue's title", `### Title\n\n_No response_\n\n${FORM()}`, answers()],
    ['no impact', FORM({ impact: '' }), { error: 'The form\'s impact "" is not one of none, minor, major, critical.' }],
    ['no message', FORM({ message: '_No response_' }), { error: 'The form has no first message.' }],
    ['an empty body', '', { error: 'The form\'s impact "" is not one of none, minor, major, critical.' }],
  ])('%s', (_name, body, expected) => {
    expect(parseIssueForm({ title: 'Checkout fails', body }, siteConfig())).toEqual(expected);
  });

  test.each([
    ['Checkout fails', 'Checkout fails'],
    ['[Incident] Checkout fails', 'Checkout fails'],
    ['  [incident]Checkout fails ', 'Checkout fails'],
    ['[Incident] ', ''],
    ['Checkout [Incident] fails', 'Checkout [Incident] fails'],
  ])("the incident's title from the issue title %j", (title, expected) => {
    expect(incidentTitle(title)).toBe(expected);
  });

  test('an issue whose title is only the old prefix has no title', () => {
    expect(parseIssueForm({ title: '[Incident] ', body: FORM() }, siteConfig())).toEqual({
      error:
        "The issue has no title: the issue's title is the incident's, what customers experience " +
        '(e.g. "Some customers can\'t complete checkout").',
    });
  });

  test.each([
    [FORM(), true],
    ['### Impact\n\nmajor', false],
    ['Checkout is down', false],
    [null, false],
  ])('isIncidentForm(%j)', (body, expected) => {
    expect(isIncidentForm(body)).toBe(expected);
  });

  test('generated from the config', () => {
    expect(issueFormYaml(siteConfig())).toMatchInlineSnapshot(`
      "# Generated from astro.config.mjs by \`npx outpost issue-form\`; a test fails when it is out of date.
      name: Incident
      description: Open an incident on the status page. Only people with write access can; others are answered and nothing is written.
      labels:
        - incident
      body:
        - type: markdown
          attributes:
            value: |-
              **The issue's title is the incident's title**: what customers experience, in their words ("Some customers can't complete checkout").

              Write for customers: what they experience, who is affected, what they can do meanwhile, when the next update comes.

              After opening, post updates as comments: \`/update <status> <message>\`, where the status is Investigating, Identified, Monitoring, Update or Resolved. \`/resolve [message]\` posts the all-clear; so does closing the issue as completed (closing it as not planned posts nothing). Editing the issue changes the incident's title, impact and components.
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
  const plan = (
    subject: IssueEvent,
    fields: { senderCanWrite?: boolean; incident?: { path: string; text: string } | null; now?: Date } = {},
  ) =>
    planIssueOp({
      event: subject,
      senderCanWrite: fields.senderCanWrite ?? true,
      now: fields.now ?? NOW,
      config: siteConfig(),
      incident: fields.incident === null ? undefined : (fields.incident ?? { path: PATH, text: FILE }),
    });

  test("opened: a new file, checked, with the link, the team's texts and the marker last", () => {
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
    expect(
      reply.startsWith(
        `Opened the incident on the status page: https://example.com/status/incidents/2026-11-22-checkout-fails/\nIt is live after the next deploy, usually within two minutes.\n\n${HELP}\n\n<details>`,
      ),
    ).toBe(true);
    expect(reply.endsWith(`</details>\n\n${markerFor(PATH)}`)).toBe(true);
    expect(pathFromMarker(reply)).toBe(PATH);
    expect(reply).toContain(
      '```text\n[Investigating] Checkout fails: Some customers see errors when paying. Next update by 19:00 UTC. https://example.com/status/incidents/2026-11-22-checkout-fails/\n```',
    );
    expect(reply).toContain(
      '```text\nSubject: [Investigating] Checkout fails\n\nCheckout fails\n\nStatus: Investigating (22 Nov 2026, 18:35 UTC)\nAffected: Checkout (partial outage)\n',
    );
    expect(reply).toContain(
      '```text\nHi, thanks for reaching out.\n\nWe know about this: Checkout fails. It affects Checkout.\n',
    );
  });

  test('opened or edited with a broken form, or with no body: answered, and told that an edit is checked again', () => {
    for (const action of ['opened', 'edited']) {
      expect(plan(event({ name: 'issues', action, issue: issueOf({ body: null }) }), { incident: null })).toEqual({
        kind: 'reply',
        body:
          'The form\'s impact "" is not one of none, minor, major, critical. Nothing was written. Edit the ' +
          'issue to fix it: I check the form again on every edit.',
      });
    }
  });

  test('edited before an incident exists (the form was wrong): the fixed form opens it', () => {
    expect(plan(event({ name: 'issues', action: 'edited' }), { incident: null })).toMatchObject({
      kind: 'write',
      path: PATH,
      created: true,
      commitMessage: 'Incident: Checkout fails (#7)',
    });
  });

  test('edited after: title, impact and components follow the issue; the first message stays', () => {
    const editedTo = (fields: Partial<IssueEvent['issue']>) =>
      event({ name: 'issues', action: 'edited', issue: issueOf(fields) });
    const body = FORM({ impact: 'critical', components: '- [x] Checkout (checkout)\n- [x] API (api)', message: 'New' });
    const edited = editedTo({ title: 'Some customers cannot pay', body });
    const result = plan(edited);
    expect(result).toEqual({
      kind: 'write',
      path: PATH,
      text: FILE.replace(
        'title: Checkout fails\nimpact: major\ncomponents: [checkout]',
        'title: Some customers ' + 'cannot pay\nimpact: critical\ncomponents: [checkout, api]',
      ),
      commitMessage: `Edit title, impact, components: ${PATH} (#7)`,
      reply: expect.any(String),
      created: false,
    });
    // The team's texts follow, as the incident now reads: the new title, both components at the new impact.
    const reply = (result as { reply: string }).reply;
    expect(
      reply.startsWith(
        "Changed the incident's title, impact and affected components on the status page: " +
          'https://example.com/status/incidents/2026-11-22-checkout-fails/\nIt is live after the next deploy, ' +
          'usually within two minutes. The first message stays as it was published; post news with `/update <status> ' +
          '<message>`.\n\n<details><summary>Texts for the team',
      ),
    ).toBe(true);
    expect(reply).toContain('Subject: [Investigating] Some customers cannot pay\n');
    expect(reply).toContain('Affected: Checkout (major outage), API (major outage)\n');
    const titleOnly = editedTo({ title: 'Some customers cannot pay' });
    const changed = expect.stringMatching(/^Changed the incident's title on/);
    expect(plan(titleOnly)).toMatchObject({ kind: 'write', reply: changed });
    expect(plan(event({ name: 'issues', action: 'edited' }))).toEqual({ kind: 'ignore', reason: 'nothing to change' });
    const broken = editedTo({ body: FORM({ message: '_No response_' }) });
    const noMessage = expect.stringMatching(/^The form has no first message\./);
    expect(plan(broken)).toMatchObject({ kind: 'reply', body: noMessage });
    const noFrontmatter = { path: PATH, text: '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n' };
    expect(plan(titleOnly, { incident: noFrontmatter })).toEqual({
      kind: 'reply',
      body:
        `Nothing was changed: ${PATH} has no frontmatter (the lines between two \`---\` at the top), so I ` +
        `can't tell where the change goes. Fix the file, then try again.`,
    });
  });

  test("an update by a writer is added on top and checked; the reply has the team's texts as the incident now reads", () => {
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
    expect(
      reply.startsWith(
        'Posted **Monitoring** to the status page: https://example.com/status/incidents/2026-11-22-checkout-fails/\nIt is live after the next deploy, usually within two minutes.\n\n<details><summary>Texts for the team',
      ),
    ).toBe(true);
    expect(reply).toContain(
      '**Short post** (106 of 280 characters)\n\n```text\n[Monitoring] Checkout fails: A fix is out. https://example.com/status/incidents/2026-11-22-checkout-fails/\n```',
    );
    expect(reply).toContain('Right now: A fix is out.');
    expect(reply.endsWith('</details>')).toBe(true);
  });

  test('a resolve: the texts say it is over', () => {
    const reply = (
      plan(event({ body: '/resolve Checkout works normally again; no orders were lost.' })) as { reply: string }
    ).reply;
    expect(reply).toContain(
      'Checkout fails: this was resolved at 22 Nov 2026, 18:35 UTC. Checkout works normally again; no orders were lost.',
    );
  });

  test('an outsider is answered, nothing written', () => {
    expect(plan(event({ body: '/resolve' }), { senderCanWrite: false })).toEqual({
      kind: 'reply',
      body: '@oncall, only people with write access to this repository can change the status page. Nothing was changed.',
    });
  });

  test('not relevant: ignored before anything else', () => {
    expect(plan(event({ body: 'hello' }), { senderCanWrite: false })).toEqual({
      kind: 'ignore',
      reason: 'not an incident command',
    });
  });

  test('a command on an issue without an incident', () => {
    expect(plan(event({ body: '/resolve' }), { incident: null })).toEqual({
      kind: 'reply',
      body:
        'This issue has no incident on the status page yet. ' +
        'Fix the form (edit the issue: I check it again), or open one with the "Incident" issue form.',
    });
    expect(plan(event({ name: 'issues', action: 'closed' }), { incident: null })).toEqual({
      kind: 'ignore',
      reason: 'no incident',
    });
  });

  test('a bad command is answered with help', () => {
    expect(plan(event({ body: '/deploy now' }))).toEqual({
      kind: 'reply',
      body: `\`/deploy\` is not a command.\n\n${HELP}`,
    });
  });

  test('closing as completed resolves, and the reply says so; not planned (or duplicate) posts nothing', () => {
    const closed = (stateReason?: string | null) =>
      event({ name: 'issues', action: 'closed', issue: issueOf({ stateReason }) });
    for (const reason of ['completed', null, undefined]) {
      expect(plan(closed(reason))).toMatchObject({
        kind: 'write',
        reply:
          'Closed as completed, so I posted the all-clear (**Resolved**) to the status page: ' +
          'https://example.com/status/incidents/2026-11-22-checkout-fails/\n\n> This incident is resolved and ' +
          'everything works normally again.\n\nIt is live after the next deploy, usually within two minutes. To ' +
          'word the all-clear yourself, comment `/resolve <message>` before closing; closing as **not planned** ' +
          'posts nothing.',
      });
    }
    expect(plan(closed('not_planned'))).toEqual({
      kind: 'reply',
      body:
        `Closed as not planned, so nothing was posted: the incident stays open on the status page ` +
        `(https://example.com/status/incidents/2026-11-22-checkout-fails/).\n\nTo post the all-clear, comment ` +
        `\`/resolve [message]\` (the issue may stay closed), or reopen the issue and close it as completed. If the ` +
        `incident was opened by mistake, delete \`${PATH}\` from the repository.`,
    });
    const duplicate = expect.stringMatching(/^Closed as duplicate, so nothing was posted/);
    expect(plan(closed('duplicate'))).toMatchObject({ kind: 'reply', body: duplicate });
    const resolved = FILE.replace('---\n\n', '---\n\n## Resolved · 2026-11-22 18:30 UTC\nAll good.\n\n');
    expect(plan(closed('not_planned'), { incident: { path: PATH, text: resolved } })).toEqual({
      kind: 'ignore',
      reason: 'already resolved',
    });
  });

  test('/resolve on a resolved incident is refused; so is /update resolved', () => {
    const resolved = FILE.replace('---\n\n', '---\n\n## Resolved · 2026-11-22 18:30 UTC\nAll good.\n\n');
    for (const body of ['/resolve Again.', '/update resolved Again.']) {
      expect(plan(event({ body }), { incident: { path: PATH, text: resolved } })).toEqual({
        kind: 'reply',
        body:
          'This incident is already resolved on the status page (since 2026-11-22 18:30 UTC). Nothing was ' +
          'changed. To add a note, comment `/update update <message>`.',
      });
    }
    const note = event({ body: '/update update Orders placed during the outage are all processed.' });
    expect(plan(note, { incident: { path: PATH, text: resolved } })).toMatchObject({ kind: 'write' });
  });

  test('closing resolves once', () => {
    const closed = event({ name: 'issues', action: 'closed' });
    const first = plan(closed);
    expect(first).toMatchObject({ kind: 'write', commitMessage: `Resolved: ${PATH} (#7)`, created: false });
    expect(first.kind === 'write' && first.text).toContain(
      '## Resolved · 2026-11-22 18:35 UTC\nThis incident is resolved and everything works normally again.\n',
    );
    expect(
      plan(closed, {
        incident: { path: PATH, text: first.kind === 'write' ? first.text : '' },
        now: new Date('2026-11-22T19:00Z'),
      }),
    ).toEqual({ kind: 'ignore', reason: 'already resolved' });
    expect(plan(closed, { incident: { path: PATH, text: '---\ntitle: x\n---\n' } })).toMatchObject({
      kind: 'reply',
      body: expect.stringContaining('[missing-field]'),
    });
  });

  test('a file broken by hand (no frontmatter) is answered, not a crash', () => {
    for (const subject of [
      event({ name: 'issues', action: 'closed' }),
      event({ body: '/update monitoring A fix is out.' }),
    ]) {
      expect(
        plan(subject, { incident: { path: PATH, text: '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n' } }),
      ).toEqual({
        kind: 'reply',
        body:
          `Nothing was changed: ${PATH} has no frontmatter (the lines between two \`---\` at the top), so I ` +
          `can't tell where the update goes. Fix the file, then try again.`,
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
  const config = parseSiteConfig(
    {
      name: 'Ops Status',
      url: 'https://example.com/status/',
      locales: ['en', 'de'],
      components: [{ id: 'checkout', name: 'Checkout' }],
    },
    'astro.config.mjs',
  ).config!;
  const text = `---\ntitle: { en: Checkout fails, de: Die Kasse streikt }\nimpact: major\ncomponents: [checkout]\n---\n\n## Investigating · 2026-11-22 18:05 UTC\nSome customers see errors when paying.\n\n### de\nEinige sehen Fehler beim Bezahlen.\n`;
  const result = planIssueOp({
    event: event({ body: '/update monitoring A fix is out.' }),
    senderCanWrite: true,
    now: NOW,
    config,
    incident: { path: PATH, text },
  });
  expect(result).toMatchObject({ kind: 'write', path: PATH });
  expect(result.kind === 'write' && result.text).toContain(
    '## Monitoring · 2026-11-22 18:35 UTC\nA fix is out.\n\n## Investigating',
  );
});
