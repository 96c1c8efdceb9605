import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { API } from '@/testing/handlers';
import { server } from '@/testing/server';

vi.mock('@/lib/keycloak', () => ({
  initKeycloak: vi.fn(() => Promise.resolve({})),
  getAccessToken: vi.fn(() => Promise.resolve('access-token-from-keycloak')),
  keycloakAuth: vi.fn(() => ({
    userName: 'Demo Mitglied',
    roles: ['member'],
    login: vi.fn(),
    logout: vi.fn(),
  })),
}));
vi.mock('@/lib/config', () => ({
  loadRuntimeConfig: vi.fn(() =>
    Promise.resolve({
      keycloakUrl: 'http://localhost:8180',
      realm: 'klimanetz',
      clientId: 'klimanetz-spa',
    }),
  ),
}));

/** Starts the app as a browser would at `path`: a fresh module graph, a page with its #root. */
async function startAt(path: string) {
  window.history.replaceState(null, '', path);
  document.body.innerHTML = '<div id="root"></div>';
  vi.resetModules();
  await import('@/main');
  return {
    keycloak: vi.mocked(await import('@/lib/keycloak')),
    config: vi.mocked(await import('@/lib/config')),
  };
}

// main.tsx renders by itself, outside testing-library's act(), as in the browser
const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
beforeEach(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
});

afterEach(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
});

describe('start-up', () => {
  it('shows an unsubscribe link without starting Keycloak, and asks the API without a token', async () => {
    const authorization: (string | null)[] = [];
    server.use(
      http.get(`${API}/unsubscribe/:token`, ({ request }) => {
        authorization.push(request.headers.get('Authorization'));
        return HttpResponse.json({ category: 'minutes', enabled: true });
      }),
    );
    const { keycloak, config } = await startAt('/abmelden/AAEC.q83v');

    expect(
      await screen.findByRole('heading', { name: 'Sie bestellen ab: Neue Protokolle' }),
    ).toBeInTheDocument();
    expect(keycloak.initKeycloak).not.toHaveBeenCalled();
    expect(config.loadRuntimeConfig).not.toHaveBeenCalled();
    expect(authorization).toEqual([null]);
  });

  it('signs in exactly once, before rendering, on every other address', async () => {
    const authorization: (string | null)[] = [];
    server.use(
      http.get(`${API}/networks`, ({ request }) => {
        authorization.push(request.headers.get('Authorization'));
        return HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 });
      }),
    );
    const { keycloak } = await startAt('/netzwerke');

    expect(await screen.findByRole('heading', { level: 1, name: 'Netzwerke' })).toBeInTheDocument();
    expect(keycloak.initKeycloak).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(authorization).toEqual(['Bearer access-token-from-keycloak']));
  });

  it('also signs in for an address that only looks like an unsubscribe link', async () => {
    const { keycloak } = await startAt('/abmelden');
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(keycloak.initKeycloak).toHaveBeenCalledTimes(1);
  });
});
