import { expect, test } from 'vitest';
import { incident, update } from '../../tests/builders.ts';
import { parseSiteConfig } from '../checks/validate.ts';
import { POST_LIMIT, shareTexts, teamSummaryMarkdown, teamTextsMarkdown } from './share.ts';
import { buildSiteView } from './view-model.ts';

const long = 'Some customers see an error when paying with a card issued outside the European Union. '.repeat(6);
const active = incident('2026-11-22-checkout', {
  title: 'Some customers with cards from outside the EU cannot complete checkout in the web shop or the app',
  components: [{ id: 'checkout', status: 'partial_outage' }],
  timeline: [
    update('investigating', '2026-11-22T18:05Z', `${long} Please use PayPal meanwhile. Next update by 18:35 UTC.`),
  ],
});
// Built inside each test, so that mutation testing sees which test covers which line.
const textsOf = (subject = active, now = new Date('2026-11-22T18:10Z'), timeZone = 'UTC') => {
  const config = parseSiteConfig(
    {
      name: 'Acme',
      url: 'https://status.acme.example/',
      timeZone,
      components: [
        { id: 'checkout', name: 'Checkout' },
        { id: 'api', name: 'API' },
      ],
    },
    'astro.config.mjs',
  ).config!;
  const site = buildSiteView(config, [subject], now);
  return shareTexts(site, site.incidentBySlug.get(subject.slug)!);
};

test("in the site's language: German words, German dates, workarounds found by German words", () => {
  const german = parseSiteConfig(
    {
      name: 'Acme',
      url: 'https://status.acme.example/',
      timeZone: 'Europe/Berlin',
      locale: 'de',
      components: [{ id: 'checkout', name: 'Kasse' }],
    },
    'astro.config.mjs',
  ).config!;
  const ongoing = incident('kasse', {
    title: 'Einige können nicht bezahlen',
    components: [{ id: 'checkout', status: 'partial_outage' }],
    timeline: [
      update(
        'investigating',
        '2026-11-22T18:05Z',
        'Beim Bezahlen erscheint ein Fehler. Bitte nutzen Sie in der Zwischenzeit PayPal. Bestellungen gehen nicht verloren.',
      ),
    ],
  });
  const view = buildSiteView(german, [ongoing], new Date('2026-11-22T18:10Z'));
  const shared = shareTexts(view, view.incidentBySlug.get('kasse')!);
  expect(shared.post.startsWith('[Wird untersucht] Einige können nicht bezahlen: Beim Bezahlen')).toBe(true);
  expect(shared.email.body).toContain(
    'Status: Wird untersucht (22. Nov. 2026, 19:05 MEZ)\nBetroffen: Kasse (Teilausfall)',
  );
  expect(shared.recap).toBe(
    [
      'Hallo, danke für Ihre Nachricht.',
      '',
      'Das Problem ist uns bekannt: Einige können nicht bezahlen. Betroffen ist Kasse.',
      '',
      'Aktueller Stand: Beim Bezahlen erscheint ein Fehler. Bitte nutzen Sie in der Zwischenzeit PayPal. Bestellungen gehen nicht verloren.',
      '',
      'Was Sie in der Zwischenzeit tun können: Bitte nutzen Sie in der Zwischenzeit PayPal.',
      '',
      'Wir melden uns auf unserer Statusseite, sobald wir mehr wissen.',
      '',
      'Hier können Sie alles live verfolgen: https://status.acme.example/incidents/kasse/',
      '',
      'Wenn noch etwas unklar ist, antworten Sie einfach, wir helfen gern.',
    ].join('\n'),
  );
});

test('the post fits 280 characters, ends with the link and cuts at a word', () => {
  const texts = textsOf();
  expect(texts.post.length).toBeLessThanOrEqual(POST_LIMIT);
  expect(texts.post.startsWith('[Investigating] Some customers with cards from outside the EU')).toBe(true);
  expect(texts.post.endsWith('… https://status.acme.example/incidents/2026-11-22-checkout/')).toBe(true);
});

test('the email names status, scope, next update and link', () => {
  const texts = textsOf();
  expect(texts.email.subject).toBe(
    '[Investigating] Some customers with cards from outside the EU cannot complete checkout in the web shop or the app',
  );
  expect(texts.email.body).toContain('Affected: Checkout (partial outage)');
  expect(texts.email.body).toContain('Next update by 22 Nov 2026, 18:35 UTC (2026-11-22 18:35 UTC).');
});

test('the support recap: what is affected, what to do meanwhile, next update, link, offer of help', () => {
  const texts = textsOf();
  expect(texts.recap).toContain('It affects Checkout.');
  expect(texts.recap).toContain('What you can do meanwhile: Please use PayPal meanwhile.');
  expect(texts.recap).toContain('The next update is expected by 22 Nov 2026, 18:35 UTC.');
  expect(texts.recap).toContain('https://status.acme.example/incidents/2026-11-22-checkout/');
  expect(texts.recap.endsWith('If anything else is unclear, just reply and we will help.')).toBe(true);
});

test('short texts are whole: post, email and recap of a small incident', () => {
  const small = incident('api-slow', {
    title: 'The API is slow',
    components: [
      { id: 'api', status: 'degraded_performance' },
      { id: 'checkout', status: 'partial_outage' },
    ],
    timeline: [
      update(
        'investigating',
        '2026-11-22T18:05Z',
        'Requests take 20 seconds. Retry if one fails. Switch to the app meanwhile! Use the web shop? Next update by 18:35 UTC.',
      ),
    ],
  });
  expect(textsOf(small, new Date('2026-11-22T18:10Z'), 'Europe/Berlin')).toEqual({
    post: '[Investigating] The API is slow: Requests take 20 seconds. Retry if one fails. Switch to the app meanwhile! Use the web shop? Next update by 18:35 UTC. https://status.acme.example/incidents/api-slow/',
    email: {
      subject: '[Investigating] The API is slow',
      body: 'The API is slow\n\nStatus: Investigating (22 Nov 2026, 19:05 CET)\nAffected: API (degraded performance), Checkout (partial outage)\n\nRequests take 20 seconds. Retry if one fails. Switch to the app meanwhile! Use the web shop? Next update by 18:35 UTC.\n\nNext update by 22 Nov 2026, 19:35 CET (2026-11-22 18:35 UTC).\n\nFollow this incident: https://status.acme.example/incidents/api-slow/',
    },
    recap:
      'Hi, thanks for reaching out.\n\nWe know about this: The API is slow. It affects API, Checkout.\n\nRight now: Requests take 20 seconds. Retry if one fails. Switch to the app meanwhile! Use the web shop? Next update by 18:35 UTC.\n\nWhat you can do meanwhile: Retry if one fails. Switch to the app meanwhile!\n\nThe next update is expected by 22 Nov 2026, 19:35 CET.\n\nYou can follow it live here: https://status.acme.example/incidents/api-slow/\n\nIf anything else is unclear, just reply and we will help.',
  });
});

test('resolved, without components, without a promise: the recap says when it ended', () => {
  const done = incident('done', {
    title: 'Logins failed',
    timeline: [
      update('investigating', '2026-11-22T17:00Z', 'Logins fail.'),
      update('resolved', '2026-11-22T18:00Z', 'Logins work normally again.'),
    ],
  });
  const texts = textsOf(done);
  expect(texts.post).toBe(
    '[Resolved] Logins failed: Logins work normally again. https://status.acme.example/incidents/done/',
  );
  expect(texts.email.body).toBe(
    'Logins failed\n\nStatus: Resolved (22 Nov 2026, 18:00 UTC)\n\nLogins work normally again.\n\nFollow this incident: https://status.acme.example/incidents/done/',
  );
  expect(texts.recap).toBe(
    'Hi, thanks for reaching out.\n\nLogins failed: this was resolved at 22 Nov 2026, 18:00 UTC. Logins work normally again.\n\nYou can follow it live here: https://status.acme.example/incidents/done/\n\nIf anything else is unclear, just reply and we will help.',
  );
});

test('ongoing without a promise or a workaround; maintenance is labelled as such', () => {
  const quiet = incident('quiet', {
    title: 'Search is slow',
    timeline: [update('identified', '2026-11-22T18:00Z', 'We found the cause')],
  });
  expect(textsOf(quiet).recap).toBe(
    'Hi, thanks for reaching out.\n\nWe know about this: Search is slow.\n\nRight now: We found the cause\n\nWe post updates on our status page as soon as we know more.\n\nYou can follow it live here: https://status.acme.example/incidents/quiet/\n\nIf anything else is unclear, just reply and we will help.',
  );
  const window = incident('db', {
    type: 'maintenance',
    title: 'Database upgrade',
    scheduled: { start: new Date('2026-11-22T18:00Z'), end: new Date('2026-11-22T19:00Z') },
    timeline: [update('scheduled', '2026-11-20T10:00Z', 'Planned.')],
  });
  expect(textsOf(window).email.subject).toBe('[Maintenance in progress] Database upgrade');
  expect(
    textsOf(window).post.startsWith('[Maintenance in progress] Database upgrade: The maintenance has started.'),
  ).toBe(true);
});

test.each([
  [0, false, 'fits exactly'],
  [1, true, 'one character too many is cut at a word'],
])('a message %i characters over the room: cut %s (%s)', (over, cut) => {
  const head = '[Investigating] T: ';
  const tail = ' https://status.acme.example/incidents/fit/';
  const room = POST_LIMIT - head.length - tail.length;
  const message = `${'word '.repeat(60)}`.slice(0, room - 1 + over) + 'x';
  const { post } = textsOf(
    incident('fit', { title: 'T', timeline: [update('investigating', '2026-11-22T18:00Z', message)] }),
  );
  expect(post.length).toBe(cut ? head.length + tail.length + room - 3 : POST_LIMIT);
  expect(post).toBe(cut ? `${head}${'word '.repeat(43).trimEnd()}…${tail}` : `${head}${message}${tail}`);
});

test('for GitHub: each text in a fence longer than any run of backticks inside it, folded', () => {
  const markdown = teamTextsMarkdown({
    post: 'Use `retry` or ````x````',
    email: { subject: 'S', body: 'B' },
    recap: 'R',
  });
  expect(markdown).toBe(
    [
      '<details><summary>Texts for the team: a short post, an email, a recap for support</summary>',
      '',
      '**Short post** (24 of 280 characters)',
      '',
      '`````text\nUse `retry` or ````x````\n`````',
      '',
      '**Email**',
      '',
      '```text\nSubject: S\n\nB\n```',
      '',
      '**Recap for support** (answering a customer)',
      '',
      '```text\nR\n```',
      '',
      '</details>',
    ].join('\n'),
  );
});

test('the job summary: each incident with a new update, which updates, its texts; nothing when nothing is new', () => {
  const config = parseSiteConfig(
    {
      name: 'Acme',
      url: 'https://status.acme.example/',
      timeZone: 'Europe/Berlin',
      components: [{ id: 'checkout', name: 'Checkout' }],
    },
    'astro.config.mjs',
  ).config!;
  const later = incident('2026-11-22-later', {
    title: 'Later *one*',
    components: [{ id: 'checkout', status: 'partial_outage' }],
    timeline: [
      update('investigating', '2026-11-22T18:20Z', 'Slow.'),
      update('identified', '2026-11-22T18:30Z', 'Found.'),
    ],
  });
  const site = buildSiteView(config, [active, later], new Date('2026-11-22T18:40Z'));
  const summary = teamSummaryMarkdown(site, (item) => item.url.includes('/2026-11-22-later/'))!;
  expect(summary.startsWith('## Texts for the team\n')).toBe(true);
  expect(summary).toContain(
    '### Later \\*one\\*\n\nNew on the page: Identified (22 Nov 2026, 19:30 CET), Investigating (22 Nov 2026, 19:20 CET). [Open it](https://status.acme.example/incidents/2026-11-22-later/)\n\n<details>',
  );
  expect(summary).toContain('[Identified] Later *one*: Found.');
  expect(summary).not.toContain('cards from outside the EU');
  expect(teamSummaryMarkdown(site, () => false)).toBeUndefined();
  // An update dated later than the build is not on the page yet: not news.
  const early = buildSiteView(config, [later], new Date('2026-11-22T18:25Z'));
  expect(teamSummaryMarkdown(early, () => true)).toContain('New on the page: Investigating (22 Nov 2026, 19:20 CET).');
});
