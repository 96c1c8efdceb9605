package de.klimanetz.message;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown of a message as HTML for the mail: raw HTML in the text is escaped, not passed on, and
 * links other than http(s) and mailto (e.g. javascript:) lose their target.
 */
final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private SafeMarkdown() {
    }

    static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
