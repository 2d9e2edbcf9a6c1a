/**
 * Fitting text into a service's limit: counted in graphemes (what a reader
 * sees as one character: an emoji with its modifiers, a letter with its
 * accents), or in whatever unit the service counts, never cutting one apart,
 * and at a word where one is near.
 */
// Stryker disable next-line ObjectLiteral: grapheme is also Intl.Segmenter's default granularity; written out for the
// reader
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (segment) => segment.segment);
}

export function graphemeCount(text: string): number {
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

/**
 * How much one grapheme takes of a limit: 1 for services counting
 * graphemes, its UTF-16 length for those counting code units.
 */
export type Weight = (grapheme: string) => number;
export const perGrapheme: Weight = () => 1;
export const perCodeUnit: Weight = (grapheme) => grapheme.length;

export function measure(text: string, weight: Weight = perGrapheme): number {
  let total = 0;
  for (const { segment } of segmenter.segment(text)) total += weight(segment);
  return total;
}

export const ELLIPSIS = '…';

/**
 * The text, or its beginning cut at a word with "…" so that it weighs at most
 * `limit`; `cut` says whether it was shortened (and a "read more" link is due).
 */
export function shorten(text: string, limit: number, weight: Weight = perGrapheme): { text: string; cut: boolean } {
  if (measure(text, weight) <= limit) return { text, cut: false };
  const room = limit - weight(ELLIPSIS);
  // Stryker disable next-line EqualityOperator: with no room the loop below keeps nothing and also gives the ellipsis
  // alone
  if (room <= 0) return { text: room === 0 ? ELLIPSIS : '', cut: true };
  const parts = graphemes(text);
  let used = 0;
  let end = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the text weighs more than the room, so the room
  // runs out before the parts do
  while (end < parts.length && used + weight(parts[end]) <= room) used += weight(parts[end++]);
  let kept = parts.slice(0, end);
  // Back off to the last space if it is near, so no word is cut in half.
  const space = kept.findLastIndex((part) => /\s/.test(part));
  if (space > 0 && kept.length - space < 30) kept = kept.slice(0, space);
  return { text: `${kept.join('').trimEnd()}${ELLIPSIS}`, cut: true };
}
