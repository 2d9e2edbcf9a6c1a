/** The favicon shows the overall status (neutral on pages that say nothing about it), as a data URI: no request at all. */
import type { ComponentStatus } from '../core/incident/vocabulary.ts';
import { STATUS_PALETTE } from '../core/outputs/palette.ts';

const SHAPES: Record<ComponentStatus, { color: string; mark: string }> = {
  operational: { color: STATUS_PALETTE.operational.light, mark: '<path d="M10 16.5l4 4 8-9" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>' },
  under_maintenance: { color: STATUS_PALETTE.under_maintenance.light, mark: '<path d="M11 16h10" stroke="#fff" stroke-width="3" stroke-linecap="round"/>' },
  degraded_performance: { color: STATUS_PALETTE.degraded_performance.light, mark: '<path d="M16 9v9M16 22v1" stroke="#fff" stroke-width="3" stroke-linecap="round"/>' },
  partial_outage: { color: STATUS_PALETTE.partial_outage.light, mark: '<path d="M16 9v9M16 22v1" stroke="#fff" stroke-width="3" stroke-linecap="round"/>' },
  major_outage: { color: STATUS_PALETTE.major_outage.light, mark: '<path d="M11 11l10 10M21 11l-10 10" stroke="#fff" stroke-width="3" stroke-linecap="round"/>' },
};

/** For pages that say nothing about the current status (a settled incident's): grey, no mark. */
const NEUTRAL = { color: '#5f6b7a', mark: '<circle cx="16" cy="16" r="4" fill="#fff"/>' };

const icons = new Map<string, string>();

export function faviconFor(status: ComponentStatus | 'neutral'): string {
  let icon = icons.get(status);
  if (!icon) {
    const { color, mark } = status === 'neutral' ? NEUTRAL : SHAPES[status];
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="14" fill="${color}"/>${mark}</svg>`;
    icons.set(status, (icon = `data:image/svg+xml,${encodeURIComponent(svg)}`));
  }
  return icon;
}
