import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown as members write it (stories, steps, comments, answers, bios), turned into HTML in one place,
 * the same way everywhere: markdown-it with raw HTML off, then sanitize-html with an allow-list as a
 * second, independent wall. What can survive: paragraphs, emphasis, lists, quotes, code, headings
 * (demoted to h3–h6, the page owns h1/h2), tables, and links to http(s) or mailto addresses, which get
 * `rel="nofollow ugc noopener noreferrer"`. No element carries a style, class or event handler, and no
 * image is embedded (photos are uploaded through the media pipeline, never hot-linked).
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true, breaks: false });

// markdown-it already refuses javascript:, vbscript:, file: and most data: links; the sanitiser repeats it.
const ALLOWED_TAGS = ['p', 'br', 'hr', 'strong', 'em', 's', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'rel', 'title'], ol: ['start'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    h1: 'h3',
    h2: 'h4',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'nofollow ugc noopener noreferrer' } }),
  },
};

/** Member-written Markdown as safe HTML (see above). Empty text gives an empty string. */
export function renderMarkdown(source: string | null | undefined): string {
  if (!source) return '';
  return sanitizeHtml(markdown.render(source), SANITIZE).trim();
}

/** The plain text of Markdown, whitespace collapsed, cut at a word boundary to `max` characters with "…". */
export function markdownExcerpt(source: string | null | undefined, max = 200): string {
  const text = sanitizeHtml(markdown.render(source ?? ''), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
