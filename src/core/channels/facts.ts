/**
 * What every message says about one update, in plain text and in one language: the channels' messages are
 * made from these facts alone. `announcementFacts` (core/announce/facts.ts) takes them from the site's view.
 */
import type { ComponentStatus } from '../incident/vocabulary.ts';
import type { WebhookPayload } from './webhook-payload.ts';

/** The words of messages, in the view's language (its catalogue, src/core/i18n). */
export interface AnnouncementWords {
  readMore: string;
  view: string;
  affected: string;
  impact: string;
  window: string;
  posted: string;
  follow: string;
  emailFooter: string;
}

/** What every message says about an update, in plain text. */
export interface AnnouncementFacts {
  /** `<slug>#<time>`: stable once the update is visible. */
  updateId: string;
  siteName: string;
  siteUrl: string;
  title: string;
  /** "Investigating", or "Maintenance in progress". */
  label: string;
  /** `[Investigating] Checkout errors`. */
  heading: string;
  text: string;
  /** "Checkout (partial outage), API (degraded performance)", or empty. */
  affected: string;
  impact?: string;
  /** A maintenance's window, in the site's zone. */
  window?: string;
  posted: string;
  /** The update on its incident page, in the view's language. */
  url: string;
  /** The status this update stands for, for colours. */
  status: ComponentStatus;
  /** The language of the words, dates and labels: a BCP 47 tag (`de`, `pt-BR`). */
  lang: string;
  /** The language of `text`: `lang`, or the default language's while the update has no translation. */
  textLang: string;
  /** The language of `title`, likewise. */
  titleLang: string;
  words: AnnouncementWords;
  /** The machine-readable record of the update, for the generic webhook (its delivery id is the channel's). */
  event: Omit<WebhookPayload, 'delivery_id'>;
}
