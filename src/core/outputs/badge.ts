/** Status badges for READMEs, shields-style, made by shields.io's own badge-maker. */
import { makeBadge } from 'badge-maker';
import type { ComponentStatus } from '../incident/vocabulary.ts';
import { COMPONENT_STATUS_LABELS } from '../incident/vocabulary.ts';

const COLORS: Record<ComponentStatus, string> = {
  operational: '#1f8a4c',
  under_maintenance: '#2f6fcf',
  degraded_performance: '#a86a00',
  partial_outage: '#c2410c',
  major_outage: '#c62828',
};

export function renderBadge(label: string, status: ComponentStatus): string {
  // badge-maker's SVG carries <title> and aria-label with "label: message" for screen readers.
  return makeBadge({ label, message: COMPONENT_STATUS_LABELS[status].toLowerCase(), color: COLORS[status], style: 'flat' });
}
