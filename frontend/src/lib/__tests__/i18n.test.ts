import { initI18n, NAMESPACES } from '@/lib/i18n';

const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', {
  eager: true,
  import: 'default',
});

function file(language: string, namespace: string): Record<string, unknown> {
  const content = files[`../../locales/${language}/${namespace}.json`];
  if (!content) throw new Error(`no locales/${language}/${namespace}.json`);
  return content;
}

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('translations', () => {
  it('knows every namespace from the German files', () => {
    expect(NAMESPACES).toContain('common');
    expect(NAMESPACES).toContain('event-management');
    expect(NAMESPACES).toHaveLength(Object.keys(files).length / 2);
  });

  // every namespace, so a new feature's file cannot miss a key
  it.each(NAMESPACES)('English has every German key of %s and no more', (ns) => {
    expect(keys(file('en', ns)).sort()).toEqual(keys(file('de', ns)).sort());
  });
});

describe('namespaces loaded on demand', () => {
  it('starts with the namespaces asked for and nothing else', async () => {
    const i18n = await initI18n('de', ['common', 'overview']);
    expect(i18n.hasLoadedNamespace('common')).toBe(true);
    expect(i18n.hasLoadedNamespace('overview')).toBe(true);
    expect(i18n.hasLoadedNamespace('events')).toBe(false);
    expect(i18n.getResourceBundle('de', 'events')).toBeUndefined();
    expect(i18n.getResourceBundle('en', 'common')).toBeUndefined();
  });

  it('loads a namespace when it is asked for, with the texts of its file', async () => {
    const i18n = await initI18n('de');
    await i18n.loadNamespaces('events');
    expect(i18n.hasLoadedNamespace('events')).toBe(true);
    expect(i18n.getResourceBundle('de', 'events')).toEqual(file('de', 'events'));
  });

  it('loads the new language of every namespace in use before it switches', async () => {
    const i18n = await initI18n('de', ['common', 'rooms']);
    await i18n.changeLanguage('en');
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.getResourceBundle('en', 'rooms')).toEqual(file('en', 'rooms'));
    expect(i18n.getResourceBundle('en', 'common')).toEqual(file('en', 'common'));
  });
});
