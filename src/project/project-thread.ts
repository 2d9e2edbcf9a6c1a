/**
 * `loadProject` on a thread of its own, for a build: Astro calls the integration, the integration starts
 * the project loading here and goes on at once with Astro's setup and Vite's bundling of the pages, and
 * the build takes the project before the first page renders. On two cores, the reading, parsing and
 * checking of the incidents (most of a build's first seconds) overlaps the bundling instead of coming
 * before it.
 *
 * The thread answers with the project as `loadProject` returns it (structured clone: plain data, dates,
 * maps). Options that cannot be sent to a thread are loaded on the calling thread instead (the config's
 * check reports them); a thread that fails fails the load, saying so.
 */
import { Worker } from 'node:worker_threads';
import { loadProject, type LoadedProject, type LoadOptions } from './project.ts';

/**
 * The thread (CommonJS, as Node runs code given as text): imports the project module (`.ts` in a
 * checkout, `.js` in the package), loads the project, answers once, then writes the caches.
 */
const LOADER = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.module)
  .then(({ loadProjectAndCaches }) => loadProjectAndCaches(workerData.options))
  .then(
    ({ project, saveCaches }) => {
      parentPort.postMessage({ project });
      // After the answer: the build goes on with the project while this writes what the next run reuses.
      saveCaches();
    },
    (error) => parentPort.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
`;

/** This module's sibling `project` module, in the language this module runs as (TypeScript in a checkout). */
const PROJECT_MODULE = new URL(`./project${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;

type Answer = { project: LoadedProject; error?: undefined } | { error: string; project?: undefined };

export function loadProjectOnThread(options: LoadOptions, module: string = PROJECT_MODULE): Promise<LoadedProject> {
  let worker: Worker;
  try {
    // Not the process's Node options: `--input-type=module` (a build started with `node -e`) would make the
    // thread's code a module.
    worker = new Worker(LOADER, { eval: true, execArgv: [], workerData: { module, options } });
  } catch {
    // Options that are not plain data cannot be sent: loaded here, where the config's check reports them.
    return loadProject(options);
  }
  return new Promise<LoadedProject>((resolve, reject) => {
    worker.once('message', (answer: Answer) => {
      if (answer.error !== undefined) reject(new Error(`Outpost could not load the project: ${answer.error}`));
      else resolve(answer.project);
    });
    worker.once('error', (error) =>
      reject(new Error(`the thread loading the project failed: ${error.message}`, { cause: error })),
    );
    // Once answered, the promise is settled and this changes nothing.
    worker.once('exit', (code) => reject(new Error(`the thread loading the project stopped (exit code ${code})`)));
  }).finally(() => {
    worker.removeAllListeners();
    // The thread ends by itself once it has written the caches (which keeps the process until then). Failing to
    // write them is only a slower next run.
    worker.on('error', () => undefined);
  });
}
