/** Status badges for READMEs, shields-style, made by shields.io's own badge-maker. */
import { makeBadge } from 'badge-maker';
import type { ComponentStatus } from '../incident/vocabulary.ts';
import type { Translator } from '../i18n/translate.ts';
import { STATUS_PALETTE } from '../theme/palette.ts';

export function renderBadge(label: string, status: ComponentStatus, i18n: Translator): string {
  // badge-maker's SVG carries <title> and aria-label with "label: message" for screen readers.
  return makeBadge({
    label,
    message: i18n.t(`componentStatusInline.${status}`),
    color: STATUS_PALETTE[status].light,
    style: 'flat',
  });
}
