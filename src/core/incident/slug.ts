/**
 * Slugs: an incident's slug is its file name, its page's URL segment and the
 * first half of every update id. Pure.
 */
import { formatTimestamp } from './time.ts';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `incidents/2026/x.md` → `x`; also takes a slug, with or without `.md`. */
export function slugFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.(md|markdown)$/i, '');
}

/** The file of an incident, relative to the project root: `incidents/<slug>.md`. */
export function incidentFilePath(incidentsDir: string, slug: string): string {
  return `${incidentsDir}/${slug}.md`;
}

/** The words of a text as slug words: accents dropped, lowercase, apostrophes gone, split at everything else. */
export function slugWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** `2026-11-22-some-customers-cant-complete-checkout`, at most six words. */
export function slugFor(title: string, at: Date): string {
  const words = slugWords(title).slice(0, 6);
  return [formatTimestamp(at).slice(0, 10), ...(words.length > 0 ? words : ['incident'])].join('-');
}
