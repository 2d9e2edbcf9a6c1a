/**
 * A custom stylesheet read the way the build reads it. Vite (in Astro's build) runs PostCSS on a
 * stylesheet that has an `@import` or a `url()` (to inline the imports and rewrite the addresses)
 * and minifies every stylesheet it writes with Lightning CSS; a file that either of them cannot
 * parse stops the build. So both parse it here, the same packages at the versions the build uses,
 * and a syntax error is reported at its line and column before anything is built.
 *
 * The addresses come from Lightning CSS's parse, not from the text: escapes decoded
 * (`url(https\3a //…)`), every `@import` however it is written (`@import"…"`), every `url()` in
 * every property, custom properties included, and the strings of `image-set()` and its prefixed
 * forms, which are addresses too. Whether one leaves the site is decided by the URL parser a
 * browser uses, against the site's own address.
 *
 * Text in, data out: following a local `@import` to its file is the project's job
 * (src/project/custom-css.ts).
 */
import { transform, type TokenOrValue } from 'lightningcss';
import postcss, { CssSyntaxError } from 'postcss';

export interface CssSyntaxProblem {
  line: number;
  column: number;
  /** What the parser says, naming it: `Unclosed block (PostCSS)`. */
  message: string;
  /** A hint at the right form, when the error is a common one. */
  expected?: string;
}

export interface CssReference {
  /** `import`: an `@import`; `url`: any other address (`url()`, `image-set()`, `src()`). */
  kind: 'import' | 'url';
  /** The address as the parser read it (escapes decoded, quotes gone). */
  url: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export interface StylesheetReading {
  /** At most one per parser (each stops at its first error); none when both read the file. */
  syntaxErrors: CssSyntaxProblem[];
  /** Every address in the file, in order. Empty when Lightning CSS cannot parse it even leniently. */
  references: CssReference[];
}

/** Functions whose string arguments are addresses (`image-set("a.png" 1x)`), with any vendor prefix. */
const ADDRESS_FUNCTIONS = /^(?:-[a-z]+-)?(?:image-set|image|src)$/i;

export function readStylesheet(css: string, file: string): StylesheetReading {
  const syntaxErrors: CssSyntaxProblem[] = [];
  try {
    postcss.parse(css, { from: file });
  } catch (error) {
    if (!(error instanceof CssSyntaxError)) throw error;
    syntaxErrors.push({ line: error.line ?? 0, column: error.column ?? 0, message: `${error.reason} (PostCSS)` });
  }
  // As the build's minifier reads it (no error recovery); then leniently, to find the addresses of the rest.
  let read = lightning(css, file, false);
  if ('error' in read) {
    const { line, column, message } = read.error;
    // The same mistake seen by both parsers is one problem.
    if (!syntaxErrors.some((found) => found.line === line)) {
      const badUrl = /\bBadUrl\b/.test(message);
      const expected = badUrl ? 'an address with spaces, quotes or brackets in quotes: url("my image.png")' : undefined;
      syntaxErrors.push({ line, column, message: `${message} (Lightning CSS)`, expected });
    }
    read = lightning(css, file, true);
  }
  return { syntaxErrors: syntaxErrors.sort(byPlace), references: 'error' in read ? [] : read.references };
}

type Place = { line: number; column: number };
const byPlace = (a: Place, b: Place) => a.line - b.line || a.column - b.column;

type LightningRead = { references: CssReference[] } | { error: Place & { message: string } };

function lightning(css: string, file: string, errorRecovery: boolean): LightningRead {
  const lineStarts = [0, ...[...css.matchAll(/\n/g)].map((match) => match.index + 1)];
  const offsetOf = ({ line, column }: Place) => (lineStarts[line - 1] ?? 0) + column - 1;
  const placeOf = (offset: number): Place => {
    const line = lineStarts.findLastIndex((start) => start <= offset);
    return { line: line + 1, column: offset - lineStarts[line] + 1 };
  };
  const references: CssReference[] = [];
  // The strings of a function in a property Lightning CSS keeps as tokens (one it does not know, a
  // custom property) have no location of their own: the first place after the last one in the same
  // rule where the text has them, or else the rule's.
  let rule: Place = { line: 1, column: 1 };
  let cursor = 0;
  const strings = (tokens: readonly TokenOrValue[]) => {
    for (const token of tokens) {
      if (token.type !== 'token' || token.value.type !== 'string') continue;
      const at = css.indexOf(token.value.value, cursor);
      references.push({ kind: 'url', url: token.value.value, ...(at < 0 ? rule : placeOf(at)) });
      if (at >= 0) cursor = at + token.value.value.length;
    }
  };
  try {
    const result = transform({
      filename: file,
      code: new TextEncoder().encode(css),
      minify: true,
      errorRecovery,
      analyzeDependencies: { preserveImports: true },
      visitor: {
        Rule(found) {
          const loc = (found as { value?: { loc?: Place } }).value?.loc;
          if (!loc) return;
          rule = { line: loc.line + 1, column: loc.column }; // a rule's line counts from 0
          cursor = offsetOf(rule);
        },
        Function(fn) {
          if (ADDRESS_FUNCTIONS.test(fn.name)) strings(fn.arguments);
        },
      },
    });
    for (const dependency of result.dependencies ?? []) {
      // Files and globs come only from visitors that add them.
      if (dependency.type !== 'import' && dependency.type !== 'url') continue;
      // Lightning CSS places some a few characters off (at the quote; in image-set(), after it):
      // the address itself where the text has it nearby, as written.
      const at = offsetOf(dependency.loc.start);
      const nearest = [0, 1, -1, 2, -2, 3, -3, 4, -4]
        .map((shift) => at + shift)
        .find((offset) => offset >= 0 && css.startsWith(dependency.url, offset));
      const quote = css[at] === '"' || css[at] === "'" ? 1 : 0;
      const place = placeOf(nearest ?? at + quote);
      references.push({ kind: dependency.type, url: dependency.url, ...place });
    }
  } catch (error) {
    const { loc, message } = error as { loc?: Place; message: string };
    return { error: { line: loc?.line ?? 0, column: loc?.column ?? 0, message } };
  }
  return { references: references.sort(byPlace) };
}

/**
 * Whether a browser showing the site at `site` would fetch `reference` from another origin. A
 * `data:` address is part of the stylesheet; one the URL parser rejects is never fetched.
 */
export function isOffOrigin(reference: string, site: string): boolean {
  let url: URL;
  try {
    url = new URL(reference, site);
  } catch {
    return false;
  }
  return url.protocol !== 'data:' && url.origin !== new URL(site).origin;
}
