import { describe, expect, test } from 'vitest';
import { atomId, componentScopes, feedEntries, renderAtom, renderJsonFeed, renderRss, siteScope } from './feed.ts';
import { checkoutErrors, oldOutage, peakNotice, searchReindex, shopSite } from '../../tests/site-fixture.ts';
import { incident, update } from '../../tests/builders.ts';

describe('feed entries', () => {
  test('one per update posted by now, newest first, window transitions included', () => {
    const site = shopSite();
    expect(feedEntries(site).map((entry) => [entry.id, entry.title])).toEqual([
      ['x#2026-11-22T19:20Z', '[Identified] Checkout fails for some'],
      ['x#2026-11-22T19:02Z', '[Resolved] Some customers cannot pay'],
      // Same time: by the incidents' slugs (api-slow before search-reindex).
      ['x#2026-11-22T19:00Z', '[Investigating] The API is slow'],
      ['search-reindex#2026-11-22T19:00:00Z', '[In progress] Search reindex'],
      ['x#2026-11-22T18:50Z', '[Investigating] Checkout fails for some'],
      ['x#2026-11-22T18:40Z', '[Monitoring] Some customers cannot pay'],
      ['x#2026-11-22T18:20Z', '[Update] Some customers cannot pay'],
      ['x#2026-11-22T18:05Z', '[Investigating] Some customers cannot pay'],
      ['x#2026-11-21T10:00Z', '[Scheduled] Search reindex'],
      ['x#2026-11-20T09:00Z', '[Scheduled] Database upgrade'],
      ['x#2026-11-17T08:00Z', '[Update] Black Friday hours'],
      ['x#2026-10-01T11:00Z', '[Resolved] Payments were down'],
      ['x#2026-10-01T10:00Z', '[Investigating] Payments were down'],
    ]);
    expect(feedEntries(site)).toBe(feedEntries(site));
  });

  test('an entry: link, text with the components, HTML with impact and components', () => {
    const site = shopSite();
    const entry = feedEntries(site).find((e) => e.id === 'x#2026-11-22T19:02Z')!;
    expect(entry.url).toBe('https://status.example.com/status/incidents/checkout-errors/#update-2026-11-22T19-02Z');
    expect(entry.published).toEqual(new Date('2026-11-22T19:02Z'));
    expect(entry.text).toBe(
      'Checkout works normally again. Orders were kept. Affected: Checkout (partial outage), API (degraded performance).',
    );
    expect(entry.html).toBe(
      '<p>Checkout works normally again. Orders were kept.</p>\n<p><strong>Impact:</strong> Major<br><strong>Affected:</strong> Checkout (partial outage), API (degraded performance)</p>',
    );
    expect(entry.incident.slug).toBe('checkout-errors');
    expect(entry.update.status).toBe('resolved');
    const notice = feedEntries(site).find((e) => e.incident.slug === 'peak')!;
    expect([notice.text, notice.html]).toEqual([
      'Support answers within the hour.',
      '<p>Support answers within the hour.</p>',
    ]);
    const maintenance = feedEntries(site).find((e) => e.id === 'x#2026-11-20T09:00Z')!;
    expect(maintenance.html).toBe(
      '<p>Payments may pause for a minute.</p>\n<p><strong>Affected:</strong> Payments (under maintenance)</p>',
    );
  });

  test('same time: ordered by id; at most feedLimit', () => {
    const a = incident('a', { timeline: [update('investigating', '2026-11-22T10:00Z')] });
    const b = incident('b', { timeline: [update('investigating', '2026-11-22T10:00Z')] });
    a.updates[0].id = 'a#t';
    b.updates[0].id = 'b#t';
    expect(feedEntries(shopSite([b, a])).map((e) => e.id)).toEqual(['a#t', 'b#t']);
    expect(feedEntries(shopSite([a, b])).map((e) => e.id)).toEqual(['a#t', 'b#t']);
    expect(feedEntries(shopSite([checkoutErrors], undefined, { feedLimit: 2 })).map((e) => e.update.status)).toEqual([
      'resolved',
      'monitoring',
    ]);
  });

  test('scopes: the site, every component and every group, each with the page it belongs to (a group has none: home)', () => {
    const site = shopSite();
    expect(siteScope(site)).toEqual({ title: 'Acme Status: incident history', page: '/status/' });
    expect(componentScopes(site).map((scope) => [scope.id, scope.title, [...scope.componentIds!], scope.page])).toEqual(
      [
        ['checkout', 'Acme Status: Checkout', ['checkout'], '/status/components/checkout/'],
        ['payments', 'Acme Status: Payments', ['payments'], '/status/components/payments/'],
        ['api', 'Acme Status: API', ['api'], '/status/components/api/'],
        ['search', 'Acme Status: Search', ['search'], '/status/components/search/'],
        ['shop', 'Acme Status: Shop', ['checkout', 'payments'], '/status/'],
      ],
    );
    const [, payments, , , shop] = componentScopes(site);
    expect(feedEntries(site, payments).map((e) => e.incident.slug)).toEqual(['db-upgrade', 'old-outage', 'old-outage']);
    expect(new Set(feedEntries(site, shop).map((e) => e.incident.slug))).toEqual(
      new Set(['checkout-down', 'checkout-errors', 'db-upgrade', 'old-outage']),
    );
  });

  test("Atom ids are tag URIs dated by the incident's first day", () => {
    const site = shopSite();
    const [entry] = feedEntries(site);
    expect(atomId(site, entry)).toBe('tag:status.example.com,2026-11-22:x#2026-11-22T19:20Z');
  });
});

describe('rendered feeds', () => {
  test('Atom', () => {
    const site = shopSite([oldOutage, peakNotice, searchReindex], new Date('2026-11-22T19:30Z'));
    expect(renderAtom(site, siteScope(site), '/status/history.atom')).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
          <id>https://status.example.com/status/history.atom</id>
          <title>Acme Status: incident history</title>
          <updated>2026-11-22T19:00:00.000Z</updated>
          <generator>Outpost</generator>
          <author>
              <name>Acme Status</name>
              <uri>https://status.example.com/status/</uri>
          </author>
          <link rel="alternate" href="https://status.example.com/status/"/>
          <link rel="self" href="https://status.example.com/status/history.atom"/>
          <subtitle>Acme shop and API</subtitle>
          <icon>https://status.example.com/status/status-icon.svg</icon>
          <rights>Acme Status</rights>
          <entry>
              <title type="html"><![CDATA[[In progress] Search reindex]]></title>
              <id>tag:status.example.com,2026-11-22:search-reindex#2026-11-22T19:00:00Z</id>
              <link href="https://status.example.com/status/incidents/search-reindex/#update-2026-11-22T19-00-00Z"/>
              <updated>2026-11-22T19:00:00.000Z</updated>
              <summary type="html"><![CDATA[The maintenance has started. It is scheduled to end at 2026-11-22 20:00 UTC. Affected: Search (under maintenance).]]></summary>
              <content type="html"><![CDATA[<p>The maintenance has started. It is scheduled to end at 2026-11-22 20:00 UTC.</p>
      <p><strong>Affected:</strong> Search (under maintenance)</p>]]></content>
              <published>2026-11-22T19:00:00.000Z</published>
          </entry>
          <entry>
              <title type="html"><![CDATA[[Scheduled] Search reindex]]></title>
              <id>tag:status.example.com,2026-11-22:x#2026-11-21T10:00Z</id>
              <link href="https://status.example.com/status/incidents/search-reindex/#update-2026-11-21T10-00Z"/>
              <updated>2026-11-21T10:00:00.000Z</updated>
              <summary type="html"><![CDATA[Search results may be stale. Affected: Search (under maintenance).]]></summary>
              <content type="html"><![CDATA[<p>Search results may be stale.</p>
      <p><strong>Affected:</strong> Search (under maintenance)</p>]]></content>
              <published>2026-11-21T10:00:00.000Z</published>
          </entry>
          <entry>
              <title type="html"><![CDATA[[Update] Black Friday hours]]></title>
              <id>tag:status.example.com,2026-11-17:x#2026-11-17T08:00Z</id>
              <link href="https://status.example.com/status/incidents/peak/#update-2026-11-17T08-00Z"/>
              <updated>2026-11-17T08:00:00.000Z</updated>
              <summary type="html"><![CDATA[Support answers within the hour.]]></summary>
              <content type="html"><![CDATA[<p>Support answers within the hour.</p>]]></content>
              <published>2026-11-17T08:00:00.000Z</published>
          </entry>
          <entry>
              <title type="html"><![CDATA[[Resolved] Payments were down]]></title>
              <id>tag:status.example.com,2026-10-01:x#2026-10-01T11:00Z</id>
              <link href="https://status.example.com/status/incidents/old-outage/#update-2026-10-01T11-00Z"/>
              <updated>2026-10-01T11:00:00.000Z</updated>
              <summary type="html"><![CDATA[Payments work normally again. Affected: Payments (major outage).]]></summary>
              <content type="html"><![CDATA[<p>Payments work normally again.</p>
      <p><strong>Impact:</strong> Critical<br><strong>Affected:</strong> Payments (major outage)</p>]]></content>
              <published>2026-10-01T11:00:00.000Z</published>
          </entry>
          <entry>
              <title type="html"><![CDATA[[Investigating] Payments were down]]></title>
              <id>tag:status.example.com,2026-10-01:x#2026-10-01T10:00Z</id>
              <link href="https://status.example.com/status/incidents/old-outage/#update-2026-10-01T10-00Z"/>
              <updated>2026-10-01T10:00:00.000Z</updated>
              <summary type="html"><![CDATA[Payments fail. Affected: Payments (major outage).]]></summary>
              <content type="html"><![CDATA[<p>Payments fail.</p>
      <p><strong>Impact:</strong> Critical<br><strong>Affected:</strong> Payments (major outage)</p>]]></content>
              <published>2026-10-01T10:00:00.000Z</published>
          </entry>
      </feed>"
    `);
  });

  test('Atom for a component, with HTML that cannot end a CDATA section', () => {
    const tricky = incident('tricky', {
      title: 'A <b> & ]]> title',
      components: [{ id: 'api', status: 'major_outage' }],
      timeline: [update('investigating', '2026-11-22T10:00Z', 'Use `a]]>b` & <b>c</b>.')],
    });
    const one = shopSite([tricky]);
    const atom = renderAtom(one, componentScopes(one)[2], '/status/components/api/history.atom');
    expect(atom).toContain('<title type="html"><![CDATA[[Investigating] A &lt;b&gt; &amp; ]]&gt; title]]></title>');
    expect(atom).toContain('<link rel="alternate" href="https://status.example.com/status/components/api/"/>');
    expect(atom).toContain('<title>Acme Status: API</title>');
    expect(atom).toContain('<code>a]]&gt;b</code>');
    expect(atom).not.toMatch(/a]]>b/);
  });

  test('RSS', async () => {
    const site = shopSite([oldOutage, peakNotice, searchReindex], new Date('2026-11-22T19:30Z'));
    expect(await renderRss(site, siteScope(site), '/status/history.rss')).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Acme Status: incident history</title><description>Acme shop and API</description><link>https://status.example.com/status/</link><atom:link href="https://status.example.com/status/history.rss" rel="self" type="application/rss+xml"/><language>en</language><lastBuildDate>Sun, 22 Nov 2026 19:00:00 GMT</lastBuildDate><item><title>[In progress] Search reindex</title><link>https://status.example.com/status/incidents/search-reindex/#update-2026-11-22T19-00-00Z</link><guid isPermaLink="true">https://status.example.com/status/incidents/search-reindex/#update-2026-11-22T19-00-00Z</guid><description>The maintenance has started. It is scheduled to end at 2026-11-22 20:00 UTC. Affected: Search (under maintenance).</description><pubDate>Sun, 22 Nov 2026 19:00:00 GMT</pubDate><content:encoded>&lt;p&gt;The maintenance has started. It is scheduled to end at 2026-11-22 20:00 UTC.&lt;/p&gt;
      &lt;p&gt;&lt;strong&gt;Affected:&lt;/strong&gt; Search (under maintenance)&lt;/p&gt;</content:encoded></item><item><title>[Scheduled] Search reindex</title><link>https://status.example.com/status/incidents/search-reindex/#update-2026-11-21T10-00Z</link><guid isPermaLink="true">https://status.example.com/status/incidents/search-reindex/#update-2026-11-21T10-00Z</guid><description>Search results may be stale. Affected: Search (under maintenance).</description><pubDate>Sat, 21 Nov 2026 10:00:00 GMT</pubDate><content:encoded>&lt;p&gt;Search results may be stale.&lt;/p&gt;
      &lt;p&gt;&lt;strong&gt;Affected:&lt;/strong&gt; Search (under maintenance)&lt;/p&gt;</content:encoded></item><item><title>[Update] Black Friday hours</title><link>https://status.example.com/status/incidents/peak/#update-2026-11-17T08-00Z</link><guid isPermaLink="true">https://status.example.com/status/incidents/peak/#update-2026-11-17T08-00Z</guid><description>Support answers within the hour.</description><pubDate>Tue, 17 Nov 2026 08:00:00 GMT</pubDate><content:encoded>&lt;p&gt;Support answers within the hour.&lt;/p&gt;</content:encoded></item><item><title>[Resolved] Payments were down</title><link>https://status.example.com/status/incidents/old-outage/#update-2026-10-01T11-00Z</link><guid isPermaLink="true">https://status.example.com/status/incidents/old-outage/#update-2026-10-01T11-00Z</guid><description>Payments work normally again. Affected: Payments (major outage).</description><pubDate>Thu, 01 Oct 2026 11:00:00 GMT</pubDate><content:encoded>&lt;p&gt;Payments work normally again.&lt;/p&gt;
      &lt;p&gt;&lt;strong&gt;Impact:&lt;/strong&gt; Critical&lt;br&gt;&lt;strong&gt;Affected:&lt;/strong&gt; Payments (major outage)&lt;/p&gt;</content:encoded></item><item><title>[Investigating] Payments were down</title><link>https://status.example.com/status/incidents/old-outage/#update-2026-10-01T10-00Z</link><guid isPermaLink="true">https://status.example.com/status/incidents/old-outage/#update-2026-10-01T10-00Z</guid><description>Payments fail. Affected: Payments (major outage).</description><pubDate>Thu, 01 Oct 2026 10:00:00 GMT</pubDate><content:encoded>&lt;p&gt;Payments fail.&lt;/p&gt;
      &lt;p&gt;&lt;strong&gt;Impact:&lt;/strong&gt; Critical&lt;br&gt;&lt;strong&gt;Affected:&lt;/strong&gt; Payments (major outage)&lt;/p&gt;</content:encoded></item></channel></rss>"
    `);
    const plain = shopSite([oldOutage], undefined, { description: undefined });
    expect(await renderRss(plain, siteScope(plain), '/status/history.rss')).toContain(
      '<description>Incidents and maintenance of Acme Status</description>',
    );
    const empty = shopSite([]);
    expect(await renderRss(empty, siteScope(empty), '/status/history.rss')).toContain(
      '<lastBuildDate>Thu, 01 Jan 1970 00:00:00 GMT</lastBuildDate>',
    );
  });

  test('JSON Feed', () => {
    const site = shopSite([oldOutage, peakNotice, searchReindex], new Date('2026-11-22T19:30Z'));
    expect(renderJsonFeed(site, componentScopes(site)[3], '/status/components/search/feed.json'))
      .toMatchInlineSnapshot(`
      "{
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Acme Status: Search",
        "home_page_url": "https://status.example.com/status/components/search/",
        "feed_url": "https://status.example.com/status/components/search/feed.json",
        "description": "Acme shop and API",
        "favicon": "https://status.example.com/status/status-icon.svg",
        "language": "en",
        "authors": [
          {
            "name": "Acme Status",
            "url": "https://status.example.com/status/"
          }
        ],
        "items": [
          {
            "id": "search-reindex#2026-11-22T19:00:00Z",
            "url": "https://status.example.com/status/incidents/search-reindex/#update-2026-11-22T19-00-00Z",
            "title": "[In progress] Search reindex",
            "content_html": "<p>The maintenance has started. It is scheduled to end at 2026-11-22 20:00 UTC.</p>\\n<p><strong>Affected:</strong> Search (under maintenance)</p>",
            "content_text": "The maintenance has started. It is scheduled to end at 2026-11-22 20:00 UTC. Affected: Search (under maintenance).",
            "date_published": "2026-11-22T19:00:00Z",
            "tags": [
              "In progress",
              "search"
            ]
          },
          {
            "id": "x#2026-11-21T10:00Z",
            "url": "https://status.example.com/status/incidents/search-reindex/#update-2026-11-21T10-00Z",
            "title": "[Scheduled] Search reindex",
            "content_html": "<p>Search results may be stale.</p>\\n<p><strong>Affected:</strong> Search (under maintenance)</p>",
            "content_text": "Search results may be stale. Affected: Search (under maintenance).",
            "date_published": "2026-11-21T10:00:00Z",
            "tags": [
              "Scheduled",
              "search"
            ]
          }
        ]
      }
      "
    `);
  });
});
