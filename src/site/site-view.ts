/** The pages' one entry to data: the site view model of this build. */
import context from 'virtual:outpost/context';
import type { SiteView } from '../core/outputs/view-model.ts';
import { keptPages, siteViewFor } from './site-context.ts';

export function getSiteView(): Promise<SiteView> {
  return siteViewFor(context);
}

/** Settled incidents whose page the build keeps from the last one. */
export function getKeptPages(): ReadonlySet<string> {
  return keptPages(context);
}
