/**
 * Alerts from monitoring, as their senders post them, read into one shape: Alertmanager's webhook,
 * Grafana's (the same fields, plus a few), Uptime Kuma's, and Outpost's own generic JSON. Either
 * bare, or wrapped as `{ "alertmanager": … }`, `{ "grafana": … }`, `{ "uptimeKuma": … }`,
 * `{ "generic": … }` (how a relay or a custom body names the sender), or inside a GitHub
 * `repository_dispatch` event as its `client_payload`. Pure; a payload that is not one of these is
 * a list of problems, each naming the field.
 */
import { z } from 'zod';
import { parseTimestamp } from '../incident/time.ts';
import { IMPACTS, type Impact } from '../incident/vocabulary.ts';

export const ALERT_SOURCES = ['alertmanager', 'grafana', 'uptime-kuma', 'generic'] as const;
export type AlertSource = (typeof ALERT_SOURCES)[number];

export interface Alert {
  source: AlertSource;
  /** Stable for the same alert across its repeats and its resolution: one draft per fingerprint. */
  fingerprint: string;
  status: 'firing' | 'resolved';
  startsAt?: Date;
  endsAt?: Date;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** Uptime Kuma's monitor name. */
  monitor?: string;
  /** For the team, in the pull request: the alert's own name and text. */
  name: string;
  details?: string;
  link?: string;
  /** Generic JSON names its components and impact itself. */
  components?: string[];
  impact?: Impact;
}

export type ParsedAlerts = { source: AlertSource; alerts: Alert[]; note?: string } | { problems: string[] };

const time = z
  .string()
  .refine((value) => parseTimestamp(value).ok, 'is not a time with a zone, like 2026-11-22T18:05:00Z');
const strings = z.record(z.string(), z.string());

const AlertmanagerAlert = z.looseObject({
  status: z.enum(['firing', 'resolved']),
  labels: strings,
  annotations: strings.default({}),
  startsAt: time.optional(),
  endsAt: time.optional(),
  generatorURL: z.string().optional(),
  fingerprint: z.string().min(1).optional(),
});
const AlertmanagerPayload = z.looseObject({ alerts: z.array(AlertmanagerAlert).min(1) });

const UptimeKumaPayload = z.looseObject({
  heartbeat: z
    .looseObject({
      status: z.number().int(),
      time: z.string().optional(),
      localDateTime: z.string().optional(),
      timezoneOffset: z.string().optional(),
      msg: z.string().optional(),
    })
    .nullable(),
  monitor: z
    .looseObject({ id: z.union([z.number(), z.string()]), name: z.string().min(1), url: z.string().nullish() })
    .nullable(),
  msg: z.string().optional(),
});

const GenericAlert = z.strictObject({
  /** Stable for the same alert: its repeats and its resolution carry the same id. */
  id: z.string().min(1),
  status: z.enum(['firing', 'resolved']),
  /** What the team calls it (not shown to customers). */
  name: z.string().min(1),
  /** Component ids of the site; or use labels and the config's routes. */
  components: z.array(z.string().min(1)).min(1).optional(),
  labels: strings.optional(),
  impact: z.enum(IMPACTS).optional(),
  details: z.string().optional(),
  link: z.string().optional(),
  startsAt: time.optional(),
  endsAt: time.optional(),
});
export const GenericPayload = z.strictObject({ alerts: z.array(GenericAlert).min(1) });

const at = (value: string | undefined): Date | undefined => {
  if (!value || value.startsWith('0001-01-01')) return undefined;
  const parsed = parseTimestamp(value);
  return parsed.ok ? parsed.date : undefined;
};

function problemsOf(error: z.ZodError, prefix: string): string[] {
  return error.issues.map(
    (issue) =>
      `${[prefix, ...issue.path].filter((part) => part !== '').join('.') || '(the payload)'}: ${issue.message}`,
  );
}

/** FNV-1a of the labels, for Alertmanager payloads without fingerprints (before 0.19): the same labels, the same id. */
function labelsFingerprint(labels: Record<string, string>): string {
  let hash = 0x811c9dc5;
  for (const char of Object.keys(labels)
    .sort()
    .map((key) => `${key}=${labels[key]}\u0000`)
    .join('')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function readAlertmanager(raw: unknown, source: 'alertmanager' | 'grafana', prefix: string): ParsedAlerts {
  const parsed = AlertmanagerPayload.safeParse(raw);
  if (!parsed.success) return { problems: problemsOf(parsed.error, prefix) };
  return {
    source,
    alerts: parsed.data.alerts.map((alert) => ({
      source,
      fingerprint: alert.fingerprint ?? labelsFingerprint(alert.labels),
      status: alert.status,
      startsAt: at(alert.startsAt),
      endsAt: at(alert.endsAt),
      labels: alert.labels,
      annotations: alert.annotations,
      name: alert.labels.alertname ?? 'alert',
      details: alert.annotations.summary ?? alert.annotations.description,
      link: alert.generatorURL || undefined,
    })),
  };
}

const KUMA_DOWN = 0;
const KUMA_UP = 1;

function readUptimeKuma(raw: unknown, prefix: string): ParsedAlerts {
  const parsed = UptimeKumaPayload.safeParse(raw);
  if (!parsed.success) return { problems: problemsOf(parsed.error, prefix) };
  const { heartbeat, monitor, msg } = parsed.data;
  if (!heartbeat || !monitor)
    return {
      source: 'uptime-kuma',
      alerts: [],
      note: `a test notification from Uptime Kuma (${msg ?? 'no message'}): nothing to do`,
    };
  if (heartbeat.status !== KUMA_DOWN && heartbeat.status !== KUMA_UP) {
    return {
      source: 'uptime-kuma',
      alerts: [],
      note: `monitor "${monitor.name}" is ${
        heartbeat.status === 2 ? 'pending' : heartbeat.status === 3 ? 'in maintenance' : `in state ${heartbeat.status}`
      }: nothing to do`,
    };
  }
  // Uptime Kuma writes `time` in UTC without a zone; `localDateTime` with `timezoneOffset` says the
  // same instant with one.
  const local =
    heartbeat.localDateTime && heartbeat.timezoneOffset
      ? at(`${heartbeat.localDateTime} ${heartbeat.timezoneOffset}`)
      : undefined;
  const when = local ?? (heartbeat.time ? at(`${heartbeat.time} UTC`) : undefined);
  const firing = heartbeat.status === KUMA_DOWN;
  return {
    source: 'uptime-kuma',
    alerts: [
      {
        source: 'uptime-kuma',
        fingerprint: `uptime-kuma-${monitor.id}`,
        status: firing ? 'firing' : 'resolved',
        startsAt: firing ? when : undefined,
        endsAt: firing ? undefined : when,
        labels: {},
        annotations: {},
        monitor: monitor.name,
        name: monitor.name,
        details: heartbeat.msg || msg,
        link: monitor.url ?? undefined,
      },
    ],
  };
}

function readGeneric(raw: unknown, prefix: string): ParsedAlerts {
  const parsed = GenericPayload.safeParse(raw);
  if (!parsed.success) return { problems: problemsOf(parsed.error, prefix) };
  return {
    source: 'generic',
    alerts: parsed.data.alerts.map((alert) => ({
      source: 'generic',
      fingerprint: alert.id,
      status: alert.status,
      startsAt: at(alert.startsAt),
      endsAt: at(alert.endsAt),
      labels: alert.labels ?? {},
      annotations: {},
      name: alert.name,
      details: alert.details,
      link: alert.link,
      components: alert.components,
      impact: alert.impact,
    })),
  };
}

const WRAPPERS: Record<string, AlertSource> = {
  alertmanager: 'alertmanager',
  grafana: 'grafana',
  uptimeKuma: 'uptime-kuma',
  'uptime-kuma': 'uptime-kuma',
  generic: 'generic',
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/** The alerts in a payload, whatever sent it; or what is wrong with it. */
export function parseAlertPayload(raw: unknown): ParsedAlerts {
  let payload = raw;
  let prefix = '';
  if (isObject(payload) && 'client_payload' in payload && 'action' in payload) {
    payload = payload.client_payload;
    prefix = 'client_payload';
  }
  if (!isObject(payload))
    return { problems: [`${prefix || '(the payload)'}: should be a JSON object with the alerts`] };
  const keys = Object.keys(payload);
  if (keys.length === 1 && WRAPPERS[keys[0]]) {
    const source = WRAPPERS[keys[0]];
    const inner = payload[keys[0]];
    const at = [prefix, keys[0]].filter(Boolean).join('.');
    if (source === 'uptime-kuma') return readUptimeKuma(inner, at);
    if (source === 'generic') return readGeneric(inner, at);
    return readAlertmanager(inner, source, at);
  }
  if ('heartbeat' in payload || 'monitor' in payload) return readUptimeKuma(payload, prefix);
  if (Array.isArray(payload.alerts)) {
    const first = payload.alerts[0] as Record<string, unknown> | undefined;
    if (
      'receiver' in payload ||
      'groupKey' in payload ||
      (isObject(first) && ('fingerprint' in first || 'startsAt' in first || 'annotations' in first))
    ) {
      const grafana =
        'orgId' in payload ||
        (isObject(first) && ('valueString' in first || 'values' in first || 'silenceURL' in first));
      return readAlertmanager(payload, grafana ? 'grafana' : 'alertmanager', prefix);
    }
    return readGeneric(payload, prefix);
  }
  return {
    problems: [
      `${prefix || '(the payload)'}: is not an alert Outpost knows: ` +
        `expected Alertmanager's or Grafana's webhook (with "alerts"), ` +
        `Uptime Kuma's (with "heartbeat" and "monitor"), ` +
        `or the generic JSON ({ "alerts": [{ "id", "status", "name", "components" }] })`,
    ],
  };
}
