const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/**
 * Only absolute http, https and mailto addresses survive; anything else (`javascript:`, `data:`,
 * `vbscript:`, relative paths) becomes empty, so its link is shown as plain text. For addresses
 * written by people: Markdown links and the links of materials.
 */
export function safeUrl(value: string): string {
  try {
    const url = new URL(value.trim());
    return SAFE_PROTOCOLS.includes(url.protocol) ? value.trim() : '';
  } catch {
    return '';
  }
}
