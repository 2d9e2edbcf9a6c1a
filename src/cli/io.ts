/**
 * What every command of `outpost` shares: where it runs and prints, how it
 * asks on a terminal, the site config, the clock, and the errors that stop it.
 */
import { createInterface, type Interface } from 'node:readline';
import { didYouMean, formatReport, type Problem, type ProblemFormat } from '../core/base/problems.ts';
import { STATUS_LABELS, statusFromWord, type UpdateStatus } from '../core/incident/vocabulary.ts';
import { resolveNow } from '../project/clock.ts';
import { readSiteConfig } from '../project/config.ts';

/**
 * One command's part of the usage text (its line and the indented lines under it), as
 * `usage: outpost …`; undefined for a command the text does not list.
 */
export function commandUsage(usage: string, command: string): string | undefined {
  const lines = usage.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`  ${command} `) || line === `  ${command}`);
  if (start === -1) return undefined;
  let end = start + 1;
  while (end < lines.length && /^ {4,}\S/.test(lines[end])) end++;
  // The synopsis, then (after a run of spaces, or on the lines below) what the command does.
  const [synopsis, ...description] = lines[start].trim().split(/\s{2,}/);
  const rest = [...description, ...lines.slice(start + 1, end).map((line) => line.trim())];
  return [`usage: outpost ${synopsis}`, '', ...rest.map((line) => `  ${line}`)].join('\n');
}

/**
 * What stops a command. A command throws it and never prints an error or exits itself: the dispatcher
 * (dispatch.ts) prints it through `Io.err`, as `outpost <command>: <message>`, and exits with its code.
 */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** A mistake in how the command was called (a flag, an argument, a file named, an answer): exit 2. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, 2);
  }
}

/**
 * Problems, as data, that stop a command before it does its work: the site config, the project, the
 * clock (OUTPOST_NOW). Exit 1, as a validation with errors; printed compiler style in `format`, and in
 * the `github` format as annotations alone (a workflow command must start its line).
 */
export class ProblemsError extends CliError {
  readonly problems: readonly Problem[];
  readonly format: ProblemFormat;
  constructor(problems: readonly Problem[], format: ProblemFormat = 'text') {
    super(formatReport(problems, format), 1);
    this.problems = problems;
    this.format = format;
  }
}

/** Where a command runs, what it prints, and how it asks. */
export interface Io {
  root: string;
  /** What the command says: its results, progress, and the problems it reports and goes on from. */
  out: (line: string) => void;
  /** What stops it: only the dispatcher writes here (a `CliError`, a usage line). */
  err: (line: string) => void;
  /** Asks on a terminal; undefined when there is none. */
  ask?: (question: string) => Promise<string>;
  /** Lets go of the terminal once the command is done. */
  close?: () => void;
}

export function terminalIo(root: string): Io {
  const io: Io = { root, out: (line) => console.log(line), err: (line) => console.error(line) };
  if (process.stdin.isTTY && process.stdout.isTTY) {
    // One reader for the whole command, made at the first question: lines typed (or pasted) ahead
    // of their question wait in order instead of being lost with a reader per question.
    let rl: Interface | undefined;
    const typed: string[] = [];
    let waiting: { resolve: (line: string) => void; reject: (error: Error) => void } | undefined;
    let closed = false;
    const reader = () => {
      if (rl) return rl;
      rl = createInterface({ input: process.stdin, output: process.stdout });
      rl.on('line', (line) => {
        if (waiting) waiting.resolve(line);
        else typed.push(line);
        waiting = undefined;
      });
      // The input closed (Ctrl-D): no answer will come, so stop instead of waiting (or asking again) forever.
      rl.on('close', () => {
        closed = true;
        waiting?.reject(new UsageError('no answer: the input was closed'));
        waiting = undefined;
      });
      return rl;
    };
    io.ask = (question) => {
      const input = reader();
      input.setPrompt(`${question} `);
      input.prompt();
      if (typed.length > 0) {
        // Typed ahead: shown after its question, as if typed now.
        const line = typed.shift()!;
        process.stdout.write(`${line}\n`);
        return Promise.resolve(line.trim());
      }
      if (closed) return Promise.reject(new UsageError('no answer: the input was closed'));
      return new Promise<string>((resolve, reject) => {
        waiting = { resolve: (line) => resolve(line.trim()), reject };
      });
    };
    io.close = () => rl?.close();
  }
  return io;
}

/** The site config, or its problems as a `ProblemsError`. */
export async function siteConfig(root: string) {
  const { config, problems } = await readSiteConfig(root);
  if (!config) throw new ProblemsError(problems);
  return config;
}

/** A flag's value, or the answer to a question on a terminal, or a usage error. */
export async function need(io: Io, value: string | undefined, flag: string, question: string): Promise<string> {
  if (value !== undefined && value.trim() !== '') return value;
  if (io.ask) {
    const answer = await io.ask(question);
    if (answer !== '') return answer;
  }
  throw new UsageError(`missing --${flag}`);
}

/** A status word of `allowed` (the statuses of the incident's type), or an error that lists them. */
export function statusFrom(text: string, allowed: readonly UpdateStatus[]): UpdateStatus {
  const word = text.trim().replace(/:$/, '');
  const status = statusFromWord(word, allowed);
  if (status) return status;
  const labels = allowed.map((s) => STATUS_LABELS[s]);
  const other = statusFromWord(word);
  const kind = allowed.includes('scheduled') ? 'maintenance' : 'an incident';
  const why = other
    ? `"${text}" is a status for ${kind === 'maintenance' ? 'incidents' : 'maintenance'}, not for ${kind}`
    : `"${text}" is not a status${didYouMean(word, labels)}`;
  const takes = kind === 'maintenance' ? 'maintenance takes' : 'an incident takes';
  throw new UsageError(`${why}; ${takes}: ${labels.join(', ')}`);
}

/**
 * The command's clock: OUTPOST_NOW, or the current time. A bad OUTPOST_NOW is a `ProblemsError` (exit 1)
 * in every command, printed in `format` (that of a command's own problems).
 */
export function now(format: ProblemFormat = 'text'): Date {
  const { now: clock, problem } = resolveNow();
  if (problem) throw new ProblemsError([problem], format);
  return clock;
}
