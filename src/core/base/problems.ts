/**
 * One problem report shared by the validator, the build and the CLI.
 * Compiler style, one a line, so editors and CI can read it:
 *
 *     incidents/x.md:12:4: error [unknown-component] "paymnts" is not a component; did you mean "payments"?
 *         expected: a component id from the site config: api, payments
 *         example:  components: [payments]
 */
import { closest, distance } from 'fastest-levenshtein';

/** A notice says what the validator did not check (and why); it never fails anything. */
export type Severity = 'error' | 'warning' | 'notice';

export interface Problem {
  /** Path as the user would type it, relative to the project root. */
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based; 0 when unknown. */
  column: number;
  severity: Severity;
  /** Stable id of the rule, e.g. `unknown-component`. */
  rule: string;
  message: string;
  /** What was expected, in words. */
  expected?: string;
  /** The right form, ready to copy. */
  example?: string;
}

export type ProblemFormat = 'text' | 'github';

export function formatProblem(problem: Problem, format: ProblemFormat = 'text'): string {
  if (format === 'github') return formatGithub(problem);
  const where = [problem.file, problem.line || undefined, problem.line && problem.column ? problem.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const lines = [`${oneLine(where)}: ${problem.severity} [${problem.rule}] ${oneLine(problem.message)}`];
  if (problem.expected) lines.push(`    expected: ${oneLine(problem.expected)}`);
  if (problem.example) {
    const [first, ...rest] = problem.example.split(/\r\n?|\n/).map(noControls);
    lines.push(`    example:  ${first}`, ...rest.map((line) => `              ${line}`));
  }
  // A log line that starts with `::` (after spaces) is a workflow
  // command to GitHub Actions: user text must never forge one.
  return lines.map((line) => line.replace(/^(\s*):(?=:)/, '$1:\u200b')).join('\n');
}

/** User text on one line: line breaks shown as ⏎, other control characters as `\u…` escapes. */
function oneLine(text: string): string {
  return noControls(text.replace(/\r\n?|\n/g, ' ⏎ '));
}

function noControls(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** GitHub workflow commands: annotations on the pull request's lines. */
function formatGithub(problem: Problem): string {
  const props = [`file=${escapeProperty(problem.file)}`];
  if (problem.line) props.push(`line=${problem.line}`);
  if (problem.line && problem.column) props.push(`col=${problem.column}`);
  props.push(`title=${escapeProperty(`${problem.rule}`)}`);
  const body = [problem.message];
  if (problem.expected) body.push(`expected: ${problem.expected}`);
  if (problem.example) body.push(`example: ${problem.example}`);
  return `::${problem.severity} ${props.join(',')}::${escapeData(body.join('\n'))}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatReport(problems: readonly Problem[], format: ProblemFormat = 'text'): string {
  const sorted = sortProblems(problems);
  const body = sorted.map((problem) => formatProblem(problem, format));
  if (format === 'text') body.push(summaryLine(problems));
  return body.join('\n');
}

/** A count and its noun, agreeing: "1 incident", "2 incidents", "0 errors". */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}

export function summaryLine(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const notices = problems.length - errors - warnings;
  const noticed = notices ? `, ${counted(notices, 'notice')}` : '';
  return `${counted(errors, 'error')}, ${counted(warnings, 'warning')}${noticed}`;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** The nearest known word, when it is near enough to be a typo. */
export function suggest(input: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const needle = input.toLowerCase();
  const best = closest(needle, known as string[]);
  const limit = Math.max(2, Math.floor(best.length / 3));
  return distance(needle, best.toLowerCase()) <= limit ? best : undefined;
}

export function didYouMean(input: string, known: readonly string[]): string {
  const hit = suggest(input, known);
  return hit ? `; did you mean "${hit}"?` : '';
}
