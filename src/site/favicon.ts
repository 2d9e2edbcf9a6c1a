/**
 * The favicon shows the overall status (neutral on pages that say nothing about it), as a data URI: no request at all.
 */
import type { ComponentStatus } from '../core/incident/vocabulary.ts';
import { faviconSvg } from '../core/outputs/favicon.ts';

const icons = new Map<string, string>();

export function faviconFor(status: ComponentStatus | 'neutral'): string {
  let icon = icons.get(status);
  if (!icon) icons.set(status, (icon = `data:image/svg+xml,${encodeURIComponent(faviconSvg(status))}`));
  return icon;
}
