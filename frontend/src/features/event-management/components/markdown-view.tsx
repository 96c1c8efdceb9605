import Markdown, { type Components } from 'react-markdown';

const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/**
 * Links keep only absolute http, https and mailto addresses; anything else (`javascript:`,
 * `data:`, relative paths) loses its address and is shown as plain text.
 */
export function safeUrl(value: string): string {
  try {
    const url = new URL(value.trim());
    return SAFE_PROTOCOLS.includes(url.protocol) ? value.trim() : '';
  } catch {
    return '';
  }
}

const components: Components = {
  // The preview sits under the form's h2 "Nach der Veranstaltung": its headings start at h3.
  h1: ({ children }) => <h3 className="kern-heading-small">{children}</h3>,
  h2: ({ children }) => <h3 className="kern-heading-small">{children}</h3>,
  h3: ({ children }) => <h4 className="kern-title">{children}</h4>,
  h4: ({ children }) => <h5 className="kern-title">{children}</h5>,
  h5: ({ children }) => <h6 className="kern-title">{children}</h6>,
  h6: ({ children }) => <h6 className="kern-title">{children}</h6>,
  p: ({ children }) => <p className="kern-body">{children}</p>,
  ul: ({ children }) => <ul className="kern-list">{children}</ul>,
  ol: ({ children }) => <ol className="kern-list">{children}</ol>,
  a: ({ href, children }) =>
    href ? (
      <a href={href} className="kern-link" rel="noopener noreferrer">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  // Pictures from elsewhere would load while the preview is open (tracking): their text only.
  img: ({ alt }) => (alt ? <span>{alt}</span> : null),
};

/**
 * The report (CommonMark) rendered safely: raw HTML is never interpreted (react-markdown without
 * rehype-raw shows it as text), links only to http, https and mailto, images are not loaded.
 */
export function MarkdownView({ markdown }: { markdown: string }) {
  return (
    <div className="kn-markdown kn-stack">
      <Markdown components={components} urlTransform={safeUrl} skipHtml={false}>
        {markdown}
      </Markdown>
    </div>
  );
}
