/**
 * Markdown of updates to safe HTML. Raw HTML is allowed through the parser
 * and then sanitized with GitHub's allow-list (rehype-sanitize): no script,
 * no event handler attribute, no `javascript:` URL survives.
 */
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { toText } from 'hast-util-to-text';
import { unified } from 'unified';

const schema = {
  ...defaultSchema,
  // Headings in updates keep their ids out of the page's namespace.
  clobberPrefix: 'md-',
  // Style sheets go with their content, not just their tags.
  strip: [...(defaultSchema.strip ?? []), 'style'],
  // Images only from the status site itself (relative URLs): a page makes no request to another origin.
  // No real URL has this scheme, so every absolute `src` is dropped; see also `dropProtocolRelativeSources`.
  protocols: { ...defaultSchema.protocols, src: ['outpost-same-origin-only'] },
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
    if (node.type === 'element' && typeof node.properties?.src === 'string' && /^\s*[\\/]{2}/.test(node.properties.src)) {
      delete node.properties.src;
    }
    node.children?.forEach(visit);
  };
  return (tree: HastNode) => visit(tree);
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, schema)
  .use(dropProtocolRelativeSources)
  .use(rehypeStringify)
  .freeze();

// Most messages have no raw HTML: they skip the costly re-parse of rehype-raw (same sanitizer after it).
const plainProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(dropProtocolRelativeSources)
  .use(rehypeStringify)
  .freeze();

/** Could the message contain raw HTML (a tag, a comment, a declaration)? */
const RAW_HTML = /<[a-zA-Z!/?]/;

export interface RenderedMarkdown {
  /** Sanitized HTML. */
  html: string;
  /** Plain text, whitespace collapsed: for feeds, the API, titles and short posts. */
  text: string;
}

/** Both forms from one parse: parsing is the costly part. */
export function renderMarkdownBoth(markdown: string): RenderedMarkdown {
  const pipeline = RAW_HTML.test(markdown) ? processor : plainProcessor;
  const tree = pipeline.runSync(pipeline.parse(markdown));
  return {
    html: pipeline.stringify(tree).trim(),
    text: toText(tree).replace(/\s+/g, ' ').trim(),
  };
}

export function renderMarkdown(markdown: string): string {
  return renderMarkdownBoth(markdown).html;
}

export function markdownToText(markdown: string): string {
  return renderMarkdownBoth(markdown).text;
}

/**
 * Where rendered Markdown can be kept between builds: the build passes a
 * file-backed one (src/tools/markdown-cache.ts), keyed by the message itself.
 */
export interface MarkdownCache {
  get(markdown: string): RenderedMarkdown | undefined;
  set(markdown: string, rendered: RenderedMarkdown): void;
}

export function cachedRenderer(cache?: MarkdownCache): (markdown: string) => RenderedMarkdown {
  if (!cache) return renderMarkdownBoth;
  return (markdown) => {
    let rendered = cache.get(markdown);
    if (!rendered) {
      rendered = renderMarkdownBoth(markdown);
      cache.set(markdown, rendered);
    }
    return rendered;
  };
}
