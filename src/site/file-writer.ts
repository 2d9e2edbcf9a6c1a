/**
 * Writes files on a thread of its own, one after another, while the main thread goes on rendering.
 *
 * A large build writes ten thousand incident pages, each a new folder and a new file. Through Node's
 * thread pool (`fs.promises`), that was four threads creating entries in the same folder at once, which
 * the kernel serializes at a cost, and a promise, a file handle and a callback per step on the main
 * thread. Here the main thread hands each file over (`postMessage` copies the bytes) and the writer
 * thread does the plain synchronous calls, in order.
 */
import { Worker } from 'node:worker_threads';

/** The writer thread (CommonJS, as Node runs code given as text): a message is a file; the answer, an error or null. */
const WRITER = `
const { parentPort } = require('node:worker_threads');
const { mkdirSync, writeFileSync } = require('node:fs');
const { dirname } = require('node:path');
parentPort.on('message', ({ file, bytes }) => {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    parentPort.postMessage(null);
  } catch (error) {
    parentPort.postMessage(\`\${file} could not be written: \${error instanceof Error ? error.message : error}\`);
  }
});
`;

/**
 * Files handed over and not yet written, at most: past this many, `write` waits for the thread to catch
 * up, so pages rendered but not written stay few.
 */
const IN_FLIGHT = 64;

export interface FileWriter {
  /** Hands a file over (its folders are made as needed); waits while too many are in flight. */
  write(file: string, bytes: Uint8Array): Promise<void>;
  /** Once every file handed over is written: throws the first failure, naming its file. Ends the thread. */
  close(): Promise<void>;
}

export function fileWriter(): FileWriter {
  let worker: Worker | undefined;
  let inFlight = 0;
  let failed: Error | undefined;
  let wake: (() => void)[] = [];
  const settle = () => {
    for (const resume of wake.splice(0)) resume();
  };
  const thread = () => {
    if (!worker) {
      worker = new Worker(WRITER, { eval: true });
      // A build that stops half way is not kept alive by its writer.
      worker.unref();
      worker.on('message', (error: string | null) => {
        inFlight--;
        if (error !== null) failed ??= new Error(error);
        settle();
      });
      worker.on('error', (error) => {
        failed ??= error;
        inFlight = 0;
        settle();
      });
      worker.on('exit', (code) => {
        // Ended by close() once nothing is in flight; any other end leaves files unwritten.
        if (inFlight === 0) return;
        failed ??= new Error(`the thread writing the pages stopped (exit code ${code}) with ${inFlight} not written`);
        inFlight = 0;
        settle();
      });
    }
    return worker;
  };
  const until = async (done: () => boolean) => {
    while (!done()) await new Promise<void>((resume) => wake.push(resume));
  };
  return {
    async write(file, bytes) {
      if (failed) throw failed;
      thread().postMessage({ file, bytes });
      inFlight++;
      await until(() => inFlight < IN_FLIGHT || failed !== undefined);
    },
    async close() {
      await until(() => inFlight === 0);
      await worker?.terminate();
      worker = undefined;
      wake = [];
      if (failed) throw failed;
    },
  };
}
