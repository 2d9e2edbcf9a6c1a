import { describe, expect, test } from 'vitest';
import { elementsOf } from '../../tests/helpers.ts';
import {
  htmlNestingDepth,
  markdownToText,
  MAX_HTML_DEPTH,
  renderMarkdown,
  renderMarkdownBoth,
  unrenderable,
} from './markdown.ts';

describe('hostile Markdown comes out inert', () => {
  test.each([
    ['<script>alert(1)</script>Hi'],
    ['<img src=x onerror="alert(1)">'],
    ['[click](javascript:alert(1))'],
    ['[click](JaVaScRiPt:alert(1))'],
    ['<a href="javascript:alert(1)">x</a>'],
    ['<a href="&#106;avascript:alert(1)">x</a>'],
    ['<iframe src="https://evil.example"></iframe>'],
    ['<svg onload=alert(1)><circle /></svg>'],
    ['<div style="background:url(javascript:alert(1))" onclick="alert(1)">x</div>'],
    ['![x](javascript:alert(1))'],
    ['<object data="x.swf"></object><embed src="x">'],
    ['<form action="https://evil.example"><input name=a></form>'],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">'],
    ['<base href="https://evil.example/">'],
    ['<style>body{display:none}</style>'],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>'],
    ['![pixel](https://tracker.example/p.gif) <img src="//tracker.example/p.gif">'],
    // The same without any `<`: markdown-it escapes, and the URL policy still applies.
    ['![pixel](https://tracker.example/p.gif) ![pixel](//tracker.example/p.gif) ![x](javascript:alert(1))'],
    [
      '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [y](vbscript:msgbox(1)) [z](&#106;avascript:alert(1))',
    ],
    ['[click]( javascript:alert(1) ) and [click](<javascript:alert(1)>)'],
  ])('%s', (markdown) => {
    const html = renderMarkdown(markdown);
    expect(html).not.toMatch(/<script|<iframe|<object|<embed|<form|<meta|<base|<style|<svg/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/href="data:/i);
    expect(html).not.toMatch(/src="(https?:)?\/\//i);
    expect(html).not.toContain('display:none');
  });
});

describe('images load only from the status site, read as a browser reads the URL', () => {
  test.each([
    ['<picture><source srcset="https://tracker.example/x.png"><img src="/a.png"></picture>'],
    ['<picture><source srcset="/a.png 1x, //tracker.example/x.png 2x"><img src="/a.png"></picture>'],
    ['<img src="/&#9;/tracker.example/x.png">'],
    ['<img src="/&#10;/tracker.example/x.png">'],
    ['<img src="&#1;//tracker.example/x.png">'],
    ['<img src="\\&#9;\\tracker.example/x.png">'],
    ['<img src=" &#x1f;//tracker.example/x.png">'],
  ])('%s', (markdown) => {
    const html = renderMarkdown(markdown);
    expect(html).not.toContain('tracker.example');
    for (const { attrs } of elementsOf(html)) {
      expect(attrs.srcset).toBeUndefined();
      if (attrs.src !== undefined) expect(new URL(attrs.src, 'https://status.example/').host).toBe('status.example');
    }
  });
});

describe('ordinary Markdown renders', () => {
  test.each([
    ['**Checkout** works again.', '<p><strong>Checkout</strong> works again.</p>'],
    ['See [our guide](https://example.com/retry).', '<p>See <a href="https://example.com/retry">our guide</a>.</p>'],
    ['- one\n- two', '<ul>\n<li>one</li>\n<li>two</li>\n</ul>'],
    ['Use `retry=3`.', '<p>Use <code>retry=3</code>.</p>'],
    ['~~maybe~~ yes', '<p><del>maybe</del> yes</p>'],
    ['a <br> b', '<p>a <br> b</p>'],
    ['![diagram](/images/diagram.png)', '<p><img src="/images/diagram.png" alt="diagram"></p>'],
    [
      'Details: https://example.com/incident.',
      '<p>Details: <a href="https://example.com/incident">https://example.com/incident</a>.</p>',
    ],
    ['[x](javascript:alert(1)) stays text', '<p><a>x</a> stays text</p>'],
    [
      '| Region | State |\n|---|---|\n| EU | ok |',
      '<table>\n<thead>\n<tr>\n<th>Region</th>\n<th>State</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>EU</td>\n<td>ok</td>\n</tr>\n</tbody>\n</table>',
    ],
  ])('%s', (markdown, html) => {
    expect(renderMarkdown(markdown)).toBe(html);
  });

  test('plain text for summaries, the same with or without raw HTML', () => {
    expect(markdownToText('**Orders** are <b>safe</b> & [kept](https://x.example).\n\nRetry.')).toBe(
      'Orders are safe & kept. Retry.',
    );
    expect(markdownToText('**Orders** are *safe* &amp; [kept](https://x.example).\n\nRetry.')).toBe(
      'Orders are safe & kept. Retry.',
    );
    expect(markdownToText('- one\n- two\n\n```\nretry --all\n```\nUse `x`.')).toBe('one two retry --all Use x.');
    expect(markdownToText('See ![the map](/map.png).')).toBe(markdownToText('See <img src="/map.png" alt="the map">.'));
  });
});

describe('links keep their href when the policy allows it', () => {
  test.each([
    ['[status](/history/)', '/history/'],
    ['[page](../checkout-errors/)', '../checkout-errors/'],
    ['[anchor](#timeline)', '#timeline'],
    ['[docs](docs/retry.html)', 'docs/retry.html'],
    ['[mail](mailto:support@example.com)', 'mailto:support@example.com'],
    ['[chat](xmpp:ops@example.com)', 'xmpp:ops@example.com'],
    ['[irc](ircs://irc.example.com/ops)', 'ircs://irc.example.com/ops'],
    ['[plain](http://example.com/a)', 'http://example.com/a'],
  ])('%s → href %s', (markdown, href) => {
    const [link] = elementsOf(renderMarkdown(markdown)).filter((element) => element.tag === 'a');
    expect(link.attrs.href).toBe(href);
    // The same with raw HTML around it goes through the sanitizer and keeps it too.
    const [sanitized] = elementsOf(renderMarkdown(`<b>x</b> ${markdown}`)).filter((element) => element.tag === 'a');
    expect(sanitized.attrs.href).toBe(href);
  });

  test.each([
    ['[x](javascript:alert(1))'],
    ['[x](data:text/html,hi)'],
    ['[x](ftp://example.com/file)'],
    ['[x](file:///etc/passwd)'],
    ['[x](\tjavascript:alert(1))'],
  ])('%s loses its href, keeps its text', (markdown) => {
    const html = renderMarkdown(markdown);
    expect(html).toBe('<p><a>x</a></p>');
  });

  test.each([
    ['![map](/map.png)', '/map.png'],
    ['![map](map.png)', 'map.png'],
    ['![map](./img/map.png)', './img/map.png'],
    ['![map](https://example.com/map.png)', undefined],
    ['![map](//example.com/map.png)', undefined],
    ['![map](data:image/png;base64,AAAA)', undefined],
  ])('%s → src %s', (markdown, src) => {
    const [image] = elementsOf(renderMarkdown(markdown)).filter((element) => element.tag === 'img');
    expect(image.attrs.src).toBe(src);
    expect(image.attrs.alt).toBe('map');
  });
});

describe('plain text keeps words apart', () => {
  test.each([
    ['soft line break', 'Checkout\nworks again.', 'Checkout works again.'],
    ['hard line break', 'Checkout  \nworks again.', 'Checkout works again.'],
    ['backslash break', 'Checkout\\\nworks again.', 'Checkout works again.'],
    ['paragraphs', 'Checkout works.\n\nOrders are kept.', 'Checkout works. Orders are kept.'],
    ['heading and text', '### Workaround\nRetry.', 'Workaround Retry.'],
    ['list items', '- EU\n- US', 'EU US'],
    ['quote', '> Retry\n> later.', 'Retry later.'],
    ['table cells', '| A | B |\n|---|---|\n| 1 | 2 |', 'A B 1 2'],
    ['fenced code', '```\nretry --all\n```', 'retry --all'],
    ['indented code', '    retry --all\n\nDone.', 'retry --all Done.'],
    ['inline code', 'Use `retry=3` now.', 'Use retry=3 now.'],
    ['emphasis inside a word stays joined', 'check**out**', 'checkout'],
    ['a link and its text', 'See [the guide](https://example.com/g).', 'See the guide.'],
    ['an image is no text', 'See ![the map](/map.png).', 'See .'],
    ['spaces collapse', '  a   b\t\tc  ', 'a b c'],
    ['entities', 'A &amp; B &lt;3', 'A & B <3'],
  ])('%s', (_name, markdown, text) => {
    expect(markdownToText(markdown)).toBe(text);
  });

  test.each([
    ['soft line break', 'Checkout <b>is</b>\nback.', 'Checkout is back.'],
    ['paragraphs', '<b>Checkout</b> works.\n\nOrders are kept.', 'Checkout works. Orders are kept.'],
    ['script text is dropped', 'Hi <script>alert(1)</script>there', 'Hi there'],
  ])('with raw HTML: %s', (_name, markdown, text) => {
    expect(markdownToText(markdown)).toBe(text);
  });

  test('both forms from one call agree with the single-form functions', () => {
    const markdown = '**Checkout**\nworks <i>again</i>.';
    expect(renderMarkdownBoth(markdown)).toEqual({ html: renderMarkdown(markdown), text: markdownToText(markdown) });
    expect(renderMarkdownBoth(markdown).text).toBe('Checkout works again.');
  });
});

describe('what the sanitizer is given and keeps', () => {
  test.each([
    ['<h2 id="x">Title</h2>', '<h2 id="md-x">Title</h2>'],
    ['<b>bold</b> and <em>em</em>', '<p><b>bold</b> and <em>em</em></p>'],
    ['<del>old</del> ~~gone~~', '<p><del>old</del> <del>gone</del></p>'],
    ['<style>p{}</style>Text', 'Text'],
    ['<!-- note -->\n\nText', '<p>Text</p>'],
    ['Map: <img src="/a.png" alt="a">', '<p>Map: <img src="/a.png" alt="a"></p>'],
    ['Map: <picture><img src="/a.png"></picture>', '<p>Map: <img src="/a.png"></p>'],
  ])('%s → %s', (markdown, html) => {
    expect(renderMarkdown(markdown)).toBe(html);
  });
});

describe('how deep raw HTML nests', () => {
  test.each([
    ['no tags', 'plain', 0],
    ['one element', '<b>x</b>', 1],
    ['siblings', '<b>x</b><i>y</i>', 1],
    ['nested', '<div><p><b>x</b></p></div>', 3],
    ['unclosed stay open', '<div><span>x', 2],
    ['void elements open nothing', '<div><br><img src="a.png"><hr>x</div>', 1],
    ['void elements in capitals too', '<DIV><BR><IMG SRC="a.png">x</DIV>', 1],
    ['self-closing opens nothing', '<div><x-icon/>x</div>', 1],
    ['more closing than opening never goes below zero', '</b></b><i>x</i>', 1],
  ])('%s: %s → %i', (_, html, depth) => {
    expect(htmlNestingDepth(html)).toBe(depth);
  });

  test('the renderer refuses what the validator refuses; both accept the limit itself', () => {
    const at = (depth: number) => `${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}`;
    expect(unrenderable(at(MAX_HTML_DEPTH))).toBeUndefined();
    expect(renderMarkdownBoth(at(MAX_HTML_DEPTH)).text).toBe('x');
    expect(unrenderable(at(MAX_HTML_DEPTH + 1))).toBe(`its HTML is nested more than ${MAX_HTML_DEPTH} levels deep`);
    expect(() => renderMarkdownBoth(at(MAX_HTML_DEPTH + 1))).toThrow(RangeError);
    // Without raw HTML, markdown-it escapes everything: nothing to refuse, however deep the quotes.
    expect(unrenderable(`${'> '.repeat(500)}x`)).toBeUndefined();
    expect(unrenderable('a < b and <b>bold</b>')).toBeUndefined();
  });
});
