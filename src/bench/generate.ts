/**
 * The benchmark's site: `count` generated incidents over five years, the same
 * files on every run. Shared by `npm run bench` and `npm run bench:home`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatTimestamp } from '../core/incident/time.ts';

const REPO = resolve(import.meta.dirname, '../..');
/** The clock every benchmark build runs at. */
export const NOW = new Date('2026-11-22T18:30Z');
const COMPONENTS = ['website', 'checkout', 'search', 'accounts', 'api', 'webhooks', 'email', 'mobile-app'];
const SUBJECTS = [
  'Checkout',
  'Search results',
  'Sign-in',
  'Order history',
  'The API',
  'Webhooks',
  'Password reset e-mails',
  'The mobile app',
  'Invoices',
  'Image uploads',
];
const SYMPTOMS = [
  'fails for some customers',
  'is slow',
  'shows errors',
  'is unavailable',
  'is delayed',
  'times out in Europe',
  'returns outdated data',
];
const FLOW = ['Investigating', 'Identified', 'Monitoring', 'Update', 'Update'];

/** A deterministic pseudo-random sequence, so every run benchmarks the same files. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * `count` incidents spread over five years before NOW, 1–6 updates each, every component, some maintenance.
 * With `locales`, a site in those languages, every fourth incident's title and first update translated into the second.
 * The site's config imports Outpost from `integration` (a module specifier; the checkout's TypeScript by default).
 */
export function generateSite(
  root: string,
  count: number,
  {
    locales,
    integration = join(REPO, 'src/site/integration.ts'),
  }: { locales?: readonly string[]; integration?: string } = {},
): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'incidents'), { recursive: true });
  // A site of its own, as a real one is (inside the checkout, `outpost` would otherwise name the checkout).
  writeFileSync(
    join(root, 'package.json'),
    `${JSON.stringify({ name: 'bench-status', private: true, type: 'module' })}\n`,
  );
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport outpost from ${JSON.stringify(integration)};\nexport default defineConfig({ integrations: [outpost({ name: 'Bench Status', url: 'https://status.example.com/', groups: [{ id: 'shop', name: 'Shop' }, { id: 'platform', name: 'Platform' }], components: ${JSON.stringify(
      COMPONENTS.map((id, index) => ({
        id,
        name: id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
        group: index < 4 ? 'shop' : 'platform',
      })),
    )}${locales ? `, locales: ${JSON.stringify(locales)}` : ''} })] });\n`,
  );
  const next = random(count);
  const span = 5 * 365 * 86_400_000;
  for (let i = 0; i < count; i++) {
    const start = new Date(
      Math.floor((NOW.getTime() - 3 * 3_600_000 - (span * (i + next())) / count) / 60_000) * 60_000,
    );
    const component = COMPONENTS[Math.floor(next() * COMPONENTS.length)];
    const other = COMPONENTS[Math.floor(next() * COMPONENTS.length)];
    const subject = SUBJECTS[Math.floor(next() * SUBJECTS.length)];
    const title = `${subject} ${SYMPTOMS[Math.floor(next() * SYMPTOMS.length)]}`;
    const slug = `${start.toISOString().slice(0, 10)}-${title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/-$/, '')}-${i}`;
    const maintenance = next() < 0.08;
    const steps = 1 + Math.floor(next() * 6);
    const updates: string[] = [];
    let at = start;
    for (let step = 0; step < steps; step++) {
      if (step > 0) at = new Date(at.getTime() + (10 + Math.floor(next() * 40)) * 60_000);
      const last = step === steps - 1;
      const status = maintenance
        ? last
          ? 'Completed'
          : step === 0
            ? 'Scheduled'
            : 'In progress'
        : last
          ? 'Resolved'
          : FLOW[step];
      const body = last
        ? `${subject} works normally again since ${formatTimestamp(at)}. Nothing was lost, and you **do not need to do anything**. Thank you for bearing with us.`
        : `Since ${formatTimestamp(start)}, ${subject.toLowerCase()} ${SYMPTOMS[step % SYMPTOMS.length]} for about ${1 + Math.floor(next() * 40)}% of customers (case ${i}.${step}). Orders and data are safe; if something fails, please [try again](https://example.com/help) in a few minutes.\n\n- Affected: ${component}\n- Workaround: use the mobile app\n\nNext update in 30 minutes.`;
      updates.unshift(`## ${status} · ${formatTimestamp(at)}\n${body}\n`);
    }
    const frontmatter = maintenance
      ? `title: Planned maintenance of ${subject.toLowerCase()}\ntype: maintenance\ncomponents: [${component}]\nscheduled:\n  start: ${formatTimestamp(start)}\n  end: ${formatTimestamp(new Date(start.getTime() + 6 * 3_600_000))}`
      : `title: ${title}\nimpact: ${['minor', 'major', 'critical'][Math.floor(next() * 3)]}\ncomponents:\n  ${component}: partial_outage${other !== component ? `\n  ${other}: degraded_performance` : ''}`;
    const translated = locales && locales.length > 1 && i % 4 === 0 ? locales[1] : undefined;
    if (translated)
      updates[0] = updates[0].replace(/\n$/, `\n\n### ${translated}\n(${translated}) ${subject}: ${title}.\n`);
    const written = translated
      ? frontmatter.replace(/^title: (.*)$/m, `title:\n  ${locales![0]}: $1\n  ${translated}: (${translated}) $1`)
      : frontmatter;
    writeFileSync(join(root, 'incidents', `${slug}.md`), `---\n${written}\n---\n\n${updates.join('\n')}`);
  }
}
