/** `outpost validate`: the site config and incident files, every problem in one run. */
import { parseArgs } from 'node:util';
import { counted, formatReport, hasErrors, summaryLine, type ProblemFormat } from '../../core/base/problems.ts';
import { loadProject } from '../../project/project.ts';
import { now, UsageError, type Io } from '../io.ts';

export async function validateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, root: { type: 'string' } },
  });
  const format = (values.format ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text')) as ProblemFormat;
  if (format !== 'text' && format !== 'github')
    throw new UsageError(`--format must be text or github, not "${format}"`);
  const root = values.root ?? io.root;
  const result = await loadProject({ root, now: now(format), paths: positionals });
  if (result.problems.length > 0) io.out(formatReport(result.problems, format));
  if (format === 'text' && result.problems.length === 0) {
    io.out(`${counted(result.incidents.length, 'incident')} checked: ${summaryLine(result.problems)}`);
  }
  return hasErrors(result.problems) ? 1 : 0;
}
