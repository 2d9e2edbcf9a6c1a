import { describe, expect, test } from 'vitest';
import { memoize, memoizeByReference } from './memo.ts';

describe('memoize', () => {
  test('makes a value once per distinct arguments, and the arguments are kept apart', () => {
    const made: string[] = [];
    const joined = memoize((a: string, b: string) => (made.push(`${a}|${b}`), { a, b }));
    expect(joined('x', 'y')).toBe(joined('x', 'y'));
    expect(joined('xy', '')).not.toBe(joined('x', 'y'));
    expect(made).toEqual(['x|y', 'xy|']);
  });

  test('with a limit, the cache is emptied when it is full: a value is made again, and is equal', () => {
    const made: string[] = [];
    const upper = memoize((text: string) => (made.push(text), { text: text.toUpperCase() }), 2);
    const first = upper('a');
    upper('b');
    expect(upper('a')).toBe(first);
    upper('c'); // the third distinct text: the cache held two, and starts again with this one
    expect(upper('a')).not.toBe(first);
    expect(upper('a')).toEqual(first);
    expect(made).toEqual(['a', 'b', 'c', 'a']);
  });

  test('by reference: once per object, and an equal object is another', () => {
    const made: (readonly string[])[] = [];
    const joined = memoizeByReference((words: readonly string[]) => (made.push(words), words.join(' ')));
    const list = ['a', 'b'];
    expect(joined(list)).toBe('a b');
    expect(joined(list)).toBe('a b');
    expect(joined(['a', 'b'])).toBe('a b');
    expect(made).toEqual([list, ['a', 'b']]);
    expect(made[0]).toBe(list);
  });
});
