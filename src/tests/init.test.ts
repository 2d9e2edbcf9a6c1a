/**
 * `outpost init` as a person runs it: on a terminal (a pseudo-terminal made by util-linux's
 * `script`, which every Debian has), answering questions, one of them wrong; from a checkout of
 * this repository, before Outpost is on the registry, so the new site carries it in vendor/. Then
 * the site is built with that vendored package, and `init` run from it writes a config from
 * hostile answers that Node reads back exactly.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readSiteOptions } from '../project/config.ts';
import { astroBuild, copyCheckout, makeSite, outpost, REPO, run, type Run } from './helpers.ts';

const NOW = '2026-11-25T08:00Z';
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { name: string; version: string };
const TARBALL = `vendor/${pkg.name}-${pkg.version}.tgz`;
const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;
// Readline on a terminal moves the cursor and clears lines: the text without those sequences.
const plain = (text: string) => text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');

/**
 * Runs a command on a pseudo-terminal and answers its questions: each answer is typed (with Enter)
 * once its question has appeared after the previous one, as a person at the keyboard would.
 */
function converse(
  args: string[],
  cwd: string,
  answers: [question: string, answer: string][],
  env: Record<string, string> = {},
): Promise<Run & { asked: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-q', '-e', '-c', [process.execPath, ...args].map(quote).join(' '), '/dev/null'], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', TERM: 'dumb', ...env },
    });
    let output = '';
    let from = 0;
    const asked: string[] = [];
    const answer = () => {
      while (asked.length < answers.length) {
        const [question, text] = answers[asked.length];
        const at = plain(output).indexOf(question, from);
        if (at === -1) return;
        from = at + question.length;
        asked.push(question);
        child.stdin.write(`${text}\r`);
      }
    };
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      answer();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no end after 8 minutes; so far:\n${plain(output)}`));
    }, 480_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.end();
      resolve({ code: code ?? 1, stdout: plain(output), stderr: '', asked });
    });
  });
}

let work: string;
let site: string;
let session: Run & { asked: string[] };

beforeAll(async () => {
  // Inside the repository (git-ignored), so that the site's build finds Astro and Outpost's own dependencies here.
  mkdirSync(join(REPO, '.test-sites'), { recursive: true });
  work = mkdtempSync(join(REPO, '.test-sites', 'init-'));
  // A checkout of its own: `init` packs it, which must not race the package test's pack of this one.
  const checkout = join(work, 'outpost');
  await copyCheckout(checkout, 'symlink');
  session = await converse(
    [join(checkout, 'src/cli/outpost.ts'), 'init', 'site'],
    work,
    [
      ['Name of the status page', 'Acme Status'],
      ['Its address (e.g.', 'status.acme.test'],
      ['Its address (e.g.', 'https://status.acme.test/'],
      ['Time zone in which days begin', 'Berlin'],
      ['Time zone in which days begin', 'Europe/Berlin'],
      ['Components', 'Web App, api:Public API'],
    ],
    { OUTPOST_NOW: NOW },
  );
  site = join(work, 'site');
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('outpost init on a terminal, from a checkout', () => {
  test('a wrong address is said in plain words and asked again; the other answers are kept; the site is made', () => {
    expect(session.code, session.stdout).toBe(0);
    expect(session.asked).toHaveLength(6);
    expect(session.stdout).toContain(
      '"status.acme.test" is not a web address: write it whole, starting with ' +
        'https://. Did you mean https://status.acme.test/?',
    );
    expect(session.stdout).toContain(
      '"Berlin" is not a time zone: use a name like Europe/Berlin, America/New_York ' +
        'or UTC. Did you mean Europe/Berlin?',
    );
    expect(session.stdout).not.toContain('astro.config.mjs: error');
    // Before the address is asked: which address the first deploy has.
    const note = session.stdout.indexOf('The first deploy publishes the page at');
    expect(note).toBeLessThan(session.stdout.indexOf('Its address (e.g.'));
    // The name was asked once, the address twice.
    expect(session.stdout.split('Name of the status page')).toHaveLength(2);
    expect(session.stdout.split('Its address (e.g.')).toHaveLength(3);
    expect(session.stdout).toContain('created Acme Status in site:');
  });

  test('the answers are in the config, ids made from names as from flags', async () => {
    const config = readFileSync(join(site, 'astro.config.mjs'), 'utf8');
    expect(config).toContain("url: 'https://status.acme.test/',");
    expect(config).toContain("timeZone: 'Europe/Berlin',");
    expect(config).toContain("{ id: 'web-app', name: 'Web App' },\n        { id: 'api', name: 'Public API' },");
  });

  test(
    'before the first release the site carries Outpost: vendor/ holds the packed checkout, package.json depends ' +
      'on that path, no registry link',
    () => {
      expect(existsSync(join(site, TARBALL))).toBe(true);
      expect(JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')).dependencies.outpost).toBe(`file:${TARBALL}`);
      expect(session.stdout).toContain(
        `Outpost is not on the npm registry yet: the site depends on ${TARBALL}, ` + `which is committed with it.`,
      );
      for (const file of ['README.md', 'astro.config.mjs']) {
        expect(readFileSync(join(site, file), 'utf8'), file).not.toContain('npmjs.com');
      }
      const readme = readFileSync(join(site, 'README.md'), 'utf8');
      expect(readme).toContain(`\`${TARBALL}\`, committed with the site, is what \`package.json\` depends on`);
      expect(readme).not.toMatch(/\{\{\w+\}\}/);
      expect(readFileSync(join(site, '.gitignore'), 'utf8')).not.toMatch(/vendor/);
      // Quiet installs in the new site too.
      expect(readFileSync(join(site, '.npmrc'), 'utf8')).toBe(readFileSync(join(REPO, '.npmrc'), 'utf8'));
    },
  );

  test('the site builds with the vendored package', async () => {
    // As `npm install` would put it, without the network: the tarball unpacked into node_modules/outpost;
    // its dependencies are found in this repository's node_modules, above the site.
    mkdirSync(join(site, 'node_modules/outpost'), { recursive: true });
    const into = join(site, 'node_modules/outpost');
    const unpack = await run('tar', ['xzf', join(site, TARBALL), '-C', into, '--strip-components', '1']);
    expect(unpack.code, unpack.stderr).toBe(0);
    const build = await astroBuild(site, join(site, 'dist'), { OUTPOST_NOW: NOW });
    expect(build.code, build.stdout + build.stderr).toBe(0);
    const home = readFileSync(join(site, 'dist/index.html'), 'utf8');
    expect(home).toContain('Acme Status');
    expect(home).toContain('Public API');
  }, 300_000);
});

describe('outpost init from the vendored package, with hostile answers', () => {
  // Line breaks are refused (a name is one line; see below), so the hostile characters that remain.
  const hostile = {
    name: 'Acme Status \' \\ "x" ${1} $& */ </script>',
    component: 'Web App:Web "App" \'1\' \\ ${x} */',
  };

  test('every answer is escaped: Node reads the config back as typed, and validation passes', async () => {
    // Outpost installed from the site's tarball, as in a project that depends on it: init vendors that same tarball.
    const app = site;
    const installed = join(app, 'node_modules/outpost/bin/outpost.js');
    const flags = ['--name', hostile.name, '--url', 'https://status.example.com/', '--time-zone', 'Europe/Berlin'];
    const components = ['--component', hostile.component, '--component', 'api:API'];
    const at = { cwd: app, env: { OUTPOST_NOW: NOW } };
    const made = await run(process.execPath, [installed, 'init', 'hostile', ...flags, ...components], at);
    expect(made.code, made.stdout + made.stderr).toBe(0);
    const dir = join(app, 'hostile');
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).dependencies.outpost).toBe(`file:${TARBALL}`);
    expect(readFileSync(join(dir, TARBALL))).toEqual(readFileSync(join(site, TARBALL)));
    // The config as Node reads it: the site's own import of it, with Outpost from the unpacked tarball.
    symlinkSync(join(site, 'node_modules'), join(dir, 'node_modules'));
    const read = await readSiteOptions(dir);
    expect(read.problems).toEqual([]);
    expect(read.options).toMatchObject({
      name: hostile.name,
      components: [
        { id: 'web-app', name: 'Web "App" \'1\' \\ ${x} */' },
        { id: 'api', name: 'API' },
      ],
    });
    const validate = await run(process.execPath, [installed, 'validate'], { cwd: dir, env: { OUTPOST_NOW: NOW } });
    expect(validate.code, validate.stdout + validate.stderr).toBe(0);
    expect(readFileSync(join(dir, 'README.md'), 'utf8').split('\n')[0]).toBe(`# ${hostile.name}`);
  }, 300_000);
});

describe('outpost init refuses clearly, writing nothing', () => {
  test('a path that is a file, or under a file', async () => {
    writeFileSync(join(work, 'notes.txt'), 'x');
    const flags = ['--name', 'X', '--url', 'https://x.example/', '--component', 'x:X'];
    const file = await outpost(['init', 'notes.txt', ...flags], { cwd: work });
    expect(file.code).toBe(2);
    expect(file.stderr).toBe('outpost init: "notes.txt" is a file, not a folder: give the name of a new folder.\n');
    const under = await outpost(['init', 'notes.txt/site', ...flags], { cwd: work });
    expect(under.stderr).toBe('outpost init: "notes.txt/site" can\'t be made: notes.txt is a file, not a folder.\n');
  });

  test('without a terminal, every wrong or missing answer at once, in plain words', async () => {
    const wrong = ['--url', 'status.acme.test', '--time-zone', 'Berln', '--component', 'x:'];
    const result = await outpost(['init', 'other', ...wrong], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      [
        'outpost init: --name: The page needs a name, like Acme Status.',
        'outpost init: --url: "status.acme.test" is not a web address: write it whole, starting with https://. Did ' +
          'you mean https://status.acme.test/?',
        'outpost init: --time-zone: "Berln" is not a time zone: use a name like Europe/Berlin, America/New_York or ' +
          'UTC. Did you mean Europe/Berlin?',
        'outpost init: --component: "x:" has no name after the colon: write id:Name, like checkout:Checkout, or just ' +
          'the name.',
        '',
      ].join('\n'),
    );
    expect(existsSync(join(work, 'other'))).toBe(false);
  });

  test('a name with a line break, or a control character, is refused in words: a name is one line', async () => {
    const flags = ['--url', 'https://x.example/', '--time-zone', 'UTC'];
    const result = await outpost(
      [
        'init',
        'broken',
        '--name',
        'Acme\u2028Status',
        ...flags,
        '--component',
        'web:Web\rApp',
        '--component',
        'api:API\u0007',
      ],
      { cwd: work },
    );
    expect(result.code).toBe(2);
    const why =
      "has a line break; a name is one line, since a line break would end the calendar's name and split " +
      'the page title.';
    expect(result.stderr).toBe(
      [`outpost init: --name: The name ${why}`, `outpost init: --component: component 1 (name) ${why}`, ''].join('\n'),
    );
    const bell = await outpost(['init', 'broken', '--name', 'Acme\u0007', ...flags, '--component', 'api:API'], {
      cwd: work,
    });
    expect(bell.stderr).toBe(
      'outpost init: --name: The name contains the control character U+0007 (bell); feeds, ' +
        "pages and calendars can't carry it.\n",
    );
    expect(existsSync(join(work, 'broken'))).toBe(false);
  });

  test('--help says how to call it', async () => {
    const help = await outpost(['init', '--help'], { cwd: work });
    expect(help.code).toBe(0);
    const usage = 'usage: outpost init [DIR] [--name N] [--url U] [--time-zone Z] [--component ID:NAME ...]\n';
    expect(help.stdout.startsWith(usage)).toBe(true);
    expect(help.stderr).toBe('');
  });
});

describe('a terminal session keeps answers typed ahead', () => {
  test('outpost new: four answers pasted at the first question all land, in order', async () => {
    const options = { name: 'S', url: 'https://s.example/', components: [{ id: 'checkout', name: 'C' }] };
    const made = makeSite('typed-ahead', options);
    try {
      const pasted = [
        'checkout',
        "Some customers can't pay",
        'major',
        'Some customers see errors when paying. ' + 'Next update by 18:35 UTC.',
      ].join('\r');
      const cli = join(REPO, 'src/cli/outpost.ts');
      const now = { OUTPOST_NOW: '2026-11-22T18:05Z' };
      const session = await converse([cli, 'new'], made.root, [['Components', pasted]], now);
      expect(session.code, session.stdout).toBe(0);
      expect(readFileSync(join(made.root, 'incidents/2026-11-22-some-customers-cant-pay.md'), 'utf8')).toBe(
        "---\ntitle: Some customers can't pay\nimpact: major\ncomponents: [checkout]\n---\n\n## Investigating · " +
          '2026-11-22 18:05 UTC\nSome customers see errors when paying. Next update by 18:35 UTC.\n',
      );
    } finally {
      made.cleanup();
    }
  }, 120_000);
});
