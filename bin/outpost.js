#!/usr/bin/env node
// `outpost`, the command of the package. Plain JavaScript, so that `npx outpost init` runs on the
// Node a fresh machine has (20 and later); a site's own `npm install` brings the pinned Node 24,
// which `npx` and `npm run` then use for everything else.
//
// A checkout of the repository runs the TypeScript of src/cli/; the package, which ships no src/cli/,
// runs the CLI `npm pack` compiled into dist-pkg/ (Node strips no types inside node_modules).
import { existsSync } from 'node:fs';
import module from 'node:module';

const NEEDS = 24;
const command = process.argv[2];
const major = Number(process.versions.node.split('.')[0]);
if (major < NEEDS && !['init', 'help', '--help', '-h', undefined].includes(command)) {
  console.error(
    `outpost ${command ?? ''}: needs Node ${NEEDS}, and this is Node ${process.versions.node}.\n` +
      `A site's \`npm install\` installs Node ${NEEDS} (its devDependency "node"); ` +
      'run outpost through `npx outpost` or `npm run` in the site.',
  );
  process.exit(1);
}
// Node keeps what it compiled (and the types it stripped) for the next run: a command starts in less time.
module.enableCompileCache?.();
const source = new URL('../src/cli/outpost.ts', import.meta.url);
await import(existsSync(source) ? source.href : new URL('../dist-pkg/cli/outpost.js', import.meta.url).href);
