import { expect, test } from 'vitest';
import { incidentFilePath, SLUG_PATTERN, slugFor, slugFromPath, slugWords } from './slug.ts';

test.each([
  ['incidents/2026/x.md', 'x'],
  ['incidents\\2026\\x.md', 'x'],
  ['x.MD', 'x'],
  ['x.markdown', 'x'],
  ['x', 'x'],
  ['a.md.md', 'a.md'],
  ['notes.txt', 'notes.txt'],
])('slugFromPath(%j) is %j', (path, slug) => {
  expect(slugFromPath(path)).toBe(slug);
});

test.each([
  ['a', true],
  ['2026-11-22-checkout', true],
  ['a--b', false],
  ['-a', false],
  ['a-', false],
  ['A', false],
  ['a_b', false],
])('%j is a slug: %s', (slug, valid) => {
  expect(SLUG_PATTERN.test(slug)).toBe(valid);
});

test('file paths and slugs from titles', () => {
  expect(incidentFilePath('incidents', 'x')).toBe('incidents/x.md');
  expect(slugFor('Café’s crème brûlée: one two three four five six seven', new Date('2026-01-01T00:30Z'))).toBe(
    '2026-01-01-cafes-creme-brulee-one-two-three',
  );
  expect(slugFor('', new Date('2026-12-31T23:59Z'))).toBe('2026-12-31-incident');
});

test.each([
  ['Web App', ['web', 'app']],
  ['web app', ['web', 'app']],
  ['Zahlungen in Österreich', ['zahlungen', 'in', 'osterreich']],
  ["Customers' API_v2", ['customers', 'api', 'v2']],
  ['!!!', []],
])('slugWords(%j)', (text, words) => {
  expect(slugWords(text)).toEqual(words);
});
