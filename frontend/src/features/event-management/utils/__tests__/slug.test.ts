import { slugify } from '@/features/event-management/utils/slug';

describe('slugify', () => {
  it('writes out umlauts and joins words with hyphens', () => {
    expect(slugify('Präsenztreffen im Kreishaus Unna')).toBe('praesenztreffen-im-kreishaus-unna');
    expect(slugify('Größe & Übersicht: Straßenbäume 2027!')).toBe(
      'groesse-uebersicht-strassenbaeume-2027',
    );
    expect(slugify('  Café — Résumé  ')).toBe('cafe-resume');
  });

  it('is never empty and never too long', () => {
    expect(slugify('!!!')).toBe('veranstaltung');
    expect(slugify('')).toBe('veranstaltung');
    const long = slugify(
      'Ein sehr langer Titel für ein Präsenztreffen mit Exkursion zur Mobilstation und vielem mehr',
    );
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toBe('ein-sehr-langer-titel-fuer-ein-praesenztreffen-mit');
  });
});
