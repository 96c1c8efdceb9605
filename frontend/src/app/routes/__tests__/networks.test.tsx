import { screen, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { makeNetwork, pageOf, seedNetwork } from '@/testing/fixtures';
import { API, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { TEST_TOKEN } from '@/testing/setup';
import { renderApp } from '@/testing/test-utils';

describe('networks list', () => {
  it('sends the English addresses of the first releases to the German ones', async () => {
    const detail = await renderApp(`/networks/${seedNetwork.id}?x=1`);
    expect(detail.router.state.location.pathname).toBe(`/netzwerke/${seedNetwork.id}`);
    expect(detail.router.state.historyAction).toBe('REPLACE');
    detail.unmount();
    const list = await renderApp('/networks');
    expect(list.router.state.location.pathname).toBe('/netzwerke');
  });

  it('shows a loading state, then the networks in a table with a caption', async () => {
    server.use(
      http.get(`${API}/networks`, async () => {
        await delay(50);
        return HttpResponse.json(pageOf([seedNetwork]));
      }),
    );
    await renderApp('/netzwerke');

    expect(screen.getByRole('status')).toHaveTextContent('Netzwerke werden geladen …');

    const link = await screen.findByRole('link', { name: 'Netzwerk Klimaschutzmanagement NRW' });
    expect(link).toHaveAttribute('href', `/netzwerke/${seedNetwork.id}`);
    const table = screen.getByRole('table', { name: 'Alle Netzwerke' });
    expect(within(table).getByText('Kommunal Agentur NRW')).toBeInTheDocument();
    expect(within(table).getByText('Nordrhein-Westfalen')).toBeInTheDocument();
    expect(screen.getByText('1 Netzwerk')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Seiten' })).not.toBeInTheDocument();
  });

  it('sends the bearer token and asks for page 0 with size 20', async () => {
    let seen: { auth: string | null; url: URL } | undefined;
    server.use(
      http.get(`${API}/networks`, ({ request }) => {
        seen = { auth: request.headers.get('Authorization'), url: new URL(request.url) };
        return HttpResponse.json(pageOf([seedNetwork]));
      }),
    );
    await renderApp('/netzwerke');
    await screen.findByRole('table');

    expect(seen?.auth).toBe(`Bearer ${TEST_TOKEN}`);
    expect(seen?.url.searchParams.get('page')).toBe('0');
    expect(seen?.url.searchParams.get('size')).toBe('20');
  });

  it('shows a designed empty state when there are no networks', async () => {
    server.use(http.get(`${API}/networks`, () => HttpResponse.json(pageOf([]))));
    await renderApp('/netzwerke');

    expect(
      await screen.findByRole('heading', { name: 'Noch keine Netzwerke' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Sobald ein Netzwerk angelegt ist, erscheint es hier.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it("shows an API problem's title and detail and can try again", async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/networks`, () => {
        calls += 1;
        return calls === 1
          ? problem(503, 'Service Unavailable', 'Die Datenbank antwortet gerade nicht.')
          : HttpResponse.json(pageOf([seedNetwork]));
      }),
    );
    const { user } = await renderApp('/netzwerke');

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'Die Netzwerke konnten nicht geladen werden' }),
    ).toBeInTheDocument();
    expect(within(alert).getByText('Service Unavailable')).toBeInTheDocument();
    expect(within(alert).getByText('Die Datenbank antwortet gerade nicht.')).toBeInTheDocument();
    expect(within(alert).getByText('Fehlercode 503')).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('link', { name: seedNetwork.name })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers a new login when the API answers 401', async () => {
    server.use(
      http.get(`${API}/networks`, () => problem(401, 'Unauthorized', 'Das Token ist ungültig.')),
    );
    const { user, auth } = await renderApp('/netzwerke');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Das Token ist ungültig.')).toBeInTheDocument();
    expect(
      within(alert).queryByRole('button', { name: 'Erneut versuchen' }),
    ).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Erneut anmelden' }));
    expect(auth.login).toHaveBeenCalledTimes(1);
  });

  it('lists validation violations of a problem', async () => {
    server.use(
      http.get(`${API}/networks`, () =>
        HttpResponse.json(
          {
            title: 'Bad Request',
            status: 400,
            detail: 'Die Anfrage ist ungültig.',
            violations: [{ field: 'size', message: 'muss zwischen 1 und 100 liegen' }],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await renderApp('/netzwerke');
    expect(
      await screen.findByText('Feld „size“: muss zwischen 1 und 100 liegen'),
    ).toBeInTheDocument();
  });

  it('explains a failure without a problem body (server unreachable)', async () => {
    server.use(http.get(`${API}/networks`, () => HttpResponse.error()));
    await renderApp('/netzwerke');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Der Server ist gerade nicht erreichbar.');
  });

  it('pages with previous/next links when there is more than one page', async () => {
    const requested: string[] = [];
    server.use(
      http.get(`${API}/networks`, ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        requested.push(String(page));
        const items = Array.from({ length: page === 2 ? 5 : 20 }, (_, i) =>
          makeNetwork(page * 20 + i + 1),
        );
        return HttpResponse.json(pageOf(items, page, 20, 45));
      }),
    );
    const { user, router } = await renderApp('/netzwerke');

    const pages = await screen.findByRole('navigation', { name: 'Seiten' });
    expect(within(pages).getByText('Seite 1 von 3')).toBeInTheDocument();
    expect(within(pages).queryByRole('link', { name: 'Vorherige Seite' })).not.toBeInTheDocument();
    expect(screen.getByText('45 Netzwerke')).toBeInTheDocument();

    await user.click(within(pages).getByRole('link', { name: 'Nächste Seite' }));
    expect(await screen.findByRole('link', { name: 'Netzwerk 21' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=2');
    expect(screen.getByText('Seite 2 von 3')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Nächste Seite' }));
    expect(await screen.findByRole('link', { name: 'Netzwerk 45' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nächste Seite' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Vorherige Seite' }));
    expect(await screen.findByText('Seite 2 von 3')).toBeInTheDocument();
    // each page was fetched when first shown (going back may refetch a stale page)
    expect(requested.slice(0, 3)).toEqual(['0', '1', '2']);
  });

  it('opens a page from the address bar (?page=2 is the API page 1)', async () => {
    let asked: string | null = null;
    server.use(
      http.get(`${API}/networks`, ({ request }) => {
        asked = new URL(request.url).searchParams.get('page');
        return HttpResponse.json(pageOf([makeNetwork(21)], 1, 20, 21));
      }),
    );
    await renderApp('/netzwerke?page=2');
    expect(await screen.findByText('Seite 2 von 2')).toBeInTheDocument();
    expect(asked).toBe('1');
  });
});
