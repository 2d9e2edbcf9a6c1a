import { describe, expect, test } from 'vitest';
import { parseSiteConfig } from '../checks/validate.ts';
import { alertmanager, grafana, kuma, OPTIONS } from '../../tests/alert-payloads.ts';
import { parseAlertPayload } from './payload.ts';
import { alertComponents } from './plan.ts';

describe('payloads', () => {
  test.each([
    [
      'Alertmanager',
      alertmanager('firing'),
      {
        source: 'alertmanager',
        fingerprint: '1a30ba71cca2921f',
        status: 'firing',
        name: 'ProbeFailure',
        startsAt: new Date('2026-11-22T17:58:45.828Z'),
        endsAt: undefined,
      },
    ],
    [
      'Alertmanager, resolved',
      alertmanager('resolved'),
      { status: 'resolved', endsAt: new Date('2026-11-22T18:40:12.500Z') },
    ],
    [
      'Grafana',
      grafana,
      { source: 'grafana', fingerprint: 'c6eadffa33fcdf37', startsAt: new Date('2021-10-12T07:51:03.157Z') },
    ],
    [
      'Uptime Kuma, down',
      kuma(0),
      {
        source: 'uptime-kuma',
        fingerprint: 'uptime-kuma-29',
        status: 'firing',
        monitor: 'Checkout health',
        startsAt: new Date('2026-11-22T17:51:35Z'),
      },
    ],
    ['Uptime Kuma, up', kuma(1), { status: 'resolved', endsAt: new Date('2026-11-22T17:51:35Z') }],
    [
      'generic',
      {
        alerts: [
          { id: 'db-1', status: 'firing', name: 'Primary DB down', components: ['checkout'], impact: 'critical' },
        ],
      },
      { source: 'generic', fingerprint: 'db-1', components: ['checkout'], impact: 'critical' },
    ],
    ['wrapped by a relay', { alertmanager: alertmanager('firing') }, { source: 'alertmanager' }],
    [
      "Grafana's custom payload of docs/alerts.md (status and .Alerts as JSON)",
      { grafana: { status: 'firing', alerts: grafana.alerts } },
      { source: 'grafana', fingerprint: 'c6eadffa33fcdf37' },
    ],
    [
      'a repository_dispatch event',
      { action: 'outpost-alert', client_payload: { uptimeKuma: kuma(0) }, repository: { default_branch: 'main' } },
      { source: 'uptime-kuma' },
    ],
  ])('%s', (_name, payload, expected) => {
    const parsed = parseAlertPayload(payload);
    expect('alerts' in parsed && parsed.alerts[0]).toMatchObject(expected);
  });

  test.each([
    [
      'an alert without a status',
      { alerts: [{ ...alertmanager('firing').alerts[0], status: 'burning' }], receiver: 'x' },
      ['alerts.0.status: Invalid option: expected one of "firing"|"resolved"'],
    ],
    [
      'a time without a zone',
      { alertmanager: { alerts: [{ ...alertmanager('firing').alerts[0], startsAt: '2026-11-22 17:58' }] } },
      ['alertmanager.alerts.0.startsAt: is not a time with a zone, like 2026-11-22T18:05:00Z'],
    ],
    [
      'a generic alert with a typo',
      { alerts: [{ id: 'x', status: 'firing', name: 'X', component: ['a'] }] },
      ['alerts.0: Unrecognized key: "component"'],
    ],
    [
      'Uptime Kuma without a monitor name',
      { client_payload: { heartbeat: { status: 0 }, monitor: { id: 1 } }, action: 'outpost-alert' },
      ['client_payload.monitor.name: Invalid input: expected string, received undefined'],
    ],
    ['something else', { text: 'hello' }, [expect.stringContaining('(the payload): is not an alert Outpost knows')]],
  ])('refused: %s', (_name, payload, problems) => {
    expect(parseAlertPayload(payload)).toEqual({ problems });
  });

  test('an Uptime Kuma test notification and a pending monitor do nothing, saying so', () => {
    expect(parseAlertPayload({ heartbeat: null, monitor: null, msg: 'Uptime Kuma test' })).toEqual({
      source: 'uptime-kuma',
      alerts: [],
      note: 'a test notification from Uptime Kuma (Uptime Kuma test): nothing to do',
    });
    expect(parseAlertPayload({ ...kuma(0), heartbeat: { ...kuma(0).heartbeat, status: 2 } })).toMatchObject({
      alerts: [],
      note: 'monitor "Checkout health" is pending: nothing to do',
    });
  });
});

describe('routing', () => {
  const config = parseSiteConfig(OPTIONS, 'astro.config.mjs').config!;
  const alert = (labels: Record<string, string>, monitor?: string) => ({
    source: 'alertmanager' as const,
    fingerprint: 'f',
    status: 'firing' as const,
    labels,
    annotations: {},
    name: 'x',
    monitor,
  });
  test.each([
    [{ service: 'checkout', severity: 'critical' }, undefined, { components: ['checkout'], impact: 'major' }],
    [{ service: 'checkout', severity: 'warning' }, undefined, { components: ['checkout'], impact: 'minor' }],
    [{ component: 'api' }, undefined, { components: ['api'], impact: 'major' }],
    [{}, 'Checkout health', { components: ['checkout'], impact: 'critical' }],
    [{ service: 'billing' }, undefined, { components: [], impact: 'major' }],
  ])('labels %j, monitor %s → %j', (labels, monitor, expected) => {
    expect(alertComponents(alert(labels, monitor), config)).toEqual({ ...expected, unknown: [] });
  });

  test('a route naming an unknown component is a config error at its path', () => {
    const result = parseSiteConfig(
      { ...OPTIONS, alerts: { routes: [{ labels: { a: 'b' }, components: ['chekout'] }] } },
      'astro.config.mjs',
    );
    expect(result.problems.map((problem) => problem.message)).toEqual([
      'alerts.routes.0.components.0 "chekout" is not a component; did you mean "checkout"?',
    ]);
  });
});
