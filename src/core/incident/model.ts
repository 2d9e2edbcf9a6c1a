/** The parsed, validated form of an incident file. Plain data: every field is serializable. */
import type { ComponentStatus, Impact, IncidentType, UpdateStatus } from './vocabulary.ts';

export interface IncidentUpdate {
  /** Stable across builds: `<slug>#<time>`, e.g. `checkout-errors#2026-11-22T18:05:00Z`. */
  id: string;
  status: UpdateStatus;
  at: Date;
  /** The Markdown of the update, as written. */
  markdown: string;
  /** 1-based line of the update's heading in its file; 0 for updates the window wrote. */
  line: number;
  /** 1-based line where the message's text begins (for warnings on its words). */
  bodyLine?: number;
  /** Written by Outpost from a maintenance window, not by a person. */
  automatic?: boolean;
  /** On a site in several languages: the message in other languages (`### de` parts), by locale. */
  translations?: Record<string, string>;
}

export interface AffectedComponent {
  id: string;
  status: ComponentStatus;
}

export interface Incident {
  slug: string;
  /** Path relative to the project root, for messages. */
  file: string;
  type: IncidentType;
  title: string;
  impact: Impact;
  components: AffectedComponent[];
  /** Newest first, as in the file. */
  updates: IncidentUpdate[];
  /** From frontmatter `started`, if given. */
  started?: Date;
  scheduled?: { start: Date; end: Date };
  /** For notices: pinned until this time. */
  until?: Date;
  postmortemUrl?: string;
  postmortemMarkdown?: string;
  /** 1-based line of the `title:` value, for warnings. */
  titleLine?: number;
  /** On a site in several languages: the title in other languages (`title: { en: …, de: … }`), by locale. */
  titleTranslations?: Record<string, string>;
  /** The example `outpost init` wrote (`example: true`): warned about, and never counted against uptime. */
  example?: boolean;
  /** The postmortem in other languages, by locale. */
  postmortemTranslations?: Record<string, string>;
}
