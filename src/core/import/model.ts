/**
 * An incident as another tool stored it, read into Outpost's terms but not yet written: the one
 * shape every importer (Statuspage, cState) produces and `render.ts` turns into a file. Pure data.
 */
import type { ComponentStatus, Impact, IncidentType, UpdateStatus } from '../incident/vocabulary.ts';

/** A component as the source names it; `components.ts` gives it a site id. */
export interface SourceComponent {
  /** The source's own id (Statuspage's component code), if it has one. */
  sourceId?: string;
  name: string;
  description?: string;
  /** The name of its group in the source, if any. */
  group?: string;
}

export interface SourceGroup {
  sourceId?: string;
  name: string;
  description?: string;
}

export interface ImportedUpdate {
  status: UpdateStatus;
  at: Date;
  message: string;
}

export interface ImportedIncident {
  source: 'statuspage' | 'cstate';
  /** Stable across runs: Statuspage's incident id, or the cState file's path in its site. */
  sourceId: string;
  /** What the report calls it: "Statuspage incident 69sb0f8lydp4", "content/issues/x.md". */
  label: string;
  /** Shown in the file's marker comment: the old page's link, if known. */
  link?: string;
  title: string;
  type: IncidentType;
  impact?: Impact;
  /** Each affected component with the worst status the source gave it, if it gave one. */
  components: { component: SourceComponent; status?: ComponentStatus }[];
  started?: Date;
  scheduled?: { start: Date; end: Date };
  /** Oldest first, as they happened. */
  updates: ImportedUpdate[];
  postmortem?: string;
  postmortemUrl?: string;
  /** The file name to use when it is a valid slug (cState keeps its names); otherwise one from title and date. */
  preferredSlug?: string;
  /** Paths of the old site (below its root, no leading slash) that should lead to the new page. */
  oldPaths: string[];
  /** The source's updates, counted as the source has them: each is written, or a note says why not. */
  updatesIn: number;
  /**
   * How the written updates differ from the source's: merged into the update before (no time of
   * their own), left out (no text), added (a Resolved update the source only had as a field).
   * Written = updatesIn - merged - leftOut + added.
   */
  counted: { merged: number; leftOut: number; added: number };
  /** What the report says about this incident: everything changed, merged or left out. */
  notes: string[];
}
