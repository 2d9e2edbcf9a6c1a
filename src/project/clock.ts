/** The build's clock. */
import type { Problem } from '../core/base/problems.ts';
import { parseTimestamp } from '../core/incident/time.ts';

/** `OUTPOST_NOW` fixes the clock; otherwise the real time. */
export function resolveNow(env: NodeJS.ProcessEnv = process.env): { now: Date; problem?: Problem } {
  const fixed = env.OUTPOST_NOW;
  if (fixed === undefined || fixed === '') return { now: new Date() };
  const parsed = parseTimestamp(fixed);
  if (parsed.ok) return { now: parsed.date };
  return {
    now: new Date(),
    problem: {
      file: 'OUTPOST_NOW',
      line: 0,
      column: 0,
      severity: 'error',
      rule: 'bad-now',
      message: `OUTPOST_NOW="${fixed}" is not a time with a zone`,
      example: 'OUTPOST_NOW="2026-11-22T18:05Z"',
    },
  };
}
