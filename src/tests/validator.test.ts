import { describe, expect, test } from 'vitest';
import { FIXTURES, outpost } from './helpers.ts';

const NOW = { OUTPOST_NOW: '2026-11-22T19:00Z' };

describe('outpost validate over a folder of broken incidents', () => {
  test('reports every problem in one run, compiler style, and exits 1', async () => {
    const result = await outpost(['validate', '--root', `${FIXTURES}broken`], { env: NOW });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatchInlineSnapshot(`
      "incidents/2026/duplicate.md:7:1: warning [next-update] the newest investigating update doesn't say when the next one comes
          expected: a time for the next update, and keeping it
          example:  Next update by 19:10 UTC.
      incidents/2026/duplicate.md:7:1: warning [stale] it has had no update for more than 30 minutes (now 2026-11-22 19:00 UTC)
          expected: an update at the top, even if only to say work continues
          example:  ## Update · 2026-11-22 19:00 UTC
                    We are still working on a fix. Next update by …
      incidents/Bad_Name.md: error [bad-slug] the file name "Bad_Name" is not a valid slug
          expected: lowercase letters, digits and dashes, ending in .md
          example:  bad-name.md
      incidents/bad-impact.md:3:9: error [invalid-value] impact is "majr", which is not allowed; did you mean "major"?
          expected: one of: none, minor, major, critical
          example:  impact: major
      incidents/bad-status.md:7:4: error [bad-status] "Resovled" is not a status; did you mean "Resolved"?
          expected: one of: Investigating, Identified, Monitoring, Update, Resolved
          example:  ## Resolved · 2026-11-22 18:45 UTC
      incidents/duplicate.md: error [duplicate-slug] the slug "duplicate" is already used by incidents/2026/duplicate.md
          expected: one file per slug: the slug is the file name and the page URL
          example:  duplicate-2.md
      incidents/duplicate.md:7:1: warning [next-update] the newest investigating update doesn't say when the next one comes
          expected: a time for the next update, and keeping it
          example:  Next update by 19:10 UTC.
      incidents/duplicate.md:7:1: warning [stale] it has had no update for more than 30 minutes (now 2026-11-22 19:00 UTC)
          expected: an update at the top, even if only to say work continues
          example:  ## Update · 2026-11-22 19:00 UTC
                    We are still working on a fix. Next update by …
      incidents/empty-message.md:7:1: error [empty-message] the Monitoring update has no message
          expected: what customers experience, on the lines under the heading
          example:  ## Monitoring · 2026-11-22 18:40 UTC
                    We rolled back the change; checkout works again for most customers. Next update in 30 minutes.
      incidents/maintenance-window.md:7:8: error [maintenance-window] the maintenance ends (2026-11-29 02:00 UTC) before it starts (2026-11-29 03:00 UTC)
          expected: scheduled.end after scheduled.start
          example:  scheduled:
                      start: 2026-11-29 03:00 UTC
                      end: 2026-11-29 04:00 UTC
      incidents/many-mistakes.md:4:24: error [unknown-component] "paymens" is not a component; did you mean "payments"?
          expected: one of the site's components: payments, checkout, api
          example:  components: [payments]
      incidents/many-mistakes.md:5:13: error [invalid-value] postmortem "not a url" is not a URL
          expected: an http or https address
          example:  postmortem: https://example.com/blog/checkout-postmortem
      incidents/many-mistakes.md:8:1: error [text-before-updates] text before the first update heading belongs to no update
          expected: every message under a "## <Status> · <time>" heading
          example:  ## Investigating · 2026-11-22 18:05 UTC
                    Some customers see errors when paying.
      incidents/many-mistakes.md:10:4: error [bad-status] "Identifed" is not a status; did you mean "Identified"?
          expected: one of: Investigating, Identified, Monitoring, Update, Resolved
          example:  ## Identified · 2026-11-22 18:20 UTC
      incidents/many-mistakes.md:13:20: error [time-without-zone] "2026-11-22T18:05" has no time zone
          expected: a time with a zone: UTC, Z or an offset like +01:00
          example:  ## Investigating · 2026-11-22T18:05 UTC
      incidents/missing-resolved.md:7:1: warning [next-update] the newest monitoring update doesn't say when the next one comes
          expected: a time for the next update, and keeping it
          example:  Next update by 19:10 UTC.
      incidents/missing-resolved.md:7:1: warning [stale] it has had no update for more than 30 minutes (now 2026-11-22 19:00 UTC)
          expected: an update at the top, even if only to say work continues
          example:  ## Update · 2026-11-22 19:00 UTC
                    We are still working on a fix. Next update by …
      incidents/missing-resolved.md:7:1: warning [missing-resolved] this incident has had no update for 51 days and is not resolved; the page still shows it as open
          expected: a Resolved update at the top once it is over (or a new update within 7 days)
          example:  ## Resolved · 2026-11-22 19:00 UTC
                    Everything works normally again.
      incidents/out-of-order.md:10:1: error [updates-out-of-order] this update (2026-11-22 18:40 UTC) is newer than the one above it on line 7 (2026-11-22 18:05 UTC)
          expected: updates newest first: add each new update at the top
      incidents/started-late.md:4:1: error [started-after-first-update] started (2026-11-22 18:30 UTC) is after the first update (2026-11-22 18:05 UTC)
          expected: a time at or before the oldest update
          example:  started: 2026-11-22 18:05 UTC
      incidents/time-without-zone.md:7:20: error [time-without-zone] "2026-11-22 18:05" has no time zone
          expected: a time with a zone: UTC, Z or an offset like +01:00
          example:  ## Investigating · 2026-11-22 18:05 UTC
      incidents/unclosed-frontmatter.md:1:1: error [unclosed-frontmatter] the frontmatter opened on line 1 is never closed
          expected: a line with only --- after the last field
          example:  ---
                    title: Some customers can't complete checkout
                    impact: major
                    components: [checkout]
                    ---
      incidents/unknown-component.md:6:3: error [unknown-component] "paymnts" is not a component; did you mean "payments"?
          expected: one of the site's components: payments, checkout, api
          example:  components: [payments]
      incidents/unknown-field.md:4:1: error [unknown-field] "componets" is not a field; did you mean "components"?
          expected: one of: title, type, impact, components, started, postmortem, scheduled, until, example
          example:  components: [checkout, api]
      incidents/yaml-syntax.md:2:8: error [yaml-syntax] YAML: Nested mappings are not allowed in compact mappings
          expected: one "field: value" a line; quote values that contain ": " or start with a special character
          example:  title: "Checkout: payments fail"
      18 errors, 7 warnings
      "
    `);
  });

  test('--format github writes workflow commands on the exact lines', async () => {
    const result = await outpost(['validate', '--format', 'github', '--root', `${FIXTURES}broken`], { env: NOW });
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines.every((line) => line.startsWith('::error ') || line.startsWith('::warning '))).toBe(true);
    expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(18);
    expect(lines).toContain(
      '::error file=incidents/unknown-component.md,line=6,col=3,title=unknown-component::"paymnts" is not a component; did you mean "payments"?%0Aexpected: one of the site\'s components: payments, checkout, api%0Aexample: components: [payments]',
    );
  });

  test('GITHUB_ACTIONS=true makes github the default format', async () => {
    const result = await outpost(['validate', '--root', `${FIXTURES}broken`, 'incidents/bad-status.md'], {
      env: { ...NOW, GITHUB_ACTIONS: 'true' },
    });
    expect(result.stdout).toMatch(
      /^::error file=incidents\/bad-status.md,line=7,col=4,title=bad-status::"Resovled" is not a status/,
    );
  });

  test('PATHS limit the check to the named files', async () => {
    const result = await outpost(
      ['validate', '--root', `${FIXTURES}broken`, 'incidents/bad-impact.md', 'incidents/yaml-syntax.md'],
      { env: NOW },
    );
    expect(result.code).toBe(1);
    expect(result.stdout.match(/^incidents\/\S+/gm)).toEqual([
      'incidents/bad-impact.md:3:9:',
      'incidents/yaml-syntax.md:2:8:',
    ]);
  });

  test('a named path that does not exist is an error, not "0 incidents checked"', async () => {
    const result = await outpost(['validate', '--root', `${FIXTURES}broken`, 'incidents/typo.md'], { env: NOW });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('incidents/typo.md: error [missing-path] there is no such file or folder');
  });

  test('a bad OUTPOST_NOW is an error, not a silent default', async () => {
    const result = await outpost(['validate', '--root', `${FIXTURES}broken`], {
      env: { OUTPOST_NOW: '2026-11-22 19:00' },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'outpost validate: OUTPOST_NOW: error [bad-now] OUTPOST_NOW="2026-11-22 19:00" is not a time with a zone',
    );
    expect(result.stdout).toBe('');
  });
});

describe('outpost validate on the bundled examples', () => {
  test('passes with no problems', async () => {
    const result = await outpost(['validate'], { env: { OUTPOST_NOW: '2026-11-22T18:30Z' } });
    expect(result.stdout).toMatch(/^\d+ incidents checked: 0 errors, 0 warnings$/m);
    expect(result.code).toBe(0);
  });
});

describe('communication guidance', () => {
  test('warnings alone print file:line:col: warning [rule] and exit 0', async () => {
    const result = await outpost(['validate', '--root', `${FIXTURES}warnings`], { env: NOW });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter((line) => /^incidents/.test(line))).toEqual([
      "incidents/2026-11-22-db.md:2:1: warning [no-scope] no components are named, so readers can't tell what is affected",
      'incidents/2026-11-22-db.md:2:8: warning [cause-not-impact] the title names "Database", an internal part or cause, not what customers experience',
      'incidents/2026-11-22-db.md:6:1: warning [all-clear] the Resolved update "This incident has been resolved." is too thin to be an all-clear',
      'incidents/2026-11-22-db.md:10:16: warning [blame] "caused by our hosting provider" puts the outage on someone else',
      'incidents/2026-11-22-db.md:10:51: warning [overpromise] "should be fixed within the hour" promises a fix time you may not keep',
      'incidents/2026-11-22-db.md:11:1: warning [cliche] "We apologize for any inconvenience" is a cliché customers skip',
      'incidents/2026-11-22-db.md:14:26: warning [jargon] "latency" is a technical term customers may not know',
      "incidents/2026-11-22-slow.md:7:1: warning [next-update] the newest investigating update doesn't say when the next one comes",
      'incidents/2026-11-22-slow.md:7:1: warning [stale] it has had no update for more than 30 minutes (now 2026-11-22 19:00 UTC)',
    ]);
    expect(result.stdout).toContain('0 errors, 9 warnings');
  });

  test('as GitHub annotations they are warnings', async () => {
    const result = await outpost(
      ['validate', '--format', 'github', '--root', `${FIXTURES}warnings`, 'incidents/2026-11-22-slow.md'],
      { env: NOW },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^::warning file=incidents\/2026-11-22-slow.md,line=7,col=1,title=next-update::/m);
  });
});

describe('control characters', () => {
  const HAS = 'contains the control character';
  const CANT = "feeds, pages and calendars can't carry it";
  const EXPECTED = '    expected: the text without it: letters, punctuation, tabs and line breaks are fine';

  test('in an incident: at the YAML escape that wrote one, at a pasted colour code in a message; exit 1', async () => {
    const result = await outpost(['validate', '--root', `${FIXTURES}control-characters`], { env: NOW });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      `incidents/2026-11-22-escaped-title.md:2:29: error [control-character] title ${HAS} U+000B (vertical tab),` +
        ` written \\x0b; ${CANT}`,
      EXPECTED,
      "    example:  title: Some customers can't complete checkout",
      `incidents/2026-11-22-pasted-colours.md:11:31: error [control-character] the message ${HAS} U+001B (escape),` +
        ` the start of a terminal colour code (and 1 more); ${CANT}`,
      EXPECTED,
      '    example:  Requests to the API fail with HTTP 502 for some customers. Retrying works.',
      '2 errors, 0 warnings',
      '',
    ]);
  });

  test('in the site config: at the dotted path of each text', async () => {
    const result = await outpost(['validate', '--root', `${FIXTURES}control-characters-config`], { env: NOW });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      `astro.config.mjs: error [config-control-character] name ${HAS} U+001B (escape),` +
        ` the start of a terminal colour code (and 1 more); ${CANT}`,
      EXPECTED,
      "    example:  name: 'Control Status'",
      `astro.config.mjs: error [config-control-character] components.0.description ${HAS} U+0085 (next line); ${CANT}`,
      EXPECTED,
      "    example:  description: 'Paying for orders'",
      '2 errors, 0 warnings',
      '',
    ]);
  });
});
