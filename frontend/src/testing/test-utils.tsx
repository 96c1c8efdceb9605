import { render } from '@testing-library/react';
import { StrictMode } from 'react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider, createQueryClient } from '@/app/provider';
import { routes } from '@/app/router';
import type { Auth } from '@/lib/auth';
import { initI18n, type Language } from '@/lib/i18n';

type RenderAppOptions = { language?: Language; auth?: Partial<Auth> };

/** Renders the whole app (shell + routes) at `path`, with a stub session and German unless told. */
export async function renderApp(path: string, options: RenderAppOptions = {}) {
  const i18n = await initI18n(options.language ?? 'de');
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
