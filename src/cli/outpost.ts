#!/usr/bin/env node
/**
 * `outpost`: the project's command-line tool. Thin: parses arguments, reads
 * files through ./project.ts, and prints what the core says.
 */
import { parseArgs } from 'node:util';
import { formatReport, hasErrors, summaryLine, type ProblemFormat } from '../core/checks/problems.ts';
import { issueFormCommand, newCommand, publishCommand, recapCommand, remindCommand, resolveCommand, templatesCommand, stampCommand, terminalIo, updateCommand, UsageError } from './commands.ts';
import { loadProject, resolveNow } from '../project/project.ts';

const USAGE = `usage: outpost <command> [options]

commands:
  validate [--format text|github] [PATHS...]   check the site config and incident files
  new --title T --impact I --component ID [--component ID ...] --message M [--status S] [--template NAME]
                                               start an incident (asks on a terminal for what is missing);
                                               --template maintenance also takes --start and --end
  templates [NAME]                             list the outage templates, or show one in three lengths
  recap SLUG                                   the short post, email and support recap of an incident
  update SLUG --status S --message M           add an update at the top
  resolve SLUG --message M                     add the Resolved update
  stamp [PATHS...]                             write commit times into headings written without one
  remind                                       remind about overdue updates (issue comments with GITHUB_TOKEN)
  publish cloudflare|netlify                   break glass: build here and upload to a mirror host
  issue-form [--check]                         write (or check) .github/ISSUE_TEMPLATE/incident.yml from the config

Times are the current UTC time, or OUTPOST_NOW.`;

async function validate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, root: { type: 'string' } },
  });
  const format = (values.format ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text')) as ProblemFormat;
  if (format !== 'text' && format !== 'github') {
    console.error(`outpost validate: --format must be text or github, not "${format}"`);
    return 2;
  }
  const root = values.root ?? process.cwd();
  const { now, problem } = resolveNow();
  if (problem) {
    console.log(formatReport([problem], format));
    return 1;
  }
  const result = await loadProject({ root, now, paths: positionals });
  if (result.problems.length > 0) console.log(formatReport(result.problems, format));
  if (format === 'text') {
    if (result.problems.length === 0) console.log(`${result.incidents.length} incidents checked: ${summaryLine(result.problems)}`);
  }
  return hasErrors(result.problems) ? 1 : 0;
}

const COMMANDS: Record<string, (args: string[], io: ReturnType<typeof terminalIo>) => Promise<number>> = {
  validate: (args) => validate(args),
  new: newCommand,
  update: updateCommand,
  resolve: resolveCommand,
  stamp: stampCommand,
  'issue-form': issueFormCommand,
  remind: remindCommand,
  publish: publishCommand,
  templates: templatesCommand,
  recap: recapCommand,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const run = command === undefined ? undefined : COMMANDS[command];
  if (run) {
    try {
      return await run(rest, terminalIo(process.cwd()));
    } catch (error) {
      if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
        console.error(`outpost ${command}: ${(error as Error).message}`);
        return 2;
      }
      throw error;
    }
  }
  if (command === undefined || ['-h', '--help', 'help'].includes(command)) {
    console.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  console.error(`outpost: unknown command "${command}"\n${USAGE}`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
