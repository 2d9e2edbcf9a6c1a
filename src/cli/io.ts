/**
 * What every command of `outpost` shares: where it runs and prints, how it
 * asks on a terminal, the site config, the clock, and usage errors.
 */
import { createInterface } from 'node:readline/promises';
import { didYouMean, formatReport } from '../core/checks/problems.ts';
import { STATUS_LABELS, statusFromWord, type UpdateStatus } from '../core/incident/vocabulary.ts';
import { resolveNow } from '../project/clock.ts';
import { readSiteConfig } from '../project/config.ts';

/** A mistake in how the command was called: printed as `outpost <command>: <message>`, exit 2. */
export class UsageError extends Error {}

export interface Io {
  root: string;
  out: (line: string) => void;
  /** Asks on a terminal; undefined when there is none. */
  ask?: (question: string) => Promise<string>;
}

export function terminalIo(root: string): Io {
  const io: Io = { root, out: (line) => console.log(line) };
  if (process.stdin.isTTY && process.stdout.isTTY) {
    io.ask = async (question) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      try {
        return (await rl.question(`${question} `)).trim();
      } finally {
        rl.close();
      }
    };
  }
  return io;
}

export async function siteConfig(root: string) {
  const { config, problems } = await readSiteConfig(root);
  if (!config) throw new UsageError(formatReport(problems));
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

export function statusFrom(text: string, allowed: readonly UpdateStatus[]): UpdateStatus {
  const status = statusFromWord(text, allowed);
  if (!status) throw new UsageError(`"${text}" is not a status${didYouMean(text, allowed.map((s) => STATUS_LABELS[s]))}; use one of: ${allowed.map((s) => STATUS_LABELS[s]).join(', ')}`);
  return status;
}

export function now(): Date {
  const { now: clock, problem } = resolveNow();
  if (problem) throw new UsageError(formatReport([problem]));
  return clock;
}

/** Validates the written file against the whole project and reports where to find it. */
