import Markdown, { type Components } from 'react-markdown';
import { safeUrl } from '@/lib/safe-url';

const components: Components = {
  // The text sits under the page's or form's h2: its headings start at h3 so the outline stays in
  // order.
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
  // Pictures from elsewhere would load while the text is read (tracking): their text only.
  img: ({ alt }) => (alt ? <span>{alt}</span> : null),
};

/**
 * Text written by people (CommonMark: minutes, an event's report) rendered safely: raw HTML is
 * never interpreted (react-markdown without rehype-raw shows it as text), links are limited to
 * http, https and mailto and get `rel="noopener noreferrer"`, images are not loaded.
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
