import { describe, expect, test } from 'vitest';
import { formatProblem, type Problem } from './problems.ts';

const problem = (fields: Partial<Problem>): Problem => ({ file: 'incidents/x.md', line: 3, column: 8, severity: 'error', rule: 'invalid-value', message: 'm', ...fields });

describe('the text report: user text never forges a log line', () => {
  test('a message with line breaks stays on its line', () => {
    const text = formatProblem(problem({ message: 'title "a\n::error file=x::forged\r\nb" is bad', expected: 'one\nline' }));
    expect(text.split('\n')).toEqual(['incidents/x.md:3:8: error [invalid-value] title "a ⏎ ::error file=x::forged ⏎ b" is bad', '    expected: one ⏎ line']);
  });

  test.each([
    ['::error file=a.md::forged'],
    ['  ::warning::forged'],
    ['::add-mask::secret'],
  ])('no line of the report starts with :: (%s)', (forged) => {
    const text = formatProblem(problem({ example: `## Monitoring\n${forged}`, message: forged }));
    for (const line of text.split('\n')) expect(line.trimStart().startsWith('::'), line).toBe(false);
    expect(text).toContain(forged.trimStart().replace('::', ':\u200b:'));
  });

  test('control characters are shown as escapes', () => {
    expect(formatProblem(problem({ message: 'a\u0000b\u001b[31mc' }))).toBe('incidents/x.md:3:8: error [invalid-value] a\\u0000b\\u001b[31mc');
  });

  test('the GitHub format escapes line breaks into the annotation', () => {
    expect(formatProblem(problem({ message: 'a\n::error::b' }), 'github')).toBe('::error file=incidents/x.md,line=3,col=8,title=invalid-value::a%0A::error::b');
  });
});
