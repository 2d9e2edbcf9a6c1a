/**
 * `loadProject` on a thread of its own, for a build: Astro calls the integration, the integration starts
 * the project loading here and goes on at once with Astro's setup and Vite's bundling of the pages, and
 * the build takes the project before the first page renders. On two cores, the reading, parsing and
 * checking of the incidents (most of a build's first seconds) overlaps the bundling instead of coming
 * before it.
 *
 * The thread answers with the project as `loadProject` returns it (structured clone: plain data, dates,
 * maps). When the thread cannot be used at all (the options cannot be sent, the thread does not start),
 * the project is loaded on the calling thread instead: the same result, only later.
 */
import { Worker } from 'node:worker_threads';
import { loadProject, type LoadedProject, type LoadOptions } from './project.ts';

/**
 * The thread (CommonJS, as Node runs code given as text): imports the project module (`.ts` in a
 * checkout, `.js` in the package), loads the project, answers once.
 */
const LOADER = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.module)
  .then(({ loadProject }) => loadProject(workerData.options))
  .then(
    (project) => parentPort.postMessage({ project }),
    (error) => parentPort.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
`;

/** This module's sibling `project` module, in the language this module runs as. */
const PROJECT_MODULE = new URL(`./project${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;

type Answer = { project: LoadedProject; error?: undefined } | { error: string; project?: undefined };

export function loadProjectOnThread(options: LoadOptions): Promise<LoadedProject> {
  let worker: Worker;
  try {
    // Not the process's Node options: `--input-type=module` (a build started with `node -e`) would make the
    // thread's code a module.
    worker = new Worker(LOADER, { eval: true, execArgv: [], workerData: { module: PROJECT_MODULE, options } });
  } catch {
    // Options that cannot be sent to a thread (not plain data): Astro's own validation of them comes later.
    return loadProject(options);
  }
  return new Promise<LoadedProject>((resolve, reject) => {
    let answered = false;
    worker.once('message', (answer: Answer) => {
      answered = true;
      void worker.terminate();
      if (answer.error !== undefined) reject(new Error(`Outpost could not load the project: ${answer.error}`));
      else resolve(answer.project);
    });
    // The thread ended without an answer (it could not start, or load its modules): the same work, here.
    const instead = () => {
      if (answered) return;
      answered = true;
      resolve(loadProject(options));
    };
    worker.once('error', instead);
    worker.once('exit', instead);
  }).finally(() => {
    worker.removeAllListeners();
  });
}
