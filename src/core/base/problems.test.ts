import { describe, expect, test } from 'vitest';
import {
  formatProblem,
  type Problem,
  didYouMean,
  formatReport,
  hasErrors,
  sortProblems,
  suggest,
  summaryLine,
} from './problems.ts';

const atLine3 = (fields: Partial<Problem>): Problem => ({
  file: 'incidents/x.md',
  line: 3,
  column: 8,
  severity: 'error',
  rule: 'invalid-value',
  message: 'm',
  ...fields,
});
const problem = (fields: Partial<Problem> = {}): Problem => ({
  file: 'incidents/x.md',
  line: 12,
  column: 4,
  severity: 'error',
  rule: 'unknown-component',
  message: '"paymnts" is not a component',
  ...fields,
});

describe('the text report: user text never forges a log line', () => {
  test('a message with line breaks stays on its line', () => {
    const text = formatProblem(
      atLine3({ message: 'title "a\n::error file=x::forged\r\nb" is bad', expected: 'one\nline' }),
    );
    expect(text.split('\n')).toEqual([
      'incidents/x.md:3:8: error [invalid-value] title "a ⏎ ::error file=x::forged ⏎ b" is bad',
      '    expected: one ⏎ line',
    ]);
  });

  test.each([['::error file=a.md::forged'], ['  ::warning::forged'], ['::add-mask::secret']])(
    'no line of the report starts with :: (%s)',
    (forged) => {
      const text = formatProblem(atLine3({ example: `## Monitoring\n${forged}`, message: forged }));
      for (const line of text.split('\n')) expect(line.trimStart().startsWith('::'), line).toBe(false);
      expect(text).toContain(forged.trimStart().replace('::', ':\u200b:'));
    },
  );

  test('control characters are shown as escapes', () => {
    expect(formatProblem(atLine3({ message: 'a\u0000b\u001b[31mc' }))).toBe(
      'incidents/x.md:3:8: error [invalid-value] a\\u0000b\\u001b[31mc',
    );
  });

  test('the GitHub format escapes line breaks into the annotation', () => {
    expect(formatProblem(atLine3({ message: 'a\n::error::b' }), 'github')).toBe(
      '::error file=incidents/x.md,line=3,col=8,title=invalid-value::a%0A::error::b',
    );
  });
});

describe('one problem as text', () => {
  test.each([
    ['file, line and column', problem(), 'incidents/x.md:12:4: error [unknown-component] "paymnts" is not a component'],
    ['no column', problem({ column: 0 }), 'incidents/x.md:12: error [unknown-component] "paymnts" is not a component'],
    [
      'the whole file',
      problem({ line: 0, column: 3 }),
      'incidents/x.md: error [unknown-component] "paymnts" is not a component',
    ],
    [
      'a warning',
      problem({ severity: 'warning' }),
      'incidents/x.md:12:4: warning [unknown-component] "paymnts" is not a component',
    ],
    [
      'expected and a multi-line example',
      problem({ expected: 'a component id', example: 'components:\n  payments: major_outage' }),
      'incidents/x.md:12:4: error [unknown-component] "paymnts" is not a component\n    expected: a component id\n    example:  components:\n                payments: major_outage',
    ],
  ])('%s', (_name, subject, text) => {
    expect(formatProblem(subject)).toBe(text);
    expect(formatProblem(subject, 'text')).toBe(text);
  });
});

describe('one problem as a GitHub annotation', () => {
  test.each([
    [problem(), '::error file=incidents/x.md,line=12,col=4,title=unknown-component::"paymnts" is not a component'],
    [
      problem({ column: 0 }),
      '::error file=incidents/x.md,line=12,title=unknown-component::"paymnts" is not a component',
    ],
    [problem({ line: 0 }), '::error file=incidents/x.md,title=unknown-component::"paymnts" is not a component'],
    [
      problem({ severity: 'warning', file: 'a,b:c.md', message: '100% down\r\nnow', expected: 'x', example: 'y\nz' }),
      '::warning file=a%2Cb%3Ac.md,line=12,col=4,title=unknown-component::100%25 down%0D%0Anow%0Aexpected: x%0Aexample: y%0Az',
    ],
  ])('%#', (subject, text) => {
    expect(formatProblem(subject, 'github')).toBe(text);
  });
});

describe('reports', () => {
  const b2 = problem({ file: 'b.md', line: 2, column: 1 });
  const a9 = problem({ file: 'a.md', line: 9, column: 1, severity: 'warning' });
  const a3c5 = problem({ file: 'a.md', line: 3, column: 5 });
  const a3c2 = problem({ file: 'a.md', line: 3, column: 2 });

  test('sorted by file, line and column; the summary counts', () => {
    expect(sortProblems([b2, a9, a3c5, a3c2])).toEqual([a3c2, a3c5, a9, b2]);
    expect(sortProblems([a3c2, b2])).toEqual([a3c2, b2]);
    expect(sortProblems([a3c5, a3c5])).toEqual([a3c5, a3c5]);
    expect(formatReport([b2, a9])).toBe(`${formatProblem(a9)}\n${formatProblem(b2)}\n1 error, 1 warning`);
    expect(formatReport([b2, a9], 'github')).toBe(`${formatProblem(a9, 'github')}\n${formatProblem(b2, 'github')}`);
  });

  test.each([
    [[], '0 errors, 0 warnings', false],
    [[problem()], '1 error, 0 warnings', true],
    [[problem({ severity: 'warning' })], '0 errors, 1 warning', false],
    [
      [problem(), problem(), problem({ severity: 'warning' }), problem({ severity: 'warning' })],
      '2 errors, 2 warnings',
      true,
    ],
  ])('%#: %s', (problems, summary, errors) => {
    expect(summaryLine(problems)).toBe(summary);
    expect(hasErrors(problems)).toBe(errors);
  });
});

describe('suggestions for typos', () => {
  test.each([
    ['paymnts', ['payments', 'api'], 'payments'],
    ['API', ['api', 'checkout'], 'api'],
    ['ap', ['api'], 'api'],
    ['xyz', ['api'], undefined],
    ['chekcout', ['checkout'], 'checkout'],
    ['descripton', ['description', 'name'], 'description'],
    ['dsecripton', ['description'], 'description'],
    ['dscrptn', ['description'], undefined],
    ['anything', [], undefined],
    ['Investigatin', ['Investigating', 'Identified'], 'Investigating'],
  ])('%s among %j: %s', (input, known, hit) => {
    expect(suggest(input, known)).toBe(hit);
    expect(didYouMean(input, known)).toBe(hit ? `; did you mean "${hit}"?` : '');
  });
});
