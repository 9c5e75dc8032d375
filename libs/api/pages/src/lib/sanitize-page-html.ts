import type sanitizeHtml from 'sanitize-html';

/**
 * The elements a page text may use: structure, lists, tables, emphasis and links — nothing that runs, loads or
 * styles anything. Headings start at h2 (the page's title is its h1).
 */
const ALLOWED_TAGS = [
  'h2',
  'h3',
  'h4',
  'p',
  'br',
  'hr',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'strong',
  'em',
  'b',
  'i',
  'abbr',
  'a',
  'blockquote',
  'address',
  'table',
  'caption',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'span',
];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'hreflang'],
    abbr: ['title'],
    th: ['scope', 'colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    '*': ['lang'],
  },
  // Links to web pages, mail and phone only: no javascript:, data: or protocol-relative addresses.
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Elements not allowed are dropped with their text kept, except those whose content is never text.
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'template', 'svg', 'math'],
};

/**
 * A page text as it is stored and served: HTML reduced to an allow-list of elements and attributes by
 * sanitize-html. Script, style, event handlers (`onerror=`…), and `javascript:` addresses do not survive.
 */
export function sanitizePageHtml(html: string): string {
  return loadSanitizer()(html, OPTIONS).trim();
}

let sanitizer: typeof sanitizeHtml | undefined;

/**
 * sanitize-html (with its HTML parser about 11 MB of memory) is needed only when an administrator saves a page, so
 * it is loaded then rather than at every start; a plain require keeps this function synchronous.
 */
function loadSanitizer(): typeof sanitizeHtml {
  sanitizer ??= require('sanitize-html') as typeof sanitizeHtml;
  return sanitizer;
}
