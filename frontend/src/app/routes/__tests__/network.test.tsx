import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { seedNetwork } from '@/testing/fixtures';
import { API, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const path = `/networks/${seedNetwork.id}`;

describe('network page', () => {
  it('shows name, description, region, organiser with mailto, eligibility and Berlin-time dates', async () => {
    await renderApp(path);

    expect(screen.getByRole('status')).toHaveTextContent('Netzwerk wird geladen …');
    expect(
      await screen.findByRole('heading', { level: 1, name: seedNetwork.name }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe(`${seedNetwork.name} – Klimanetz`);
    expect(screen.getByText(seedNetwork.description)).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Wer kann mitmachen' }),
    ).toBeInTheDocument();
    expect(screen.getByText(seedNetwork.eligibility)).toBeInTheDocument();

    const mail = screen.getByRole('link', { name: seedNetwork.organizer.contactEmail });
    expect(mail).toHaveAttribute('href', `mailto:${seedNetwork.organizer.contactEmail}`);
    expect(screen.getByText('Kommunal Agentur NRW')).toBeInTheDocument();

    const created = screen.getByText('15.01.2026, 14:05');
    expect(created.tagName).toBe('TIME');
    expect(created).toHaveAttribute('datetime', seedNetwork.createdAt);
    expect(screen.getByText('01.07.2026, 14:30')).toBeInTheDocument();
  });

  it('formats dates for English readers after switching the language', async () => {
    const { user } = await renderApp(path);
    await screen.findByRole('heading', { level: 1, name: seedNetwork.name });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(
      screen.getByRole('heading', { level: 2, name: 'Who can take part' }),
    ).toBeInTheDocument();
    expect(screen.getByText('15 Jan 2026, 14:05')).toBeInTheDocument();
  });

  it('shows a friendly not-found page for an unknown network', async () => {
    await renderApp('/networks/7d1c9b7e-1111-4a4a-9b9b-123456789abc');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Netzwerk nicht gefunden' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Alle Netzwerke' })).toHaveAttribute(
      'href',
      '/networks',
    );
    expect(document.title).toBe('Netzwerk nicht gefunden – Klimanetz');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('treats an address that is no network id as not found without asking the API', async () => {
    server.use(
      http.get(`${API}/networks/:id`, () => {
        throw new Error('must not be called');
      }),
    );
    await renderApp('/networks/kein-netzwerk');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Netzwerk nicht gefunden' }),
    ).toBeInTheDocument();
  });

  it('shows other API problems with their title and detail', async () => {
    server.use(
      http.get(`${API}/networks/:id`, () =>
        problem(403, 'Forbidden', 'Sie dürfen dieses Netzwerk nicht sehen.'),
      ),
    );
    await renderApp(path);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Forbidden')).toBeInTheDocument();
    expect(within(alert).getByText('Sie dürfen dieses Netzwerk nicht sehen.')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Das Netzwerk konnte nicht geladen werden' }),
    ).toBeInTheDocument();
  });

  it('is reached from the list by its link', async () => {
    const { user } = await renderApp('/networks');
    await user.click(await screen.findByRole('link', { name: seedNetwork.name }));
    expect(
      await screen.findByRole('heading', { level: 1, name: seedNetwork.name }),
    ).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
  });
});
