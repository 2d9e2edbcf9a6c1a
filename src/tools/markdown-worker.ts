/** Renders a batch of Markdown messages off the main thread, for a cold build's cache. */
import { parentPort } from 'node:worker_threads';
import { renderMarkdownBoth } from '../core/markdown.ts';

parentPort?.on('message', (messages: string[]) => {
  parentPort!.postMessage(messages.map(renderMarkdownBoth));
});
