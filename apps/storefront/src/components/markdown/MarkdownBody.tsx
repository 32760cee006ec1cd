import './markdown.css';

/**
 * What a member wrote, as the API rendered it: `bodyHtml`, `bioHtml`, a comment's `bodyHtml`. The API
 * turns Markdown into HTML through one sanitiser (api-core's renderMarkdown), so this is the one place
 * the storefront sets HTML, and it only ever sets that.
 */
export function MarkdownBody({ html, className }: { html: string; className?: string }) {
  if (!html) return null;
  return <div className={className ? `markdown-body ${className}` : 'markdown-body'} dangerouslySetInnerHTML={{ __html: html }} />;
}
