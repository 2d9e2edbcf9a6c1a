/**
 * Rendered Markdown kept between builds, in
 * node_modules/.cache/outpost/markdown.json, keyed by a hash of each message.
 * An unchanged message is never parsed twice, so a rebuild after editing one
 * incident renders one incident. The key includes the renderer's own source
 * and the versions of its packages, so an upgrade starts afresh.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { MarkdownCache, RenderedMarkdown } from '../core/markdown.ts';

const RENDERER_PACKAGES = ['unified', 'remark-parse', 'remark-gfm', 'remark-rehype', 'rehype-raw', 'rehype-sanitize', 'rehype-stringify', 'hast-util-to-text'];

function rendererVersion(): string {
  const hash = createHash('sha1');
  hash.update(readFileSync(new URL('../core/markdown.ts', import.meta.url)));
  const require = createRequire(import.meta.url);
  for (const name of RENDERER_PACKAGES) {
    try {
      hash.update(`${name}@${JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version}`);
    } catch {
      hash.update(`${name}@?`);
    }
  }
  return hash.digest('hex');
}

const key = (markdown: string) => createHash('sha1').update(markdown).digest('base64url');

export class FileMarkdownCache implements MarkdownCache {
  readonly file: string;
  #version = rendererVersion();
  #stored = new Map<string, [string, string]>();
  #used = new Map<string, [string, string]>();
  /** Keys rendered in this build (their later lookups are not cache hits). */
  #fresh = new Set<string>();
  /** Keys of every message in this build's project, used or not (a reused page renders none of its own). */
  #current = new Set<string>();
  hits = 0;
  misses = 0;

  constructor(root: string) {
    this.file = join(root, 'node_modules/.cache/outpost/markdown.json');
    if (!existsSync(this.file)) return;
    try {
      const data = JSON.parse(readFileSync(this.file, 'utf8')) as { version: string; entries: Record<string, [string, string]> };
      if (data.version === this.#version) this.#stored = new Map(Object.entries(data.entries));
    } catch {
      // A damaged cache is only a slower build.
    }
  }

  get(markdown: string): RenderedMarkdown | undefined {
    const id = key(markdown);
    const entry = this.#used.get(id) ?? this.#stored.get(id);
    if (!entry) return undefined;
    if (!this.#fresh.has(id)) this.hits++;
    this.#fresh.add(id);
    this.#used.set(id, entry);
    return { html: entry[0], text: entry[1] };
  }

  set(markdown: string, rendered: RenderedMarkdown): void {
    this.misses++;
    this.#fresh.add(key(markdown));
    this.#used.set(key(markdown), [rendered.html, rendered.text]);
  }

  /**
   * Renders every message the cache lacks, spread over the machine's cores, before the pages
   * ask for them one by one. Worth it only for many messages: a cold build of a large site.
   */
  async prerender(messages: Iterable<string>, minimum = 2000): Promise<number> {
    const missing: string[] = [];
    for (const markdown of new Set(messages)) {
      const id = key(markdown);
      this.#current.add(id);
      if (!this.#used.has(id) && !this.#stored.has(id)) missing.push(markdown);
    }
    if (missing.length < minimum) return 0;
    const workers = Math.max(1, Math.min(availableParallelism(), 8));
    const size = Math.ceil(missing.length / workers);
    const batches = Array.from({ length: workers }, (_, index) => missing.slice(index * size, (index + 1) * size)).filter((batch) => batch.length > 0);
    const results = await Promise.all(
      batches.map(
        (batch) =>
          new Promise<RenderedMarkdown[]>((resolve, reject) => {
            // Flags like --input-type (from `node -e`) would stop the worker from loading a file.
            const execArgv = process.execArgv.filter((flag) => !flag.startsWith('--input-type') && !flag.startsWith('--eval'));
            const worker = new Worker(new URL('./markdown-worker.ts', import.meta.url), { execArgv });
            worker.once('message', (rendered: RenderedMarkdown[]) => {
              resolve(rendered);
              void worker.terminate();
            });
            worker.once('error', reject);
            worker.postMessage(batch);
          }),
      ),
    );
    batches.forEach((batch, index) =>
      batch.forEach((markdown, at) => {
        this.#fresh.add(key(markdown));
        this.#used.set(key(markdown), [results[index][at].html, results[index][at].text]);
      }),
    );
    this.misses += missing.length;
    return missing.length;
  }

  /** Keeps the messages of this build's project and what it used, so the file never grows with deleted incidents. */
  save(): void {
    const entries = new Map(this.#used);
    for (const id of this.#current) {
      const stored = this.#stored.get(id);
      if (stored && !entries.has(id)) entries.set(id, stored);
    }
    if (this.misses === 0 && entries.size === this.#stored.size) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ version: this.#version, entries: Object.fromEntries(entries) }));
    renameSync(temporary, this.file);
  }
}
