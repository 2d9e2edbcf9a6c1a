/**
 * The site's languages in its config: `locale` (one language, or the default
 * of several), `locales` (a site in several languages, each under its own
 * path) and `strings` (your own texts in place of the catalogue's).
 */
import { z } from 'zod';
import { suggest } from '../base/problems.ts';
import type { IssueParams } from '../base/zod-issues.ts';
import { en, type Catalogue, type MessageKey } from '../i18n/en.ts';
import { LOCALE_CODES, LOCALES, type Locale } from '../i18n/locales.ts';
import { messageParams } from '../i18n/translate.ts';

const locale = z.enum(LOCALE_CODES);

export const languageFields = {
  /**
   * The site's language: every fixed text, dates and numbers. On a site in several languages,
   * the default one (its pages have no prefix). One of en, de, fr, es, pt-BR, ja.
   * @example locale: 'de'
   */
  locale: locale.optional(),
  /**
   * A site in several languages: each language's pages under `/<language>/` (the default's at the
   * root), a language switcher, feeds per language. The first is the default unless `locale` says.
   * @example locales: ['en', 'de']
   */
  locales: z.array(locale).min(1).optional(),
  /**
   * Your own texts in place of Outpost's, per language, by catalogue key (src/core/i18n/en.ts).
   * @example strings: { de: { 'home.components': 'Dienste' } }
   */
  strings: z.partialRecord(locale, z.record(z.string(), z.string().min(1))).default({}),
};

type LanguageConfig = { locale?: Locale; locales?: Locale[]; strings: Partial<Record<Locale, Record<string, string>>> };

/** The default language: `locale`, else the first of `locales`, else English. */
export function defaultLocale(config: Pick<LanguageConfig, 'locale' | 'locales'>): Locale {
  return config.locale ?? config.locales?.[0] ?? 'en';
}

/** Every language of the site, the default first. */
export function siteLocales(config: Pick<LanguageConfig, 'locale' | 'locales'>): Locale[] {
  const first = defaultLocale(config);
  return [...new Set([first, ...(config.locales ?? [])])];
}

/** The config's texts for a language, as catalogue overrides. */
export function stringOverrides(config: Pick<LanguageConfig, 'strings'>, code: Locale): Partial<Catalogue> {
  return (config.strings[code] ?? {}) as Partial<Catalogue>;
}

/** Parameters a language may use in a text (a status as a noun or inline). */
export const ALTERNATE_PARAMS: Partial<Record<MessageKey, string[]>> = {
  'share.maintenanceStatus': ['status', 'statusInline'],
};

type AddIssue = (issue: { path: PropertyKey[]; message: string; params: IssueParams; input?: string }) => void;

/** Rules across the language fields: the default among the languages, no repeats, `strings` by known keys. */
export function checkLanguages(config: LanguageConfig, addIssue: AddIssue): void {
  const all = siteLocales(config);
  if (config.locale && config.locales && !config.locales.includes(config.locale)) {
    addIssue({
      path: ['locale'],
      message: `"${config.locale}" is not one of locales (${config.locales.join(', ')})`,
      params: {
        rule: 'invalid-value',
        whole: true,
        expected: 'the default language, one of locales',
        example: `locales: ['${[...new Set(config.locales)].join("', '")}', '${config.locale}']`,
      },
    });
  }
  config.locales?.forEach((code, index) => {
    if (config.locales!.indexOf(code) !== index)
      addIssue({
        path: ['locales', index],
        message: `"${code}" is listed twice`,
        params: {
          rule: 'invalid-value',
          whole: true,
          example: `locales: ['${[...new Set(config.locales)].join("', '")}']`,
        },
      });
  });
  const keys = Object.keys(en);
  for (const [code, texts] of Object.entries(config.strings) as [Locale, Record<string, string>][]) {
    if (!all.includes(code)) {
      addIssue({
        path: ['strings', code],
        message: `strings has texts for "${code}", which is not a language of this site (${all.join(', ')})`,
        params: {
          rule: 'invalid-value',
          whole: true,
          atKey: true,
          expected: `one of: ${all.join(', ')}`,
          example: `strings: { ${all[0]}: { 'home.components': '…' } }`,
        },
      });
      continue;
    }
    for (const [key, text] of Object.entries(texts ?? {})) {
      if (!Object.hasOwn(en, key)) {
        const near = suggest(key, keys);
        addIssue({
          path: ['strings', code, key],
          message:
            `strings.${code} has "${key}", which is not a text of Outpost's` +
            `${near ? `; did you mean "${near}"?` : ''}`,
          params: {
            rule: 'unknown-field',
            whole: true,
            atKey: true,
            expected: 'a key of the catalogue, src/core/i18n/en.ts',
            example: `strings: { ${code}: { '${near ?? 'home.components'}': '…' } }`,
          },
        });
        continue;
      }
      let used: string[];
      try {
        used = messageParams(text);
      } catch {
        addIssue({
          path: ['strings', code, key],
          message: `the text of "${key}" has unbalanced braces`,
          params: {
            rule: 'invalid-value',
            whole: true,
            expected: 'parameters in {braces}, as in the catalogue',
            example: `'${key}': '${LOCALES[code].catalogue[key as MessageKey].replace(/'/g, "\\'")}'`,
          },
        });
        continue;
      }
      const allowed = new Set([
        ...messageParams(en[key as MessageKey]),
        ...(ALTERNATE_PARAMS[key as MessageKey] ?? []),
      ]);
      const unknown = used.filter((name) => !allowed.has(name));
      if (unknown.length > 0) {
        addIssue({
          path: ['strings', code, key],
          message: `the text of "${key}" uses {${unknown.join('}, {')}}, which Outpost does not fill in`,
          params: {
            rule: 'invalid-value',
            whole: true,
            expected: allowed.size ? `only {${[...allowed].join('}, {')}}` : 'no parameters',
            example: `'${key}': '${LOCALES[code].catalogue[key as MessageKey].replace(/'/g, "\\'")}'`,
          },
        });
      }
    }
  }
}
