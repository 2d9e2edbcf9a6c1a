/**
 * `t(key, params)`: a catalogue text with its parameters filled in. Pure.
 *
 * The syntax is a small part of ICU MessageFormat: `{name}` is a parameter
 * (numbers are formatted for the locale); `{count, plural, one {…} other {…}}`
 * picks a form by Intl.PluralRules (`=0`, `=1` … match exactly), with `#` for
 * the number. A parameter may be a slot: the text around it is kept in parts,
 * so a page can put a link or a `<time>` there.
 */
import { memoize } from '../base/memo.ts';
import type { Catalogue, MessageKey } from './en.ts';
import { LOCALES, type Locale } from './locales.ts';

export type { MessageKey } from './en.ts';

/** A place in a message where the page puts an element (a link, a time). */
export interface Slot {
  slot: string;
}
export type Params = Record<string, string | number | Slot>;
export type Part = string | Slot;

export interface Translator {
  locale: Locale;
  /** For `<html lang>`, `hreflang` and the feeds. */
  lang: string;
  /** For Intl: dates and numbers. */
  intl: string;
  t(key: MessageKey, params?: Params): string;
  /** The message in parts, with its slots where the page puts elements. */
  parts(key: MessageKey, params?: Params): Part[];
  /** Items joined as the language writes a list ("a, b"). */
  list(items: readonly string[]): string;
}

export const slot = (name: string): Slot => ({ slot: name });

// Stryker disable next-line ArrowFunction,ConditionalExpression,EqualityOperator: push() below keeps a slot as a part
// of its own too; isSlot narrows the type
const isSlot = (value: unknown): value is Slot => typeof value === 'object' && value !== null && 'slot' in value;

type Piece = { text: string } | { block: string };
// A site formats the same few templates thousands of times: each is split into its blocks once (a plural form
// with its number filled in is a template too, so the cache is emptied when it grows past a bound).
/** The `{…}` blocks of a message, with nesting (plural forms hold braces). */
const blocks = memoize(split, 10_000);

function split(template: string): Piece[] {
  const out: Piece[] = [];
  let depth = 0;
  let start = 0;
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which is neither brace
  for (let index = 0; index < template.length; index++) {
    const char = template[index];
    if (char === '{') {
      if (depth === 0) {
        // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty text piece is dropped by push()
        // and skipped by messageParams
        if (index > start) out.push({ text: template.slice(start, index) });
        start = index + 1;
      }
      depth++;
    } else if (char === '}') {
      depth--;
      if (depth < 0) throw new Error(`unbalanced "}" in "${template}"`);
      if (depth === 0) {
        out.push({ block: template.slice(start, index) });
        start = index + 1;
      }
    }
  }
  if (depth !== 0) throw new Error(`unbalanced "{" in "${template}"`);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty text piece is dropped by push() and
  // skipped by messageParams
  if (start < template.length) out.push({ text: template.slice(start) });
  return out;
}

const numberFormat = memoize(
  (intl: string) => new Intl.NumberFormat(intl, { useGrouping: 'min2', maximumFractionDigits: 2 }),
);
const pluralRules = memoize((intl: string) => new Intl.PluralRules(intl));

function formatNumber(value: number, intl: string): string {
  return numberFormat(intl).format(value);
}

function pluralForm(block: string, value: number, params: Params, intl: string): Part[] {
  const options = new Map<string, string>();
  // Stryker disable next-line MethodExpression,ArithmeticOperator: the name and `plural,` before the forms never read
  // as a form (`one {`), so where the cut falls does not matter
  const body = block.slice(block.indexOf(',', block.indexOf(',') + 1) + 1);
  for (const match of body.matchAll(/\s*(=\d+|zero|one|two|few|many|other)\s*\{/g)) {
    let depth = 1;
    let index = match.index + match[0].length;
    const from = index;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: blocks() has checked the braces balance, so
    // depth reaches 0 before the end
    for (; index < body.length && depth > 0; index++) {
      if (body[index] === '{') depth++;
      else if (body[index] === '}') depth--;
    }
    options.set(match[1], body.slice(from, index - 1));
  }
  const chosen = options.get(`=${value}`) ?? options.get(pluralRules(intl).select(value)) ?? options.get('other');
  if (chosen === undefined) throw new Error(`no "other" form in "{${block}}"`);
  return formatParts(chosen.replace(/#/g, formatNumber(value, intl)), params, intl);
}

/** Fills in a message; a slot parameter stays a part of its own. */
export function formatParts(template: string, params: Params, intl: string): Part[] {
  const out: Part[] = [];
  const push = (part: Part) => {
    if (typeof part === 'string' && typeof out[out.length - 1] === 'string') out[out.length - 1] += part;
    else if (part !== '') out.push(part);
  };
  for (const piece of blocks(template)) {
    if ('text' in piece) {
      push(piece.text);
      continue;
    }
    const [name, kind] = piece.block.split(',').map((word) => word.trim());
    const value = params[name];
    if (value === undefined) throw new Error(`the message "${template}" needs the parameter "${name}"`);
    if (kind === 'plural') {
      if (typeof value !== 'number') throw new Error(`the parameter "${name}" of "${template}" must be a number`);
      for (const part of pluralForm(piece.block, value, params, intl)) push(part);
    } else {
      // Stryker disable next-line ConditionalExpression: push() keeps a slot as a part of its own too
      if (isSlot(value)) out.push(value);
      else push(typeof value === 'number' ? formatNumber(value, intl) : value);
    }
  }
  return out;
}

export function formatMessage(template: string, params: Params, intl: string): string {
  return formatParts(template, params, intl)
    .map((part) => {
      if (typeof part !== 'string') throw new Error(`the slot "${part.slot}" of "${template}" needs parts(), not t()`);
      return part;
    })
    .join('');
}

/** The parameter names a message uses, plural ones included (for the completeness test and config checks). */
export function messageParams(template: string): string[] {
  const names = new Set<string>();
  const visit = (text: string) => {
    for (const piece of blocks(text)) {
      if ('text' in piece) continue;
      const [name, kind] = piece.block.split(',').map((word) => word.trim());
      names.add(name);
      // Stryker disable next-line ConditionalExpression: a block that is not a plural has no braces inside, so the loop
      // finds nothing
      if (kind === 'plural')
        for (const match of piece.block.matchAll(/\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g)) visit(match[1]);
    }
  };
  visit(template);
  return [...names].sort();
}

/** A translator for a locale; `overrides` (the config's `strings`) replace catalogue texts. */
export function translator(locale: Locale, overrides: Partial<Catalogue> = {}): Translator {
  const { catalogue, intl, lang } = LOCALES[locale];
  const text = (key: MessageKey) => overrides[key] ?? catalogue[key];
  // A site says "Resolved" and "Partial outage" for each of thousands of incidents: a text without parameters once.
  const plain = memoize((key: MessageKey) => formatMessage(text(key), {}, intl));
  return {
    locale,
    lang,
    intl,
    t: (key, params) => {
      // Stryker disable next-line ConditionalExpression: a text without parameters formats the same without the cache
      return params === undefined ? plain(key) : formatMessage(text(key), params, intl);
    },
    parts: (key, params = {}) => formatParts(text(key), params, intl),
    list: (items) => items.join(text('list.separator')),
  };
}
