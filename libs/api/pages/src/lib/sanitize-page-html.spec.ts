import { DEFAULT_PAGES } from './default-pages';
import { sanitizePageHtml } from './sanitize-page-html';

describe('sanitizePageHtml', () => {
  it('removes script, style, event handlers and javascript: links, keeping the text around them', () => {
    const dirty =
      '<h2 onclick="x()">Titel</h2><script>alert(1)</script><style>p{}</style>' +
      '<p style="color:red">Text <img src=x onerror="alert(2)"><a href="javascript:alert(3)">Link</a></p>' +
      '<iframe src="https://example.org"></iframe><a href="//evil.example">x</a>';
    const clean = sanitizePageHtml(dirty);
    expect(clean).toBe('<h2>Titel</h2><p>Text <a>Link</a></p><a>x</a>');
  });

  it('keeps the allowed structure: headings, lists, tables, links to web, mail and phone', () => {
    const html =
      '<h2>A</h2><ul><li><a href="https://example.org/x" hreflang="de">B</a></li></ul>' +
      '<table><caption>C</caption><tbody><tr><th scope="row">D</th><td>E</td></tr></tbody></table>' +
      '<p lang="en"><a href="mailto:a@example.org">mail</a> <a href="tel:+4940">tel</a> <a href="/public">p</a></p>';
    expect(sanitizePageHtml(html)).toBe(html);
  });

  it('leaves every shipped text unchanged: the defaults need no cleaning', () => {
    for (const languages of Object.values(DEFAULT_PAGES)) {
      for (const page of Object.values(languages)) expect(sanitizePageHtml(page.content)).toBe(page.content.trim());
    }
  });
});
