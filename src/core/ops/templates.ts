/**
 * Templates for common outages, each in three lengths: the status page, an
 * email (subject and body) and a post of at most 280 characters with the
 * link. Placeholders: {components}, {next} (next update time), {link}.
 * The words are in the catalogues (src/core/i18n), one set per language;
 * the English ones follow the guidance rules, and a test keeps them
 * warning-free.
 */
import type { Impact, UpdateStatus } from '../incident/vocabulary.ts';
import { translator, type Translator } from '../i18n/translate.ts';

export interface Template {
  name: string;
  description: string;
  title: string;
  impact: Impact;
  status: UpdateStatus;
  page: string;
  email: { subject: string; body: string };
  post: string;
}

const SHAPES = [
  { name: 'full-outage', impact: 'critical', status: 'investigating' },
  { name: 'partial-outage', impact: 'major', status: 'investigating' },
  { name: 'degraded-performance', impact: 'minor', status: 'investigating' },
  { name: 'third-party', impact: 'major', status: 'identified' },
  { name: 'delayed-data', impact: 'minor', status: 'investigating' },
  { name: 'security', impact: 'major', status: 'investigating' },
  { name: 'maintenance', impact: 'none', status: 'scheduled' },
  { name: 'all-clear', impact: 'none', status: 'resolved' },
] as const satisfies readonly { name: string; impact: Impact; status: UpdateStatus }[];

export const TEMPLATE_NAMES: readonly string[] = SHAPES.map((shape) => shape.name);

/** The templates in a language, with their placeholders left in for fillTemplate. */
export function templates(i18n: Translator = translator('en')): Template[] {
  const placeholders = { components: '{components}', next: '{next}', link: '{link}' };
  return SHAPES.map(({ name, impact, status }) => {
    const text = (part: 'description' | 'title' | 'page' | 'subject' | 'email' | 'post') =>
      i18n.t(`template.${name}.${part}`, placeholders);
    return {
      name,
      impact,
      status,
      description: text('description'),
      title: text('title'),
      page: text('page'),
      email: { subject: text('subject'), body: text('email') },
      post: text('post'),
    };
  });
}

export function findTemplate(name: string, i18n?: Translator): Template | undefined {
  return templates(i18n).find((template) => template.name === name);
}

export function fillTemplate(text: string, values: { components: string; next: string; link: string }): string {
  return text.replace(/\{(components|next|link)\}/g, (_, key: keyof typeof values) => values[key]);
}

/** The components a template speaks of, as the language lists them ("Checkout and API"); "Our service" for none. */
export function componentNames(names: readonly string[], i18n: Translator): string {
  if (names.length === 0) return i18n.t('template.ourService');
  return new Intl.ListFormat(i18n.intl, { type: 'conjunction' }).format(names);
}
