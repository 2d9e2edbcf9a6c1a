import { describe, expect, test } from 'vitest';
import { incident, update } from '../../tests/builders.ts';
import { parseSiteConfig } from '../checks/validate.ts';
import { buildSiteView, buildSiteViews, siteLanguages } from './view-model.ts';

const now = new Date('2026-11-22T18:30Z');
const configOf = (extra: Record<string, unknown> = {}) =>
  parseSiteConfig({ name: 'Acme', url: 'https://status.acme.example/', components: [{ id: 'api', name: 'API' }], ...extra }, 'astro.config.mjs').config!;

describe('a site in several languages', () => {
  const config = configOf({ locales: ['en', 'de', 'fr'] });
  const translatedIncident = {
    ...incident('outage', {
      title: 'Checkout down',
      components: [{ id: 'api', status: 'major_outage' }],
      timeline: [{ ...update('investigating', '2026-11-22T18:00Z', 'Looking. Next update in 30 minutes.'), translations: { de: 'Wir schauen.' } }],
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
    expect(buildSiteViews(config, [], now).map((view) => [view.language.locale, view.i18n.locale, view.paths.home])).toEqual([
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
    ['the default language: the text as written, unmarked', 'en', { title: 'Checkout down', titleLang: undefined, text: 'Looking. Next update in 30 minutes.', lang: undefined, postmortem: '<p>What happened.</p>', postmortemLang: undefined }],
    ['a translation: its text, unmarked', 'de', { title: 'Kasse kaputt', titleLang: undefined, text: 'Wir schauen.', lang: undefined, postmortem: '<p>Was geschah.</p>', postmortemLang: undefined }],
    ['no translation: the default language\'s text, marked with its lang', 'fr', { title: 'Checkout down', titleLang: 'en', text: 'Looking. Next update in 30 minutes.', lang: 'en', postmortem: '<p>What happened.</p>', postmortemLang: 'en' }],
  ] as const)('%s', (_name, locale, expected) => {
    const view = buildSiteView(config, [translatedIncident], now, locale).incidents[0];
    expect({ title: view.title, titleLang: view.titleLang, text: view.latest.text, lang: view.latest.lang, postmortem: view.postmortemHtml?.trim(), postmortemLang: view.postmortemLang }).toEqual(expected);
    expect(['titleLang' in view, 'lang' in view.latest, 'postmortemLang' in view]).toEqual([expected.titleLang !== undefined, expected.lang !== undefined, expected.postmortemLang !== undefined]);
    // The promise of the next update is read from the update as written, whatever the language.
    expect(view.nextUpdate).toEqual(new Date('2026-11-22T18:30Z'));
  });
});

describe('one language', () => {
  test('what an incident view has only when it applies', () => {
    const config = configOf();
    const resolved = incident('resolved', { timeline: [update('investigating', '2026-11-22T17:00Z', 'Next update in 30 minutes.'), update('resolved', '2026-11-22T17:10Z', 'Fixed. Next update in 30 minutes.')] });
    const notice = incident('notice', { type: 'notice', impact: 'none', until: new Date('2026-11-30T00:00Z'), timeline: [update('investigating', '2026-11-22T17:00Z', 'Heads up. Next update in 30 minutes.')] });
    const silent = incident('silent', { timeline: [update('investigating', '2026-11-22T17:00Z', 'Looking.')] });
    const withLink = { ...incident('linked', { timeline: [update('investigating', '2026-11-20T17:00Z'), update('resolved', '2026-11-20T18:00Z')] }), postmortemUrl: 'https://acme.example/pm' };
    const site = buildSiteView(config, [resolved, notice, silent, withLink], now);
    const bySlug = (slug: string) => site.incidentBySlug.get(slug)!;
    for (const slug of ['resolved', 'notice', 'silent', 'linked']) {
      const view = bySlug(slug);
      expect(['titleLang' in view, 'lang' in view.latest, 'postmortemLang' in view, 'postmortemHtml' in view]).toEqual([false, false, false, false]);
      expect('nextUpdate' in view).toBe(false);
      expect('postmortemUrl' in view).toBe(slug === 'linked');
    }
    expect(bySlug('linked').postmortemUrl).toBe('https://acme.example/pm');
  });

  test('an update posted exactly now counts: in the incident, in the page\'s version stamp', () => {
    const config = configOf();
    const site = buildSiteView(config, [incident('a', { timeline: [update('investigating', '2026-11-22T18:00Z'), update('identified', '2026-11-22T18:30Z')] })], now);
    expect(site.incidents[0].latest.status).toBe('identified');
    expect(site.updatedAt).toEqual(now);
  });

  test('an incident whose only update is still to come shows it, but it does not date the page', () => {
    const config = configOf();
    const site = buildSiteView(config, [incident('past', { timeline: [update('investigating', '2026-11-22T18:00Z')] }), incident('later', { timeline: [update('investigating', '2026-11-22T19:00Z')] })], now);
    expect(site.incidentBySlug.get('later')!.latest.at).toEqual(new Date('2026-11-22T19:00Z'));
    expect(site.updatedAt).toEqual(new Date('2026-11-22T18:00Z'));
    expect(buildSiteView(config, [], now).updatedAt).toEqual(new Date(0));
  });

  test('history has what began by now, and maintenance whenever it is', () => {
    const config = configOf();
    const site = buildSiteView(
      config,
      [
        incident('now', { timeline: [update('investigating', '2026-11-22T18:30Z')] }),
        incident('future', { timeline: [update('investigating', '2026-11-22T18:31Z')] }),
        incident('window', { type: 'maintenance', impact: 'none', scheduled: { start: new Date('2026-12-01T02:00Z'), end: new Date('2026-12-01T03:00Z') }, timeline: [update('scheduled', '2026-11-20T09:00Z')] }),
      ],
      now,
    );
    expect(site.history.flatMap((page) => page.months.flatMap((month) => month.incidents.map((item) => item.slug))).sort()).toEqual(['now', 'window']);
  });

  test('upcoming maintenance, soonest first', () => {
    const config = configOf();
    const window = (slug: string, day: string) => incident(slug, { type: 'maintenance', impact: 'none', scheduled: { start: new Date(`${day}T02:00Z`), end: new Date(`${day}T03:00Z`) }, timeline: [update('scheduled', '2026-11-20T09:00Z')] });
    const site = buildSiteView(config, [window('c', '2026-12-03'), window('a', '2026-12-01'), window('b', '2026-12-02')], now);
    expect(site.upcomingMaintenance.map((view) => view.slug)).toEqual(['a', 'b', 'c']);
  });

  test('the window\'s own updates are in the page\'s words', () => {
    const config = configOf();
    const site = buildSiteView(config, [incident('w', { type: 'maintenance', impact: 'none', scheduled: { start: new Date('2026-11-22T17:00Z'), end: new Date('2026-11-22T18:00Z') }, timeline: [update('scheduled', '2026-11-20T09:00Z')] })], now);
    expect(site.incidents[0].updates.map((view) => [view.status, view.text, view.automatic])).toEqual([
      ['completed', 'The maintenance window has ended.', true],
      ['in_progress', 'The maintenance has started. It is scheduled to end at 2026-11-22 18:00 UTC.', true],
      ['scheduled', 'Message.', undefined],
    ]);
  });

  test('an incident that ended exactly when the uptime window starts is in the component\'s window', () => {
    const config = configOf();
    const site0 = buildSiteView(config, [], now);
    const start = site0.components[0].uptimeDays[0].day;
    const windowStart = new Date(`${start}T00:00Z`);
    const edge = incident('edge', { components: [{ id: 'api', status: 'major_outage' }], timeline: [update('investigating', new Date(windowStart.getTime() - 3_600_000).toISOString()), update('resolved', windowStart.toISOString())] });
    const earlier = incident('earlier', { components: [{ id: 'api', status: 'major_outage' }], timeline: [update('investigating', new Date(windowStart.getTime() - 3_600_000).toISOString()), update('resolved', new Date(windowStart.getTime() - 60_000).toISOString())] });
    expect(buildSiteView(config, [edge, earlier], now).components[0].windowIncidents.map((view) => view.slug)).toEqual(['edge']);
  });
});
