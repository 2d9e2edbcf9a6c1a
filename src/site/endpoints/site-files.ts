/**
 * Every file of the outputs registry: feeds, calendar, badges, the Statuspage
 * API, the JSON Schema; feeds, calendar and badges in each language.
 */
import type { APIRoute } from 'astro';
import { outputFiles, renderOutput } from '../../core/outputs/registry.ts';
import { getSiteViews } from '../site-view.ts';

export async function getStaticPaths() {
  return (await getSiteViews()).flatMap((site) =>
    outputFiles(site).map(({ path }) => ({ params: { file: path }, props: { locale: site.i18n.locale } })),
  );
}

export const GET: APIRoute = async ({ params, props }) => {
  const site = (await getSiteViews()).find((view) => view.i18n.locale === props.locale);
  const rendered = site && (await renderOutput(site, params.file ?? ''));
  if (!rendered) return new Response(null, { status: 404 });
  return new Response(rendered.body, { headers: { 'content-type': `${rendered.type}; charset=utf-8` } });
};
