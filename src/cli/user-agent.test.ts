import { describe, expect, test } from 'vitest';
import { USER_AGENT, userAgentOf } from './user-agent.ts';

describe('the user agent', () => {
  test.each([
    [{ name: 'outpost', version: '0.1.0' }, 'outpost/0.1.0 (+https://www.npmjs.com/package/outpost)'],
    [
      { name: 'outpost', version: '1.2.0-rc.1', homepage: 'https://outpost.example/' },
      'outpost/1.2.0-rc.1 (+https://outpost.example/)',
    ],
  ])('of %o is %s', (facts, expected) => {
    expect(userAgentOf(facts)).toBe(expected);
  });

  test("is this package's: its name and version from package.json", async () => {
    const { default: manifest } = await import('../../package.json', { with: { type: 'json' } });
    expect(USER_AGENT.startsWith(`${manifest.name}/${manifest.version} (+https://`)).toBe(true);
  });
});
