import { describe, expect, test } from 'vitest';
import { checkAllClear, checkMessage, checkTitle, guidanceProblems } from './guidance.ts';
import { DEFAULT_JARGON } from '../config/guidance-rules.ts';
import { incident, update } from '../../tests/builders.ts';
import { parseSiteConfig } from './validate.ts';

const rulesIn = (markdown: string, terminal = false) => checkMessage(markdown, { terminal, jargon: DEFAULT_JARGON }).map((finding) => finding.rule);

describe('cliche', () => {
  test.each([
    'We apologize for any inconvenience.',
    'We sincerely apologise for the inconvenience caused.',
    'Apologies for the inconvenience.', // corpus: cState
    'We are sorry for any inconvenience this may cause you.', // corpus: linuxserver
    'We regret any inconvenience.', // corpus
    "We're very sorry for the inconvenience.",
  ])('flags %j', (text) => {
    expect(rulesIn(text)).toContain('cliche');
  });
  test.each([
    "We're sorry that checkout failed for an hour this morning.",
    'Some customers see an error when paying. Orders are not lost.',
    'This is inconvenient for merchants shipping today, so please use another carrier meanwhile.',
  ])('leaves %j alone', (text) => {
    expect(rulesIn(text)).not.toContain('cliche');
  });
});

describe('blame', () => {
  test.each([
    'The outage was caused by our hosting provider.',
    'This was caused by an upstream provider.',
    'This issue is outside of our control.',
    'The delay is beyond our control.',
    'This was not our fault.',
    'Errors are due to an outage at our cloud provider.',
  ])('flags %j', (text) => {
    expect(rulesIn(text)).toContain('blame');
  });
  test.each([
    "DHL's label service is still not answering our requests, and we are in contact with DHL.",
    'Shopify is rate-limiting our order imports after a change on their side.',
    'Payments through our card provider fail. We are working with them.',
    'An incident has been created with our hosting provider.', // corpus, naming for context
  ])('leaves %j alone', (text) => {
    expect(rulesIn(text)).not.toContain('blame');
  });
});

describe('overpromise', () => {
  test.each([
    'We expect this to be fixed in 5 minutes.',
    'Service will be back shortly.',
    'An incident has been created with our hosting provider and should be resolved soon.', // corpus
    'It should be fixed within the hour.',
    'Everything will be restored within 30 minutes.',
    'We will be back up in a few minutes.',
  ])('flags %j', (text) => {
    expect(rulesIn(text)).toContain('overpromise');
  });
  test.each([
    'Next update in 30 minutes.',
    'Next update within the hour.',
    'If a payment fails, please retry in a few minutes.',
    'We are working on a fix. Next update by 19:10 UTC.',
    'Jobs are starting to recover.', // corpus: GitHub
  ])('leaves %j alone', (text) => {
    expect(rulesIn(text)).not.toContain('overpromise');
  });
  test('a Resolved update may say things are back', () => {
    expect(rulesIn('Everything is back shortly after the fix.', true)).not.toContain('overpromise');
  });
});

describe('jargon', () => {
  test.each([
    ["We're investigating high latency related to channels and messages.", 'latency'], // corpus: Discord
    ['A mitigation has been applied and jobs are starting to recover.', 'mitigation'], // corpus: GitHub
    ['We failed over to the replica.', 'replica'],
    ['The RCA will follow.', 'RCA'],
  ])('flags %j', (text, word) => {
    const [finding] = checkMessage(text, { terminal: false, jargon: DEFAULT_JARGON }).filter((f) => f.rule === 'jargon');
    expect(finding.message).toBe(`"${word}" is a technical term customers may not know`);
  });
  test.each([
    'Pages take up to 20 seconds to load.',
    'We rolled back the change that caused this.',
    'About one in ten API requests fails with a "503 Service Unavailable" error.',
    'Podcasts and clusters of messages load normally.', // words that merely contain a term
  ])('leaves %j alone', (text) => {
    expect(rulesIn(text)).not.toContain('jargon');
  });
  test('the list is the site\'s to change', () => {
    expect(checkMessage('The widget froze.', { terminal: false, jargon: ['widget'] }).map((f) => f.rule)).toEqual(['jargon']);
    expect(checkMessage('High latency.', { terminal: false, jargon: [] })).toEqual([]);
  });
});

describe('cause-not-impact (titles)', () => {
  test.each(['Database failover', 'Elevated 5xx errors on API gateway', 'Redis cluster degraded', 'DNS issues', 'Kubernetes node pool outage', 'Expired TLS certificate'])('flags %j', (title) => {
    expect(checkTitle(title)?.rule).toBe('cause-not-impact');
  });
  test.each(["Some customers can't complete checkout", 'API requests fail and webhooks are delayed', 'Disruption with Git SSH', 'Messaging issues', 'Node.js SDK downloads fail'])('leaves %j alone', (title) => {
    expect(checkTitle(title)).toBeUndefined();
  });
});

describe('all-clear', () => {
  test.each(['This incident has been resolved.' /* corpus: GitHub */, 'Fixed.', 'All good now.', 'The issue has been resolved and we will continue to monitor the situation closely for now.'])('flags %j', (text) => {
    expect(checkAllClear(text)?.rule).toBe('all-clear');
  });
  test.each([
    'Checkout works normally again. Orders placed during the incident were kept and have all been processed.',
    'All delayed Shopify orders have been imported, and new orders arrive within a minute again. You do not need to re-import anything.',
  ])('leaves %j alone', (text) => {
    expect(checkAllClear(text)).toBeUndefined();
  });
});

describe('guidanceProblems: lines, columns, next-update, stale, scope, severities', () => {
  const config = parseSiteConfig({ name: 'X', url: 'https://x.example/', updateCadenceMinutes: 30, components: [{ id: 'api', name: 'API' }] }, 'astro.config.mjs').config!;
  const active = incident('db', {
    title: 'Database failover',
    titleLine: 2,
    timeline: [{ ...update('investigating', '2026-11-22T18:00Z', 'Requests fail.\nWe apologize for any inconvenience.'), line: 7, bodyLine: 8 }],
  });

  test('each warning on its line and column', () => {
    const problems = guidanceProblems(active, config, new Date('2026-11-22T18:45Z'));
    expect(problems.map((p) => `${p.line}:${p.column} ${p.severity} [${p.rule}]`)).toEqual([
      '2:8 warning [cause-not-impact]',
      '2:1 warning [no-scope]',
      '9:1 warning [cliche]',
      '7:1 warning [next-update]',
      '7:1 warning [stale]',
    ]);
  });

  test('a promised next update that is still ahead is fine, and off/error are honoured', () => {
    const promised = incident('ok', { components: [{ id: 'api', status: 'partial_outage' }], timeline: [{ ...update('investigating', '2026-11-22T18:00Z', 'Requests fail. Next update by 18:30 UTC.'), bodyLine: 8 }] });
    expect(guidanceProblems(promised, config, new Date('2026-11-22T18:20Z'))).toEqual([]);
    const strict = { ...config, guidance: { 'cause-not-impact': 'error' as const, 'no-scope': 'off' as const } };
    expect(guidanceProblems(active, strict, new Date('2026-11-22T18:10Z')).map((p) => `${p.severity} ${p.rule}`)).toEqual(['error cause-not-impact', 'warning cliche', 'warning next-update']);
  });
});
