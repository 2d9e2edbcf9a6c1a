import { expect, test } from 'vitest';
import { absoluteUrl, basePath, incidentPageDir, pathInLanguage, sitePaths, updateAnchor } from './paths.ts';

test.each([
  ['/', '/'],
  ['/status/', '/status/'],
  ['/status', '/status/'],
])('paths under %s', (base, root) => {
  const paths = sitePaths(base);
  expect(paths.home).toBe(root);
  expect(paths.incident('checkout-errors')).toBe(`${root}incidents/checkout-errors/`);
  expect(paths.update('checkout-errors', 'checkout-errors#2026-11-22T18:05:00Z')).toBe(
    `${root}incidents/checkout-errors/#update-2026-11-22T18-05-00Z`,
  );
  expect(paths.component('api')).toBe(`${root}components/api/`);
  expect(paths.history(0)).toBe(`${root}history/`);
  expect(paths.history(1)).toBe(`${root}history/`);
  expect(paths.history(2)).toBe(`${root}history/2/`);
  expect(paths.componentHistory('api', 1)).toBe(`${root}components/api/history/`);
  expect(paths.componentHistory('api', 3)).toBe(`${root}components/api/history/3/`);
  expect(paths.asset('/favicon.svg')).toBe(`${root}favicon.svg`);
  expect(paths.asset('img/a.png')).toBe(`${root}img/a.png`);
  expect(paths.file('api/v2/status.json')).toBe(`${root}api/v2/status.json`);
  expect(paths.link('/about/')).toBe(`${root}about/`);
  for (const href of ['https://acme.example/', 'mailto:support@acme.example', '//elsewhere.example/x'])
    expect(paths.link(href)).toBe(href);
});

test.each([
  ['https://status.example.com', '/'],
  ['https://status.example.com/', '/'],
  ['https://example.com/status', '/status/'],
  ['https://example.com/a/b/', '/a/b/'],
])('basePath(%s) is %s', (url, base) => {
  expect(basePath(url)).toBe(base);
});

test('anchors, page folders and absolute URLs', () => {
  expect(updateAnchor('x#2026-11-22T18:05Z')).toBe('update-2026-11-22T18-05Z');
  expect(incidentPageDir('x')).toBe('incidents/x/');
  expect(absoluteUrl('https://example.com/status/', '/status/incidents/x/')).toBe(
    'https://example.com/status/incidents/x/',
  );
});

test.each([
  ['/de/incidents/x/', '/', 'de', '', '/incidents/x/'],
  ['/incidents/x/', '/', '', 'fr', '/fr/incidents/x/'],
  ['/de/', '/', 'de', 'fr', '/fr/'],
  ['/de', '/', 'de', '', '/'],
  ['/status/de/history/', '/status', 'de', '', '/status/history/'],
  ['/status/history/', '/status/', '', 'de', '/status/de/history/'],
  ['/status/de', '/status/', 'de', 'ja', '/status/ja/'],
  ['/elsewhere/page/', '/status/', 'de', '', '/status/elsewhere/page/'],
])('pathInLanguage(%j, %j, %j → %j) is %s', (pathname, base, from, to, expected) => {
  expect(pathInLanguage(pathname, base, from, to)).toBe(expected);
});
