/**
 * Where `outpost import statuspage` reads from: files or URLs, read as streams. A JSON file of any
 * size is parsed one incident at a time (@streamparser/json), so a long history never sits in
 * memory whole; the management API is read page by page.
 */
import { createReadStream } from 'node:fs';
import { JSONParser } from '@streamparser/json';
import { USER_AGENT } from '../../user-agent.ts';

export type StatuspageItem = { kind: 'incident' | 'maintenance' | 'component'; value: unknown; at: string };

/** Every incident, maintenance and component in a Statuspage JSON document, as it streams in. */
export async function* statuspageItems(
  chunks: AsyncIterable<Uint8Array | string>,
  source: string,
): AsyncGenerator<StatuspageItem> {
  let parser: JSONParser | undefined;
  const ready: StatuspageItem[] = [];
  let failure: Error | undefined;
  const start = (first: string) => {
    // An array (the management API) holds incidents or components; an object (v2) names its lists.
    const paths =
      first === '[' ? ['$.*'] : ['$.incidents.*', '$.scheduled_maintenances.*', '$.components.*', '$.incident'];
    parser = new JSONParser({ paths, keepStack: false });
    parser.onValue = ({ value, key, stack }) => {
      const list = stack.length >= 2 ? String(stack[1].key) : String(key);
      const at = `${source}: ${stack.length >= 2 ? `${list}.${String(key)}` : String(key)}`;
      if (list === 'scheduled_maintenances') ready.push({ kind: 'maintenance', value, at });
      else if (list === 'components') ready.push({ kind: 'component', value, at });
      else if (list === 'incidents' || list === 'incident') ready.push({ kind: 'incident', value, at });
      else
        ready.push({
          kind: value && typeof value === 'object' && 'incident_updates' in value ? 'incident' : 'component',
          value,
          at,
        });
    };
    parser.onError = (error) => {
      failure = error;
    };
  };
  const decoder = new TextDecoder();
  for await (const chunk of chunks) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (!parser) {
      text = text.replace(/^\uFEFF/, '');
      const first = text.trimStart()[0];
      if (first === undefined) continue;
      if (first !== '{' && first !== '[')
        throw new Error(`${source} is not JSON: it starts with "${text.trimStart().slice(0, 20)}"`);
      start(first);
    }
    if (parser!.isEnded) {
      if (text.trim() !== '') throw new Error(`${source}: more text after the end of the JSON document`);
      continue;
    }
    parser!.write(text);
    if (failure) throw new Error(`${source} is not valid JSON: ${failure.message}`);
    yield* ready.splice(0);
  }
  if (!parser) throw new Error(`${source} is empty`);
  if (!parser.isEnded) throw new Error(`${source} ends before its JSON does: the file is cut short`);
  yield* ready.splice(0);
}

export function fileChunks(path: string): AsyncIterable<Uint8Array> {
  return createReadStream(path, { highWaterMark: 64 * 1024 });
}

/** The body of a GET, streamed; an HTTP error is an error naming the address. */
export async function urlChunks(url: string, headers: Record<string, string> = {}): Promise<AsyncIterable<Uint8Array>> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json', 'user-agent': USER_AGENT, ...headers },
    });
  } catch (error) {
    throw new Error(`${url} could not be fetched: ${(error as Error).message}`, { cause: error });
  }
  if (!response.ok || !response.body) {
    const hint = response.status === 401 || response.status === 403 ? ' (is the API key right?)' : '';
    throw new Error(`${url} answered HTTP ${response.status}${hint}`);
  }
  return response.body as unknown as AsyncIterable<Uint8Array>;
}

/** How a Statuspage address is read: the management API, one v2 file, or a page's v2 files. */
export function statuspageEndpoints(address: string): {
  management?: { base: string };
  components: string[];
  incidents: string[];
} {
  const url = new URL(address);
  const management = /^(.*\/v1\/pages\/[^/]+)(?:\/incidents(?:\.json)?)?\/?$/.exec(url.origin + url.pathname);
  if (management) return { management: { base: management[1] }, components: [], incidents: [] };
  if (/\.json$/.test(url.pathname)) {
    const components = /(components|summary)\.json$/.test(url.pathname) ? [url.href] : [];
    return { components, incidents: components.length > 0 && !/summary\.json$/.test(url.pathname) ? [] : [url.href] };
  }
  const root = url.href.replace(/\/?$/, '/');
  return {
    components: [`${root}api/v2/components.json`],
    incidents: [`${root}api/v2/incidents.json`, `${root}api/v2/scheduled-maintenances.json`],
  };
}

/** Pages of the management API: `?page=1&per_page=100`, until a page has fewer. */
export async function* managementPages(url: string, key: string, perPage = 100): AsyncGenerator<StatuspageItem> {
  for (let page = 1; ; page++) {
    const address = `${url}${url.includes('?') ? '&' : '?'}page=${page}&per_page=${perPage}&limit=${perPage}`;
    let count = 0;
    for await (const item of statuspageItems(await urlChunks(address, { authorization: `OAuth ${key}` }), address)) {
      count++;
      yield item;
    }
    if (count < perPage) return;
  }
}
