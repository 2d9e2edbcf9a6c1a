import { describe, expect, test } from 'vitest';
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

describe('ordinary Markdown renders', () => {
  test.each([
    ['**Checkout** works again.', '<p><strong>Checkout</strong> works again.</p>'],
    ['See [our guide](https://example.com/retry).', '<p>See <a href="https://example.com/retry">our guide</a>.</p>'],
    ['- one\n- two', '<ul>\n<li>one</li>\n<li>two</li>\n</ul>'],
    ['Use `retry=3`.', '<p>Use <code>retry=3</code>.</p>'],
    ['~~maybe~~ yes', '<p><del>maybe</del> yes</p>'],
    ['a <br> b', '<p>a <br> b</p>'],
    ['![diagram](/images/diagram.png)', '<p><img src="/images/diagram.png" alt="diagram"></p>'],
  ])('%s', (markdown, html) => {
    expect(renderMarkdown(markdown)).toBe(html);
  });

  test('plain text for summaries', () => {
    expect(markdownToText('**Orders** are <b>safe</b> & [kept](https://x.example).\n\nRetry.')).toBe('Orders are safe & kept. Retry.');
  });
});
