import { describe, expect, test } from 'vitest';
import { alertmanager, OPTIONS } from '../../tests/alert-payloads.ts';
import { parseContextFor, parseSiteConfig } from '../checks/validate.ts';
import { parseIncident } from '../incident/parse.ts';
import type { Alert } from './payload.ts';
import { parseAlertPayload } from './payload.ts';
import { alertBranch, alertOf, planAlert, pullRequestState, type AlertInput, type OpenIncident } from './plan.ts';

const config = parseSiteConfig(OPTIONS, 'astro.config.mjs').config!;
const now = new Date('2026-11-22T18:05Z');
const alertOfPayload = (payload: unknown): Alert => (parseAlertPayload(payload) as { alerts: Alert[] }).alerts[0];
const firing = alertOfPayload(alertmanager('firing'));
const resolved = alertOfPayload(alertmanager('resolved'));
const plan = (patch: Partial<AlertInput>) =>
  planAlert({ alert: firing, config, now, openIncidents: [], pathTaken: () => false, ...patch });
const open = (path: string, text: string, issue?: number): OpenIncident => ({
  path,
  text,
  incident: parseIncident(text, parseContextFor(config, path, now)).incident!,
  issue,
});

const PERSONS =
  '---\ntitle: Checkout is slow\nimpact: minor\ncomponents: [checkout]\n---\n\n## Investigating · 2026-11-22 17:50 UTC\nCheckout is slower than usual.\n';

describe('planAlert', () => {
  test('firing, nothing open: a draft pull request of its own, the file drafted and valid', () => {
    const action = plan({});
    expect(action).toMatchObject({
      kind: 'open-pr',
      branch: 'outpost/alert-1a30ba71cca2921f',
      path: 'incidents/2026-11-22-some-customers-see-errors-in-checkout.md',
      title: 'Draft incident: Some customers see errors in Checkout',
    });
    expect(action.kind === 'open-pr' && alertOf(action.text)).toBe('1a30ba71cca2921f');
    expect(action.kind === 'open-pr' && pullRequestState(action.body)).toEqual({
      fingerprint: '1a30ba71cca2921f',
      path: 'incidents/2026-11-22-some-customers-see-errors-in-checkout.md',
      count: 1,
    });
  });

  test('a taken path gets -2; autoPublish publishes instead', () => {
    expect(plan({ pathTaken: (path) => path.endsWith('checkout.md') })).toMatchObject({
      path: 'incidents/2026-11-22-some-customers-see-errors-in-checkout-2.md',
    });
    const auto = parseSiteConfig(
      { ...OPTIONS, alerts: { ...OPTIONS.alerts, autoPublish: true } },
      'astro.config.mjs',
    ).config!;
    expect(plan({ config: auto })).toMatchObject({
      kind: 'publish',
      commitMessage: 'Publish incident from alert ProbeFailure (1a30ba71cca2921f)',
    });
  });

  test('firing again with its pull request open: the same one, counted', () => {
    const body = '<!-- outpost:alert 1a30ba71cca2921f path=incidents/x.md count=3 -->';
    const action = plan({ pullRequest: { number: 12, body, branch: 'outpost/alert-1a30ba71cca2921f' } });
    expect(action).toMatchObject({ kind: 'update-pr', number: 12, branch: 'outpost/alert-1a30ba71cca2921f' });
    expect(action.kind === 'update-pr' && pullRequestState(action.body)?.count).toBe(4);
    expect(action.kind === 'update-pr' && action.file).toBeUndefined();
  });

  test("a person's open incident on its component: a comment on its issue, or on its file", () => {
    expect(plan({ openIncidents: [open('incidents/slow.md', PERSONS, 7)] })).toMatchObject({
      kind: 'comment',
      on: { issue: 7 },
      marker: '<!-- outpost:alert-comment 1a30ba71cca2921f firing -->',
    });
    expect(plan({ openIncidents: [open('incidents/slow.md', PERSONS)] })).toMatchObject({
      kind: 'comment',
      on: { path: 'incidents/slow.md' },
    });
    expect(plan({ alert: resolved, openIncidents: [open('incidents/slow.md', PERSONS)] })).toMatchObject({
      kind: 'comment',
      marker: '<!-- outpost:alert-comment 1a30ba71cca2921f resolved -->',
    });
  });

  test('its own incident already published: nothing more while firing; resolved suggests the Resolved update in a new pull request', () => {
    const drafted = plan({});
    const text = drafted.kind === 'open-pr' ? drafted.text : '';
    const own = open('incidents/x.md', text);
    expect(plan({ openIncidents: [own] })).toEqual({
      kind: 'none',
      reason: 'alert 1a30ba71cca2921f is already on the page as incidents/x.md',
    });
    const action = plan({ alert: resolved, openIncidents: [own], now: new Date('2026-11-22T18:45Z') });
    expect(action).toMatchObject({
      kind: 'open-pr',
      branch: 'outpost/alert-1a30ba71cca2921f-resolved',
      path: 'incidents/x.md',
    });
    expect(action.kind === 'open-pr' && action.text).toContain(
      '## Resolved · 2026-11-22 18:45 UTC\nCheckout works normally again.',
    );
  });

  test('resolved with its draft open: the Resolved update suggested in the draft', () => {
    const drafted = plan({});
    const file = drafted.kind === 'open-pr' ? { path: drafted.path, text: drafted.text } : undefined;
    const action = plan({
      alert: resolved,
      pullRequest: { number: 12, body: drafted.kind === 'open-pr' ? drafted.body : '', branch: 'b', file },
      now: new Date('2026-11-22T18:45Z'),
    });
    expect(action).toMatchObject({ kind: 'update-pr', number: 12, branch: 'b', file: { path: file!.path } });
    expect(action.kind === 'update-pr' && action.comment).toContain('The alert resolved at 2026-11-22 18:40 UTC.');
  });

  test('resolved, nothing drafted; no component; an unknown component: nothing, each saying why', () => {
    expect(plan({ alert: resolved })).toEqual({
      kind: 'none',
      reason: 'alert 1a30ba71cca2921f resolved; it had drafted nothing that is open',
    });
    expect(plan({ alert: { ...firing, labels: {} } })).toMatchObject({
      kind: 'none',
      reason: expect.stringContaining('matches no component'),
    });
    expect(plan({ alert: { ...firing, components: ['chekout'] } })).toEqual({
      kind: 'invalid',
      reason: '"chekout" is not a component of this site; use one of: checkout, api',
    });
  });
});

test.each([
  ['1a30ba71cca2921f', 'outpost/alert-1a30ba71cca2921f'],
  ['Uptime Kuma #29', 'outpost/alert-uptime-kuma-29'],
  ['***', 'outpost/alert-alert'],
])('alertBranch(%j) = %s', (fingerprint, branch) => {
  expect(alertBranch(fingerprint)).toBe(branch);
});

test('alertOf reads the marker from the frontmatter only', () => {
  expect(alertOf('---\n# outpost-alert: abc\ntitle: x\n---\n')).toBe('abc');
  expect(alertOf('---\ntitle: x\n---\n# outpost-alert: abc\n')).toBeUndefined();
  expect(alertOf('title: x')).toBeUndefined();
});
