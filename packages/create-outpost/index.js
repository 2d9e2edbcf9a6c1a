#!/usr/bin/env node
// `npm create outpost@latest [dir] [--name …] [--url …] [--time-zone …] [--component id:Name …]`:
// runs `outpost init` of the Outpost release this package depends on (released together, same
// version), on whatever Node runs it.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const outpost = join(dirname(createRequire(import.meta.url).resolve('outpost/package.json')), 'bin/outpost.js');
const { status } = spawnSync(process.execPath, [outpost, 'init', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = status ?? 1;
