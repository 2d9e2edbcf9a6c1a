/**
 * The languages Outpost ships, each a complete catalogue. `intl` is the
 * locale dates and numbers are formatted in (English keeps the day-first
 * "22 Nov 2026" of en-GB); `lang` goes into `<html lang>` and the feeds; a
 * language's pages live under `/<path>/` when a site has several.
 */
import { de } from './de.ts';
import { en, type Catalogue } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ja } from './ja.ts';
import { ptBR } from './pt-br.ts';

export interface LocaleInfo {
  catalogue: Catalogue;
  intl: string;
  lang: string;
  /** The path segment of the language's pages on a site in several languages. */
  path: string;
}

export const LOCALES = {
  en: { catalogue: en, intl: 'en-GB', lang: 'en', path: 'en' },
  de: { catalogue: de, intl: 'de-DE', lang: 'de', path: 'de' },
  fr: { catalogue: fr, intl: 'fr-FR', lang: 'fr', path: 'fr' },
  es: { catalogue: es, intl: 'es-ES', lang: 'es', path: 'es' },
  'pt-BR': { catalogue: ptBR, intl: 'pt-BR', lang: 'pt-BR', path: 'pt-br' },
  ja: { catalogue: ja, intl: 'ja-JP', lang: 'ja', path: 'ja' },
} as const satisfies Record<string, LocaleInfo>;

export type Locale = keyof typeof LOCALES;
export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];

export function isLocale(code: string): code is Locale {
  return Object.hasOwn(LOCALES, code);
}
