import type { Problem } from '../base/problems.ts';

/** What parsing an incident file needs from its caller, and how it reports a problem. */
export interface ParseContext {
  /** Path shown in messages, relative to the project root. */
  file: string;
  componentIds: readonly string[];
  /** The site's languages, the default first: more than one allows translations in the file. */
  locales?: readonly string[];
  now: Date;
  /** Time of the commit that added a line: used for a heading written without a time. */
  timeOfLine?: (line: number) => Date | undefined;
}

/** A problem at a line and column of the file being parsed; the file and the severity are the parser's. */
export type Found = Omit<Problem, 'file' | 'severity'>;

/** Records a problem of the file being parsed. */
export type Report = (found: Found) => void;
