import { expect, test } from 'vitest';
import { parseSiteConfig } from '../checks/validate.ts';
import { formatProblem } from '../checks/problems.ts';

const base = { name: 'Acme', url: 'https://status.acme.example/', groups: [{ id: 'shop', name: 'Shop' }], components: [{ id: 'checkout', name: 'Checkout', group: 'shop' }] };
const firstLines = (announce: unknown[]) => parseSiteConfig({ ...base, announce }, 'astro.config.mjs').problems.map((problem) => formatProblem(problem).split('\n')[0]);

test.each<[string, unknown[], string[]]>([
  ['a kind that is not one', [{ kind: 'slak', urlEnv: 'X' }], ['astro.config.mjs: error [config-invalid-value] announce.0.kind is "slak", which is not allowed; did you mean "slack"?']],
  ['no kind', [{ urlEnv: 'X' }], ['astro.config.mjs: error [config-missing-field] "announce.0.kind" is required']],
  [
    'a secret pasted where its variable\'s name belongs (and not repeated back)',
    [{ kind: 'slack', urlEnv: 'https://hooks.slack.com/services/T000/B000/XXXXXXXX' }],
    ['astro.config.mjs: error [config-invalid-value] announce.0.urlEnv "https://hook…" looks like a secret itself; put it in an environment variable (a repository secret) and give the variable\'s name here'],
  ],
  ['a field of another kind, misspelt', [{ kind: 'webhook', urlEnv: 'U', secretEnv: 'S', componets: ['shop'] }], ['astro.config.mjs: error [config-unknown-field] "componets" is not a field of announce.0; did you mean "components"?']],
  ['a component that is not one', [{ kind: 'discord', urlEnv: 'U', components: ['chekout'] }], ['astro.config.mjs: error [config-invalid-value] announce.0.components.0 "chekout" is not a component or group; did you mean "checkout"?']],
  [
    'two channels of one kind without ids',
    [{ kind: 'slack', urlEnv: 'A' }, { kind: 'slack', urlEnv: 'B' }],
    ['astro.config.mjs: error [config-invalid-value] announce.1.id: "slack" is already the name of announce.0; give each channel of the same kind its own id'],
  ],
  ['a missing required field', [{ kind: 'mastodon', tokenEnv: 'T' }], ['astro.config.mjs: error [config-missing-field] "announce.0.instance" is required']],
  ['an impact that is not one', [{ kind: 'slack', urlEnv: 'A', minImpact: 'big' }], ['astro.config.mjs: error [config-invalid-value] announce.0.minImpact is "big", which is not allowed']],
])('%s', (_name, announce, expected) => {
  expect(firstLines(announce)).toEqual(expected);
});

test('a valid list gets its defaults', () => {
  const { config } = parseSiteConfig({ ...base, announce: [{ kind: 'bluesky', identifier: 'status.acme.example', passwordEnv: 'BLUESKY_APP_PASSWORD' }, { kind: 'slack', id: 'ops', urlEnv: 'OPS' }] }, 'astro.config.mjs');
  expect(config?.announce).toEqual([
    { kind: 'bluesky', identifier: 'status.acme.example', passwordEnv: 'BLUESKY_APP_PASSWORD', service: 'https://bsky.social', lookbackMinutes: 60 },
    { kind: 'slack', id: 'ops', urlEnv: 'OPS', lookbackMinutes: 60 },
  ]);
  expect(parseSiteConfig(base, 'astro.config.mjs').config?.announce).toEqual([]);
});
