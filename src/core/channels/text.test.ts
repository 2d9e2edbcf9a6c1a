import { expect, test } from 'vitest';
import { ELLIPSIS, graphemeCount, graphemes, measure, perCodeUnit, perGrapheme, shorten } from './text.ts';

test.each([
  ['', 0, 0, []],
  ['abc', 3, 3, ['a', 'b', 'c']],
  ['👨‍👩‍👧é', 2, 9, ['👨‍👩‍👧', 'é']],
])('%j: %i graphemes, %i code units', (text, count, units, parts) => {
  expect(graphemeCount(text)).toBe(count);
  expect(measure(text)).toBe(count);
  expect(measure(text, perGrapheme)).toBe(count);
  expect(measure(text, perCodeUnit)).toBe(units);
  expect(graphemes(text)).toEqual(parts);
});

test.each([
  ['exactly the limit is not cut', 'abcde', 5, 'abcde', false],
  ['one over is cut', 'abcdef', 5, 'abcd…', true],
  ['no room but for the ellipsis', 'abc', 1, ELLIPSIS, true],
  ['not even room for the ellipsis', 'abc', 0, '', true],
  ['a space at the very start is not a word boundary to back off to', ' abcdefgh', 5, ' abc…', true],
  ['a space right before the cut: backs off, trailing space dropped', 'abc defgh', 6, 'abc…', true],
  ['a space 29 graphemes back is near', `a ${'b'.repeat(40)}`, 31, 'a…', true],
  ['a space 30 graphemes back is too far', `a ${'b'.repeat(40)}`, 32, `a ${'b'.repeat(29)}…`, true],
  ['spaces before the cut are trimmed', 'ab    cdefgh', 6, 'ab…', true],
])('%s', (_name, text, limit, expected, cut) => {
  expect(shorten(text, limit)).toEqual({ text: expected, cut });
});

test('the ellipsis weighs what the weight says', () => {
  expect(shorten('abcdef', 1, () => 2)).toEqual({ text: '', cut: true });
  expect(shorten('abcdef', 4, () => 2)).toEqual({ text: 'a…', cut: true });
  expect(shorten('abcdef', 12, () => 2)).toEqual({ text: 'abcdef', cut: false });
});
