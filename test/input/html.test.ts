import { describe, expect, it } from 'vitest';
import { extractArticle, looksLikeHtml } from '../../src/input/html.js';
import { textFromBytes } from '../../src/input/read.js';

const LONG = 'The river authority confirmed that the old bridge will close for repairs during the whole of August, diverting traffic through the valley road. ';

describe('extractArticle', () => {
  it('keeps the article, one block a line, and drops navigation, scripts and styles', () => {
    const html = `<!doctype html><html><head><title>Bridge closes</title><style>p{color:red}</style></head><body>
      <header><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav></header>
      <main><article><h1>Old bridge to close</h1><p>${LONG.repeat(3)}</p>
      <blockquote>“We had no choice,” the engineer 👷 said.</blockquote>
      <p>Line one<br>line two</p><script>document.write('injected')</script></article></main>
      <footer>Contact us</footer></body></html>`;
    const { title, text } = extractArticle(html, 'https://news.example/bridge');
    expect(title).toBe('Bridge closes');
    expect(text.split('\n')).toEqual(['Old bridge to close', LONG.repeat(3).trim(), '“We had no choice,” the engineer 👷 said.', 'Line one', 'line two']);
  });

  it('falls back to the whole body when the page is not an article', () => {
    const { title, text } = extractArticle('<html><body><div>Short note</div><ul><li>one</li><li>two</li></ul><script>x()</script></body></html>');
    expect(title).toBeUndefined();
    expect(text).toBe('Short note\none\ntwo');
  });

  it('decodes entities and collapses whitespace inside a paragraph', () => {
    expect(extractArticle('<p>Fish &amp; chips\n   &lt;cheap&gt;   &#128512;</p>').text).toBe('Fish & chips <cheap> 😀');
  });
});

describe('HTML detection for files', () => {
  it('sniffs HTML without an extension and leaves plain text alone', () => {
    expect(looksLikeHtml('  <!DOCTYPE html><html><body><p>x</p></body></html>')).toBe(true);
    expect(looksLikeHtml('<div class="a"><p>Para</p></div>')).toBe(true);
    expect(looksLikeHtml('I <3 this: a < b and c > d.')).toBe(false);
    expect(textFromBytes(new TextEncoder().encode('<p>x &amp; y</p>'), 'note.html').text).toBe('x & y');
    expect(textFromBytes(new TextEncoder().encode('<p> is a tag, said the teacher.'), 'note.txt').text).toBe('<p> is a tag, said the teacher.');
  });
});
