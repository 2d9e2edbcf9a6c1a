/** The branding's local files: they must exist, and custom CSS may load nothing from another origin. */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { offOriginCssReferences } from '../core/config/branding.ts';
import type { Problem } from '../core/checks/problems.ts';
import type { SiteConfig } from '../core/config/schema.ts';

export function brandingFileProblems(root: string, config: SiteConfig, configFile: string): Problem[] {
  const problems: Problem[] = [];
  const files: [field: string, path: string][] = [];
  if (config.logo) files.push(['logo.src', config.logo.src]);
  if (config.logo?.dark) files.push(['logo.dark', config.logo.dark]);
  config.customCss.forEach((path, index) => files.push([`customCss.${index}`, path]));
  for (const [field, path] of files) {
    const full = join(root, path);
    if (!existsSync(full) || !statSync(full).isFile()) {
      problems.push({ file: configFile, line: 0, column: 0, severity: 'error', rule: 'config-missing-file', message: `${field} "${path}" does not exist`, expected: 'a file in the project, relative to its root' });
    } else if (outside(root, full)) {
      // Through `..` or a symbolic link: the build would publish a file from elsewhere on the machine.
      problems.push({ file: configFile, line: 0, column: 0, severity: 'error', rule: 'config-not-local', message: `${field} "${path}" is outside the project`, expected: 'a file in the project, relative to its root' });
    } else if (path.toLowerCase().endsWith('.css')) {
      for (const found of offOriginCssReferences(readFileSync(full, 'utf8'))) {
        problems.push({
          file: path.replace(/^\.\//, ''), line: found.line, column: found.column, severity: 'error', rule: 'off-origin-css',
          message: `"${found.reference}" is on another origin: the status page makes no requests to other origins`,
          expected: 'fonts and images from the project (put them in public/ and refer to them by path)',
          example: "src: url('/fonts/brand.woff2') format('woff2');",
        });
      }
    }
  }
  return problems;
}

function outside(root: string, file: string): boolean {
  const path = relative(realpathSync(root), realpathSync(file));
  return path.startsWith('..') || isAbsolute(path);
}
