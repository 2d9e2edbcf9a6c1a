/** The pages' one entry to data: the site view model of this build. */
import context from 'virtual:outpost/context';
import type { SiteView } from '../core/view-model.ts';
import { siteViewFor } from './site-context.ts';

export function getSiteView(): Promise<SiteView> {
  return siteViewFor(context);
}
