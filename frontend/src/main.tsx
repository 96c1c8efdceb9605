// Fira Sans, the KERN typeface, split by script with unicode-range (the Latin part is about
// 24 KB a style instead of KERN's 130-150 KB files with every script): a browser fetches only
// the parts of the styles a page uses. The weights and the italic KERN's CSS asks for.
import '@fontsource/fira-sans/300.css';
import '@fontsource/fira-sans/400.css';
import '@fontsource/fira-sans/400-italic.css';
import '@fontsource/fira-sans/500.css';
import '@fontsource/fira-sans/600.css';
import '@fontsource/fira-sans/700.css';
import '@kern-ux/native/dist/kern.min.css';
import '@/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProvider, createQueryClient } from '@/app/provider';
import { isPublicPath } from '@/app/public-paths';
import { routes } from '@/app/router';
import { configureApiClient } from '@/lib/api-client';
import { loadRuntimeConfig } from '@/lib/config';
import { initI18n, START_NAMESPACES, storedLanguage } from '@/lib/i18n';
import { getAccessToken, initKeycloak, keycloakAuth } from '@/lib/keycloak';

const rootElement = document.getElementById('root')!;

function renderStartupError(error: unknown) {
  console.error('Klimanetz could not start', error);
  const de = document.documentElement.lang !== 'en';
  rootElement.innerHTML = '';
  const main = document.createElement('main');
  main.className = 'kern-container kn-main';
  const h1 = document.createElement('h1');
  h1.className = 'kern-heading-large';
  h1.textContent = de ? 'Klimanetz kann gerade nicht starten' : 'Klimanetz cannot start right now';
  const p = document.createElement('p');
  p.className = 'kern-body';
  p.textContent = de
    ? 'Die Anmeldung ist im Moment nicht erreichbar. Bitte laden Sie die Seite in einigen Minuten neu.'
    : 'Sign-in is not reachable at the moment. Please reload the page in a few minutes.';
  main.append(h1, p);
  rootElement.append(main);
}

async function start() {
  if (isPublicPath(window.location.pathname)) {
    // A page opened from a mail in any browser, without a login: Keycloak is not started at all,
    // and its code (a chunk of its own) is only fetched here.
    const [i18n, { renderPublicApp }] = await Promise.all([initI18n(), import('@/app/public-app')]);
    renderPublicApp(rootElement, i18n);
    return;
  }
  // The texts of the shell and the start page arrive while Keycloak checks the session.
  const language = storedLanguage();
  const [i18n, keycloak] = await Promise.all([
    initI18n(language, START_NAMESPACES),
    // Exactly once, before React renders (a StrictMode double mount must not log in twice).
    loadRuntimeConfig().then((config) => initKeycloak(config, language)),
  ]);
  configureApiClient({
    getToken: getAccessToken,
    getLanguage: () => i18n.language,
  });

  const router = createBrowserRouter(routes);
  createRoot(rootElement).render(
    <StrictMode>
      <AppProvider auth={keycloakAuth(keycloak)} i18n={i18n} queryClient={createQueryClient()}>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
}

start().catch(renderStartupError);
