import { expect, test } from 'vitest';
import { incident, update } from '../../tests/builders.ts';
import { parseSiteConfig } from '../checks/validate.ts';
import { POST_LIMIT, shareTexts } from './share.ts';
import { buildSiteView } from './view-model.ts';

const config = parseSiteConfig({ name: 'Acme', url: 'https://status.acme.example/', timeZone: 'UTC', components: [{ id: 'checkout', name: 'Checkout' }] }, 'astro.config.mjs').config!;
const long = 'Some customers see an error when paying with a card issued outside the European Union. '.repeat(6);
const active = incident('2026-11-22-checkout', {
  title: 'Some customers with cards from outside the EU cannot complete checkout in the web shop or the app',
  components: [{ id: 'checkout', status: 'partial_outage' }],
  timeline: [update('investigating', '2026-11-22T18:05Z', `${long} Please use PayPal meanwhile. Next update by 18:35 UTC.`)],
});
const site = buildSiteView(config, [active], new Date('2026-11-22T18:10Z'));
const texts = shareTexts(site, site.incidentBySlug.get('2026-11-22-checkout')!);

test('in the site\'s language: German words, German dates, workarounds found by German words', () => {
  const german = parseSiteConfig({ name: 'Acme', url: 'https://status.acme.example/', timeZone: 'Europe/Berlin', locale: 'de', components: [{ id: 'checkout', name: 'Kasse' }] }, 'astro.config.mjs').config!;
  const ongoing = incident('kasse', {
    title: 'Einige können nicht bezahlen',
    components: [{ id: 'checkout', status: 'partial_outage' }],
    timeline: [update('investigating', '2026-11-22T18:05Z', 'Beim Bezahlen erscheint ein Fehler. Bitte nutzen Sie in der Zwischenzeit PayPal. Bestellungen gehen nicht verloren.')],
  });
  const view = buildSiteView(german, [ongoing], new Date('2026-11-22T18:10Z'));
  const shared = shareTexts(view, view.incidentBySlug.get('kasse')!);
  expect(shared.post.startsWith('[Wird untersucht] Einige können nicht bezahlen: Beim Bezahlen')).toBe(true);
  expect(shared.email.body).toContain('Status: Wird untersucht (22. Nov. 2026, 19:05 MEZ)\nBetroffen: Kasse (Teilausfall)');
  expect(shared.recap).toBe(
    [
      'Hallo, danke für Ihre Nachricht.',
      '',
      'Das Problem ist uns bekannt: Einige können nicht bezahlen. Betroffen ist Kasse.',
      '',
      'Aktueller Stand: Beim Bezahlen erscheint ein Fehler. Bitte nutzen Sie in der Zwischenzeit PayPal. Bestellungen gehen nicht verloren.',
      '',
      'Was Sie in der Zwischenzeit tun können: Bitte nutzen Sie in der Zwischenzeit PayPal.',
      '',
      'Wir melden uns auf unserer Statusseite, sobald wir mehr wissen.',
      '',
      'Hier können Sie alles live verfolgen: https://status.acme.example/incidents/kasse/',
      '',
      'Wenn noch etwas unklar ist, antworten Sie einfach, wir helfen gern.',
    ].join('\n'),
  );
});
