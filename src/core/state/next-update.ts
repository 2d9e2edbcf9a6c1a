/**
 * When an update promises the next one ("Next update by 19:10 UTC", "next
 * update in 30 minutes"), and which active incidents are overdue: promised
 * time passed, or silent for longer than the site's cadence. Pure.
 */
import type { Incident, IncidentUpdate } from '../incident/model.ts';
import { isActiveAt, updatesAt } from './status.ts';

const BY_TIME = /\bnext update\b[^.\n]*?\b(?:by|at|around|before)\s+(\d{1,2})[:.](\d{2})\s*(UTC|GMT|Z)\b/i;
const IN_DURATION = /\bnext update\b[^.\n]*?\bin\s+(?:(an?|one|\d+)\s*(hours?|h|minutes?|mins?|min)\b)/i;
const WITHIN_HOUR = /\bnext update\b[^.\n]*?\bwithin the hour\b/i;

/** The time an update promises the next one, if it names one. */
export function promisedNextUpdate(update: Pick<IncidentUpdate, 'markdown' | 'at'>): Date | undefined {
  const byTime = BY_TIME.exec(update.markdown);
  if (byTime) {
    const [, hours, minutes] = byTime;
    const at = new Date(update.at);
    at.setUTCHours(Number(hours), Number(minutes), 0, 0);
    // "by 00:10 UTC" written at 23:50 means tomorrow.
    if (at.getTime() < update.at.getTime() - 60_000) at.setUTCDate(at.getUTCDate() + 1);
    return at;
  }
  const inDuration = IN_DURATION.exec(update.markdown);
  if (inDuration) {
    const amount = /^\d+$/.test(inDuration[1]) ? Number(inDuration[1]) : 1;
    const minutes = /^h/i.test(inDuration[2]) ? amount * 60 : amount;
    return new Date(update.at.getTime() + minutes * 60_000);
  }
  if (WITHIN_HOUR.test(update.markdown)) return new Date(update.at.getTime() + 60 * 60_000);
  return undefined;
}

export interface Overdue {
  incident: Incident;
  /** When the next update was due. */
  due: Date;
  reason: 'promised' | 'cadence';
}

/** When the update after `update` is due: the time it promises, or the site's cadence after it. */
export function nextUpdateDue(
  update: Pick<IncidentUpdate, 'markdown' | 'at'>,
  cadenceMinutes: number,
): { due: Date; reason: Overdue['reason'] } {
  const promised = promisedNextUpdate(update);
  if (promised) return { due: promised, reason: 'promised' };
  return { due: new Date(update.at.getTime() + cadenceMinutes * 60_000), reason: 'cadence' };
}

/** Active incidents whose promised next update has passed, or that are silent past the cadence. */
export function overdueIncidents(incidents: readonly Incident[], now: Date, cadenceMinutes: number): Overdue[] {
  const out: Overdue[] = [];
  for (const incident of incidents) {
    if (incident.type !== 'incident' || !isActiveAt(incident, now)) continue;
    const newest = updatesAt(incident, now)[0];
    if (!newest) continue;
    const { due, reason } = nextUpdateDue(newest, cadenceMinutes);
    if (now > due) out.push({ incident, due, reason });
  }
  return out;
}
