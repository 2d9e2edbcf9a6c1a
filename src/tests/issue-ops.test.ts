import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Octokit } from 'octokit';
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { HELP, issueFormYaml, parseCommand, parseIssueForm, planIssueOp } from '../core/ops/issue-ops.ts';
import type { IssueEvent } from '../core/ops/issue-ops.ts';
import { parseSiteConfig } from '../core/checks/validate.ts';
import { runIssueOps } from '../cli/commands/issue-ops/github.ts';
import { dispatch } from '../cli/dispatch.ts';
import { fakeGitHub, type FakeGitHub } from './github-server.ts';
import { makeSite, USER_AGENT } from './helpers.ts';

const OPTIONS = {
  name: 'Ops Status',
  url: 'https://status.example.com/',
  components: [
    { id: 'checkout', name: 'Checkout' },
    { id: 'api', name: 'API' },
  ],
};
const config = parseSiteConfig(OPTIONS, 'astro.config.mjs').config!;
const TITLE = "Some customers can't complete checkout";
const FORM_BODY =
  '### Impact\n\nmajor\n\n### Affected components\n\n- [X] Checkout (checkout)\n- [ ] API (api)\n\n' +
  '### First message\n\nSome customers see an error when paying. Orders are not lost. Next update by 18:35 UTC.';
const NOW = new Date('2026-11-22T18:05Z');
const PATH = 'incidents/2026-11-22-some-customers-cant-complete-checkout.md';

const ISSUE = { number: 7, title: TITLE, body: FORM_BODY, labels: ['incident'] };
const opened = (login = 'oncall'): IssueEvent => ({
  name: 'issues',
  action: 'opened',
  issue: ISSUE,
  sender: { login },
});
const comment = (body: string, login = 'oncall'): IssueEvent => ({
  name: 'issue_comment',
  action: 'created',
  issue: { number: 7, title: 'x', body: FORM_BODY, labels: ['incident'] },
  comment: { body },
  sender: { login },
});

describe('planIssueOp (pure)', () => {
  test('an opened issue from the form becomes an incident file', () => {
    const plan = planIssueOp({ event: opened(), senderCanWrite: true, now: NOW, config });
    expect(plan).toMatchObject({ kind: 'write', path: PATH, created: true });
    expect(plan.kind === 'write' && plan.text).toBe(
      "---\ntitle: Some customers can't complete checkout\nimpact: major\ncomponents: [checkout]\n---\n\n## Investigating · 2026-11-22 18:05 UTC\nSome customers see an error when paying. Orders are not lost. Next update by 18:35 UTC.\n",
    );
    expect(plan.kind === 'write' && plan.reply).toContain(
      'https://status.example.com/incidents/2026-11-22-some-customers-cant-complete-checkout/',
    );
    expect(plan.kind === 'write' && plan.reply).toContain(`<!-- outpost:incident ${PATH} -->`);
  });

  test.each([
    ['/update monitoring A fix is out.', { status: 'monitoring', message: 'A fix is out.' }],
    ['/update Identified We found it.\nSecond line.', { status: 'identified', message: 'We found it.\nSecond line.' }],
    ['/resolve Everything works again.', { status: 'resolved', message: 'Everything works again.' }],
    ['/resolve', { status: 'resolved', message: 'This incident is resolved and everything works normally again.' }],
    ['/update', { error: '`/update` needs a status and a message.' }],
    [
      '/update fixed it',
      { error: '"fixed" is not a status. Status: Investigating, Identified, Monitoring, Update ' + 'or Resolved.' },
    ],
    ['/update Monitoring: We rolled back.', { status: 'monitoring', message: 'We rolled back.' }],
    ['/update monitoring', { error: '`/update monitoring` needs a message for customers.' }],
    ['/deploy now', { error: '`/deploy` is not a command.' }],
  ])('parseCommand(%j)', (body, expected) => {
    expect(parseCommand(body)).toEqual(expected);
  });

  test.each([
    ['a comment that is not a command', { ...comment('Looking into it'), comment: { body: 'Looking into it' } }],
    [
      'another label, not from the form',
      { ...opened(), issue: { ...ISSUE, body: 'The build is red.', labels: ['bug'] } },
    ],
    ['the bot itself', { ...comment('/resolve'), sender: { login: 'github-actions[bot]', type: 'Bot' } }],
    ['a reopened issue', { ...opened(), action: 'reopened' }],
  ])('ignores %s', (_name, event) => {
    expect(planIssueOp({ event: event as IssueEvent, senderCanWrite: true, now: NOW, config }).kind).toBe('ignore');
  });

  test('an invalid result is answered, never written', () => {
    const plan = planIssueOp({
      event: { ...opened(), issue: { ...opened().issue, body: FORM_BODY.replace('major', 'catastrophic') } },
      senderCanWrite: true,
      now: NOW,
      config,
    });
    expect(plan).toEqual({
      kind: 'reply',
      body:
        'The form\'s impact "catastrophic" is not one of none, minor, ' +
        'major, critical. Nothing was written. Edit the issue to fix it: I check the form again on every edit.',
    });
  });
});

describe('issue form', () => {
  test('the committed form matches the site config (run `npx outpost issue-form` after changing components)', async () => {
    const { readFileSync } = await import('node:fs');
    const { REPO } = await import('./helpers.ts');
    const { readSiteOptions } = await import('../project/config.ts');
    const options = await readSiteOptions(REPO);
    const siteConfig = parseSiteConfig(options.options, 'astro.config.mjs').config!;
    expect(readFileSync(`${REPO}/.github/ISSUE_TEMPLATE/incident.yml`, 'utf8')).toBe(issueFormYaml(siteConfig));
  });

  test('lists every component as a checkbox', () => {
    expect(issueFormYaml(config)).toContain('- label: Checkout (checkout)\n        - label: API (api)');
  });
});

describe('runIssueOps against a local GitHub REST server', () => {
  let github: FakeGitHub;
  let site: { root: string; cleanup: () => void };
  const logs: string[] = [];
  beforeAll(() => {
    site = makeSite('issue-ops', OPTIONS);
  });
  afterAll(() => site.cleanup());
  beforeEach(async () => {
    await github?.close();
    github = await fakeGitHub();
    github.permissions.set('oncall', 'write');
    github.permissions.set('stranger', 'read');
  });
  afterAll(() => github?.close());

  /** As GitHub does: a comment is on the issue before the run its event starts. */
  const run = (eventName: string, payload: Record<string, unknown>, now = NOW, authorizeOnly = false) => {
    const comment = payload.comment as { body: string; id?: number } | undefined;
    if (eventName === 'issue_comment' && comment && comment.id === undefined) {
      const list = github.comments.get(7) ?? [];
      list.push({ body: comment.body, user: { login: (payload.sender as { login: string }).login, type: 'User' } });
      github.comments.set(7, list);
      comment.id = list.length;
    }
    return runIssueOps({
      authorizeOnly,
      octokit: new Octokit({
        auth: 'test-token',
        baseUrl: github.url,
        throttle: { enabled: false },
        retry: { enabled: false },
      }),
      owner: 'acme',
      repo: 'status',
      eventName,
      payload: { repository: { default_branch: 'main' }, ...payload } as never,
      root: site.root,
      now,
      log: (line) => logs.push(line),
    });
  };
  const bot = () => github.comments.get(7)!.filter((comment) => comment.user.type === 'Bot');
  const issue = { number: 7, title: TITLE, body: FORM_BODY, labels: [{ name: 'incident' }] };

  async function openIncident() {
    await run('issues', { action: 'opened', issue, sender: { login: 'oncall' } });
    return github.files.get(PATH)!;
  }

  test('opened by a writer: the file is committed and the bot replies with the link', async () => {
    const text = await openIncident();
    expect(text).toContain('## Investigating · 2026-11-22 18:05 UTC');
    const [reply] = github.comments.get(7)!;
    expect(reply.body).toContain(
      'Opened the incident on the status page: https://status.example.com/incidents/2026-11-22-some-customers-cant-complete-checkout/',
    );
  });

  test('opened by an outsider: refused, nothing written', async () => {
    await run('issues', { action: 'opened', issue, sender: { login: 'stranger' } });
    expect(github.files.size).toBe(0);
    expect(github.requests.filter((request) => request.startsWith('PUT'))).toEqual([]);
    expect(github.comments.get(7)![0].body).toBe(
      '@stranger, only people with write access to this repository can change the status page. Nothing was changed.',
    );
  });

  test("/update and /resolve by a writer; an outsider's /update is refused", async () => {
    await openIncident();
    await run(
      'issue_comment',
      {
        action: 'created',
        issue,
        comment: {
          body: '/update monitoring We rolled back the change. Next update by 18:50 UTC.',
          user: { type: 'User' },
        },
        sender: { login: 'oncall' },
      },
      new Date('2026-11-22T18:40Z'),
    );
    await run(
      'issue_comment',
      {
        action: 'created',
        issue,
        comment: { body: '/update resolved hacked', user: { type: 'User' } },
        sender: { login: 'stranger' },
      },
      new Date('2026-11-22T18:45Z'),
    );
    await run(
      'issue_comment',
      {
        action: 'created',
        issue,
        comment: { body: '/resolve Checkout works again. No orders were lost.', user: { type: 'User' } },
        sender: { login: 'oncall' },
      },
      new Date('2026-11-22T19:02Z'),
    );
    const text = github.files.get(PATH)!;
    expect(text.match(/^## .*$/gm)).toEqual([
      '## Resolved · 2026-11-22 19:02 UTC',
      '## Monitoring · 2026-11-22 18:40 UTC',
      '## Investigating · 2026-11-22 18:05 UTC',
    ]);
    expect(text).not.toContain('hacked');
    expect(bot().map((c) => c.body.split('\n')[0])).toEqual([
      expect.stringContaining('Opened the incident'),
      'Posted **Monitoring** to the status page: https://status.example.com/incidents/2026-11-22-some-customers-cant-complete-checkout/',
      '@stranger, only people with write access to this repository can change the status page. Nothing was changed.',
      'Posted **Resolved** to the status page: https://status.example.com/incidents/2026-11-22-some-customers-cant-complete-checkout/',
    ]);
  });

  test('closing the issue resolves the incident once', async () => {
    await openIncident();
    await run('issues', { action: 'closed', issue, sender: { login: 'oncall' } }, new Date('2026-11-22T19:00Z'));
    await run('issues', { action: 'closed', issue, sender: { login: 'oncall' } }, new Date('2026-11-22T19:05Z'));
    expect(github.files.get(PATH)!.match(/^## Resolved.*$/gm)).toEqual(['## Resolved · 2026-11-22 19:00 UTC']);
  });

  test('a stale SHA is read again and the update is applied on top of the other change', async () => {
    await openIncident();
    github.concurrentEdit = (text) =>
      text.replace('Orders are not lost.', 'Orders are not lost (edited in the web editor).');
    await run(
      'issue_comment',
      {
        action: 'created',
        issue,
        comment: { body: '/update identified We found the cause.', user: { type: 'User' } },
        sender: { login: 'oncall' },
      },
      new Date('2026-11-22T18:20Z'),
    );
    const text = github.files.get(PATH)!;
    expect(text).toContain('## Identified · 2026-11-22 18:20 UTC\nWe found the cause.');
    expect(text).toContain('(edited in the web editor)');
    expect(github.requests.filter((request) => request.startsWith('PUT'))).toHaveLength(3);
    expect(logs).toContain('stale file, retrying (1/2)');
  });

  test('a malformed command is answered with help; nothing written', async () => {
    await openIncident();
    const before = github.files.get(PATH);
    await run('issue_comment', {
      action: 'created',
      issue,
      comment: { body: '/update fixed', user: { type: 'User' } },
      sender: { login: 'oncall' },
    });
    expect(github.files.get(PATH)).toBe(before);
    expect(bot().at(-1)!.body).toBe(
      `"fixed" is not a status. Status: Investigating, Identified, Monitoring, ` +
        `Update or Resolved.\n\n${HELP}\n\n<!-- outpost:ack 2 -->`,
    );
  });
});

describe('issue-ops loses nothing', () => {
  let github: FakeGitHub;
  let site: { root: string; cleanup: () => void };
  beforeAll(() => {
    site = makeSite('issue-ops-queue', OPTIONS);
  });
  afterAll(() => site.cleanup());
  beforeEach(async () => {
    await github?.close();
    github = await fakeGitHub();
    github.permissions.set('oncall', 'write');
    github.permissions.set('second', 'maintain');
    github.permissions.set('stranger', 'read');
  });
  afterAll(() => github?.close());

  const octokit = () =>
    new Octokit({ auth: 't', baseUrl: github.url, throttle: { enabled: false }, retry: { enabled: false } });
  const issueOf = (number: number, title = TITLE) => ({
    number,
    title,
    body: FORM_BODY,
    labels: [{ name: 'incident' }],
  });
  const post = (number: number, body: string, login: string) => {
    const list = github.comments.get(number) ?? [];
    list.push({ body, user: { login, type: 'User' } });
    github.comments.set(number, list);
    return list.length;
  };
  type RunAs = { now?: Date; authorizeOnly?: boolean };
  const run = (eventName: string, payload: Record<string, unknown>, options: RunAs = {}) =>
    runIssueOps({
      octokit: octokit(),
      owner: 'acme',
      repo: 'status',
      eventName,
      payload: { repository: { default_branch: 'main' }, ...payload } as never,
      root: site.root,
      now: options.now ?? NOW,
      authorizeOnly: options.authorizeOnly,
      log: () => {},
    });
  const botBodies = (number: number) =>
    (github.comments.get(number) ?? []).filter((comment) => comment.user.type === 'Bot').map((comment) => comment.body);

  test('ten /update comments at once: GitHub runs only the last event, and all ten land in order, each answered once', async () => {
    await run('issues', { action: 'opened', issue: issueOf(7), sender: { login: 'oncall' } });
    const ids = Array.from({ length: 10 }, (_, index) =>
      post(
        7,
        `/update ${index % 2 ? 'monitoring' : 'identified'} Step ${index + 1} of the fix.`,
        index % 3 ? 'oncall' : 'second',
      ),
    );
    // The runs of the first nine events were dropped while one was pending; only the tenth runs.
    await run(
      'issue_comment',
      {
        action: 'created',
        issue: issueOf(7),
        comment: { id: ids[9], body: '/update monitoring Step 10 of the fix.', user: { type: 'User' } },
        sender: { login: 'oncall' },
      },
      { now: new Date('2026-11-22T18:30Z') },
    );
    const text = github.files.get(PATH)!;
    const steps = [...text.matchAll(/^Step (\d+) of the fix\.$/gm)].map((match) => Number(match[1]));
    expect(steps).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    for (const id of ids)
      expect(
        botBodies(7).filter((body) => body.includes(`<!-- outpost:ack ${id} -->`)),
        `comment ${id}`,
      ).toHaveLength(1);
    // A later run (a retry, another event) finds nothing left to do.
    const puts = github.requests.filter((request) => request.startsWith('PUT')).length;
    await run('issue_comment', {
      action: 'created',
      issue: issueOf(7),
      comment: { id: ids[9], body: '/update monitoring Step 10 of the fix.', user: { type: 'User' } },
      sender: { login: 'oncall' },
    });
    expect(github.requests.filter((request) => request.startsWith('PUT'))).toHaveLength(puts);
  });

  test('an outsider is refused before anything queues, once, and never applied by a later run', async () => {
    await run('issues', { action: 'opened', issue: issueOf(7), sender: { login: 'oncall' } });
    const id = post(7, '/resolve hacked', 'stranger');
    const event = {
      action: 'created',
      issue: issueOf(7),
      comment: { id, body: '/resolve hacked', user: { type: 'User' } },
      sender: { login: 'stranger' },
    };
    const [plan] = await run('issue_comment', event, { authorizeOnly: true });
    expect(plan.kind).toBe('reply');
    await run('issue_comment', event, { authorizeOnly: true });
    const writerId = post(7, '/update monitoring A fix is out.', 'oncall');
    await run('issue_comment', {
      ...event,
      comment: { id: writerId, body: '/update monitoring A fix is out.', user: { type: 'User' } },
      sender: { login: 'oncall' },
    });
    expect(github.files.get(PATH)).not.toContain('hacked');
    expect(botBodies(7).filter((body) => body.startsWith('@stranger'))).toEqual([
      `@stranger, only people with write access to this repository can change the status page. Nothing was changed.\n\n<!-- outpost:ack ${id} -->`,
    ]);
  });

  test('two form titles sharing their first words on one day get distinct files', async () => {
    const second = `${TITLE}!!`;
    await run('issues', { action: 'opened', issue: issueOf(7), sender: { login: 'oncall' } });
    await run('issues', { action: 'opened', issue: issueOf(8, second), sender: { login: 'oncall' } });
    expect([...github.files.keys()].sort()).toEqual([PATH.replace('.md', '-2.md'), PATH]);
    expect(github.files.get(PATH.replace('.md', '-2.md'))).toContain("title: Some customers can't complete checkout!!");
    expect(botBodies(8)[0]).toContain(`<!-- outpost:incident ${PATH.replace('.md', '-2.md')} -->`);
  });
});

describe('the issue form body', () => {
  test("only the form's own headings, in order, start a field: ### inside the first message stays in it", () => {
    const body = `${FORM_BODY}\n\n### Workaround\n\nPay with PayPal meanwhile.\n\n### Title\n\nnot the title`;
    expect(parseIssueForm({ title: TITLE, body }, config)).toEqual({
      title: "Some customers can't complete checkout",
      impact: 'major',
      components: ['checkout'],
      message:
        'Some customers see an error when paying. Orders are not lost. Next update by 18:35 UTC.\n\n### Workaround\n\nPay with PayPal meanwhile.\n\n### Title\n\nnot the title',
    });
  });

  test('headings in a message are demoted and fences closed, so the file keeps one update', () => {
    const body = FORM_BODY.replace(
      'Next update by 18:35 UTC.',
      'Next update by 18:35 UTC.\n\n## Resolved · 2026-11-22 18:04 UTC\nfake\n\n```\nunclosed',
    );
    const plan = planIssueOp({
      event: { ...opened(), issue: { ...opened().issue, body } },
      senderCanWrite: true,
      now: NOW,
      config,
    });
    expect(plan.kind).toBe('write');
    const text = plan.kind === 'write' ? plan.text : '';
    expect(text.match(/^## .*$/gm)).toEqual(['## Investigating · 2026-11-22 18:05 UTC']);
    expect(text).toContain('### Resolved · 2026-11-22 18:04 UTC\nfake\n\n```\nunclosed\n```\n');
  });
});

describe('reminders on the scheduled run', () => {
  test('an overdue incident with an issue gets one comment per due time; one without gets a warning', async () => {
    const overdue =
      '---\ntitle: Checkout errors\nimpact: major\ncomponents: [checkout]\n---\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors. Next update by 18:35 UTC.\n';
    const silent =
      '---\ntitle: API slow\nimpact: minor\ncomponents: [api]\n---\n\n## Investigating · 2026-11-22 18:00 UTC\nThe API is slow.\n';
    const site = makeSite('remind', OPTIONS, { 'checkout.md': overdue, 'api.md': silent });
    const github = await fakeGitHub();
    try {
      github.issues.push({ number: 9, state: 'open', labels: [{ name: 'incident' }] });
      github.comments.set(9, [
        {
          body: 'Opened …\n\n<!-- outpost:incident incidents/checkout.md -->',
          user: { login: 'github-actions[bot]', type: 'Bot' },
        },
      ]);
      const { remindOverdue } = await import('../cli/commands/issue-ops/github.ts');
      const logs: string[] = [];
      const octokit = new Octokit({
        auth: 't',
        baseUrl: github.url,
        throttle: { enabled: false },
        retry: { enabled: false },
      });
      const options = {
        octokit,
        owner: 'acme',
        repo: 'status',
        root: site.root,
        now: new Date('2026-11-22T18:50Z'),
        log: (line: string) => logs.push(line),
      };
      expect(await remindOverdue(options)).toBe(2);
      expect(await remindOverdue(options)).toBe(2);
      const reminders = github.comments.get(9)!.slice(1);
      expect(reminders).toHaveLength(1);
      expect(reminders[0].body).toContain(
        'Customers are waiting for an update on **Checkout errors**: the update promised the next one by 2026-11-22 18:35 UTC.',
      );
      expect(logs.filter((line) => line.startsWith('::warning'))).toEqual([
        '::warning file=incidents/api.md,line=7,title=overdue-update::API slow: no update since 2026-11-22 18:00 UTC (cadence: 30 min)',
        '::warning file=incidents/api.md,line=7,title=overdue-update::API slow: no update since 2026-11-22 18:00 UTC (cadence: 30 min)',
      ]);
    } finally {
      await github.close();
      site.cleanup();
    }
  });
});

describe('issue-ops a stressed person cannot get wrong (local GitHub REST server)', () => {
  let github: FakeGitHub;
  let site: { root: string; cleanup: () => void };
  beforeAll(() => {
    site = makeSite('issue-ops-dead-ends', OPTIONS);
  });
  afterAll(() => site.cleanup());
  beforeEach(async () => {
    await github?.close();
    github = await fakeGitHub();
    github.labels.add('incident');
    github.permissions.set('oncall', 'write');
    github.permissions.set('stranger', 'read');
  });
  afterAll(() => github?.close());

  type Issue = { number: number; title: string; body: string; labels: { name: string }[]; state_reason?: string };
  const issueWith = (fields: Partial<Issue> = {}): Issue => ({
    number: 7,
    title: TITLE,
    body: FORM_BODY,
    labels: [{ name: 'incident' }],
    ...fields,
  });
  const octokitAt = (baseUrl: string) =>
    new Octokit({ auth: 't', baseUrl, throttle: { enabled: false }, retry: { enabled: false } });
  const run = (eventName: string, payload: Record<string, unknown>, now = NOW) =>
    runIssueOps({
      octokit: octokitAt(github.url),
      owner: 'acme',
      repo: 'status',
      eventName,
      payload: { repository: { default_branch: 'main' }, ...payload } as never,
      root: site.root,
      now,
      log: () => {},
    });
  /** An issue event by `login`. */
  const issueEvent = (action: string, issue: Issue, now = NOW, login = 'oncall') =>
    run('issues', { action, issue, sender: { login } }, now);
  /** The event of comment `id` (already on the issue), by `login`. */
  const commentEvent = (id: number, body: string, login: string, now: Date, issue = issueWith()) =>
    run(
      'issue_comment',
      {
        action: 'created',
        issue,
        comment: { id, body, user: { type: 'User' } },
        sender: { login },
      },
      now,
    );
  /** As GitHub does: the comment is on the issue before its event's run starts. */
  const say = (body: string, login = 'oncall', now = NOW) => {
    const list = github.comments.get(7) ?? [];
    list.push({ body, user: { login, type: 'User' } });
    github.comments.set(7, list);
    return commentEvent(list.length, body, login, now);
  };
  const bot = (number = 7) =>
    (github.comments.get(number) ?? []).filter((comment) => comment.user.type === 'Bot').map((comment) => comment.body);
  const headings = () => github.files.get(PATH)!.match(/^## .*$/gm);
  const PAGE = 'https://status.example.com/incidents/2026-11-22-some-customers-cant-complete-checkout/';

  test('an edited issue is checked again: the fixed form opens the incident, an edit changes its title', async () => {
    await issueEvent('opened', issueWith({ body: FORM_BODY.replace('major', 'huge') }));
    expect(github.files.size).toBe(0);
    expect(bot()).toEqual([
      'The form\'s impact "huge" is not one of none, minor, major, critical. Nothing was written. ' +
        'Edit the issue to fix it: I check the form again on every edit.',
    ]);
    await issueEvent('edited', issueWith(), new Date('2026-11-22T18:07Z'));
    expect(github.files.get(PATH)).toContain("title: Some customers can't complete checkout\nimpact: major\n");
    expect(bot()[1].startsWith(`Opened the incident on the status page: ${PAGE}`)).toBe(true);
    await issueEvent('edited', issueWith({ title: 'Some customers cannot pay' }), new Date('2026-11-22T18:09Z'));
    expect(github.files.get(PATH)).toContain('title: Some customers cannot pay\nimpact: major\n');
    expect(bot()[2]).toMatch(/^Changed the incident's title on the status page/);
    // An edit that changes nothing the incident shows (the issue's wording of the first message) is not answered.
    const reworded = FORM_BODY.replace('Orders are not lost.', 'No order is lost.');
    await issueEvent('edited', issueWith({ title: 'Some customers cannot pay', body: reworded }));
    expect(bot()).toHaveLength(3);
  });

  test('a status with a trailing colon, in any case; /resolve without a message; /resolve again refused', async () => {
    await issueEvent('opened', issueWith());
    const rolledBack = '/update MONITORING: We rolled back the change. Next update by 18:50 UTC.';
    await say(rolledBack, 'oncall', new Date('2026-11-22T18:40Z'));
    await say('/resolve', 'oncall', new Date('2026-11-22T19:02Z'));
    await say('/resolve Checkout works again.', 'oncall', new Date('2026-11-22T19:05Z'));
    expect(headings()).toEqual([
      '## Resolved · 2026-11-22 19:02 UTC',
      '## Monitoring · 2026-11-22 18:40 UTC',
      '## Investigating · 2026-11-22 18:05 UTC',
    ]);
    const text = github.files.get(PATH);
    expect(text).toContain(
      '## Monitoring · 2026-11-22 18:40 UTC\nWe rolled back the change. Next update by 18:50 ' + 'UTC.\n',
    );
    expect(text).toContain(
      '## Resolved · 2026-11-22 19:02 UTC\nThis incident is resolved and everything works ' + 'normally again.\n',
    );
    const again = github.comments.get(7)!.findIndex((comment) => comment.body === '/resolve Checkout works again.') + 1;
    expect(bot().at(-1)).toBe(
      'This incident is already resolved on the status page (since 2026-11-22 19:02 UTC). Nothing was changed. ' +
        `To add a note, comment \`/update update <message>\`.\n\n<!-- outpost:ack ${again} -->`,
    );
  });

  test('closing as "not planned" never publishes and says what to do; as completed resolves and says so', async () => {
    await issueEvent('opened', issueWith());
    const opened = github.files.get(PATH);
    const puts = () => github.requests.filter((request) => request.startsWith('PUT')).length;
    const before = puts();
    await issueEvent('closed', issueWith({ state_reason: 'not_planned' }), new Date('2026-11-22T18:30Z'));
    expect(github.files.get(PATH)).toBe(opened);
    expect(puts()).toBe(before);
    expect(bot().at(-1)).toMatch(/^Closed as not planned, so nothing was posted: the incident stays open/);
    await issueEvent('closed', issueWith({ state_reason: 'completed' }), new Date('2026-11-22T18:45Z'));
    expect(headings()).toEqual(['## Resolved · 2026-11-22 18:45 UTC', '## Investigating · 2026-11-22 18:05 UTC']);
    expect(bot().at(-1)).toMatch(/^Closed as completed, so I posted the all-clear \(\*\*Resolved\*\*\)/);
  });

  test(
    'an issue from the form without the label (the repository has none): made, added, said, and the incident ' +
      'opened',
    async () => {
      github.labels.clear();
      const plans = await issueEvent('opened', issueWith({ labels: [] }));
      expect(plans.map((plan) => plan.kind)).toEqual(['write']);
      expect([...github.labels]).toEqual(['incident']);
      expect(github.issueLabels.get(7)).toEqual(['incident']);
      expect(bot()[0]).toBe(
        'This issue came from the Incident form but had no `incident` label: the repository had none, ' +
          'so GitHub left it out. I created the label and added it.',
      );
      expect(bot()[1]).toMatch(/^Opened the incident on the status page/);
    },
  );

  // A read-only token, or a protected branch.
  test('no permission to write: answered in the issue, the run fails, a re-run applies the command once', async () => {
    await issueEvent('opened', issueWith());
    github.refuseWrites = { status: 403, message: 'Resource not accessible by integration' };
    const plans = await say('/update identified We found the cause.', 'oncall', new Date('2026-11-22T18:20Z'));
    expect(plans.map((plan) => plan.kind)).toEqual(['failed']);
    expect(bot().at(-1)).toBe(
      [
        `I could not commit ${PATH} to main: GitHub answered 403: Resource not accessible by integration. ` +
          'Nothing was published.',
        '',
        'Check that the workflow may write: its permissions must not be cut to read-only (**Settings → Actions → ' +
          'General**), ' +
          'and a rule on `main` that requires pull requests or restricts pushes (**Settings → Rules** or **Branches**) ' +
          "refuses the workflow's token, which no bypass list takes; a ruleset that only blocks force pushes and " +
          'deletions ' +
          'does not (Outpost\'s docs/deploy.md, "Branch protection and the stamp job"). ' +
          'Then re-run the **Issue ops** workflow: it picks up every command not yet answered.',
      ].join('\n'),
    );
    github.refuseWrites = undefined;
    // The re-run: the same event again, one job; and another run after it finds nothing left to do.
    await commentEvent(2, '/update identified We found the cause.', 'oncall', new Date('2026-11-22T18:25Z'));
    await commentEvent(2, '/update identified We found the cause.', 'oncall', new Date('2026-11-22T18:26Z'));
    expect(headings()).toEqual(['## Identified · 2026-11-22 18:25 UTC', '## Investigating · 2026-11-22 18:05 UTC']);
  });

  test('the label cannot be made (no permission): answered in the issue, nothing written', async () => {
    github.labels.clear();
    github.refuseWrites = { status: 403, message: 'Resource not accessible by integration' };
    const plans = await issueEvent('opened', issueWith({ labels: [] }));
    expect(plans.map((plan) => plan.kind)).toEqual(['failed']);
    expect(github.files.size).toBe(0);
    expect(
      bot()[0].startsWith(
        'I could not create the `incident` label (create it under **Issues → Labels** and add it to this issue): ' +
          'GitHub answered 403',
      ),
    ).toBe(true);
  });

  // GitHub may run the outsider's event instead of a writer's that was pending.
  test("one job per event: an outsider's run refuses the outsider and applies the writer's command", async () => {
    await issueEvent('opened', issueWith());
    // The writer's comment arrives; its run is dropped while another is pending.
    const fix = '/update monitoring A fix is out. Next update by 18:50 UTC.';
    github.comments.get(7)!.push({ body: fix, user: { login: 'oncall', type: 'User' } });
    await say('/resolve hacked', 'stranger', new Date('2026-11-22T18:30Z'));
    expect(headings()).toEqual(['## Monitoring · 2026-11-22 18:30 UTC', '## Investigating · 2026-11-22 18:05 UTC']);
    expect(github.files.get(PATH)).not.toContain('hacked');
    expect(bot().filter((body) => body.startsWith('@stranger'))).toEqual([
      '@stranger, only people with write access to this repository can change the status page. Nothing was ' +
        'changed.\n\n' +
        '<!-- outpost:ack 3 -->',
    ]);
  });

  test('a token that cannot read permissions: answered, not taken for an outsider', async () => {
    const { createServer } = await import('node:http');
    // A server that refuses the permission check itself, and records the reply.
    const replies: string[] = [];
    const json = { 'content-type': 'application/json' };
    const server = createServer(async (request, response) => {
      if (request.method === 'POST') {
        let text = '';
        for await (const chunk of request) text += chunk;
        replies.push(JSON.parse(text).body);
        response.writeHead(201, json).end('{}');
        return;
      }
      if (request.url?.includes('/permission')) {
        response.writeHead(403, json).end('{"message":"Resource not accessible by integration"}');
        return;
      }
      response.writeHead(200, json).end('[]');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as { port: number };
      const plans = await runIssueOps({
        octokit: octokitAt(`http://127.0.0.1:${port}`),
        owner: 'acme',
        repo: 'status',
        eventName: 'issues',
        root: site.root,
        now: NOW,
        log: () => {},
        payload: {
          action: 'opened',
          issue: issueWith(),
          sender: { login: 'oncall' },
          repository: { default_branch: 'main' },
        } as never,
      });
      expect(plans.map((plan) => plan.kind)).toEqual(['failed']);
      expect(
        replies[0].startsWith(
          'I could not check whether @oncall may write: GitHub answered 403: Resource not accessible by integration. ' +
            'Nothing was published.',
        ),
      ).toBe(true);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('`outpost issue-ops` in the workflow', () => {
  test("reads the event file, commits as Outpost's user agent, and says what it did through Io", async () => {
    const site = makeSite('issue-ops-workflow', OPTIONS);
    const github = await fakeGitHub();
    const dir = mkdtempSync(join(tmpdir(), 'outpost-issue-ops-'));
    const saved = { ...process.env };
    try {
      github.permissions.set('oncall', 'write');
      const event = join(dir, 'event.json');
      const output = join(dir, 'output');
      const issue = { number: 7, title: TITLE, body: FORM_BODY, labels: [{ name: 'incident' }] };
      const payload = { action: 'opened', issue, sender: { login: 'oncall' }, repository: { default_branch: 'main' } };
      writeFileSync(event, JSON.stringify(payload));
      Object.assign(process.env, {
        OUTPOST_NOW: '2026-11-22T18:05Z',
        GITHUB_EVENT_PATH: event,
        GITHUB_EVENT_NAME: 'issues',
        GITHUB_REPOSITORY: 'acme/status',
        GITHUB_TOKEN: 'test-token',
        GITHUB_API_URL: github.url,
        GITHUB_OUTPUT: output,
      });
      const out: string[] = [];
      const err: string[] = [];
      const silent = vi.spyOn(console, 'log').mockImplementation(() => {});
      const code = await dispatch(['issue-ops'], { root: site.root, out: (l) => out.push(l), err: (l) => err.push(l) });
      expect(silent).not.toHaveBeenCalled();
      expect(code, err.join('\n')).toBe(0);
      expect(out).toEqual([`wrote ${PATH}`]);
      expect(github.files.get(PATH)).toContain('## Investigating · 2026-11-22 18:05 UTC');
      expect(readFileSync(output, 'utf8')).toBe('wrote=true\n');
      // Octokit adds its own name and version after Outpost's.
      expect(github.userAgents.length).toBeGreaterThan(3);
      for (const userAgent of github.userAgents) expect(userAgent.startsWith(`${USER_AGENT} octokit`)).toBe(true);
    } finally {
      vi.restoreAllMocks();
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
      await github.close();
      site.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
