import { describe, expect, test } from 'vitest';
import { checkAllClear, checkMessage, checkTitle, clockRuleNotice, guidanceProblems } from './guidance.ts';
import { DEFAULT_JARGON } from '../config/guidance-rules.ts';
import { incident, update } from '../../tests/builders.ts';
import { parseSiteConfig } from './validate.ts';

const rulesIn = (markdown: string, terminal = false) =>
  checkMessage(markdown, { terminal, jargon: DEFAULT_JARGON }).map((finding) => finding.rule);

describe('cliche', () => {
  test.each([
    'We apologize for any inconvenience.',
    'We sincerely apologise for the inconvenience caused.',
    'Apologies for the inconvenience.', // corpus: cState
    'We are sorry for any inconvenience this may cause you.', // corpus: linuxserver
    'We regret any inconvenience.', // corpus
    "We're very sorry for the inconvenience.",
  ])('flags %j', (text) => {
    expect(rulesIn(text)).toContain('cliche');
  });
  test.each([
    "We're sorry that checkout failed for an hour this morning.",
    'Some customers see an error when paying. Orders are not lost.',
    'This is inconvenient for merchants shipping today, so please use another carrier meanwhile.',
  ])('leaves %j alone', (text) => {
    expect(rulesIn(text)).not.toContain('cliche');
  });
});

describe('blame', () => {
  test.each([
    'The outage was caused by our hosting provider.',
    'This was caused by an upstream provider.',
    'This issue is outside of our control.',
    'The delay is beyond our control.',
    'This was not our fault.',
    'Errors are due to an outage at our cloud provider.',
  ])('flags %j', (text) => {
    expect(rulesIn(text)).toContain('blame');
  });
  test.each([
    "DHL's label service is still not answering our requests, and we are in contact with DHL.",
    'Shopify is rate-limiting our order imports after a change on their side.',
    'Payments through our card provider fail. We are working with them.',
    'An incident has been created with our hosting provider.', // corpus, naming for context
  ])('leaves %j alone', (text) => {
    expect(rulesIn(text)).not.toContain('blame');
  });
});

describe('overpromise', () => {
  test.each([
    'We expect this to be fixed in 5 minutes.',
    'Service will be back shortly.',
    'An incident has been created with our hosting provider and should be resolved soon.', // corpus
    'It should be fixed within the hour.',
    'Everything will be restored within 30 minutes.',
    'We will be back up in a few minutes.',
  ])('flags %j', (text) => {
    expect(rulesIn(text)).toContain('overpromise');
  });
  test.each([
    'Next update in 30 minutes.',
    'Next update within the hour.',
    'If a payment fails, please retry in a few minutes.',
    'We are working on a fix. Next update by 19:10 UTC.',
    'Jobs are starting to recover.', // corpus: GitHub
  ])('leaves %j alone', (text) => {
    expect(rulesIn(text)).not.toContain('overpromise');
  });
  test('a Resolved update may say things are back', () => {
    expect(rulesIn('Everything is back shortly after the fix.', true)).not.toContain('overpromise');
  });
});

describe('jargon', () => {
  test.each([
    ["We're investigating high latency related to channels and messages.", 'latency'], // corpus: Discord
    ['A mitigation has been applied and jobs are starting to recover.', 'mitigation'], // corpus: GitHub
    ['We failed over to the replica.', 'replica'],
    ['The RCA will follow.', 'RCA'],
  ])('flags %j', (text, word) => {
    const [finding] = checkMessage(text, { terminal: false, jargon: DEFAULT_JARGON }).filter(
      (f) => f.rule === 'jargon',
    );
    expect(finding.message).toBe(`"${word}" is a technical term customers may not know`);
  });
  test.each([
    'Pages take up to 20 seconds to load.',
    'We rolled back the change that caused this.',
    'About one in ten API requests fails with a "503 Service Unavailable" error.',
    'Podcasts and clusters of messages load normally.', // words that merely contain a term
  ])('leaves %j alone', (text) => {
    expect(rulesIn(text)).not.toContain('jargon');
  });
  test("the list is the site's to change", () => {
    expect(checkMessage('The widget froze.', { terminal: false, jargon: ['widget'] }).map((f) => f.rule)).toEqual([
      'jargon',
    ]);
    expect(checkMessage('High latency.', { terminal: false, jargon: [] })).toEqual([]);
  });
});

describe('cause-not-impact (titles)', () => {
  test.each([
    'Database failover',
    'Elevated 5xx errors on API gateway',
    'Redis cluster degraded',
    'DNS issues',
    'Kubernetes node pool outage',
    'Expired TLS certificate',
  ])('flags %j', (title) => {
    expect(checkTitle(title)?.rule).toBe('cause-not-impact');
  });
  test.each([
    "Some customers can't complete checkout",
    'API requests fail and webhooks are delayed',
    'Disruption with Git SSH',
    'Messaging issues',
    'Node.js SDK downloads fail',
  ])('leaves %j alone', (title) => {
    expect(checkTitle(title)).toBeUndefined();
  });
});

describe('all-clear', () => {
  test.each([
    'This incident has been resolved.' /* corpus: GitHub */,
    'Fixed.',
    'All good now.',
    'The issue has been resolved and we will continue to monitor the situation closely for now.',
  ])('flags %j', (text) => {
    expect(checkAllClear(text)?.rule).toBe('all-clear');
  });
  test.each([
    'Checkout works normally again. Orders placed during the incident were kept and have all been processed.',
    'All delayed Shopify orders have been imported, and new orders arrive within a minute again. You do not need to re-import anything.',
  ])('leaves %j alone', (text) => {
    expect(checkAllClear(text)).toBeUndefined();
  });
});

describe('guidanceProblems: lines, columns, next-update, stale, scope, severities', () => {
  const active = incident('db', {
    title: 'Database failover',
    titleLine: 2,
    timeline: [
      {
        ...update('investigating', '2026-11-22T18:00Z', 'Requests fail.\nWe apologize for any inconvenience.'),
        line: 7,
        bodyLine: 8,
      },
    ],
  });

  test('each warning on its line and column', () => {
    const config = parseSiteConfig(
      { name: 'X', url: 'https://x.example/', updateCadenceMinutes: 30, components: [{ id: 'api', name: 'API' }] },
      'astro.config.mjs',
    ).config!;
    const problems = guidanceProblems(active, config, new Date('2026-11-22T18:45Z'));
    expect(problems.map((p) => `${p.line}:${p.column} ${p.severity} [${p.rule}]`)).toEqual([
      '2:8 warning [cause-not-impact]',
      '2:1 warning [no-scope]',
      '9:1 warning [cliche]',
      '7:1 warning [next-update]',
      '7:1 warning [stale]',
    ]);
  });

  test('a promised next update that is still ahead is fine, and off/error are honoured', () => {
    const config = parseSiteConfig(
      { name: 'X', url: 'https://x.example/', updateCadenceMinutes: 30, components: [{ id: 'api', name: 'API' }] },
      'astro.config.mjs',
    ).config!;
    const promised = incident('ok', {
      components: [{ id: 'api', status: 'partial_outage' }],
      timeline: [
        { ...update('investigating', '2026-11-22T18:00Z', 'Requests fail. Next update by 18:30 UTC.'), bodyLine: 8 },
      ],
    });
    expect(guidanceProblems(promised, config, new Date('2026-11-22T18:20Z'))).toEqual([]);
    const strict = { ...config, guidance: { 'cause-not-impact': 'error' as const, 'no-scope': 'off' as const } };
    expect(
      guidanceProblems(active, strict, new Date('2026-11-22T18:10Z')).map((p) => `${p.severity} ${p.rule}`),
    ).toEqual(['error cause-not-impact', 'warning cliche', 'warning next-update']);
  });
});

describe('every pattern word by word, and its near-misses (corpus prose marked)', () => {
  test.each([
    // cliché
    ['We deeply apologize for the inconvenience.', 'cliche'],
    ['We truly apologise for any inconvenience.', 'cliche'],
    ['Apologize for any inconvenience.', 'cliche'],
    ['Apologies for any inconvenience.', 'cliche'],
    ["We're sorry for any inconvenience.", 'cliche'],
    ['We are sorry for the inconvenience.', 'cliche'],
    ['Sorry for the inconvenience.', 'cliche'],
    ['We regret the inconvenience.', 'cliche'],
    ['Regret any inconvenience.', 'cliche'],
    ['Any inconvenience this may have caused is regretted.', 'cliche'],
    ['Any inconvenience that might have caused us to lose you.', 'cliche'],
    ['Any inconvenience this has caused.', 'cliche'],
    ['Any inconvenience that caused.', 'cliche'],
    ['We value your business.', 'cliche'],
    ['We value your patience.', 'cliche'],
    // blame
    ['It was triggered by a third-party provider.', 'blame'],
    ['Caused by the external hosting vendor.', 'blame'],
    ['Caused by our cloud partner.', 'blame'],
    ['Caused by an ISP.', 'blame'],
    ['Caused by the upstream supplier.', 'blame'],
    ['Caused by the host.', 'blame'],
    ['That was beyond our control.', 'blame'],
    ['Outside our control.', 'blame'],
    ['It is not a fault of ours fault.', 'blame'],
    ['This is because of a problem with our upstream provider.', 'blame'],
    ['Due to issues at a third party vendor.', 'blame'],
    ['Due to an incident on the side of the hosting partner.', 'blame'],
    ['Due to a failure with the supplier.', 'blame'],
    ["It was the provider's fault.", 'blame'],
    ['It was the vendor’s fault.', 'blame'],
    // overpromise
    ['It will be fixed momentarily.', 'overpromise'],
    ['It will be resolved any minute now.', 'overpromise'],
    ['The station will be back online shortly.', 'overpromise'], // corpus: agrc
    ['Service is back up soon.', 'overpromise'],
    ['It should be back to normal within the next hour.', 'overpromise'],
    ['Restored in ten minutes.', 'overpromise'],
    ['Working again in five mins.', 'overpromise'],
    ['Up and running in fifteen minutes.', 'overpromise'],
    ['Available again within thirty minutes.', 'overpromise'],
    ['Resolved in the next 3 hours.', 'overpromise'],
    ['Restore within 2 hours.', 'overpromise'],
    ['It should be restored by tonight.', 'overpromise'],
    ['It will be back within a day or so.', 'overpromise'],
    ['We will be back shortly.', 'overpromise'],
  ])('%j → %s', (text, rule) => {
    expect(rulesIn(text)).toContain(rule);
  });

  test.each([
    ['We are sorry that checkout failed.', 'cliche'],
    ['We apologize: payments failed for an hour.', 'cliche'],
    ['Any inconvenience, please write to us.', 'cliche'],
    ['We value your feedback about the outage.', 'cliche'],
    ['Thank you for your patience; we’ll share further updates shortly.', 'cliche'], // corpus: CynderHost
    ['Our provider is back.', 'blame'],
    ['Provider notes are attached.', 'blame'],
    ['This was caused by a bad deploy of ours.', 'blame'],
    ['Due to an outage, payments failed.', 'blame'],
    ['It is within our control now.', 'blame'],
    ["It was our provider's decision to move the data center.", 'blame'],
    ['The fix is deployed; we keep watching it for the next hour.', 'overpromise'],
    ['Backups run in 5 minutes intervals as usual.', 'overpromise'],
    ['Next update in 15 minutes, when we expect it back shortly.', 'overpromise'],
    ['The issue has been resolved and we will be sending out the backlog of emails shortly.', 'overpromise'], // corpus: terminal wording, checked as terminal below
  ])('%j is not %s', (text, rule) => {
    expect(rulesIn(text, rule === 'overpromise' && text.includes('has been resolved'))).not.toContain(rule);
  });

  test.each([
    ['latency'],
    ['p95'],
    ['p99'],
    ['throughput'],
    ['upstream'],
    ['downstream'],
    ['failover'],
    ['replica'],
    ['replication lag'],
    ['shard'],
    ['kubernetes'],
    ['k8s'],
    ['pod'],
    ['cluster'],
    ['node pool'],
    ['load balancer'],
    ['RCA'],
    ['root cause analysis'],
    ['hotfix'],
    ['rollback'],
    ['mitigation'],
    ['mitigated'],
    ['TTL'],
    ['BGP'],
    ['DNS propagation'],
    ['connection pool'],
    ['OOM'],
    ['heap'],
    ['GC pause'],
    ['deadlock'],
    ['race condition'],
    ['canary'],
    ['blue-green'],
    ['CDN edge'],
    ['origin server'],
    ['rate limiter'],
  ])('the default jargon list flags %j, in any case and spacing', (word) => {
    const text = `We saw ${word.toUpperCase().replace(' ', '  ')} today.`;
    const [finding] = checkMessage(text, { terminal: true, jargon: DEFAULT_JARGON });
    expect(finding).toMatchObject({ rule: 'jargon', index: 7 });
    expect(checkMessage(`We saw ${word}s-like x${word} today.`, { terminal: true, jargon: DEFAULT_JARGON })).toEqual(
      [],
    );
  });

  test("special characters in the site's own terms are taken literally", () => {
    const jargon = ['a.b', 'c++', '(x)'];
    expect(checkMessage('We use axb.', { terminal: false, jargon })).toEqual([]);
    expect(checkMessage('We use a.b now.', { terminal: false, jargon }).map((f) => f.index)).toEqual([7]);
    expect(checkMessage('Written in c++ here.', { terminal: false, jargon }).map((f) => f.rule)).toEqual(['jargon']);
    // The same list object again, and an equal copy, give the same answer (compiled once).
    expect(checkMessage('Written in c++ here.', { terminal: false, jargon: [...jargon] }).map((f) => f.rule)).toEqual([
      'jargon',
    ]);
  });
});

describe('findings: which one, where, in which words', () => {
  test("the earliest match among a rule's patterns is reported", () => {
    const [finding] = checkMessage('We regret any inconvenience. We apologize for the inconvenience.', {
      terminal: false,
      jargon: [],
    });
    expect(finding).toEqual({
      rule: 'cliche',
      index: 0,
      message: '"We regret any inconvenience" is a cliché customers skip',
      expected: 'say what went wrong for them and what you are doing; an apology, if any, names the impact',
      example: "We're sorry that checkout failed for an hour this morning.",
    });
    const [later] = checkMessage('Errors. We value your patience. Apologies for the inconvenience.', {
      terminal: false,
      jargon: [],
    });
    expect(later).toMatchObject({ index: 8, message: '"We value your patience" is a cliché customers skip' });
  });

  test('every rule at once, in order, with its own words', () => {
    const text =
      'High latency. This was caused by our hosting provider. It will be fixed shortly. We apologize for any inconvenience.';
    expect(checkMessage(text, { terminal: false, jargon: DEFAULT_JARGON })).toEqual([
      {
        rule: 'cliche',
        index: 81,
        message: '"We apologize for any inconvenience" is a cliché customers skip',
        expected: expect.any(String),
        example: expect.any(String),
      },
      {
        rule: 'blame',
        index: 23,
        message: '"caused by our hosting provider" puts the outage on someone else',
        expected: 'take responsibility for your service; naming a provider for context is fine',
        example: 'Payments through our card provider fail. We are working with them and will switch traffic if needed.',
      },
      {
        rule: 'overpromise',
        index: 66,
        message: '"fixed shortly" promises a fix time you may not keep',
        expected: 'promise the next update, not the fix',
        example: 'We are working on a fix. Next update by 19:10 UTC.',
      },
      {
        rule: 'jargon',
        index: 5,
        message: '"latency" is a technical term customers may not know',
        expected: 'what customers notice, in their words',
        example: 'Pages take up to 20 seconds to load.',
      },
    ]);
    expect(checkMessage(text, { terminal: true, jargon: [] }).map((f) => f.rule)).toEqual(['cliche', 'blame']);
  });

  test('a fix time after "next update" on the same line is the update\'s time; on a new sentence it is a promise', () => {
    expect(rulesIn('Next update when it is back shortly.')).toEqual([]);
    expect(rulesIn('Next update at 19:00 UTC.\nIt will be back shortly.')).toEqual(['overpromise']);
    expect(rulesIn('Next update at 19:00 UTC. It will be back shortly.')).toEqual(['overpromise']);
  });

  test('the title names a cause', () => {
    expect(checkTitle('Checkout fails after a database migration')).toEqual({
      rule: 'cause-not-impact',
      index: 23,
      message: 'the title names "database", an internal part or cause, not what customers experience',
      expected: 'what customers notice, in their words',
      example: "title: Some customers can't complete checkout",
    });
  });
});

describe('all-clear: enough words, and one that reassures', () => {
  test.each([
    ['Checkout works normally again for every customer in every region now.', false], // 11 words
    ['Checkout works normally again for every customer in every single region now.', true], // 12 words
    ['The payment page loads for every customer in every region of the world today.', false], // 14 words, nothing reassuring
    ['All orders placed during the incident went through; you need not do a single thing.', true],
  ])('%j: passes %s', (text, passes) => {
    expect(checkAllClear(text) === undefined).toBe(passes);
  });

  test('the message quotes the update, cut at 60 characters', () => {
    expect(checkAllClear('Fixed.')?.message).toBe('the Resolved update "Fixed." is too thin to be an all-clear');
    const sixty = 'x'.repeat(60);
    expect(checkAllClear(sixty)?.message).toBe(`the Resolved update "${sixty}" is too thin to be an all-clear`);
    expect(checkAllClear(`${sixty}y`)?.message).toBe(
      `the Resolved update "${'x'.repeat(57)}…" is too thin to be an all-clear`,
    );
    expect(checkAllClear('Fixed.')).toMatchObject({
      rule: 'all-clear',
      index: 0,
      expected: 'what works again, whether anything was lost, and what customers need to do (often: nothing)',
    });
  });
});

describe('guidanceProblems by type and status', () => {
  const now = new Date('2026-11-22T18:10Z');
  const siteConfig = () =>
    parseSiteConfig(
      { name: 'X', url: 'https://x.example/', components: [{ id: 'checkout', name: 'Checkout' }] },
      'astro.config.mjs',
    ).config!;
  const rules = (subject: Parameters<typeof guidanceProblems>[0], at = now, site = siteConfig()) =>
    guidanceProblems(subject, site, at).map((p) => `${p.line}:${p.column} ${p.severity} ${p.rule}`);

  test.each([
    [
      'an incident without components',
      incident('a', {
        title: 'DNS down',
        timeline: [update('investigating', '2026-11-22T18:00Z', 'Errors. Next update by 18:30 UTC.')],
      }),
      ['1:8 warning cause-not-impact', '1:1 warning no-scope'],
    ],
    [
      'maintenance: no title rule, scope still',
      incident('m', {
        type: 'maintenance',
        title: 'DNS upgrade',
        scheduled: { start: now, end: now },
        timeline: [update('scheduled', '2026-11-22T18:00Z', 'DNS moves.')],
      }),
      ['1:1 warning no-scope'],
    ],
    [
      'a notice: neither',
      incident('n', {
        type: 'notice',
        title: 'DNS notes',
        timeline: [update('update', '2026-11-22T18:00Z', 'Read this.')],
      }),
      [],
    ],
    [
      'a resolved incident with a thin all-clear',
      incident('r', {
        title: 'Checkout fails',
        components: [{ id: 'checkout', status: 'major_outage' }],
        timeline: [
          update('investigating', '2026-11-22T17:00Z', 'Errors.'),
          { ...update('resolved', '2026-11-22T18:00Z', 'Fixed.'), line: 7 },
        ],
      }),
      ['7:1 warning all-clear'],
    ],
    [
      'completed maintenance is not checked for an all-clear',
      incident('c', {
        type: 'maintenance',
        title: 'Upgrade',
        components: [{ id: 'checkout', status: 'under_maintenance' }],
        scheduled: { start: now, end: now },
        timeline: [update('completed', '2026-11-22T18:00Z', 'Done.')],
      }),
      [],
    ],
    [
      'a resolved incident may say it is back shortly',
      incident('s', {
        title: 'Checkout fails',
        components: [{ id: 'checkout', status: 'major_outage' }],
        timeline: [
          {
            ...update(
              'resolved',
              '2026-11-22T18:00Z',
              'Checkout works normally again and the backlog is sent shortly; nothing was lost.',
            ),
            line: 7,
          },
        ],
      }),
      [],
    ],
  ])('%s', (_name, subject, expected) => {
    expect(rules(subject)).toEqual(expected);
  });

  test('no-scope suggests the first component of the config', () => {
    const config = siteConfig();
    const [problem] = guidanceProblems(
      incident('a', {
        title: 'Checkout fails',
        timeline: [
          update(
            'resolved',
            '2026-11-22T18:00Z',
            'Checkout works normally again and nothing was lost; you need not do anything.',
          ),
        ],
      }),
      config,
      now,
    );
    expect(problem).toMatchObject({
      rule: 'no-scope',
      example: 'components: [checkout]',
      message: "no components are named, so readers can't tell what is affected",
      file: 'incidents/a.md',
    });
  });

  test('positions: the heading line plus one when the body line is unknown, columns within the line', () => {
    const subject = incident('p', {
      title: 'Checkout fails',
      components: [{ id: 'checkout', status: 'major_outage' }],
      timeline: [
        {
          ...update(
            'investigating',
            '2026-11-22T18:00Z',
            'Errors.\nStill errors.\n  We apologize for any inconvenience. Next update by 18:30 UTC.',
          ),
          line: 7,
          bodyLine: undefined,
        },
      ],
    });
    expect(rules(subject)).toEqual(['10:3 warning cliche']);
  });

  test('stale: by the promise or by the cadence, with the times in the message', () => {
    const config = siteConfig();
    const promised = incident('p', {
      title: 'Checkout fails',
      components: [{ id: 'checkout', status: 'major_outage' }],
      timeline: [{ ...update('investigating', '2026-11-22T18:00Z', 'Errors. Next update by 18:05 UTC.'), line: 7 }],
    });
    expect(guidanceProblems(promised, config, now).map((p) => [p.rule, p.message, p.example])).toEqual([
      [
        'stale',
        'the next update was promised by 2026-11-22 18:05 UTC (now 2026-11-22 18:10 UTC)',
        '## Update · 2026-11-22 18:10 UTC\nWe are still working on a fix. Next update by …',
      ],
    ]);
    const silent = incident('s', {
      title: 'Checkout fails',
      components: [{ id: 'checkout', status: 'major_outage' }],
      timeline: [{ ...update('investigating', '2026-11-22T17:00Z', 'Errors.'), line: 7 }],
    });
    expect(guidanceProblems(silent, config, now).map((p) => [p.rule, p.message])).toEqual([
      ['next-update', "the newest investigating update doesn't say when the next one comes"],
      ['stale', 'it has had no update for more than 30 minutes (now 2026-11-22 18:10 UTC)'],
    ]);
    expect(
      guidanceProblems(silent, { ...config, guidance: { stale: 'off', 'next-update': 'error' } }, now).map((p) => [
        p.rule,
        p.severity,
      ]),
    ).toEqual([['next-update', 'error']]);
    expect(guidanceProblems(silent, config, new Date('2026-11-22T16:00Z'))).toEqual([]);
  });
});

describe('clock-only judgments warn, never fail', () => {
  const siteConfig = (guidance = {}) =>
    parseSiteConfig(
      { name: 'X', url: 'https://x.example/', guidance, components: [{ id: 'checkout', name: 'Checkout' }] },
      'astro.config.mjs',
    ).config!;
  const open = (time: string, status: 'investigating' | 'monitoring' = 'investigating') =>
    incident('o', {
      title: 'Checkout fails',
      components: [{ id: 'checkout', status: 'major_outage' }],
      timeline: [{ ...update(status, time, 'Errors. Next update by 18:30 UTC.'), line: 7 }],
    });
  const forgotten = (subject: Parameters<typeof guidanceProblems>[0], at: string, config = siteConfig()) =>
    guidanceProblems(subject, config, new Date(at))
      .filter((p) => p.rule === 'missing-resolved')
      .map((p) => `${p.line}:${p.column} ${p.severity}`);

  test.each([
    ['2026-11-15T19:30Z', 'investigating', []],
    ['2026-11-15T19:29Z', 'investigating', ['7:1 warning']],
    ['2026-11-01T19:29Z', 'monitoring', ['7:1 warning']],
  ] as const)('newest at %s, %s, seven days allowed', (time, status, expected) => {
    expect(forgotten(open(time, status), '2026-11-22T19:30Z')).toEqual(expected);
  });

  test('a resolved incident, maintenance and notices are never forgotten', () => {
    const resolved = incident('r', {
      title: 'Checkout fails',
      components: [{ id: 'checkout', status: 'major_outage' }],
      timeline: [
        update('investigating', '2026-10-01T10:00Z', 'Errors.'),
        update('resolved', '2026-10-01T11:00Z', 'Checkout works again.'),
      ],
    });
    const notice = incident('n', {
      type: 'notice',
      title: 'Peak',
      timeline: [update('update', '2026-10-01T10:00Z', 'Busy.')],
    });
    expect([forgotten(resolved, '2027-01-01T00:00Z'), forgotten(notice, '2027-01-01T00:00Z')]).toEqual([[], []]);
  });

  test('the message counts whole days, says the page still shows it and names the limit', () => {
    const [problem] = guidanceProblems(
      open('2026-11-01T19:29Z', 'monitoring'),
      siteConfig(),
      new Date('2026-11-22T19:30Z'),
    ).filter((p) => p.rule === 'missing-resolved');
    expect(problem).toEqual({
      file: 'incidents/o.md',
      line: 7,
      column: 1,
      severity: 'warning',
      rule: 'missing-resolved',
      message: 'this incident has had no update for 21 days and is not resolved; the page still shows it as open',
      expected: 'a Resolved update at the top once it is over (or a new update within 7 days)',
      example: '## Resolved · 2026-11-22 19:30 UTC\nEverything works normally again.',
    });
  });

  test.each(['2026-11-22T19:00Z', '2026-11-23T19:00Z', '2026-11-30T19:00Z', '2026-12-23T19:00Z', '2027-12-27T19:00Z'])(
    'stale set to error still warns at %s, and no clock makes an error',
    (at) => {
      const problems = guidanceProblems(open('2026-11-22T18:00Z'), siteConfig({ stale: 'error' }), new Date(at));
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(problems.map((p) => p.rule)).toContain('stale');
    },
  );

  test('asking for stale as an error gives one notice on the config', () => {
    expect(clockRuleNotice(siteConfig({ stale: 'error' }), 'astro.config.mjs')).toEqual({
      file: 'astro.config.mjs',
      line: 0,
      column: 0,
      severity: 'notice',
      rule: 'guidance-clock',
      message:
        'guidance "stale" is reported as a warning, not an error: it depends only on the clock, and time passing never stops the page from publishing',
    });
    expect(clockRuleNotice(siteConfig({ stale: 'warn' }), 'astro.config.mjs')).toBeUndefined();
  });
});

describe('the example `outpost init` writes', () => {
  const config = () =>
    parseSiteConfig(
      {
        name: 'X',
        url: 'https://x.example/',
        components: [{ id: 'api', name: 'API' }],
        guidance: { 'all-clear': 'off' },
      },
      'astro.config.mjs',
    ).config!;
  const example = incident('2026-11-22-example', {
    example: true,
    components: [{ id: 'api', status: 'degraded_performance' }],
    timeline: [
      update('investigating', '2026-11-22T10:00Z', 'An example. Next update in 30 minutes.'),
      update('resolved', '2026-11-22T10:40Z', 'Works normally again; nothing was lost.'),
    ],
  });

  test('warns on every check, at the top of the file, until it is deleted; whatever the guidance settings', () => {
    for (const now of [new Date('2026-11-22T11:00Z'), new Date('2027-11-22T11:00Z')]) {
      expect(guidanceProblems(example, config(), now)).toEqual([
        {
          file: 'incidents/2026-11-22-example.md',
          line: 1,
          column: 1,
          severity: 'warning',
          rule: 'example-incident',
          message:
            'this is the example incident written by `outpost init`; readers see it on the page until the file is deleted',
          expected: 'the file deleted before the page goes live (it never counts against uptime meanwhile)',
          example: 'git rm incidents/2026-11-22-example.md',
        },
      ]);
    }
  });

  test('a real incident gets no such warning', () => {
    expect(guidanceProblems({ ...example, example: undefined }, config(), new Date('2026-11-22T11:00Z'))).toEqual([]);
  });
});
