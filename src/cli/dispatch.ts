/**
 * The command line of `outpost`: picks the command (one file per kind under ./commands/, or a folder
 * for a command with parts), which reads the project through src/project and prints what the core
 * says, and is the one place where what stops a command becomes a message and an exit code.
 */
import { CliError, commandUsage, ProblemsError, UsageError, type Io } from './io.ts';

export const USAGE = `usage: outpost <command> [options]

commands:
  init [DIR] [--name N] [--url U] [--time-zone Z] [--component ID:NAME ...]
                                               create a new status site in DIR; asks on a terminal for what is
                                               missing, and again after an answer that is not valid.
                                               --component repeats; "Web App" alone is id web-app, name Web App
  validate [--format text|github] [PATHS...]   check the site config and incident files
  build [--keep-going] [--report FILE]         validate, then build; --keep-going publishes broken incidents at
                                               their last valid commit (exit 3: published with problems)
  build-issue --report FILE                    open, comment on or close the "published with problems" issue
  new --title T --impact I --component ID [--component ID ...] --message M [--status S] [--template NAME]
                                               start an incident (asks on a terminal for what is missing);
                                               --template maintenance also takes --start and --end
  templates [NAME]                             list the outage templates, or show one in three lengths
  recap SLUG                                   the short post, email and support recap of an incident
  update SLUG --status S --message M [--title T]
                                               add an update at the top (statuses of the incident's type);
                                               --title alone changes the title
  resolve SLUG --message M                     add the Resolved update (Completed for maintenance), once
  stamp [PATHS...]                             write commit times into headings written without one
  remind                                       remind about overdue updates (issue comments with GITHUB_TOKEN)
  publish cloudflare|netlify                   break glass: build here and upload to a mirror host
  issue-form [--check]                         write (or check) .github/ISSUE_TEMPLATE/incident.yml from the config
  issue-ops                                    apply a GitHub issue event (the Issue ops workflow runs this)
  announce [--dry-run] [--state FILE] [--timeout S] [--budget S]
                                               send each newly visible update once to the configured channels
                                               (--dry-run prints them as JSON lines; state: .outpost/announced.json;
                                               each send gets 20 s, the whole run 240 s)
  alert [--dry-run] PAYLOAD                    an alert (Alertmanager, Grafana, Uptime Kuma, generic JSON, or the
                                               repository_dispatch event file) drafts or updates an incident as a
                                               draft pull request; --dry-run prints it and sends nothing
  import statuspage|cstate SOURCE... [--write-config]
                                               bring in a history: one incident file per incident, old links
                                               redirected; a second run writes only what is new. statuspage: saved v2
                                               JSON files, a page's address, or the management API (its key in
                                               STATUSPAGE_API_KEY, or the variable --key-env NAME); cstate: the site's
                                               folder (--time-zone ZONE for its times without a zone)

Times are the current UTC time, or OUTPOST_NOW.`;

type Command = (args: string[], io: Io) => Promise<number>;

/**
 * A command whose module is loaded when it runs: `outpost validate` loads no GitHub client, no importer and no
 * channel of the announcements (a third of its start).
 */
function lazy<Name extends string>(load: () => Promise<Record<Name, Command>>, name: Name): Command {
  return async (args, io) => (await load())[name](args, io);
}
const edit = () => import('./commands/edit.ts').then((module) => module.editCommands);
const issueOps = () => import('./commands/issue-ops/command.ts');
const writing = () => import('./commands/writing.ts');
const editCommands = {
  new: lazy(edit, 'new'),
  update: lazy(edit, 'update'),
  resolve: lazy(edit, 'resolve'),
  stamp: lazy(edit, 'stamp'),
};

export const COMMANDS: Record<string, Command> = {
  init: lazy(() => import('./commands/init.ts'), 'initCommand'),
  validate: lazy(() => import('./commands/validate.ts'), 'validateCommand'),
  build: lazy(() => import('./commands/build.ts'), 'buildCommand'),
  'build-issue': lazy(() => import('./commands/build-issue.ts'), 'buildIssueCommand'),
  ...editCommands,
  'issue-form': lazy(issueOps, 'issueFormCommand'),
  'issue-ops': lazy(issueOps, 'issueOpsCommand'),
  remind: lazy(issueOps, 'remindCommand'),
  publish: lazy(() => import('./commands/publish.ts'), 'publishCommand'),
  templates: lazy(writing, 'templatesCommand'),
  recap: lazy(writing, 'recapCommand'),
  announce: lazy(() => import('./commands/announce/command.ts'), 'announceCommand'),
  import: lazy(() => import('./commands/import/command.ts'), 'importCommand'),
  alert: lazy(() => import('./commands/alert/command.ts'), 'alertCommand'),
};

/**
 * Runs the command line `argv` with `io`, and returns the exit code: the command's own (0, 1 when
 * what it checked has errors, 3 for a build published with problems), or that of the `CliError` that
 * stopped it, printed through `io.err` as `outpost <command>: <message>`. A usage mistake (an unknown
 * command or option, a missing argument) is 2; problems (the config, the project, OUTPOST_NOW) are 1.
 */
export async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  const run = command === undefined ? undefined : COMMANDS[command];
  if (run && rest.some((arg) => arg === '--help' || arg === '-h')) {
    io.out(commandUsage(USAGE, command) ?? USAGE);
    return 0;
  }
  if (run) {
    try {
      return await run(rest, io);
    } catch (error) {
      const stop = asCliError(error);
      if (!stop) throw error;
      // Annotations for GitHub Actions are workflow commands, which must start their lines.
      const annotations = stop instanceof ProblemsError && stop.format === 'github';
      io.err(annotations ? stop.message : `outpost ${command}: ${stop.message}`);
      return stop.exitCode;
    }
  }
  if (command === undefined || ['-h', '--help', 'help'].includes(command)) {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  io.err(`outpost: unknown command "${command}"\n${USAGE}`);
  return 2;
}

/** What stopped a command, as a `CliError`: its own, or node:util's parseArgs refusing an option (a usage error). */
function asCliError(error: unknown): CliError | undefined {
  if (error instanceof CliError) return error;
  if ((error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS')) return new UsageError((error as Error).message);
  return undefined;
}
