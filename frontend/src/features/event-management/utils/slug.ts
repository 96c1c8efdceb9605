const GERMAN: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  Ä: 'ae',
  Ö: 'oe',
  Ü: 'ue',
  ẞ: 'ss',
};

const MAX_LENGTH = 60;

/**
 * A title as a file-name part: lower case, German umlauts written out, anything else but letters
 * and digits a single hyphen, at most 60 characters (cut at a hyphen), never empty, e.g.
 * "Präsenztreffen im Kreishaus Unna" -> "praesenztreffen-im-kreishaus-unna".
 */
export function slugify(title: string, fallback = 'veranstaltung'): string {
  const slug = title
    .replace(/[äöüßÄÖÜẞ]/g, (c) => GERMAN[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_LENGTH) return slug || fallback;
  const cut = slug.slice(0, MAX_LENGTH);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}
