import { render, screen } from '@testing-library/react';
import { MarkdownView } from '@/components/ui/markdown-view';

const HOSTILE = [
  '# Protokoll',
  '',
  '<script>window.__pwned = true; alert(1)</script>',
  '',
  'Bild: <img src=x onerror="window.__pwned = true">',
  '',
  '[Klick mich](javascript:window.__pwned=true)',
  '[Auch nicht](JaVaScRiPt:alert(1)) und [Daten](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '',
  '<a href="javascript:alert(1)" onclick="alert(1)">roher Link</a>',
  '',
  '<iframe src="https://evil.example"></iframe>',
  '',
  '![Tracker](https://evil.example/pixel.png)',
  '',
  '[Gute Seite](https://example.org/krl) und [Mail](mailto:klimaschutz@kommunalagentur.example)',
].join('\n');

describe('MarkdownView', () => {
  afterEach(() => {
    delete (window as { __pwned?: boolean }).__pwned;
  });

  it('renders nothing executable from hostile Markdown: raw HTML becomes text, bad links lose their address', () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
    const { container } = render(<MarkdownView markdown={HOSTILE} />);

    // no element that could run or load anything
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('iframe')).toBeNull();
    for (const element of container.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(attribute.name).not.toMatch(/^on/i);
        expect(attribute.value).not.toMatch(/^\s*(javascript|data|vbscript):/i);
      }
    }
    // only the two safe links remain links, each with noopener noreferrer
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://example.org/krl',
      'mailto:klimaschutz@kommunalagentur.example',
    ]);
    for (const link of links) expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // the hostile link texts stay readable as text
    expect(screen.getByText('Klick mich').tagName).toBe('SPAN');
    // raw HTML is shown as text, not interpreted
    expect(container).toHaveTextContent('<script>window.__pwned = true; alert(1)</script>');
    expect(container).toHaveTextContent('<img src=x onerror="window.__pwned = true">');
    // an image is reduced to its alternative text and never loaded
    expect(screen.getByText('Tracker')).toBeInTheDocument();

    expect(alert).not.toHaveBeenCalled();
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('keeps the heading outline below the section heading', () => {
    render(<MarkdownView markdown={'# Eins\n\n## Zwei\n\n### Drei'} />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Eins',
      'Zwei',
    ]);
    expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent('Drei');
  });
});
