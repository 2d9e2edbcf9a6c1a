/**
 * Which updates each channel is owed: every update readers can see at `now`
 * that passes the channel's filters and is not in the record of what was
 * sent. The record (the state file) is plain JSON, validated here; the CLI
 * reads and writes it.
 */
import { z } from 'zod';
import { channelId, type AnnounceChannel } from '../channels/channels.ts';
import { IMPACTS } from '../incident/vocabulary.ts';
import { isoUtc } from '../incident/time.ts';
import type { IncidentView, SiteView, UpdateView } from '../outputs/view-model.ts';

/** Sent updates older than this are forgotten, and never announced again: they are history, not news. */
export const RETAIN_DAYS = 30;

const isoTime = z.iso.datetime({ offset: true });

export const AnnounceStateSchema = z.strictObject({
  version: z.literal(1),
  /** Per channel id: from when it announces, and which updates it has sent (update id → when). */
  channels: z.record(
    z.string(),
    z.strictObject({
      since: isoTime,
      sent: z.record(z.string(), isoTime),
    }),
  ),
});

export type AnnounceState = z.output<typeof AnnounceStateSchema>;

export function emptyState(): AnnounceState {
  return { version: 1, channels: {} };
}

/** One update owed to one channel. */
export interface Announcement {
  incident: IncidentView;
  update: UpdateView;
}

/** Whether an incident's updates go to a channel: its type, impact and components. */
export function channelWants(channel: AnnounceChannel, incident: IncidentView, site: SiteView): boolean {
  if (channel.types && !channel.types.includes(incident.type)) return false;
  if (
    channel.minImpact &&
    incident.type === 'incident' &&
    IMPACTS.indexOf(incident.impact) < IMPACTS.indexOf(channel.minImpact)
  )
    return false;
  if (channel.components) {
    const wanted = new Set<string>();
    for (const id of channel.components) {
      wanted.add(id);
      for (const section of site.sections)
        if (section.id === id) for (const component of section.components) wanted.add(component.id);
    }
    if (!incident.components.some((component) => wanted.has(component.id))) return false;
  }
  return true;
}

/** From when a channel announces: recorded on its first run as `now` minus its look-back. */
export function channelSince(channel: AnnounceChannel, state: AnnounceState, now: Date): Date {
  const recorded = state.channels[channelId(channel)]?.since;
  return recorded ? new Date(recorded) : new Date(now.getTime() - channel.lookbackMinutes * 60_000);
}

/** The updates a channel is owed at `now`, oldest first (the order they happened in). */
export function dueAnnouncements(site: SiteView, channel: AnnounceChannel, state: AnnounceState): Announcement[] {
  const since = channelSince(channel, state, site.now);
  const sent = state.channels[channelId(channel)]?.sent ?? {};
  const horizon = site.now.getTime() - RETAIN_DAYS * 86_400_000;
  const due: Announcement[] = [];
  for (const incident of site.incidents) {
    if (!channelWants(channel, incident, site)) continue;
    for (const update of incident.updates) {
      if (update.at > site.now || update.at < since || update.at.getTime() < horizon || update.id in sent) continue;
      due.push({ incident, update });
    }
  }
  return due.sort((a, b) => a.update.at.getTime() - b.update.at.getTime() || (a.update.id < b.update.id ? -1 : 1));
}

/**
 * The state after a run began: every configured channel has its `since`,
 * and sent updates older than RETAIN_DAYS are dropped. A channel removed from
 * the config keeps its record, so adding it back does not send twice.
 */
export function openState(state: AnnounceState, channels: readonly AnnounceChannel[], now: Date): AnnounceState {
  const horizon = now.getTime() - RETAIN_DAYS * 86_400_000;
  const out: AnnounceState = { version: 1, channels: {} };
  for (const [id, record] of Object.entries(state.channels)) {
    out.channels[id] = {
      since: record.since,
      sent: Object.fromEntries(Object.entries(record.sent).filter(([updateId]) => updateTime(updateId) >= horizon)),
    };
  }
  for (const channel of channels)
    out.channels[channelId(channel)] ??= { since: isoUtc(channelSince(channel, state, now)), sent: {} };
  return out;
}

/** Records one successful send. */
export function recordSent(
  state: AnnounceState,
  channel: AnnounceChannel,
  update: UpdateView,
  sentAt: Date,
): AnnounceState {
  const id = channelId(channel);
  const record = state.channels[id] ?? { since: isoUtc(sentAt), sent: {} };
  return {
    ...state,
    channels: { ...state.channels, [id]: { ...record, sent: { ...record.sent, [update.id]: isoUtc(sentAt) } } },
  };
}

/** Update ids are `<slug>#<time>`. */
function updateTime(updateId: string): number {
  const time = Date.parse(updateId.slice(updateId.lastIndexOf('#') + 1));
  return Number.isNaN(time) ? Infinity : time;
}
