import type { i18n as I18n } from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProvider, createQueryClient } from '@/app/provider';
import { publicRoutes } from '@/app/public-router';
import { configureApiClient } from '@/lib/api-client';
import { anonymousAuth } from '@/lib/auth';

/**
 * Renders a page that works without a login (its own chunk, loaded by main.tsx instead of
 * starting Keycloak): requests go without a token, and "sign in" leads to the app, which signs in.
 */
export function renderPublicApp(rootElement: HTMLElement, i18n: I18n): void {
  configureApiClient({
    getToken: () => Promise.resolve(undefined),
    getLanguage: () => i18n.language,
  });
  const router = createBrowserRouter(publicRoutes);
  createRoot(rootElement).render(
    <StrictMode>
      <AppProvider auth={anonymousAuth} i18n={i18n} queryClient={createQueryClient()}>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
}
