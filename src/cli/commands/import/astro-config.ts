/**
 * `--write-config`: new groups and components written into the `outpost({...})` call of
 * `astro.config.mjs`, the rest of the file kept as it is (magicast edits the syntax tree and prints
 * only what changed).
 */
import { generateCode, parseModule, type ProxifiedModule } from 'magicast';
import type { ComponentConfig, GroupConfig } from '../../../core/config/schema.ts';

type Options = { components?: unknown[]; groups?: unknown[] } & Record<string, unknown>;

/** The options object of the `outpost(...)` call, if the file has one magicast can edit. */
function outpostOptions(mod: ProxifiedModule): Options | undefined {
  const local =
    Object.values(mod.imports).find(
      (item) =>
        item.imported === 'default' &&
        (item.from === 'outpost' || /(^|\/)outpost$|\/integration(\.ts)?$/.test(item.from)),
    )?.local ?? 'outpost';
  let config = mod.exports.default as unknown as { $type?: string; $args?: unknown[]; integrations?: unknown };
  if (config?.$type === 'function-call') config = config.$args?.[0] as typeof config;
  const integrations = (config as { integrations?: unknown[] } | undefined)?.integrations;
  if (
    !Array.isArray(integrations) &&
    !(integrations && typeof (integrations as { length?: unknown }).length === 'number')
  )
    return undefined;
  for (let index = 0; index < (integrations as unknown[]).length; index++) {
    const call = (integrations as { $type?: string; $callee?: string; $args?: unknown[] }[])[index];
    if (call?.$type === 'function-call' && call.$callee === local) {
      const options = call.$args?.[0] as Options & { $type?: string };
      return options?.$type === 'object' ? options : undefined;
    }
  }
  return undefined;
}

const WHERE =
  'an `outpost({ ... })` call written out in the `integrations` list of `export default defineConfig({...})`';

/** Whether the config file is one this can edit; checked before anything is imported. */
export function canEditAstroConfig(text: string): string | undefined {
  try {
    return outpostOptions(parseModule(text)) ? undefined : `could not find ${WHERE}`;
  } catch (error) {
    return `could not read it: ${(error as Error).message.split('\n')[0]}`;
  }
}

const plain = <T extends object>(entry: T) =>
  Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined));

export function addToAstroConfig(
  text: string,
  groups: readonly GroupConfig[],
  components: readonly ComponentConfig[],
): { text: string } | { problem: string } {
  let mod: ProxifiedModule;
  try {
    mod = parseModule(text);
  } catch (error) {
    return { problem: `could not read it: ${(error as Error).message.split('\n')[0]}` };
  }
  const options = outpostOptions(mod);
  if (!options) return { problem: `could not find ${WHERE}` };
  if (groups.length > 0) {
    if (!options.groups) options.groups = [];
    for (const group of groups) options.groups.push(plain(group));
  }
  if (!options.components) options.components = [];
  for (const component of components) options.components.push(plain(component));
  return { text: generateCode(mod).code };
}
