/**
 * WCAG 2.x contrast (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio) and
 * the nearest shade of a colour that reaches a ratio. Pure; colours are hex
 * strings (`#0b5fff`, `#fff`).
 */

/** WCAG AA for normal text. */
export const AA_TEXT = 4.5;

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export function isHexColor(value: string): boolean {
  return HEX.test(value);
}

/** `#0b5fff` or `#fff` as 0–255 channels. */
export function hexToRgb(hex: string): [number, number, number] {
  let digits = hex.slice(1);
  if (digits.length === 3) digits = [...digits].map((digit) => digit + digit).join('');
  return [0, 2, 4].map((start) => parseInt(digits.slice(start, start + 2), 16)) as [number, number, number];
}

export function rgbToHex([r, g, b]: readonly number[]): string {
  return `#${[r, g, b]
    .map((channel) =>
      Math.round(Math.min(255, Math.max(0, channel)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((channel) => {
    const c = channel / 255;
    // Stryker disable next-line EqualityOperator: no 8-bit channel is exactly 0.04045 (10.31/255)
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [high, low] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

/** "3.02:1", rounded down so a colour is never said to pass when it does not. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

function rgbToHsl([r, g, b]: readonly number[]): [number, number, number] {
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn),
    min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  // Stryker disable next-line EqualityOperator: at l = 0.5 both formulas give d
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h =
    max === rn
      ? (gn - bn) / d +
        // Stryker disable next-line ConditionalExpression,EqualityOperator: hslToRgb wraps the hue, so a turn more or
        // less is the same colour
        (gn < bn ? 6 : 0)
      : max === gn
        ? (bn - rn) / d + 2
        : (rn - gn) / d + 4;
  return [h / 6, s, l];
}

function hslToRgb([h, s, l]: readonly number[]): [number, number, number] {
  // Stryker disable next-line ConditionalExpression: with s = 0 the general formulas give l for every channel too
  if (s === 0) return [l * 255, l * 255, l * 255];
  // Stryker disable next-line EqualityOperator: at l = 0.5 both formulas give 0.5 + s / 2
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    // Stryker disable next-line EqualityOperator: at t = 0 and t = 1 the channel is p either way
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    // Stryker disable next-line EqualityOperator: the pieces meet at 1/6 (both q)
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    // Stryker disable next-line EqualityOperator: the pieces meet at 1/2 (both q)
    if (u < 1 / 2) return q;
    // Stryker disable next-line EqualityOperator: the pieces meet at 2/3 (both p)
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [channel(h + 1 / 3) * 255, channel(h) * 255, channel(h - 1 / 3) * 255];
}

/**
 * The shade of `color` (same hue and saturation, lightness moved as little as
 * possible, away from the background) whose contrast against `background` is at
 * least `minimum`. The colour itself when it already passes.
 */
export function nearestPassingShade(color: string, background: string, minimum = AA_TEXT): string {
  if (contrastRatio(color, background) >= minimum) return rgbToHex(hexToRgb(color));
  const [h, s, l] = rgbToHsl(hexToRgb(color));
  // Stryker disable next-line EqualityOperator: no 8-bit colour has a luminance of exactly 0.18
  const darker = relativeLuminance(background) > 0.18;
  // Stryker disable next-line EqualityOperator: step 1000 is lightness 0 or 1, black or white, which the fallback
  // returns anyway
  for (let step = 1; step <= 1000; step++) {
    const lightness = darker ? l - step / 1000 : l + step / 1000;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: past the range every channel
    // clamps to black (below 0) or white (above 1), the fallback
    if (lightness < 0 || lightness > 1) break;
    const candidate = rgbToHex(hslToRgb([h, s, lightness]));
    if (contrastRatio(candidate, background) >= minimum) return candidate;
  }
  return darker ? '#000000' : '#ffffff';
}
