import { describe, expect, test } from 'vitest';
import { formatReport } from '../base/problems.ts';
import { parseSiteConfig } from '../checks/validate.ts';
import { removedOptionAt, type RemovedOption } from './removed-options.ts';

// As a release that removes options would list them.
const REMOVED: RemovedOption[] = [
  {
    path: 'staleAfterMinutes',
    removedIn: '2.0.0',
    instead: 'use `updateCadenceMinutes`, which also drives the reminders',
  },
  {
    path: 'components.*.status',
    removedIn: '1.3.0',
    instead: 'a component takes its status from incidents; open one with `npx outpost new`',
  },
];
const valid = { name: 'Acme Status', url: 'https://status.example.com/', components: [{ id: 'api', name: 'API' }] };

describe('removed options', () => {
  test.each([
    [['staleAfterMinutes'], '2.0.0'],
    [['components', 3, 'status'], '1.3.0'],
    [['components', '0', 'status'], '1.3.0'],
    [['components', 'x', 'status'], undefined],
    [['status'], undefined],
    [['components', 0, 'status', 'x'], undefined],
  ])('%j → %s', (path, version) => {
    expect(removedOptionAt(path, REMOVED)?.removedIn).toBe(version);
  });

  test('the error names the version that removed the option and what to write instead', () => {
    const { problems } = parseSiteConfig(
      { ...valid, staleAfterMinutes: 45, components: [{ id: 'api', name: 'API', status: 'operational' }] },
      'astro.config.mjs',
      REMOVED,
    );
    expect(formatReport(problems.map((problem) => ({ ...problem, example: undefined })))).toMatchInlineSnapshot(`
      "astro.config.mjs: error [config-removed-option] "components.0.status" was removed in Outpost 1.3.0; a component takes its status from incidents; open one with \`npx outpost new\`
          expected: the options of Outpost 1.3.0 and later (its CHANGELOG entry says what changed)
      astro.config.mjs: error [config-removed-option] "staleAfterMinutes" was removed in Outpost 2.0.0; use \`updateCadenceMinutes\`, which also drives the reminders
          expected: the options of Outpost 2.0.0 and later (its CHANGELOG entry says what changed)
      2 errors, 0 warnings"
    `);
  });

  test('without an entry, the same key is an unknown field', () => {
    const { problems } = parseSiteConfig({ ...valid, staleAfterMinutes: 45 }, 'astro.config.mjs');
    expect(problems.map((problem) => problem.rule)).toEqual(['config-unknown-field']);
  });
});

test('the rules that read English words, exactly: the others work in any language', async () => {
  const { ENGLISH_WORD_RULES, GUIDANCE_RULES } = await import('./guidance-rules.ts');
  expect(ENGLISH_WORD_RULES).toEqual([
    'cliche',
    'cause-not-impact',
    'blame',
    'overpromise',
    'next-update',
    'all-clear',
    'jargon',
  ]);
  expect(GUIDANCE_RULES.filter((rule) => !ENGLISH_WORD_RULES.includes(rule))).toEqual(['no-scope', 'stale']);
});
