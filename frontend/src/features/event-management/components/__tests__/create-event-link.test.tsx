import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { myMembership, seedNetwork } from '@/testing/fixtures';
import { API, membershipsHandler } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const noNetworkEvents = http.get(`${API}/networks/:id/events`, () =>
  HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }),
);

describe('the way to a new event on the network page', () => {
  it('is offered to coordinators of the network', async () => {
    server.use(membershipsHandler([myMembership('COORDINATOR')]), noNetworkEvents);
    await renderApp(`/netzwerke/${seedNetwork.id}`);
    const link = await screen.findByRole('link', { name: 'Veranstaltung anlegen' });
    expect(link).toHaveAttribute('href', `/netzwerke/${seedNetwork.id}/veranstaltungen/neu`);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Präsenztreffen organisieren' }),
    ).toBeInTheDocument();
  });

  it('is offered to admins', async () => {
    server.use(membershipsHandler([]), noNetworkEvents);
    await renderApp(`/netzwerke/${seedNetwork.id}`, { auth: { roles: ['admin'] } });
    expect(await screen.findByRole('link', { name: 'Veranstaltung anlegen' })).toBeInTheDocument();
  });

  it('is not shown to members', async () => {
    server.use(membershipsHandler([myMembership('MEMBER')]), noNetworkEvents);
    await renderApp(`/netzwerke/${seedNetwork.id}`);
    await screen.findByRole('heading', { level: 1, name: seedNetwork.name });
    await screen.findByRole('heading', { level: 2, name: 'Online-Räume' });
    expect(screen.queryByRole('link', { name: 'Veranstaltung anlegen' })).not.toBeInTheDocument();
  });
});
