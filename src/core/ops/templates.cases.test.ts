import { describe, expect, test } from 'vitest';
import { checkAllClear, checkMessage, checkTitle } from '../checks/guidance.ts';
import { DEFAULT_JARGON } from '../config/guidance-rules.ts';
import { promisedNextUpdate } from '../checks/next-update.ts';
import { fillTemplate, findTemplate, templates } from './templates.ts';

const TEMPLATES = templates();

const values = { components: 'Checkout and Payment links', next: '18:35 UTC', link: 'https://status.example-company.com/incidents/2026-11-22-some-customers-see-errors/' };

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
  expect(fillTemplate('{components} and {components} by {next}: {link} {other}', values)).toBe(`${values.components} and ${values.components} by ${values.next}: ${values.link} {other}`);
});
