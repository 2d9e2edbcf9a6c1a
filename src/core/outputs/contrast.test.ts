import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LINK_BACKGROUNDS } from './palette.ts';
import { contrastRatio, formatRatio, hexToRgb, nearestPassingShade, relativeLuminance } from './contrast.ts';

describe('WCAG contrast', () => {
  test.each([
    ['#000000', '#ffffff', '21.00:1'],
    ['#ffffff', '#ffffff', '1.00:1'],
    // WebAIM's reference pair: #767676 is the lightest grey that passes on white, #777777 does not.
    ['#767676', '#ffffff', '4.54:1'],
    ['#777777', '#ffffff', '4.47:1'],
    ['#0b5cad', '#ffffff', '6.66:1'],
    ['#7ab4ff', '#121417', '8.61:1'],
    ['#fff', '#121417', '18.45:1'],
  ])('%s on %s is %s', (a, b, ratio) => {
    expect(formatRatio(contrastRatio(a, b))).toBe(ratio);
  });

  test('short hex and luminance', () => {
    expect(hexToRgb('#0bf')).toEqual([0, 187, 255]);
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#000')).toBe(0);
  });

  test.each([
    ['#777777', '#ffffff', '#767676'],
    ['#ffcc00', '#ffffff', '#907300'],
    ['#333333', '#121417', '#7e7e7e'],
  ])('the nearest passing shade of %s on %s is %s', (color, background, expected) => {
    const shade = nearestPassingShade(color, background);
    expect(shade).toBe(expected);
    expect(contrastRatio(shade, background)).toBeGreaterThanOrEqual(4.5);
  });

  test('a colour that passes is its own nearest shade', () => {
    expect(nearestPassingShade('#0b5cad', '#ffffff')).toBe('#0b5cad');
  });
});

test('the backgrounds an accent colour is checked against are the stylesheet\'s', () => {
  const css = readFileSync(new URL('../../site/styles/site.css', import.meta.url), 'utf8');
  const [light, dark] = [css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')), css.slice(css.indexOf('@media (prefers-color-scheme: dark)'))];
  const value = (block: string, name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(block)?.[1];
  expect([value(light, 'bg'), value(light, 'card')]).toEqual(LINK_BACKGROUNDS.light);
  expect([value(dark, 'bg'), value(dark, 'card')]).toEqual(LINK_BACKGROUNDS.dark);
});
