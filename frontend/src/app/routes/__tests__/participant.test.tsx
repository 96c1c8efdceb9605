import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { gesaProfile, kreisUnna, seedNetwork } from '@/testing/fixtures';
import { API, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const path = `/personen/${gesaProfile.id}`;

describe('participant page', () => {
  it('is opened from the directory and shows the shared profile with mailto and tel links', async () => {
    const { user } = await renderApp(`/netzwerke/${seedNetwork.id}/mitglieder`);
    await user.click(await screen.findByRole('link', { name: 'Gesa Gastgeberin' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Gesa Gastgeberin' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Gesa Gastgeberin – Klimanetz');
    expect(screen.getByText('Klimaschutzmanagerin')).toBeInTheDocument();
    expect(screen.getByText('Klimaschutzmanagerin des Kreises Unna.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kreis Unna' })).toHaveAttribute(
      'href',
      `/kommunen/${kreisUnna.id}`,
    );
    const since = screen.getByText('01.09.2019');
    expect(since).toHaveAttribute('datetime', '2019-09-01');
    expect(
      within(screen.getByRole('list', { name: 'Themen' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Mobilität', 'Klimaschutzkonzept', 'Carsharing']);
    expect(screen.getByRole('link', { name: 'demo-host@klimanetz.example' })).toHaveAttribute(
      'href',
      'mailto:demo-host@klimanetz.example',
    );
    expect(screen.getByRole('link', { name: '02303 27-0' })).toHaveAttribute(
      'href',
      'tel:02303270',
    );
  });

  it('says so when contact details are not shared', async () => {
    server.use(
      http.get(`${API}/participants/:id`, () =>
        HttpResponse.json({ ...gesaProfile, email: undefined, phone: undefined, bio: null }),
      ),
    );
    await renderApp(path);
    expect(
      await screen.findByText(/Diese Person hat ihre Kontaktdaten nicht freigegeben/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /@/ })).not.toBeInTheDocument();
  });

  it('explains a 403 without an error code', async () => {
    server.use(
      http.get(`${API}/participants/:id`, () => problem(403, 'Verboten', 'Kein Zugriff.')),
    );
    await renderApp(path);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Profil nicht sichtbar' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/nur Personen, die mit ihr in einem gemeinsamen Netzwerk/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(document.title).toBe('Profil nicht sichtbar – Klimanetz');
  });

  it('shows a designed not-found page for unknown people and malformed addresses', async () => {
    await renderApp('/personen/7d1c9b7e-1111-4a4a-9b9b-123456789abc');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Person nicht gefunden' }),
    ).toBeInTheDocument();
  });

  it('treats an address that is no id as not found without asking the API', async () => {
    server.use(
      http.get(`${API}/participants/:id`, () => {
        throw new Error('must not be called');
      }),
    );
    await renderApp('/personen/niemand');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Person nicht gefunden' }),
    ).toBeInTheDocument();
  });

  it('shows other problems with a retry', async () => {
    server.use(
      http.get(`${API}/participants/:id`, () =>
        problem(503, 'Service Unavailable', 'Die Datenbank antwortet gerade nicht.'),
      ),
    );
    await renderApp(path);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Die Datenbank antwortet gerade nicht.')).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });
});
