import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { temporaryFolders } from '../tests/helpers.ts';
import { loadProject } from './project.ts';

const folder = temporaryFolders('outpost-project-');
const OPTIONS = { name: 'Acme Status', url: 'https://status.example.com/', components: [{ id: 'api', name: 'API' }] };
const NOW = new Date('2026-11-22T19:30Z');
const file = (title: string, status: string) =>
  `---\ntitle: ${title}\nimpact: minor\ncomponents: [api]\n---\n\n## ${status} · 2026-11-22 18:05 UTC\nThe API is slow. Next update by 18:35 UTC.\n`;

test('publish mode: every incident published, the fallback too, is known to the parse cache by what it was parsed from', async () => {
  const root = folder();
  mkdirSync(join(root, 'incidents'));
  writeFileSync(join(root, 'incidents/settled.md'), file('Settled', 'Resolved'));
  writeFileSync(join(root, 'incidents/broken.md'), file('Broken later', 'Investigating'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
      cwd: root,
      stdio: 'ignore',
    });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'two incidents');
  // Not yet committed: a typo in the status word breaks it.
  writeFileSync(join(root, 'incidents/broken.md'), file('Broken later', 'Investigatin'));

  const loaded = await loadProject({ root, now: NOW, options: OPTIONS, keepGoing: true });
  expect(loaded.fallbacks).toEqual([{ path: 'incidents/broken.md', commit: expect.stringMatching(/^[0-9a-f]{40}$/) }]);
  expect(loaded.incidents.map((incident) => incident.slug).sort()).toEqual(['broken', 'settled']);
  const identities = loaded.incidents.map((incident) => loaded.identity?.(incident));
  for (const identity of identities) expect(identity).toEqual(expect.any(String));
  expect(new Set(identities).size).toBe(2);
  // The same identities in a later run: a build keeps the pages it wrote.
  const again = await loadProject({ root, now: NOW, options: OPTIONS, keepGoing: true });
  expect(again.incidents.map((incident) => again.identity?.(incident))).toEqual(identities);
});
