/** Builders for hand-made incidents in unit tests of the core. */
import type { Incident, IncidentUpdate } from '../core/incident/model.ts';
import type { UpdateStatus } from '../core/incident/vocabulary.ts';

export function update(status: UpdateStatus, iso: string, markdown = 'Message.'): IncidentUpdate {
  return { id: `x#${iso}`, status, at: new Date(iso), markdown, line: 1 };
}

/** Updates are given oldest first here for readability and stored newest first, as in files. */
export function incident(slug: string, fields: Partial<Incident> & { timeline: IncidentUpdate[] }): Incident {
  const { timeline, ...rest } = fields;
  return {
    slug,
    file: `incidents/${slug}.md`,
    type: 'incident',
    title: slug,
    impact: 'major',
    components: [],
    ...rest,
    updates: [...timeline].reverse(),
  };
}
