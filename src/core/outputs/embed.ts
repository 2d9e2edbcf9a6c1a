/**
 * The embed for the product's own site: `/embed.js`, a dependency-free
 * script that reads the status site's `/api/v2/summary.json` and shows a
 * status pill (in every `[data-outpost-status]` element) and, while
 * something is wrong, a banner linking to the incidents (in
 * `[data-outpost-banner]`, or at the top of the page); and `/embed/`, the
 * same as a static page for an iframe where scripts are not allowed. Both
 * draw inside their own box (a shadow root, or the iframe), follow the
 * reader's colour scheme, and say everything in text, not colour alone. If
 * the status site cannot be reached, the script shows nothing.
 */
import { UPDATE_STATUSES, type ComponentStatus } from '../incident/vocabulary.ts';
import { escapeHtml } from '../base/html.ts';
import { STATUS_PALETTE } from '../theme/palette.ts';
import { absoluteUrl } from './paths.ts';
import type { IncidentView, SiteView } from './view-model.ts';

/** Statuspage's indicators, as the summary gives them, and the status each stands for. */
const INDICATORS = {
  none: 'operational',
  minor: 'degraded_performance',
  major: 'partial_outage',
  critical: 'major_outage',
  maintenance: 'under_maintenance',
} as const satisfies Record<string, ComponentStatus>;
type Indicator = keyof typeof INDICATORS;
const INDICATOR_OF = Object.fromEntries(
  Object.entries(INDICATORS).map(([indicator, status]) => [status, indicator]),
) as Record<ComponentStatus, Indicator>;

/** The embed's words, in the view's language. */
function embedText(site: SiteView) {
  const { i18n } = site;
  return {
    /** The banner's name for screen readers. */
    region: i18n.t('embed.region'),
    pageTitle: i18n.t('embed.pageTitle', { name: site.config.name }),
    labels: Object.fromEntries(
      Object.entries(INDICATORS).map(([indicator, status]) => [indicator, i18n.t(`overall.${status}`)]),
    ) as Record<Indicator, string>,
    words: Object.fromEntries(UPDATE_STATUSES.map((status) => [status, i18n.t(`status.${status}`)])) as Record<
      string,
      string
    >,
  };
}

/** One stylesheet for the script's shadow roots and the iframe page. */
export function embedCss(): string {
  const colors = (mode: 'light' | 'dark') =>
    Object.entries(INDICATORS)
      .map(([indicator, status]) => `.${indicator}{--s:${STATUS_PALETTE[status][mode]}}`)
      .join('');
  return [
    ':host{display:contents}',
    '.pill,.banner{font:inherit;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;' +
      'line-height:1.4;box-sizing:border-box}',
    '.pill{display:inline-flex;align-items:center;gap:.45em;padding:.2em .7em;border:1px solid;border-radius:999px;' +
      'color:inherit;text-decoration:none;font-size:.875rem}',
    '.pill:hover{text-decoration:underline}',
    '.dot{width:.65em;height:.65em;border-radius:50%;background:var(--s);flex:none}',
    '.banner{display:block;margin:0;padding:.6em 1em;border-left:.4em solid var(--s);' +
      'background:#fff;color:#1b1f24;font-size:.95rem}',
    '.banner ul{margin:.2em 0 0;padding:0 0 0 1.1em}',
    '.banner a{color:#0b5cad}',
    ':focus-visible{outline:3px solid #0b5cad;outline-offset:2px}',
    colors('light'),
    `@media (prefers-color-scheme:dark){${colors('dark')}.banner{background:#1b1f24;color:#e8eaed}` +
      '.banner a{color:#7ab4ff}:focus-visible{outline-color:#7ab4ff}}',
  ].join('\n');
}

/**
 * `/embed.js`. Written by hand to stay small; text enters the page only through textContent.
 * On a site in several languages each language has its own (`/de/embed.js`): its words, and its
 * links lead to that language's pages; the API it reads is the one at the site's root.
 */
export function renderEmbedScript(site: SiteView): string {
  const TEXT = embedText(site);
  const language = site.language.path ? `${site.language.path}/` : '';
  return (
    `/* Outpost status embed: see the status page's README, "Embedding". */
(() => {
  const me = document.currentScript;
  if (!me) return;
  const T = ${JSON.stringify({ region: TEXT.region, labels: TEXT.labels, words: TEXT.words })};
  const CSS = ${JSON.stringify(embedCss())};
${
  language
    ? `  const LANG = ${JSON.stringify(language)};
  const root = new URL('..', me.src);
  const inLanguage = (href) => ` +
      '(href.startsWith(root.href) ? new URL(LANG + href.slice(root.href.length), root).href : href);'
    : `  const root = new URL('.', me.src);`
}
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  };
  const link = (url, fallback) => {
    try {
      const u = new URL(url, root);
      return /^https?:$/.test(u.protocol) ? u.href : fallback;
    } catch {
      return fallback;
    }
  };
  const mount = (host, node) => {
    const shadow = host.shadowRoot || host.attachShadow({ mode: 'open' });
    shadow.replaceChildren(el('style', '', CSS), node);
  };
  fetch(new URL('api/v2/summary.json', root), { credentials: 'omit' })
    .then((r) => (r.ok ? r.json() : null))
    .then((d) => {
      if (!d || !d.status) return;
      const ind = T.labels[d.status.indicator] ? d.status.indicator : 'none';
 ${
   language ? '     const page = new URL(LANG, root).href;' : '     const page = link(d.page && d.page.url, root.href);'
 }
      for (const host of document.querySelectorAll('[data-outpost-status]')) {
        const a = el('a', 'pill ' + ind);
        a.href = page;
        a.append(el('span', 'dot'), el('span', '', T.labels[ind]));
        mount(host, a);
      }
      const items = (d.incidents || []).concat((d.scheduled_maintenances || []).filter(` +
    `(m) => m.status === 'in_progress' || m.status === 'verifying'));
      if (!items.length) return;
      let host = document.querySelector('[data-outpost-banner]');
      if (!host) document.body.prepend((host = el('div')));
      const box = el('section', 'banner ' + ind);
      box.setAttribute('aria-label', T.region);
      box.append(el('strong', '', T.labels[ind]));
      const list = el('ul');
      for (const item of items.slice(0, 3)) {
        const li = el('li');
        const a = el('a', '', String(item.name));
        a.href = ${language ? 'inLanguage(link(item.shortlink, page))' : 'link(item.shortlink, page)'};
        li.append(a, ' (' + (T.words[item.status] || String(item.status)) + ')');
        list.append(li);
      }
      box.append(list);
      mount(host, box);
    })
    .catch(() => {});
})();
`
  );
}

/** `/embed/`: the pill and the banner as they are at build time, for an iframe; links open in a new tab. */
export function renderEmbedPage(site: SiteView): string {
  const TEXT = embedText(site);
  const indicator = INDICATOR_OF[site.overall.status];
  const home = absoluteUrl(site.config.url, site.paths.home);
  const items: IncidentView[] = [...site.activeIncidents, ...site.activeMaintenance].slice(0, 3);
  const banner = items.length
    ? `<section class="banner ${indicator}" aria-label="${escapeHtml(TEXT.region)}">` +
      `<strong>${escapeHtml(TEXT.labels[indicator])}</strong><ul>${items
        .map(
          (item) =>
            `<li><a href="${escapeHtml(absoluteUrl(site.config.url, item.url))}" target="_blank" rel="noopener">` +
            `${escapeHtml(item.title)}</a> (${escapeHtml(item.statusLabel)})</li>`,
        )
        .join('')}</ul></section>`
    : '';
  return (
    `<!doctype html>
<html lang="${escapeHtml(site.i18n.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<title>${escapeHtml(TEXT.pageTitle)}</title>
<style>
body{margin:0;padding:4px;background:#fff;color:#1b1f24}
@media (prefers-color-scheme:dark){body{background:#121417;color:#e8eaed}}
main{display:flex;flex-direction:column;gap:6px;align-items:flex-start}
${embedCss()}
</style>
</head>
<body>
<main>
<a class="pill ${indicator}" href="${escapeHtml(home)}" target="_blank" rel="noopener">` +
    `<span class="dot"></span><span>${escapeHtml(TEXT.labels[indicator])}</span></a>
${banner}
</main>
</body>
</html>
`
  );
}

/**
 * `_headers` for Cloudflare Pages and Netlify: the embed on another
 * origin may read the JSON API (GitHub Pages sends this by itself).
 */
export function renderHostHeaders(site: SiteView): string {
  return `# Read by Cloudflare Pages and Netlify. Lets the embed (/embed.js) on your product's site read
# the status JSON from this origin; GitHub Pages sends the same header by itself.
${site.paths.root}*
  Access-Control-Allow-Origin: *
`;
}
