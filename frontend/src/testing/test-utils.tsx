import { render } from '@testing-library/react';
import { StrictMode } from 'react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider, createQueryClient } from '@/app/provider';
import { publicRoutes } from '@/app/public-router';
import { routes } from '@/app/router';
import { anonymousAuth, type Auth } from '@/lib/auth';
import { initI18n, NAMESPACES, type Language } from '@/lib/i18n';

type RenderAppOptions = {
  language?: Language;
  auth?: Partial<Auth>;
  /** Render at once, before the page's lazily loaded code is there (default: wait for it). */
  immediately?: boolean;
  /**
   * Translation namespaces loaded before rendering (default: all of them, so a test starts on
   * the texts; the app itself loads them on demand, see lib/i18n.ts).
   */
  namespaces?: readonly string[];
};

/** Resolves once the router has loaded the code of the first page (pages are lazy routes). */
function whenInitialized(router: ReturnType<typeof createMemoryRouter>): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * Renders the whole app (shell + routes) at `path`, with a stub session and German unless told.
 * Waits for the page's code first, so a test starts on the page (a later navigation to another
 * lazily loaded page needs `findBy…`).
 */
export async function renderApp(path: string, options: RenderAppOptions = {}) {
  const i18n = await initI18n(options.language ?? 'de', options.namespaces ?? NAMESPACES);
  const auth: Auth = {
    userName: 'Demo Mitglied',
    roles: ['member'],
    login: vi.fn(),
    logout: vi.fn(),
    ...options.auth,
  };
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: 0 } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  if (!options.immediately) await whenInitialized(router);
  const user = userEvent.setup();
  const view = render(
    <StrictMode>
      <AppProvider auth={auth} i18n={i18n} queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
  return { ...view, user, auth, router, i18n };
}

/**
 * Renders a page that needs no login (app/public-router.tsx) the way main.tsx does: without a
 * session, its requests without a token.
 */
export async function renderPublicPage(path: string, options: { language?: Language } = {}) {
  const i18n = await initI18n(options.language ?? 'de', NAMESPACES);
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: 0 } });
  const router = createMemoryRouter(publicRoutes, { initialEntries: [path] });
  await whenInitialized(router);
  const user = userEvent.setup();
  const view = render(
    <StrictMode>
      <AppProvider auth={anonymousAuth} i18n={i18n} queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
  return { ...view, user, router, i18n };
}
