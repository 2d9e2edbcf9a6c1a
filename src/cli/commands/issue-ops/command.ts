/**
 * The issue-ops commands run on a terminal or in the workflows: the
 * issue form, the issue event, and reminders about overdue updates.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../../../core/base/problems.ts';
import { issueFormYaml } from '../../../core/ops/issue-ops.ts';
import { CONFIG_FILE } from '../../../project/config.ts';
import { githubFromEnv } from '../../github.ts';
import { now, siteConfig, UsageError, type Io } from '../../io.ts';

export const ISSUE_FORM_PATH = '.github/ISSUE_TEMPLATE/incident.yml';

/** `outpost issue-form [--check]`: writes the incident issue form from the site config, or checks it is current. */
export async function issueFormCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { check: { type: 'boolean', default: false } } });
  const expected = issueFormYaml(await siteConfig(io.root));
  const path = join(io.root, ISSUE_FORM_PATH);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (values.check) {
    if (current === expected) return 0;
    io.out(
      formatProblem({
        file: ISSUE_FORM_PATH,
        line: 0,
        column: 0,
        severity: 'error',
        rule: 'issue-form',
        message: `the issue form does not match the components in ${CONFIG_FILE}`,
        expected: 'the form generated from the config',
        example: 'npx outpost issue-form',
      }),
    );
    return 1;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, expected);
  io.out(`wrote ${ISSUE_FORM_PATH}`);
  return 0;
}

/**
 * `outpost issue-ops [authorize]`: the Issue ops workflow's steps, applying the issue event of
 * GitHub Actions; `authorize` (its first job) only says whether the sender may write.
 */
export async function issueOpsCommand(args: string[], io: Io): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length > 1 || (positionals[0] !== undefined && positionals[0] !== 'authorize'))
    throw new UsageError('usage: outpost issue-ops [authorize]');
  const { issueOpsFromActions } = await import('./github.ts');
  return issueOpsFromActions(io, positionals[0] === 'authorize', process.env);
}

/** `outpost remind`: comments on the issues of overdue incidents (with GITHUB_TOKEN), or prints warnings. */
export async function remindCommand(args: string[], io: Io): Promise<number> {
  parseArgs({ args, options: {} });
  const { remindOverdue } = await import('./github.ts');
  // Without GITHUB_TOKEN and GITHUB_REPOSITORY, the reminders are warnings in the log.
  const github = await githubFromEnv(process.env);
  await remindOverdue({ ...github, root: io.root, now: now(), log: io.out });
  return 0;
}
