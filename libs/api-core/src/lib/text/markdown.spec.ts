import { markdownExcerpt, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders the Markdown members write', () => {
    expect(renderMarkdown('# Title\n\nSome **bold** and a [link](https://example.com).\n\n- one\n- two')).toBe(
      '<h3>Title</h3>\n<p>Some <strong>bold</strong> and a <a href="https://example.com" rel="nofollow ugc noopener noreferrer">link</a>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>',
    );
  });

  /** What the browser would act on: tags, their attributes and link targets (escaped text is inert). */
  function expectInert(html: string) {
    for (const [, tag, attributes] of html.matchAll(/<([a-z0-9]+)([^>]*)>/gi)) {
      expect(['p', 'a', 'strong', 'em', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 'h3', 'h4', 'br']).toContain(tag.toLowerCase());
      expect(attributes).not.toMatch(/\son\w+\s*=/i);
      for (const [, href] of attributes.matchAll(/href="([^"]*)"/gi)) expect(href).toMatch(/^(https?:|mailto:)/);
    }
  }

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '<a href="javascript:alert(1)">x</a>',
    '<svg onload=alert(1)>',
    '[x](&#106;avascript:alert(1))',
    '![x](javascript:alert(1))',
  ])('leaves nothing active of %s', (source) => {
    expectInert(renderMarkdown(source));
  });

  it('shows raw HTML as text rather than dropping what was written', () => {
    expect(renderMarkdown('a <b>b</b>')).toBe('<p>a &lt;b&gt;b&lt;/b&gt;</p>');
  });

  it('gives an empty string for nothing', () => {
    expect(renderMarkdown(null)).toBe('');
  });
});

describe('markdownExcerpt', () => {
  it('takes the plain text, cut at a word', () => {
    expect(markdownExcerpt('**Hello** _there_ [friend](https://x.example) & more words here', 20)).toBe('Hello there friend…');
    expect(markdownExcerpt('short')).toBe('short');
  });
});
