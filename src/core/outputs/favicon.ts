/**
 * The site's icon: a circle in the colour of a status with its mark, or grey with none for what says
 * nothing about the current status. Pages carry it inline (src/site/favicon.ts); the feeds name
 * `/status-icon.svg`, the neutral one, which the build writes (outputs registry): a name of its own,
 * so that it never replaces a `favicon.svg` of the site's `public/`. Pure.
 */
import type { ComponentStatus } from '../incident/vocabulary.ts';
import { STATUS_PALETTE } from '../theme/palette.ts';

/** The icon file the build writes below the base path, named by the feeds. */
export const FAVICON_FILE = 'status-icon.svg';

const SHAPES: Record<ComponentStatus, { color: string; mark: string }> = {
  operational: {
    color: STATUS_PALETTE.operational.light,
    mark:
      '<path d="M10 16.5l4 4 8-9" fill="none" stroke="#fff" ' +
      'stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>',
  },
  under_maintenance: {
    color: STATUS_PALETTE.under_maintenance.light,
    mark: '<path d="M11 16h10" stroke="#fff" stroke-width="3" stroke-linecap="round"/>',
  },
  degraded_performance: {
    color: STATUS_PALETTE.degraded_performance.light,
    mark: '<path d="M16 9v9M16 22v1" stroke="#fff" stroke-width="3" stroke-linecap="round"/>',
  },
  partial_outage: {
    color: STATUS_PALETTE.partial_outage.light,
    mark: '<path d="M16 9v9M16 22v1" stroke="#fff" stroke-width="3" stroke-linecap="round"/>',
  },
  major_outage: {
    color: STATUS_PALETTE.major_outage.light,
    mark: '<path d="M11 11l10 10M21 11l-10 10" stroke="#fff" stroke-width="3" stroke-linecap="round"/>',
  },
};

/** For what says nothing about the current status (a settled incident's page, a feed): grey, no mark. */
const NEUTRAL = { color: '#5f6b7a', mark: '<circle cx="16" cy="16" r="4" fill="#fff"/>' };

export function faviconSvg(status: ComponentStatus | 'neutral'): string {
  const { color, mark } = status === 'neutral' ? NEUTRAL : SHAPES[status];
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
    `<circle cx="16" cy="16" r="14" fill="${color}"/>${mark}</svg>`
  );
}
