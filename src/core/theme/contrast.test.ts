import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LINK_BACKGROUNDS, paletteCss, STATUS_PALETTE } from './palette.ts';
import {
  contrastRatio,
  formatRatio,
  hexToRgb,
  nearestPassingShade,
  relativeLuminance,
  isHexColor,
  rgbToHex,
} from './contrast.ts';

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

test("the backgrounds an accent colour is checked against are the stylesheet's", () => {
  const css = readFileSync(new URL('../../site/styles/site.css', import.meta.url), 'utf8');
  const [light, dark] = [
    css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')),
    css.slice(css.indexOf('@media (prefers-color-scheme: dark)')),
  ];
  const value = (block: string, name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(block)?.[1];
  expect([value(light, 'bg'), value(light, 'card')]).toEqual(LINK_BACKGROUNDS.light);
  expect([value(dark, 'bg'), value(dark, 'card')]).toEqual(LINK_BACKGROUNDS.dark);
});

describe('shades, hex and the palette, case by case', () => {
  // Every hue sextant and both lightness halves, lightened on dark backgrounds and darkened on light ones.
  test.each([
    ['#00ff00', '#ffffff', '#008a00'],
    ['#ff00ff', '#ffffff', '#d100d1'],
    ['#00ffff', '#ffffff', '#008484'],
    ['#ffff00', '#ffffff', '#7a7a00'],
    ['#ff8800', '#ffffff', '#b56000'],
    ['#00ff88', '#ffffff', '#008849'],
    ['#ccddee', '#ffffff', '#3d7ab7'],
    ['#e0e0ff', '#ffffff', '#6161ff'],
    ['#0000ff', '#121417', '#6b6bff'],
    ['#8800ff', '#121417', '#ab4aff'],
    ['#884400', '#121417', '#c56300'],
    ['#3333cc', '#121417', '#7272dc'],
    ['#202040', '#121417', '#7777bb'],
    // Muted colours, where every HSL channel formula counts (p > 0).
    ['#80c040', '#ffffff', '#57822b'],
    ['#cc8844', '#ffffff', '#a5692d'],
    ['#c08060', '#ffffff', '#aa6543'],
    ['#6080c0', '#ffffff', '#5375bb'],
    ['#a05070', '#121417', '#b26684'],
    ['#80a0c0', '#ffffff', '#517aa3'],
    ['#c0a080', '#ffffff', '#956f4a'],
    ['#a0c080', '#ffffff', '#608040'],
    ['#b06090', '#ffffff', '#ad5b8c'],
    ['#b06090', '#121417', '#b26493'],
    ['#9070b0', '#ffffff', '#8a68ac'],
    ['#70b090', '#ffffff', '#488265'],
    // Colours that pass are kept as they are.
    ['#40c080', '#121417', '#40c080'],
    ['#9070b0', '#121417', '#9070b0'],
    ['#a05070', '#ffffff', '#a05070'],
    // A mid-grey background (luminance just over 0.18) takes a darker shade.
    ['#808080', '#777777', '#060606'],
  ])('the nearest shade of %s on %s is %s', (color, background, shade) => {
    expect(nearestPassingShade(color, background)).toBe(shade);
    expect(contrastRatio(shade, background)).toBeGreaterThanOrEqual(4.5);
  });

  test.each([
    ['#123456', '#ffffff', 21, '#000000'],
    ['#123456', '#000000', 21, '#ffffff'],
    ['#777777', '#ffffff', 3, '#777777'],
  ])(
    'a ratio out of reach ends at black or white; a low one keeps the colour: %s on %s for %s:1',
    (color, background, minimum, shade) => {
      expect(nearestPassingShade(color, background, minimum)).toBe(shade);
    },
  );

  test.each([
    [[-5, 255.6, 127.5], '#00ff80'],
    [[300, 0.4, 15], '#ff000f'],
    [[0, 0, 0], '#000000'],
  ])('rgbToHex(%j) is %s: rounded, clamped, two digits', (rgb, hex) => {
    expect(rgbToHex(rgb)).toBe(hex);
  });

  test.each([
    ['#0b5fff', true],
    ['#FFF', true],
    ['#ffff', false],
    ['0b5fff', false],
    ['#0b5fffa', false],
    ['#ggg', false],
  ])('isHexColor(%j) is %s', (value, expected) => {
    expect(isHexColor(value)).toBe(expected);
  });

  test.each([
    [4.499, '4.49:1'],
    [4.5, '4.50:1'],
    [4.509, '4.50:1'],
  ])('formatRatio(%s) rounds down: %s', (ratio, text) => {
    expect(formatRatio(ratio)).toBe(text);
  });

  test('the palette as CSS custom properties, light then dark', () => {
    expect(paletteCss()).toBe(
      ':root { --operational: #1a7f45; --under_maintenance: #2459b3; --degraded_performance: #8a5a00; --partial_outage: #b04a0f; --major_outage: #b42318; }\n' +
        '@media (prefers-color-scheme: dark) {\n  :root { --operational: #3fb96f; --under_maintenance: #6b9cf0; --degraded_performance: #d9a23b; --partial_outage: #ef8a4a; --major_outage: #f0605d; }\n}\n',
    );
  });

  test.each(Object.entries(STATUS_PALETTE))('%s reads on the page in both modes', (_status, colors) => {
    for (const background of LINK_BACKGROUNDS.light)
      expect(contrastRatio(colors.light, background)).toBeGreaterThanOrEqual(4.5);
    for (const background of LINK_BACKGROUNDS.dark)
      expect(contrastRatio(colors.dark, background)).toBeGreaterThanOrEqual(4.5);
  });
});
