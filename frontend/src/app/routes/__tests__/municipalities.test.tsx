import { screen, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { dortmund, kreisUnna, municipalityPageOf, unna } from '@/testing/fixtures';
import { API, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

describe('municipalities list', () => {
  it('is in the main navigation and shows all municipalities in a table with a caption', async () => {
    const { user } = await renderApp('/netzwerke');
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    await user.click(within(nav).getByRole('link', { name: 'Kommunen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Kommunen' })).toBeInTheDocument();
    expect(document.title).toBe('Kommunen – Klimanetz');
    const table = await screen.findByRole('table', { name: 'Kommunen' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    const unnaRow = within(table).getByRole('rowheader', { name: 'Unna' }).closest('tr')!;
    expect(within(unnaRow).getByText('Stadt')).toBeInTheDocument();
    expect(within(unnaRow).getByText('05978036')).toBeInTheDocument();
    expect(within(unnaRow).getByText('Kreis Unna')).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Unna' })).toHaveAttribute(
      'href',
      `/kommunen/${unna.id}`,
    );
    expect(within(table).getByText('Kreisfreie Stadt')).toBeInTheDocument();
    expect(screen.getByText('3 Kommunen gefunden')).toBeInTheDocument();
  });

  it('shows a loading state first', async () => {
    server.use(
      http.get(`${API}/municipalities`, async () => {
        await delay(50);
        return HttpResponse.json(municipalityPageOf([unna]));
      }),
    );
    await renderApp('/kommunen');
    expect(screen.getByText('Kommunen werden geladen …')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Unna' })).toBeInTheDocument();
    expect(screen.queryByText('Kommunen werden geladen …')).not.toBeInTheDocument();
  });

  it('searches as you type, announces the count and keeps the focus in the field', async () => {
    const requests: URL[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('/municipalities')) requests.push(new URL(request.url));
    });
    const { user, router } = await renderApp('/kommunen');
    await screen.findByRole('table');

    const search = screen.getByRole('searchbox', { name: 'Name oder amtlicher Schlüssel' });
    await user.type(search, 'Unn');

    const status = await screen.findByText('1 Kommune gefunden');
    expect(status).toHaveAttribute('role', 'status');
    const table = screen.getByRole('table', { name: 'Kommunen, die zu Ihrer Suche passen' });
    expect(within(table).getByRole('link', { name: 'Unna' })).toBeInTheDocument();
    expect(within(table).queryByText('Dortmund')).not.toBeInTheDocument();
    expect(search).toHaveFocus();
    expect(router.state.location.search).toBe('?q=Unn');
    // debounced: not one request per key stroke
    expect(requests.filter((url) => url.searchParams.get('q') === 'U')).toHaveLength(0);
    server.events.removeAllListeners();
  });

  it('searches official keys by prefix', async () => {
    const { user } = await renderApp('/kommunen');
    await screen.findByRole('table');
    await user.type(screen.getByRole('searchbox'), '05978');
    expect(await screen.findByText('2 Kommunen gefunden')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kreis Unna' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Unna' })).toBeInTheDocument();
  });

  it('filters by kind', async () => {
    let kind: string | null = null;
    server.use(
      http.get(`${API}/municipalities`, ({ request }) => {
        kind = new URL(request.url).searchParams.get('kind');
        return HttpResponse.json(
          municipalityPageOf(kind === 'KREIS' ? [kreisUnna] : [dortmund, kreisUnna, unna]),
        );
      }),
    );
    const { user, router } = await renderApp('/kommunen');
    await screen.findByRole('table');
    const select = screen.getByRole('combobox', { name: 'Art der Kommune' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Alle', 'Gemeinde', 'Stadt', 'Kreisfreie Stadt', 'Kreis']);
    await user.selectOptions(select, 'Kreis');
    expect(await screen.findByText('1 Kommune gefunden')).toBeInTheDocument();
    expect(kind).toBe('KREIS');
    expect(router.state.location.search).toBe('?kind=KREIS');
    expect(select).toHaveFocus();
  });

  it('shows an empty state when nothing matches', async () => {
    const { user } = await renderApp('/kommunen');
    await screen.findByRole('table');
    await user.type(screen.getByRole('searchbox'), 'Xanten');
    expect(
      await screen.findByRole('heading', { name: 'Keine Kommune gefunden' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('0 Kommunen gefunden')).toBeInTheDocument();
  });

  it('reads the search from the address', async () => {
    await renderApp('/kommunen?q=Dort');
    expect(await screen.findByRole('link', { name: 'Dortmund' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveValue('Dort');
    expect(screen.queryByRole('link', { name: 'Unna' })).not.toBeInTheDocument();
  });

  it('shows API problems and can try again', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/municipalities`, () => {
        calls += 1;
        return calls === 1
          ? problem(503, 'Service Unavailable', 'Die Datenbank antwortet gerade nicht.')
          : HttpResponse.json(municipalityPageOf([unna]));
      }),
    );
    const { user } = await renderApp('/kommunen');
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'Die Kommunen konnten nicht geladen werden' }),
    ).toBeInTheDocument();
    expect(within(alert).getByText('Die Datenbank antwortet gerade nicht.')).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('link', { name: 'Unna' })).toBeInTheDocument();
  });

  it('pages with links that keep the search', async () => {
    server.use(
      http.get(`${API}/municipalities`, ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        return HttpResponse.json(
          municipalityPageOf(page === 0 ? [dortmund] : [unna], page, 20, 25),
        );
      }),
    );
    const { user, router } = await renderApp('/kommunen?q=a');
    const pages = await screen.findByRole('navigation', { name: 'Seiten' });
    await user.click(within(pages).getByRole('link', { name: 'Nächste Seite' }));
    expect(await screen.findByRole('link', { name: 'Unna' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=a&page=2');
  });

  it('clears the field when the address loses the search (the "Kommunen" link)', async () => {
    const { user, router } = await renderApp('/kommunen?q=Dort');
    await screen.findByRole('link', { name: 'Dortmund' });
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    await user.click(within(nav).getByRole('link', { name: 'Kommunen' }));
    expect(router.state.location.search).toBe('');
    expect(await screen.findByRole('link', { name: 'Unna' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(screen.getByRole('link', { name: 'Dortmund' })).toBeInTheDocument();
  });
});
