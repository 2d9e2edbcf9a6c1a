/** Status badges for READMEs, shields-style, made by shields.io's own badge-maker. */
import { makeBadge } from 'badge-maker';
import type { ComponentStatus } from '../incident/vocabulary.ts';
import { COMPONENT_STATUS_LABELS } from '../incident/vocabulary.ts';
import { STATUS_PALETTE } from './palette.ts';

export function renderBadge(label: string, status: ComponentStatus): string {
  // badge-maker's SVG carries <title> and aria-label with "label: message" for screen readers.
  return makeBadge({ label, message: COMPONENT_STATUS_LABELS[status].toLowerCase(), color: STATUS_PALETTE[status].light, style: 'flat' });
}
