/** The guidance rules' ids; each can be set to off, warn (default) or error in the site config. */
export const GUIDANCE_RULES = [
  'cliche',
  'cause-not-impact',
  'blame',
  'overpromise',
  'next-update',
  'no-scope',
  'stale',
  'all-clear',
  'jargon',
] as const;
export type GuidanceRule = (typeof GUIDANCE_RULES)[number];

/**
 * The rules that read English words. They check English text only: on a site whose default
 * language is another, they are off (the validator says so once, in a notice).
 */
export const ENGLISH_WORD_RULES: readonly GuidanceRule[] = [
  'cliche',
  'cause-not-impact',
  'blame',
  'overpromise',
  'next-update',
  'all-clear',
  'jargon',
];

/**
 * The rules that only the clock decides (the same file passes today and fails tomorrow). They warn at
 * most: set to error, they still warn, and the validator says so once, in a notice.
 */
export const CLOCK_RULES: readonly GuidanceRule[] = ['stale'];

/** Words a customer may not know; the site config can replace the list. */
export const DEFAULT_JARGON = [
  'latency',
  'p95',
  'p99',
  'throughput',
  'upstream',
  'downstream',
  'failover',
  'replica',
  'replication lag',
  'shard',
  'kubernetes',
  'k8s',
  'pod',
  'cluster',
  'node pool',
  'load balancer',
  'RCA',
  'root cause analysis',
  'hotfix',
  'rollback',
  'mitigation',
  'mitigated',
  'TTL',
  'BGP',
  'DNS propagation',
  'connection pool',
  'OOM',
  'heap',
  'GC pause',
  'deadlock',
  'race condition',
  'canary',
  'blue-green',
  'CDN edge',
  'origin server',
  'rate limiter',
];
