/**
 * Markdown of updates to safe HTML and plain text, with markdown-it
 * (CommonMark, GFM tables, strikethrough and bare links). Every link and
 * image URL is checked on the parsed tokens: links keep only web, mail and
 * relative URLs, images only relative ones (a page makes no request to
 * another origin). A message that can contain raw HTML (it has a `<`) is
 * then sanitized with GitHub's allow-list (rehype-sanitize): no script, no
 * event handler attribute, no `javascript:` URL survives. A message without
 * one is escaped by markdown-it and needs no sanitizer, which keeps the
 * common case fast.
 */
import { toText } from 'hast-util-to-text';
import MarkdownIt, { type Token } from 'markdown-it';
import rehypeParse from 'rehype-parse';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

/** Could the message contain raw HTML (a tag, a comment, a declaration)? */
const RAW_HTML = /<[a-zA-Z!/?]/;

/** Where a link may point: what GitHub allows, and relative URLs. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'xmpp', 'irc', 'ircs']);

/** The URL as a browser reads it: leading controls and spaces stripped, tabs and newlines removed anywhere. */
const asBrowserReads = (url: string) => url.replace(/^[\x00-\x20]+/, '').replace(/[\t\n\r]/g, '');
const schemeOf = (url: string) => /^([a-z][a-z0-9+.-]*):/i.exec(asBrowserReads(url))?.[1].toLowerCase();
const allowedHref = (url: string) => {
  const scheme = schemeOf(url);
  return scheme === undefined || LINK_SCHEMES.has(scheme);
};
/** Images only from the status site itself: no scheme, and not `//host/x.png` either. */
const allowedSrc = (url: string) => schemeOf(url) === undefined && !/^[\\/]{2}/.test(asBrowserReads(url));

function markdownIt(html: boolean) {
  const parser = new MarkdownIt({ html, linkify: true });
  // URLs are policed on the tokens below (dropped, not left as literal Markdown), so every link parses.
  parser.validateLink = () => true;
  return parser;
}
const escaping = markdownIt(false);
const passing = markdownIt(true);

const schema = {
  ...defaultSchema,
  // Headings in updates keep their ids out of the page's namespace.
  clobberPrefix: 'md-',
  // Style sheets go with their content, not just their tags.
  strip: [...(defaultSchema.strip ?? []), 'style'],
  // Images only from the status site itself (relative URLs): a page makes no request to another origin.
  // No real URL has this scheme, so every absolute `src` is dropped; see also `dropProtocolRelativeSources`.
  protocols: { ...defaultSchema.protocols, src: ['outpost-same-origin-only'] },
  // <picture><source srcset> would load images from anywhere: the schema sets no protocols for srcset.
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'picture' && tag !== 'source'),
};

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** `//host/x.png` has no scheme, so the sanitizer takes it for relative; it is not. */
function dropProtocolRelativeSources() {
  const visit = (node: HastNode) => {
    if (node.type === 'element' && typeof node.properties?.src === 'string' && !allowedSrc(node.properties.src)) {
      delete node.properties.src;
    }
    node.children?.forEach(visit);
  };
  return (tree: HastNode) => visit(tree);
}

const sanitizer = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeSanitize, schema)
  .use(dropProtocolRelativeSources)
  .use(rehypeStringify)
  .freeze();

/**
 * Drops link targets and image sources the policy refuses (the text or alt stays), writes
 * strikethrough as `<del>` as GitHub does, and collects the plain text.
 */
function prepare(tokens: Token[]): string {
  const police = (token: Token, name: string, allowed: (url: string) => boolean) => {
    if (!allowed(String(token.attrGet(name) ?? '')))
      token.attrs = (token.attrs ?? []).filter(([attribute]) => attribute !== name);
  };
  const words: string[] = [];
  for (const token of tokens) {
    if (token.type === 'code_block' || token.type === 'fence') words.push(token.content);
    for (const child of token.children ?? []) {
      if (child.type === 'link_open') police(child, 'href', allowedHref);
      if (child.type === 'image') police(child, 'src', allowedSrc);
      if (child.type === 's_open' || child.type === 's_close') child.tag = 'del';
      if (child.type === 'text' || child.type === 'code_inline') words.push(child.content);
      else if (child.type === 'softbreak' || child.type === 'hardbreak') words.push(' ');
    }
    if (token.block && token.nesting !== 1) words.push(' ');
  }
  return words.join('').replace(/\s+/g, ' ').trim();
}

export interface RenderedMarkdown {
  /** Sanitized HTML. */
  html: string;
  /** Plain text, whitespace collapsed: for feeds, the API, titles and short posts. */
  text: string;
}

/**
 * How deep raw HTML may nest. The HTML tools walk trees recursively, so a message nested
 * thousands deep would overflow the stack; no real update needs more than a few levels.
 */
export const MAX_HTML_DEPTH = 64;

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** The deepest nesting of raw HTML elements in a message (unclosed ones stay open, as in a browser). */
export function htmlNestingDepth(markdown: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name, selfClosing] of markdown.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g)) {
    if (VOID_ELEMENTS.has(name.toLowerCase()) || selfClosing) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** Why a message can't be rendered, or undefined: the validator asks before anything is built. */
export function unrenderable(markdown: string): string | undefined {
  // Without raw HTML, markdown-it alone renders (escaping everything,
  // nesting bounded by its maxNesting); the fuzz tests hold it to that.
  if (!RAW_HTML.test(markdown)) return undefined;
  if (htmlNestingDepth(markdown) > MAX_HTML_DEPTH) return `its HTML is nested more than ${MAX_HTML_DEPTH} levels deep`;
  try {
    renderMarkdownBoth(markdown);
    return undefined;
  } catch (error) {
    return `it can't be rendered (${(error as Error).message.split('\n')[0]})`;
  }
}

/**
 * Rendered once per text: the validator renders a message with raw HTML to check it, and a site in
 * several languages shows an untranslated message in each. Kept in globalThis because the Astro
 * integration (which validates) and the pages' bundle are separate module graphs in one process;
 * emptied when it grows past CACHE_LIMIT texts (a dev server running for days).
 */
const CACHE = Symbol.for('outpost.rendered-markdown');
const CACHE_LIMIT = 200_000;
const rendered = ((globalThis as Record<symbol, unknown>)[CACHE] ??= new Map()) as Map<
  string,
  Readonly<RenderedMarkdown>
>;

/** Both forms from one parse. */
export function renderMarkdownBoth(markdown: string): RenderedMarkdown {
  let both = rendered.get(markdown);
  if (!both) {
    both = render(markdown);
    if (rendered.size >= CACHE_LIMIT) rendered.clear();
    rendered.set(markdown, both);
  }
  return { ...both };
}

function render(markdown: string): RenderedMarkdown {
  if (!RAW_HTML.test(markdown)) {
    const tokens = escaping.parse(markdown, {});
    const text = prepare(tokens);
    return { html: escaping.renderer.render(tokens, escaping.options, {}).trim(), text };
  }
  if (htmlNestingDepth(markdown) > MAX_HTML_DEPTH)
    throw new RangeError(`HTML nested more than ${MAX_HTML_DEPTH} levels deep`);
  const tokens = passing.parse(markdown, {});
  prepare(tokens);
  const tree = sanitizer.runSync(sanitizer.parse(passing.renderer.render(tokens, passing.options, {})));
  return {
    html: sanitizer.stringify(tree).trim(),
    text: toText(tree).replace(/\s+/g, ' ').trim(),
  };
}

export function renderMarkdown(markdown: string): string {
  return renderMarkdownBoth(markdown).html;
}

export function markdownToText(markdown: string): string {
  return renderMarkdownBoth(markdown).text;
}
