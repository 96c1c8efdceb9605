import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { seedNetwork, seedStats } from '@/testing/fixtures';
import { API, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const path = `/netzwerke/${seedNetwork.id}`;

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
    // the English texts are fetched first; until then the German ones stay
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Who can take part' }),
    ).toBeInTheDocument();
    expect(screen.getByText('15 Jan 2026, 14:05')).toBeInTheDocument();
  });

  it('shows a friendly not-found page for an unknown network', async () => {
    await renderApp('/netzwerke/7d1c9b7e-1111-4a4a-9b9b-123456789abc');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Netzwerk nicht gefunden' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Alle Netzwerke' })).toHaveAttribute(
      'href',
      '/netzwerke',
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
    await renderApp('/netzwerke/kein-netzwerk');
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
    const { user } = await renderApp('/netzwerke');
    await user.click(await screen.findByRole('link', { name: seedNetwork.name }));
    expect(
      await screen.findByRole('heading', { level: 1, name: seedNetwork.name }),
    ).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
  });
});

describe('network dashboard', () => {
  it('shows member numbers, newcomers and concept status as a chart with a table', async () => {
    await renderApp(path);
    const dashboard = (
      await screen.findByRole('heading', { level: 2, name: 'Das Netzwerk in Zahlen' })
    ).closest('section')!;
    expect(
      within(dashboard).getByText('Mitglieder', { selector: 'dt' }).nextSibling,
    ).toHaveTextContent('3');
    expect(within(dashboard).getByText('davon neu im Amt').nextSibling).toHaveTextContent('1');
    expect(within(dashboard).getByRole('link', { name: 'Mitgliederverzeichnis' })).toHaveAttribute(
      'href',
      `/netzwerke/${seedNetwork.id}/mitglieder`,
    );

    const newcomers = within(dashboard).getByRole('heading', {
      name: 'Neu im Amt – herzlich willkommen',
    }).parentElement!;
    expect(within(newcomers).getByRole('link', { name: 'Mara Mitglied' })).toHaveAttribute(
      'href',
      `/personen/${seedStats.newcomers[0]!.participantId}`,
    );
    expect(within(newcomers).getByText(/Schwerte/)).toHaveTextContent('im Amt seit 14.10.2026');

    const concepts = within(dashboard).getByRole('table', {
      name: 'Kommunen der Mitglieder nach Stand des Klimaschutzkonzepts',
    });
    const rows = within(concepts)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'StandKommunen',
      'Nicht begonnen0',
      'In Erarbeitung1',
      'Beschlossen0',
      'In Umsetzung1',
    ]);
    // the bars repeat the numbers for the eye only
    for (const chart of dashboard.querySelectorAll('.kn-bars')) {
      expect(chart).toHaveAttribute('aria-hidden', 'true');
    }
    const kinds = within(dashboard).getByRole('table', { name: 'Mitglieder nach Art der Kommune' });
    expect(within(kinds).getByRole('rowheader', { name: 'ohne Angabe' })).toBeInTheDocument();
    expect(within(kinds).getByRole('rowheader', { name: 'Kreisfreie Stadt' })).toBeInTheDocument();
  });

  it('shows a short note instead for those who may not see the numbers', async () => {
    server.use(
      http.get(`${API}/networks/:id/stats`, () => problem(403, 'Verboten', 'Kein Zugriff.')),
    );
    await renderApp(path);
    expect(
      await screen.findByText(
        'Die Zahlen und das Mitgliederverzeichnis sind nur für Mitglieder dieses Netzwerks sichtbar.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
