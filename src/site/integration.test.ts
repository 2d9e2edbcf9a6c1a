import { afterEach, expect, test } from 'vitest';
import outpost from './integration.ts';

const SWITCHES = ['ASTRO_TELEMETRY_DISABLED', 'ASTRO_DISABLE_UPDATE_CHECK'] as const;
const before = Object.fromEntries(SWITCHES.map((name) => [name, process.env[name]]));
afterEach(() => {
  for (const name of SWITCHES)
    if (before[name] === undefined) delete process.env[name];
    else process.env[name] = before[name];
});
const options = { name: 'Acme Status', url: 'https://status.acme.example/', components: [{ id: 'api', name: 'API' }] };

test("loading the config turns off Astro's telemetry and the dev server's check for a newer Astro", () => {
  for (const name of SWITCHES) delete process.env[name];
  outpost(options);
  expect(process.env.ASTRO_TELEMETRY_DISABLED).toBe('1');
  expect(process.env.ASTRO_DISABLE_UPDATE_CHECK).toBe('true');
});

test('a site that sets either itself keeps its own value', () => {
  process.env.ASTRO_TELEMETRY_DISABLED = '0';
  process.env.ASTRO_DISABLE_UPDATE_CHECK = 'false';
  outpost(options);
  expect(process.env.ASTRO_TELEMETRY_DISABLED).toBe('0');
  expect(process.env.ASTRO_DISABLE_UPDATE_CHECK).toBe('false');
});
