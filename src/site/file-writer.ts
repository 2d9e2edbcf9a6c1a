/**
 * Writes files on a thread of its own, one after another, while the main thread goes on rendering.
 *
 * A large build writes ten thousand incident pages, each a new folder and a new file. Through Node's
 * thread pool (`fs.promises`), that was four threads creating entries in the same folder at once, which
 * the kernel serializes at a cost, and a promise, a file handle and a callback per step on the main
 * thread. Here the main thread hands the files over in batches, as text (a copy of a string costs it less than
 * encoding the string as UTF-8, which the writer thread does), and the writer thread does the plain synchronous calls,
 * in order, and answers with each file's size and time, which the build records (src/site/build-output.ts) without
 * looking at the file again.
 */
import { Worker } from 'node:worker_threads';

/**
 * The writer thread (CommonJS, as Node runs code given as text). A message is a batch of files (the
 * answer: how many it wrote, with their sizes and times, and the error that stopped it) or folders to
 * make ahead of their files (no answer).
 */
const WRITER = `
const { parentPort } = require('node:worker_threads');
const { mkdirSync, statSync, writeFileSync } = require('node:fs');
const { dirname } = require('node:path');
/** The folders made so far: each is made once, by the first of its files or ahead of them. */
const made = new Set();
const folder = (path) => {
  if (made.has(path)) return;
  mkdirSync(path, { recursive: true });
  made.add(path);
};
parentPort.on('message', (message) => {
  if (message.folders) {
    // Made ahead; one that cannot be is made again by its file, whose failure names it.
    for (const path of message.folders) {
      try {
        folder(path);
      } catch {}
    }
    return;
  }
  const batch = message;
  const stats = [];
  let error = null;
  for (const { file, text } of batch) {
    try {
      folder(dirname(file));
      writeFileSync(file, text);
      const { size, mtimeMs } = statSync(file);
      stats.push([file, size, mtimeMs]);
    } catch (failure) {
      error ??= \`\${file} could not be written: \${failure instanceof Error ? failure.message : failure}\`;
    }
  }
  parentPort.postMessage({ count: batch.length, stats, error });
});
`;

/** Files to a message: a message costs the main thread more than the copy of a page. */
const BATCH = 32;
/**
 * Files handed over and not yet written, at most: past this many, `write` waits for the thread to catch
 * up, so pages rendered but not written stay few.
 */
const IN_FLIGHT = 128;

/** A written file's size and modification time (`mtimeMs`), as `fs.statSync` gives them. */
export type WrittenFile = readonly [size: number, mtimeMs: number];

export interface FileWriter {
  /**
   * Folders the files will go to, made on the thread ahead of them while it has nothing else to do. Each file's
   * folder is made anyway if it is not there.
   */
  folders(paths: readonly string[]): void;
  /**
   * Hands a file over, its text to be written as UTF-8 (its folders are made as needed); waits while too many are
   * in flight.
   */
  write(file: string, text: string): Promise<void>;
  /**
   * Once every file handed over is written: their sizes and times by path. Throws the first failure,
   * naming its file. Ends the thread.
   */
  close(): Promise<ReadonlyMap<string, WrittenFile>>;
}

export function fileWriter(): FileWriter {
  let worker: Worker | undefined;
  let batch: { file: string; text: string }[] = [];
  let inFlight = 0;
  let failed: Error | undefined;
  let wake: (() => void)[] = [];
  const written = new Map<string, WrittenFile>();
  const settle = () => {
    for (const resume of wake.splice(0)) resume();
  };
  const stop = (error: Error) => {
    failed ??= error;
    inFlight = 0;
    settle();
  };
  const thread = () => {
    if (!worker) {
      // Not the process's Node options: `--input-type=module` (the build started with `node -e`) would make the
      // thread's code a module, and a loader (`--import`) has nothing to do with writing files.
      worker = new Worker(WRITER, { eval: true, execArgv: [] });
      // A build that stops half way is not kept alive by its writer.
      worker.unref();
      worker.on(
        'message',
        ({ count, stats, error }: { count: number; stats: [string, number, number][]; error: string | null }) => {
          inFlight -= count;
          for (const [file, size, mtimeMs] of stats) written.set(file, [size, mtimeMs]);
          if (error !== null) failed ??= new Error(error);
          settle();
        },
      );
      worker.on('error', stop);
      worker.on('exit', (code) => {
        // Ended by close() once nothing is in flight; any other end leaves files unwritten.
        if (inFlight > 0)
          stop(new Error(`the thread writing the pages stopped (exit code ${code}) with ${inFlight} not written`));
      });
    }
    return worker;
  };
  const flush = () => {
    if (batch.length === 0) return;
    thread().postMessage(batch);
    batch = [];
  };
  const until = async (done: () => boolean) => {
    while (!done()) await new Promise<void>((resume) => wake.push(resume));
  };
  return {
    folders(paths) {
      if (paths.length > 0) thread().postMessage({ folders: paths });
    },
    async write(file, text) {
      if (failed) throw failed;
      batch.push({ file, text });
      inFlight++;
      if (batch.length >= BATCH) flush();
      await until(() => inFlight < IN_FLIGHT || failed !== undefined);
    },
    async close() {
      flush();
      await until(() => inFlight === 0);
      await worker?.terminate();
      worker = undefined;
      wake = [];
      if (failed) throw failed;
      return written;
    },
  };
}
