/**
 * The branding's local files: they must exist inside the project, and custom CSS must be CSS the
 * build can read that loads nothing from another origin (src/project/custom-css.ts).
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import type { Problem } from '../core/base/problems.ts';
import type { SiteConfig } from '../core/config/schema.ts';
import { readCustomCss } from './custom-css.ts';

export function brandingFileProblems(root: string, config: SiteConfig, configFile: string): Problem[] {
  const problems: Problem[] = [];
  const files: [field: string, path: string][] = [];
  if (config.logo) files.push(['logo.src', config.logo.src]);
  if (config.logo?.dark) files.push(['logo.dark', config.logo.dark]);
  config.customCss.forEach((path, index) => files.push([`customCss.${index}`, path]));
  const stylesheets: string[] = [];
  for (const [field, path] of files) {
    const full = join(root, path);
    if (!existsSync(full) || !statSync(full).isFile()) {
      problems.push({
        file: configFile,
        line: 0,
        column: 0,
        severity: 'error',
        rule: 'config-missing-file',
        message: `${field} "${path}" does not exist`,
        expected: 'a file in the project, relative to its root',
      });
    } else if (outside(root, full)) {
      // Through `..` or a symbolic link: the build would publish a file from elsewhere on the machine.
      problems.push({
        file: configFile,
        line: 0,
        column: 0,
        severity: 'error',
        rule: 'config-not-local',
        message: `${field} "${path}" is outside the project`,
        expected: 'a file in the project, relative to its root',
      });
    } else if (field.startsWith('customCss.')) {
      stylesheets.push(path);
    }
  }
  return [...problems, ...readCustomCss(root, stylesheets, config.url).problems];
}

function outside(root: string, file: string): boolean {
  const path = relative(realpathSync(root), realpathSync(file));
  return path.startsWith('..') || isAbsolute(path);
}
