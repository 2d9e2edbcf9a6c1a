#!/usr/bin/env node
/**
 * `outpost`, the project's command-line tool: runs the command line (dispatch.ts) in this folder, on
 * this terminal, and exits with its code.
 */
import { dispatch } from './dispatch.ts';
import { terminalIo } from './io.ts';

const io = terminalIo(process.cwd());
try {
  process.exitCode = await dispatch(process.argv.slice(2), io);
} finally {
  io.close?.();
}
