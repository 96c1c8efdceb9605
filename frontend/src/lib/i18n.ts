import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'de';
const STORAGE_KEY = 'klimanetz.language';

/**
 * One chunk per language and namespace (`locales/<language>/<namespace>.json`), fetched the first
 * time a component asks for that namespace (`useTranslation('events')` suspends until it is there).
 * The start bundle carries no translations at all.
 */
const loaders = import.meta.glob<{ default: ResourceKey }>('../locales/*/*.json');

function loaderKey(language: string, namespace: string): string {
  return `../locales/${language}/${namespace}.json`;
}

/** Every namespace there is, from the German files (the reference language). */
export const NAMESPACES: readonly string[] = Object.keys(loaders)
  .map((path) => /^\.\.\/locales\/de\/(.+)\.json$/.exec(path)?.[1])
  .filter((name): name is string => name !== undefined)
  .sort();

/** The namespaces of "Mein Überblick", the start page: fetched beside the sign-in, not after it. */
export const START_NAMESPACES = ['common', 'overview'] as const;

/** An i18next backend over the dynamic imports above (no request of its own, no extra package). */
export const lazyLocalesBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = loaders[loaderKey(language, namespace)];
    if (!load) {
      // an unknown language or namespace: nothing to load, i18next falls back to German
      callback(null, {});
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      // retry: a chunk may fail on a flaky network; i18next asks again a few times
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), true),
    );
  },
};

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** The remembered choice, German otherwise. */
export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  if (isLanguage(language)) {
    try {
      window.localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // storage may be unavailable (private mode); the choice then lasts for this page only
    }
  }
}

/**
 * A new i18next instance in the chosen language with `namespaces` loaded (the shell's `common`
 * at least). Further namespaces come when a component asks for them; a language switch loads
 * the new language's files of every namespace already in use before the texts change.
 */
export async function initI18n(
  language: Language = storedLanguage(),
  namespaces: readonly string[] = ['common'],
) {
  const instance = i18next.createInstance();
  instance.on('languageChanged', applyLanguage);
  await instance
    .use(lazyLocalesBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      ns: [...namespaces],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
  applyLanguage(instance.language);
  return instance;
}
