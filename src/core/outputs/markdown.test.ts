import { describe, expect, test } from 'vitest';
import { elementsOf } from '../../tests/helpers.ts';
import { markdownToText, renderMarkdown } from './markdown.ts';

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
    ['[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [y](vbscript:msgbox(1)) [z](&#106;avascript:alert(1))'],
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
    ['Details: https://example.com/incident.', '<p>Details: <a href="https://example.com/incident">https://example.com/incident</a>.</p>'],
    ['[x](javascript:alert(1)) stays text', '<p><a>x</a> stays text</p>'],
    ['| Region | State |\n|---|---|\n| EU | ok |', '<table>\n<thead>\n<tr>\n<th>Region</th>\n<th>State</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>EU</td>\n<td>ok</td>\n</tr>\n</tbody>\n</table>'],
  ])('%s', (markdown, html) => {
    expect(renderMarkdown(markdown)).toBe(html);
  });

  test('plain text for summaries, the same with or without raw HTML', () => {
    expect(markdownToText('**Orders** are <b>safe</b> & [kept](https://x.example).\n\nRetry.')).toBe('Orders are safe & kept. Retry.');
    expect(markdownToText('**Orders** are *safe* &amp; [kept](https://x.example).\n\nRetry.')).toBe('Orders are safe & kept. Retry.');
    expect(markdownToText('- one\n- two\n\n```\nretry --all\n```\nUse `x`.')).toBe('one two retry --all Use x.');
    expect(markdownToText('See ![the map](/map.png).')).toBe(markdownToText('See <img src="/map.png" alt="the map">.'));
  });
});
