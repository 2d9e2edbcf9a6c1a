import { describe, expect, test } from 'vitest';
import { checkAllClear, checkMessage, checkTitle } from '../checks/guidance.ts';
import { DEFAULT_JARGON } from '../config/guidance-rules.ts';
import { promisedNextUpdate } from '../state/next-update.ts';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { translator } from '../i18n/translate.ts';
import { componentNames, fillTemplate, templates, findTemplate } from './templates.ts';

const TEMPLATES = templates();

const values = {
  components: 'Checkout and Payment links',
  next: '18:35 UTC',
  link: 'https://status.example-company.com/incidents/2026-11-22-some-customers-see-errors/',
};

test('there are the eight templates', () => {
  expect(TEMPLATES.map((template) => template.name)).toEqual([
    'full-outage',
    'partial-outage',
    'degraded-performance',
    'third-party',
    'delayed-data',
    'security',
    'maintenance',
    'all-clear',
  ]);
});

describe.each(TEMPLATES)('$name', (template) => {
  test('draws no guidance warning', () => {
    const page = fillTemplate(template.page, values);
    expect(checkMessage(page, { terminal: template.status === 'resolved', jargon: DEFAULT_JARGON })).toEqual([]);
    expect(checkTitle(fillTemplate(template.title, values))).toBeUndefined();
    if (template.status === 'resolved') expect(checkAllClear(page)).toBeUndefined();
    if (!['resolved', 'scheduled'].includes(template.status))
      expect(promisedNextUpdate({ markdown: page, at: new Date('2026-11-22T18:05Z') })).toEqual(
        new Date('2026-11-22T18:35Z'),
      );
  });
});

describe.each(LOCALE_CODES)('the templates in %s', (locale) => {
  test.each(templates(translator(locale)))(
    '$name: the post fits 280 characters with the link; the email has a subject and the link',
    (template) => {
      expect(fillTemplate(template.post, values).length).toBeLessThanOrEqual(280);
      expect(fillTemplate(template.post, values)).toContain(values.link);
      expect(fillTemplate(template.email.subject, values).length).toBeGreaterThan(5);
      expect(fillTemplate(template.email.body, values)).toContain(values.link);
      expect(fillTemplate(template.page, values)).toContain(values.components);
    },
  );
});

test('components are listed as the language lists them', () => {
  expect(componentNames(['Checkout', 'API'], translator('en'))).toBe('Checkout and API');
  expect(componentNames(['Kasse', 'Suche', 'API'], translator('de'))).toBe('Kasse, Suche und API');
  expect(componentNames([], translator('fr'))).toBe('Notre service');
});

test.each([
  ['all-clear', 'all-clear'],
  ['security', 'security'],
  ['All-clear', undefined],
  ['nothing', undefined],
])('findTemplate(%j)', (name, found) => {
  expect(findTemplate(name)?.name).toBe(found);
  if (found) expect(findTemplate(name)).toEqual(TEMPLATES.find((template) => template.name === found));
});

test('fillTemplate fills every placeholder, as often as it appears, and leaves others', () => {
  expect(fillTemplate('{components} and {components} by {next}: {link} {other}', values)).toBe(
    `${values.components} and ${values.components} by ${values.next}: ${values.link} {other}`,
  );
});
