/** Alert payloads as their senders document them, for the alert tests. */
/** Alertmanager's webhook as its documentation's example (prometheus.io, webhook_config; the alertmanager-webhook-types crate's sample). */
export const alertmanager = (status: 'firing' | 'resolved', fingerprint = '1a30ba71cca2921f') => ({
  receiver: 'status-page',
  status,
  alerts: [
    {
      status,
      labels: {
        alertname: 'ProbeFailure',
        instance: 'https://checkout.example.com',
        job: 'http_checks',
        service: 'checkout',
        severity: 'critical',
      },
      annotations: {
        description: 'Instance https://checkout.example.com has been down for over 5m. Job: http_checks',
        summary: 'BlackBox Probe Failure: https://checkout.example.com',
      },
      startsAt: '2026-11-22T17:58:45.828Z',
      endsAt: status === 'firing' ? '0001-01-01T00:00:00Z' : '2026-11-22T18:40:12.5Z',
      generatorURL: 'http://prometheus.example.org:9090/graph?g0.expr=probe_success+%3D%3D+0&g0.tab=1',
      fingerprint,
    },
  ],
  groupLabels: { alertname: 'ProbeFailure' },
  commonLabels: { alertname: 'ProbeFailure', service: 'checkout' },
  commonAnnotations: {},
  externalURL: 'http://prometheus.example.org:9093',
  version: '4',
  groupKey: '{}/{severity="critical"}:{alertname="ProbeFailure"}',
  truncatedAlerts: 0,
});

/** Grafana's webhook as its documentation's example (webhook-notifier), one alert. */
export const grafana = {
  receiver: 'My Super Webhook',
  status: 'firing',
  orgId: 1,
  alerts: [
    {
      status: 'firing',
      labels: { alertname: 'High memory usage', team: 'blue', zone: 'us-1' },
      annotations: {
        description: 'The system has high memory usage',
        runbook_url: 'https://myrunbook.com/runbook/1234',
        summary: 'This alert was triggered for zone us-1',
      },
      startsAt: '2021-10-12T09:51:03.157076+02:00',
      endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'https://play.grafana.org/alerting/1afz29v7z/edit',
      fingerprint: 'c6eadffa33fcdf37',
      silenceURL: 'https://play.grafana.org/alerting/silence/new',
      dashboardURL: '',
      panelURL: '',
      values: { B: 44.23943737541908, C: 1 },
    },
  ],
  groupLabels: {},
  commonLabels: { team: 'blue' },
  commonAnnotations: {},
  externalURL: 'https://play.grafana.org/',
  version: '1',
  groupKey: '{}:{}',
  truncatedAlerts: 0,
  title: '[FIRING:1]  (blue)',
  state: 'alerting',
  message: '**Firing**',
};

/** Uptime Kuma's webhook body (server/notification-providers/webhook.js: heartbeat, monitor, msg). */
export const kuma = (status: 0 | 1) => ({
  heartbeat: {
    monitorID: 29,
    status,
    time: '2026-11-22 17:51:35.527',
    msg: status === 0 ? 'getaddrinfo ENOTFOUND checkout.example.com' : 'OK',
    important: true,
    duration: 0,
    timezone: 'Europe/Berlin',
    timezoneOffset: '+01:00',
    localDateTime: '2026-11-22 18:51:35',
  },
  monitor: { id: 29, name: 'Checkout health', url: 'https://checkout.example.com/health', type: 'http' },
  msg: `[Checkout health] [${status === 0 ? '🔴 Down' : '✅ Up'}]`,
});

/** A site whose alerts route `service: checkout` and the "Checkout health" monitor to its checkout. */
export const OPTIONS = {
  name: 'Alert Status',
  url: 'https://status.example.com/',
  components: [
    { id: 'checkout', name: 'Checkout' },
    { id: 'api', name: 'API' },
  ],
  alerts: {
    routes: [
      { labels: { service: 'checkout' }, components: ['checkout'] },
      { monitors: ['Checkout health'], components: ['checkout'], impact: 'critical' },
    ],
  },
};
