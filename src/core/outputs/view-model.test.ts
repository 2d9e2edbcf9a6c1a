import { describe, expect, test } from 'vitest';
import { incident, update } from '../../tests/builders.ts';
import { parseSiteConfig } from '../checks/validate.ts';
import { buildSiteView, RECENT_DAYS, UPTIME_DAYS, buildSiteViews, siteLanguages } from './view-model.ts';
import { checkoutErrors, apiSlow, NOW, SHOP_CONFIG, SHOP_INCIDENTS, shopSite } from '../../tests/site-fixture.ts';

describe("a component's incidents in its uptime window", () => {
  // Auckland is 12 hours ahead of UTC in August (NZST) and 13 in November (NZDT).
  const now = new Date('2026-11-22T12:00Z'); // 23 Nov, 01:00 in Auckland
  const affects = { components: [{ id: 'api', status: 'partial_outage' as const }] };
  // Ends at 02:00 on 26 Aug in Auckland, the first day of the 90 bars (14:00 UTC the day before).
  const inside = incident('inside', {
    ...affects,
    timeline: [update('investigating', '2026-08-25T10:00Z'), update('resolved', '2026-08-25T14:00Z')],
  });
  // Ends at 23:00 on 25 Aug in Auckland: the day before the first bar.
  const before = incident('before', {
    ...affects,
    timeline: [update('investigating', '2026-08-25T08:00Z'), update('resolved', '2026-08-25T11:00Z')],
  });
  test('start at local midnight of the first bar, so the list matches the bars', () => {
    const config = parseSiteConfig(
      {
        name: 'Kiwi',
        url: 'https://status.kiwi.example/',
        timeZone: 'Pacific/Auckland',
        components: [{ id: 'api', name: 'API' }],
      },
      'astro.config.mjs',
    ).config!;
    const api = buildSiteView(config, [inside, before], now).components[0];
    expect(api.uptimeDays[0].day).toBe('2026-08-26');
    expect(api.uptimeDays[0].incidents.map((shown) => shown.slug)).toEqual(['inside']);
    expect(api.windowIncidents.map((shown) => shown.slug)).toEqual(['inside']);
    expect(api.incidents.map((shown) => shown.slug)).toEqual(['inside', 'before']);
  });
});

describe('the shop at 19:30 UTC', () => {
  const slugs = (views: { slug: string }[]) => views.map((view) => view.slug);

  test('what is going on, each list in its order', () => {
    const site = shopSite();
    expect(site.overall).toEqual({ status: 'major_outage', label: 'Major outage' });
    expect(slugs(site.activeIncidents)).toEqual(['checkout-down', 'api-slow']);
    expect(slugs(site.activeMaintenance)).toEqual(['search-reindex']);
    expect(slugs(site.upcomingMaintenance)).toEqual(['db-upgrade']);
    expect(slugs(site.notices)).toEqual(['peak']);
    expect(slugs(site.incidents)).toEqual([
      'db-upgrade',
      'api-slow',
      'search-reindex',
      'checkout-down',
      'checkout-errors',
      'peak',
      'old-outage',
    ]);
    expect(site.incidentBySlug.get('api-slow')).toBe(site.incidents[1]);
    expect(site.updatedAt).toEqual(new Date('2026-11-22T19:20Z'));
    expect(site.paths.home).toBe('/status/');
  });

  test('components and their sections', () => {
    const site = shopSite();
    expect(
      site.components.map((c) => [
        c.id,
        c.url,
        c.status,
        c.statusLabel,
        c.uptime[0].percent,
        slugs(c.incidents),
        slugs(c.windowIncidents),
        slugs(c.upcoming),
        c.uptimeDays.length,
      ]),
    ).toEqual([
      [
        'checkout',
        '/status/components/checkout/',
        'major_outage',
        'Major outage',
        '99.95%',
        ['checkout-down', 'checkout-errors'],
        ['checkout-down', 'checkout-errors'],
        [],
        90,
      ],
      [
        'payments',
        '/status/components/payments/',
        'operational',
        'Operational',
        '99.95%',
        ['db-upgrade', 'old-outage'],
        ['old-outage'],
        ['db-upgrade'],
        90,
      ],
      [
        'api',
        '/status/components/api/',
        'degraded_performance',
        'Degraded performance',
        '100.00%',
        ['api-slow', 'checkout-errors'],
        ['api-slow', 'checkout-errors'],
        [],
        90,
      ],
      [
        'search',
        '/status/components/search/',
        'under_maintenance',
        'Under maintenance',
        '100.00%',
        ['search-reindex'],
        ['search-reindex'],
        [],
        90,
      ],
    ]);
    expect(
      site.sections.map((s) => [
        s.id,
        s.name,
        s.status,
        s.components.map((c) => c.id),
        s.uptimeDays.length,
        s.uptime.map((period) => period.percent),
      ]),
    ).toEqual([
      // 113.5 minutes down (1 Oct: 60 major; today: 45 partial at 30%, 40 major) over 90 and 60 days; 53.5 over 30:
      // from Berlin's midnight 89, 59 and 29 days ago to 19:30 UTC: 129,450, 86,250 and 43,050 minutes.
      ['shop', 'Shop', 'major_outage', ['checkout', 'payments'], 90, ['99.91%', '99.86%', '99.87%']],
      ['', '', 'degraded_performance', ['api', 'search'], 0, []],
    ]);
    // Each component's own history: what began, newest first; its maintenance still to come is not history yet.
    expect(
      site.components.map((c) => c.history.flatMap((page) => page.months.flatMap((month) => slugs(month.incidents)))),
    ).toEqual([
      ['checkout-down', 'checkout-errors'],
      ['old-outage'],
      ['api-slow', 'checkout-errors'],
      ['search-reindex'],
    ]);
    expect(site.sections[0].description).toBe('Buying things');
  });

  test('a group without components is left out; without ungrouped components there is no extra section', () => {
    const grouped = shopSite([], NOW, {
      groups: [
        { id: 'shop', name: 'Shop' },
        { id: 'empty', name: 'Empty' },
      ],
      components: [{ id: 'checkout', name: 'Checkout', group: 'shop' }],
    });
    expect(grouped.sections.map((s) => s.id)).toEqual(['shop']);
    expect(grouped.overall).toEqual({ status: 'operational', label: 'All systems operational' });
    expect(grouped.updatedAt).toEqual(new Date(0));
  });

  test('recent days hold incidents and maintenance, not notices; history leaves out what has not begun, maintenance too', () => {
    const site = shopSite();
    expect(site.recentDays).toHaveLength(14);
    expect(site.recentDays[0].day).toBe('2026-11-22');
    expect(slugs(site.recentDays[0].incidents)).toEqual([
      'api-slow',
      'search-reindex',
      'checkout-down',
      'checkout-errors',
    ]);
    expect(site.recentDays.flatMap((day) => slugs(day.incidents))).not.toContain('peak');
    const later = incident('later', {
      started: new Date('2026-11-23T00:00Z'),
      components: [{ id: 'api', status: 'major_outage' }],
      timeline: [update('investigating', '2026-11-22T19:00Z')],
    });
    const withLater = shopSite([...SHOP_INCIDENTS, later]);
    expect(withLater.history[0].months.flatMap((m) => slugs(m.incidents))).toEqual([
      'api-slow',
      'search-reindex',
      'checkout-down',
      'checkout-errors',
      'peak',
      'old-outage',
    ]);
    expect(
      shopSite(SHOP_INCIDENTS, NOW, { historyPageSize: 2 }).history.map((page) =>
        page.months.map((m) => m.incidents.length),
      ),
    ).toEqual([[2], [2], [1, 1]]);
  });

  test('an incident view', () => {
    const site = shopSite();
    const view = site.incidentBySlug.get('checkout-errors')!;
    expect({ ...view, incident: undefined, updates: undefined, latest: undefined }).toEqual({
      incident: undefined,
      updates: undefined,
      latest: undefined,
      slug: 'checkout-errors',
      url: '/status/incidents/checkout-errors/',
      title: 'Some customers cannot pay',
      type: 'incident',
      impact: 'major',
      impactLabel: 'Major',
      status: 'resolved',
      statusLabel: 'Resolved',
      active: false,
      upcoming: false,
      settled: true,
      start: new Date('2026-11-22T18:05Z'),
      end: new Date('2026-11-22T19:02Z'),
      // The times of the updates, newest first, as `updates` has them.
      updateTimes: ['19:02', '18:40', '18:20', '18:05'].map((time) => new Date(`2026-11-22T${time}Z`)),
      durationLabel: '57 min',
      components: [
        // What it did, in the past tense and a neutral colour: the incident is over.
        {
          id: 'checkout',
          name: 'Checkout',
          status: 'partial_outage',
          statusLabel: 'Partial outage',
          url: '/status/components/checkout/',
          pill: { tone: 'neutral', label: 'Had a partial outage' },
        },
        {
          id: 'api',
          name: 'API',
          status: 'degraded_performance',
          statusLabel: 'Degraded performance',
          url: '/status/components/api/',
          pill: { tone: 'neutral', label: 'Had degraded performance' },
        },
      ],
      postmortemUrl: 'https://example.com/pm',
      postmortemHtml: '<p>A <strong>bad</strong> deploy.</p>',
    });
    expect(view.incident).toBe(checkoutErrors);
    expect(view.latest).toBe(view.updates[0]);
    expect(view.updateTimes).toEqual(view.updates.map((u) => u.at));
    expect(view.updates.map((u) => [u.label, u.anchor, u.url, u.html, u.text])).toEqual([
      [
        'Resolved',
        'update-2026-11-22T19-02Z',
        '/status/incidents/checkout-errors/#update-2026-11-22T19-02Z',
        '<p>Checkout works normally again. Orders were kept.</p>',
        'Checkout works normally again. Orders were kept.',
      ],
      [
        'Monitoring',
        'update-2026-11-22T18-40Z',
        '/status/incidents/checkout-errors/#update-2026-11-22T18-40Z',
        '<p>A fix is out.\nNext update by 19:10 UTC.</p>',
        'A fix is out. Next update by 19:10 UTC.',
      ],
      [
        'Update',
        'update-2026-11-22T18-20Z',
        '/status/incidents/checkout-errors/#update-2026-11-22T18-20Z',
        '<p>Still looking.</p>',
        'Still looking.',
      ],
      [
        'Investigating',
        'update-2026-11-22T18-05Z',
        '/status/incidents/checkout-errors/#update-2026-11-22T18-05Z',
        expect.stringContaining('<p>Some customers'),
        expect.stringContaining('Some customers'),
      ],
    ]);
  });

  test('the next update is shown only while an incident is active', () => {
    const site = shopSite();
    expect(site.incidentBySlug.get('api-slow')!.nextUpdate).toEqual(new Date('2026-11-22T19:45Z'));
    expect(site.incidentBySlug.get('checkout-down')!.nextUpdate).toBeUndefined();
    expect(site.incidentBySlug.get('checkout-errors')!.nextUpdate).toBeUndefined();
    expect(
      shopSite(SHOP_INCIDENTS, new Date('2026-11-22T18:50Z')).incidentBySlug.get('checkout-errors')!.nextUpdate,
    ).toEqual(new Date('2026-11-22T19:10Z'));
    expect(site.incidentBySlug.get('api-slow')!.durationLabel).toBe('30 min');
    expect(site.incidentBySlug.get('api-slow')!.end).toBeUndefined();
    expect(site.incidentBySlug.get('api-slow')!.postmortemUrl).toBeUndefined();
    expect(site.incidentBySlug.get('api-slow')!.postmortemHtml).toBeUndefined();
  });

  test('updates: only those posted by now, with the window transitions; all of them when none is', () => {
    const site = shopSite();
    expect(site.incidentBySlug.get('search-reindex')!.updates.map((u) => [u.status, u.automatic ?? false])).toEqual([
      ['in_progress', true],
      ['scheduled', false],
    ]);
    const early = shopSite([checkoutErrors], new Date('2026-11-22T18:30Z')).incidentBySlug.get('checkout-errors')!;
    expect(early.updates.map((u) => u.status)).toEqual(['update', 'investigating']);
    const none = shopSite([checkoutErrors], new Date('2026-11-22T18:00Z')).incidentBySlug.get('checkout-errors')!;
    expect(none.updates.map((u) => u.status)).toEqual(['resolved', 'monitoring', 'update', 'investigating']);
    expect(site.incidentBySlug.get('db-upgrade')!.components[0].name).toBe('Payments');
  });

  test('an unknown component keeps its id as its name; the uptime window starts at the first bar', () => {
    const ghost = incident('ghost', {
      components: [{ id: 'gone', status: 'major_outage' }],
      timeline: [update('investigating', '2026-11-22T10:00Z'), update('resolved', '2026-11-22T11:00Z')],
    });
    expect(shopSite([ghost]).incidents[0].components[0]).toMatchObject({ id: 'gone', name: 'gone' });
    const ancient = incident('ancient', {
      components: [{ id: 'api', status: 'major_outage' }],
      timeline: [update('investigating', '2026-05-01T10:00Z'), update('resolved', '2026-05-01T11:00Z')],
    });
    const api = shopSite([ancient]).components.find((c) => c.id === 'api')!;
    expect(api.incidents.map((view) => view.slug)).toEqual(['ancient']);
    expect(api.windowIncidents).toEqual([]);
    expect(api.uptimeDays[0].day).toBe('2026-08-25');
    expect(api.uptimeDays[89].day).toBe('2026-11-22');
  });

  test('the views render Markdown once, on first use', () => {
    const view = shopSite([apiSlow]).incidents[0].latest;
    expect(view.text).toBe('Requests take up to 20 seconds. Next update by 19:45 UTC.');
    expect(view.html).toBe('<p>Requests take up to 20 seconds. Next update by 19:45 UTC.</p>');
  });

  test('constants', () => {
    expect([UPTIME_DAYS, RECENT_DAYS]).toEqual([90, 14]);
  });
});

describe('languages, optional fields and boundaries', () => {
  const now = new Date('2026-11-22T18:30Z');
  const configOf = (extra: Record<string, unknown> = {}) =>
    parseSiteConfig(
      { name: 'Acme', url: 'https://status.acme.example/', components: [{ id: 'api', name: 'API' }], ...extra },
      'astro.config.mjs',
    ).config!;

  describe('a site in several languages', () => {
    const config = configOf({ locales: ['en', 'de', 'fr'] });
    const translatedIncident = {
      ...incident('outage', {
        title: 'Checkout down',
        components: [{ id: 'api', status: 'major_outage' }],
        timeline: [
          {
            ...update('investigating', '2026-11-22T18:00Z', 'Looking. Next update in 30 minutes.'),
            translations: { de: 'Wir schauen.' },
          },
        ],
      }),
      titleTranslations: { de: 'Kasse kaputt' },
      postmortemMarkdown: 'What happened.',
      postmortemTranslations: { de: 'Was geschah.' },
    };

    test('each language has its folder, the default none', () => {
      expect(siteLanguages(config).map(({ locale, lang, path, name }) => [locale, lang, path, name])).toEqual([
        ['en', 'en', '', 'English'],
        ['de', 'de', 'de', 'Deutsch'],
        ['fr', 'fr', 'fr', 'Français'],
      ]);
      expect(
        buildSiteViews(config, [], now).map((view) => [view.language.locale, view.i18n.locale, view.paths.home]),
      ).toEqual([
        ['en', 'en', '/'],
        ['de', 'de', '/de/'],
        ['fr', 'fr', '/fr/'],
      ]);
    });

    test('a locale the site does not have gives the default language', () => {
      expect(buildSiteView(config, [], now, 'ja').language.locale).toBe('en');
      expect(buildSiteView(config, [], now, 'fr').language.locale).toBe('fr');
    });

    test.each([
      [
        'the default language: the text as written, unmarked',
        'en',
        {
          title: 'Checkout down',
          titleLang: undefined,
          text: 'Looking. Next update in 30 minutes.',
          lang: undefined,
          postmortem: '<p>What happened.</p>',
          postmortemLang: undefined,
        },
      ],
      [
        'a translation: its text, unmarked',
        'de',
        {
          title: 'Kasse kaputt',
          titleLang: undefined,
          text: 'Wir schauen.',
          lang: undefined,
          postmortem: '<p>Was geschah.</p>',
          postmortemLang: undefined,
        },
      ],
      [
        "no translation: the default language's text, marked with its lang",
        'fr',
        {
          title: 'Checkout down',
          titleLang: 'en',
          text: 'Looking. Next update in 30 minutes.',
          lang: 'en',
          postmortem: '<p>What happened.</p>',
          postmortemLang: 'en',
        },
      ],
    ] as const)('%s', (_name, locale, expected) => {
      const view = buildSiteView(config, [translatedIncident], now, locale).incidents[0];
      expect({
        title: view.title,
        titleLang: view.titleLang,
        text: view.latest.text,
        lang: view.latest.lang,
        postmortem: view.postmortemHtml?.trim(),
        postmortemLang: view.postmortemLang,
      }).toEqual(expected);
      expect(['titleLang' in view, 'lang' in view.latest, 'postmortemLang' in view]).toEqual([
        expected.titleLang !== undefined,
        expected.lang !== undefined,
        expected.postmortemLang !== undefined,
      ]);
      // The promise of the next update is read from the update as written, whatever the language.
      expect(view.nextUpdate).toEqual(new Date('2026-11-22T18:30Z'));
    });

    test.each([
      ['before the promise: the promise', '2026-11-22T18:29Z', new Date('2026-11-22T18:30Z'), undefined],
      ['at the promise: still the promise', '2026-11-22T18:30Z', new Date('2026-11-22T18:30Z'), undefined],
      ['past the promise: how long since the last update', '2026-11-22T18:31Z', undefined, '31 min'],
      ['nine days on: still open, with its age', '2026-12-01T20:00Z', undefined, '9 days 2 h'],
    ])('%s', (_name, at, nextUpdate, ago) => {
      const view = buildSiteView(config, [translatedIncident], new Date(at), 'en').incidents[0];
      expect([view.active, view.nextUpdate, view.lastUpdateAgo]).toEqual([true, nextUpdate, ago]);
    });

    test('no promise: quiet past the cadence gives the age, within it nothing', () => {
      const quiet = incident('quiet', {
        title: 'Checkout down',
        components: [{ id: 'api', status: 'major_outage' }],
        timeline: [update('investigating', '2026-11-22T18:00Z', 'Looking.')],
      });
      const at = (time: string) => buildSiteView(config, [quiet], new Date(time), 'de').incidents[0];
      expect([at('2026-11-22T18:30Z').lastUpdateAgo, at('2026-11-22T18:30Z').nextUpdate]).toEqual([
        undefined,
        undefined,
      ]);
      expect(at('2026-11-22T18:31Z').lastUpdateAgo).toBe('31 Min.');
    });
  });

  describe('one language', () => {
    test('what an incident view has only when it applies', () => {
      const config = configOf();
      const resolved = incident('resolved', {
        timeline: [
          update('investigating', '2026-11-22T17:00Z', 'Next update in 30 minutes.'),
          update('resolved', '2026-11-22T17:10Z', 'Fixed. Next update in 30 minutes.'),
        ],
      });
      const notice = incident('notice', {
        type: 'notice',
        impact: 'none',
        until: new Date('2026-11-30T00:00Z'),
        timeline: [update('investigating', '2026-11-22T17:00Z', 'Heads up. Next update in 30 minutes.')],
      });
      const silent = incident('silent', { timeline: [update('investigating', '2026-11-22T17:00Z', 'Looking.')] });
      const withLink = {
        ...incident('linked', {
          timeline: [update('investigating', '2026-11-20T17:00Z'), update('resolved', '2026-11-20T18:00Z')],
        }),
        postmortemUrl: 'https://acme.example/pm',
      };
      const site = buildSiteView(config, [resolved, notice, silent, withLink], now);
      const bySlug = (slug: string) => site.incidentBySlug.get(slug)!;
      for (const slug of ['resolved', 'notice', 'silent', 'linked']) {
        const view = bySlug(slug);
        expect([
          'titleLang' in view,
          'lang' in view.latest,
          'postmortemLang' in view,
          'postmortemHtml' in view,
        ]).toEqual([false, false, false, false]);
        expect('nextUpdate' in view).toBe(false);
        expect('postmortemUrl' in view).toBe(slug === 'linked');
      }
      expect(bySlug('linked').postmortemUrl).toBe('https://acme.example/pm');
    });

    test("an update posted exactly now counts: in the incident, in the page's version stamp", () => {
      const config = configOf();
      const site = buildSiteView(
        config,
        [
          incident('a', {
            timeline: [update('investigating', '2026-11-22T18:00Z'), update('identified', '2026-11-22T18:30Z')],
          }),
        ],
        now,
      );
      expect(site.incidents[0].latest.status).toBe('identified');
      expect(site.updatedAt).toEqual(now);
    });

    test('an incident whose only update is still to come shows it, but it does not date the page', () => {
      const config = configOf();
      const site = buildSiteView(
        config,
        [
          incident('past', { timeline: [update('investigating', '2026-11-22T18:00Z')] }),
          incident('later', { timeline: [update('investigating', '2026-11-22T19:00Z')] }),
        ],
        now,
      );
      expect(site.incidentBySlug.get('later')!.latest.at).toEqual(new Date('2026-11-22T19:00Z'));
      expect(site.updatedAt).toEqual(new Date('2026-11-22T18:00Z'));
      expect(buildSiteView(config, [], now).updatedAt).toEqual(new Date(0));
    });

    test('history has what began by now: maintenance still to come is apart, in upcomingMaintenance', () => {
      const config = configOf();
      const site = buildSiteView(
        config,
        [
          incident('now', { timeline: [update('investigating', '2026-11-22T18:30Z')] }),
          incident('future', { timeline: [update('investigating', '2026-11-22T18:31Z')] }),
          incident('window', {
            type: 'maintenance',
            impact: 'none',
            scheduled: { start: new Date('2026-12-01T02:00Z'), end: new Date('2026-12-01T03:00Z') },
            timeline: [update('scheduled', '2026-11-20T09:00Z')],
          }),
        ],
        now,
      );
      expect(
        site.history.flatMap((page) => page.months.flatMap((month) => month.incidents.map((item) => item.slug))).sort(),
      ).toEqual(['now']);
      expect(site.upcomingMaintenance.map((item) => item.slug)).toEqual(['window']);
    });

    test('upcoming maintenance, soonest first', () => {
      const config = configOf();
      const window = (slug: string, day: string) =>
        incident(slug, {
          type: 'maintenance',
          impact: 'none',
          scheduled: { start: new Date(`${day}T02:00Z`), end: new Date(`${day}T03:00Z`) },
          timeline: [update('scheduled', '2026-11-20T09:00Z')],
        });
      const site = buildSiteView(
        config,
        [window('c', '2026-12-03'), window('a', '2026-12-01'), window('b', '2026-12-02')],
        now,
      );
      expect(site.upcomingMaintenance.map((view) => view.slug)).toEqual(['a', 'b', 'c']);
    });

    test("the window's own updates are in the page's words", () => {
      const config = configOf();
      const site = buildSiteView(
        config,
        [
          incident('w', {
            type: 'maintenance',
            impact: 'none',
            scheduled: { start: new Date('2026-11-22T17:00Z'), end: new Date('2026-11-22T18:00Z') },
            timeline: [update('scheduled', '2026-11-20T09:00Z')],
          }),
        ],
        now,
      );
      expect(site.incidents[0].updates.map((view) => [view.status, view.text, view.automatic])).toEqual([
        ['completed', 'The maintenance window has ended.', true],
        ['in_progress', 'The maintenance has started. It is scheduled to end at 2026-11-22 18:00 UTC.', true],
        ['scheduled', 'Message.', undefined],
      ]);
    });

    test("an incident that ended exactly when the uptime window starts is in the component's window", () => {
      const config = configOf();
      const site0 = buildSiteView(config, [], now);
      const start = site0.components[0].uptimeDays[0].day;
      const windowStart = new Date(`${start}T00:00Z`);
      const edge = incident('edge', {
        components: [{ id: 'api', status: 'major_outage' }],
        timeline: [
          update('investigating', new Date(windowStart.getTime() - 3_600_000).toISOString()),
          update('resolved', windowStart.toISOString()),
        ],
      });
      const earlier = incident('earlier', {
        components: [{ id: 'api', status: 'major_outage' }],
        timeline: [
          update('investigating', new Date(windowStart.getTime() - 3_600_000).toISOString()),
          update('resolved', new Date(windowStart.getTime() - 60_000).toISOString()),
        ],
      });
      expect(
        buildSiteView(config, [edge, earlier], now).components[0].windowIncidents.map((view) => view.slug),
      ).toEqual(['edge']);
    });
  });
});

describe('pills say what is true at `now`', () => {
  const pills = (slug: string, now = NOW) =>
    shopSite(SHOP_INCIDENTS, now)
      .incidentBySlug.get(slug)!
      .components.map((component) => component.pill);
  test.each([
    [
      'an active incident: its status, in its colour',
      'checkout-down',
      NOW,
      [{ tone: 'major_outage', label: 'Major outage' }],
    ],
    ['maintenance in its window', 'search-reindex', NOW, [{ tone: 'under_maintenance', label: 'Under maintenance' }]],
    [
      'maintenance before its window: Scheduled, neutral, and what it will say during and after',
      'db-upgrade',
      NOW,
      [
        {
          tone: 'neutral',
          label: 'Scheduled',
          during: { tone: 'under_maintenance', label: 'Under maintenance' },
          after: { tone: 'neutral', label: 'Was under maintenance' },
        },
      ],
    ],
    [
      'maintenance over',
      'db-upgrade',
      new Date('2026-11-29T03:00Z'),
      [{ tone: 'neutral', label: 'Was under maintenance' }],
    ],
    [
      'a resolved incident: the past tense, neutral',
      'old-outage',
      NOW,
      [{ tone: 'neutral', label: 'Had a major outage' }],
    ],
    [
      'an incident whose first update is still to come',
      'api-slow',
      new Date('2026-11-22T18:00Z'),
      [{ tone: 'neutral', label: 'Scheduled' }],
    ],
  ])('%s', (_name, slug, now, expected) => {
    expect(pills(slug, now)).toEqual(expected);
  });

  test('a notice changes no status: no pill', () => {
    const notice = incident('n', {
      type: 'notice',
      impact: 'none',
      until: new Date('2026-12-01T00:00Z'),
      components: [{ id: 'api', status: 'operational' }],
      timeline: [update('update', '2026-11-22T08:00Z')],
    });
    expect(shopSite([notice]).incidents[0].components[0].pill).toBeUndefined();
  });

  test("in the view's language", () => {
    const config = parseSiteConfig({ ...SHOP_CONFIG, locale: 'de' }, 'astro.config.mjs').config!;
    expect(buildSiteView(config, SHOP_INCIDENTS, NOW).incidentBySlug.get('old-outage')!.components[0].pill).toEqual({
      tone: 'neutral',
      label: 'Hatte einen schweren Ausfall',
    });
  });
});

describe('uptime before tracking began, per period', () => {
  const outage = incident('o', {
    components: [{ id: 'checkout', status: 'major_outage' }],
    timeline: [update('investigating', '2026-11-21T10:00Z'), update('resolved', '2026-11-21T11:00Z')],
  });

  test('without trackedSince every day is data, and each period says only how many days it covers', () => {
    const checkout = shopSite([outage]).components[0];
    expect(checkout.uptimeDays.every((day) => day.tracked)).toBe(true);
    expect(checkout.uptime.map((period) => [period.days, period.since])).toEqual([
      [90, undefined],
      [60, undefined],
      [30, undefined],
    ]);
  });

  test("the site tracked since 20 Nov: earlier days have no data, each period's percentage is since then, and says so", () => {
    const site = shopSite([outage], NOW, { trackedSince: '2026-11-20' });
    const checkout = site.components[0];
    expect(checkout.uptimeDays.filter((day) => !day.tracked)).toHaveLength(87);
    expect(checkout.uptimeDays.find((day) => day.tracked)!.day).toBe('2026-11-20');
    // 60 minutes down since Berlin's midnight of 20 Nov (19 Nov 23:00 UTC), 2 days and 20.5 hours ago: 4,110 minutes.
    expect(checkout.uptime).toEqual([
      { days: 90, percent: '98.54%', since: '2026-11-20' },
      { days: 60, percent: '98.54%', since: '2026-11-20' },
      { days: 30, percent: '98.54%', since: '2026-11-20' },
    ]);
    expect(site.sections[0].uptime[0]).toEqual({ days: 90, percent: '98.54%', since: '2026-11-20' });
  });

  test("a component added later has its own first day; its group has data from its first member's", () => {
    const site = shopSite([], NOW, {
      trackedSince: '2026-10-01',
      components: [
        { id: 'checkout', name: 'Checkout', group: 'shop' },
        { id: 'payments', name: 'Payments', group: 'shop', trackedSince: '2026-11-15' },
      ],
    });
    expect(site.components.map((component) => component.uptime[0].since)).toEqual(['2026-10-01', '2026-11-15']);
    expect(site.components.map((component) => component.uptime[2].since)).toEqual([undefined, '2026-11-15']);
    expect(site.sections[0].uptime[0].since).toBe('2026-10-01');
  });

  test('the recent days before the site was tracked have no data, unless something happened on them', () => {
    const site = shopSite([outage], NOW, { trackedSince: '2026-11-22' });
    expect(site.recentDays.map((day) => [day.day, day.tracked]).slice(0, 3)).toEqual([
      ['2026-11-22', true],
      ['2026-11-21', true],
      ['2026-11-20', false],
    ]);
    expect(shopSite([outage]).recentDays.every((day) => day.tracked)).toBe(true);
  });

  test('a first day still to come: no percentage, every bar without data', () => {
    const checkout = shopSite([], NOW, { trackedSince: '2026-12-01' }).components[0];
    expect(checkout.uptime.map((period) => period.percent)).toEqual([undefined, undefined, undefined]);
    expect(checkout.uptimeDays.some((day) => day.tracked)).toBe(false);
  });
});

describe("a component's own history", () => {
  test('paged by historyPageSize, newest first, without its maintenance still to come', () => {
    const old = (slug: string, day: string) =>
      incident(slug, {
        components: [{ id: 'payments', status: 'major_outage' }],
        timeline: [update('investigating', `${day}T10:00Z`), update('resolved', `${day}T11:00Z`)],
      });
    const site = shopSite([...SHOP_INCIDENTS, old('a', '2026-09-01'), old('b', '2026-08-01')], NOW, {
      historyPageSize: 2,
    });
    const payments = site.components.find((component) => component.id === 'payments')!;
    expect(
      payments.history.map((page) => [
        page.page,
        page.pageCount,
        page.months.flatMap((month) => month.incidents.map((item) => item.slug)),
      ]),
    ).toEqual([
      [1, 2, ['old-outage', 'a']],
      [2, 2, ['b']],
    ]);
    expect(payments.upcoming.map((view) => view.slug)).toEqual(['db-upgrade']);
    expect(site.components.find((component) => component.id === 'search')!.history).toEqual([
      { page: 1, pageCount: 1, months: [expect.objectContaining({ month: '2026-11' })] },
    ]);
  });
});
