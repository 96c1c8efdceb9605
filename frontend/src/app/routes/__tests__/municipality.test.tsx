import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { kreisUnna, unna } from '@/testing/fixtures';
import { API, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

describe('municipality page', () => {
  it('shows name, kind, official key, federal state in German and links its Kreis', async () => {
    const { user } = await renderApp(`/kommunen/${unna.id}`);
    expect(screen.getByRole('status')).toHaveTextContent('Kommune wird geladen …');
    expect(await screen.findByRole('heading', { level: 1, name: 'Unna' })).toBeInTheDocument();
    expect(document.title).toBe('Unna – Klimanetz');
    const facts = screen.getByRole('region', { name: 'Auf einen Blick' });
    expect(within(facts).getByText('Amtlicher Gemeindeschlüssel')).toBeInTheDocument();
    expect(within(facts).getByText('05978036')).toBeInTheDocument();
    expect(within(facts).getByText('Stadt')).toBeInTheDocument();
    expect(within(facts).getByText('Nordrhein-Westfalen')).toBeInTheDocument();

    await user.click(within(facts).getByRole('link', { name: 'Kreis Unna' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kreis Unna' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Kreisschlüssel')).toBeInTheDocument();
    expect(screen.getByText(kreisUnna.officialKey)).toBeInTheDocument();
    expect(screen.queryByText('Gehört zum Kreis')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Alle Kommunen' })).toHaveAttribute(
      'href',
      '/kommunen',
    );
  });

  it('names the federal state in English after switching the language', async () => {
    const { user } = await renderApp(`/kommunen/${unna.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Unna' });
    await user.click(screen.getByRole('button', { name: 'English' }));
    // the English texts are fetched first; until then the German ones stay
    expect(await screen.findByText('North Rhine-Westphalia')).toBeInTheDocument();
    expect(screen.getByText('Belongs to district')).toBeInTheDocument();
  });

  it('is reached from the list', async () => {
    const { user } = await renderApp('/kommunen');
    await user.click(await screen.findByRole('link', { name: 'Unna' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Unna' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('shows a not-found page for an unknown or malformed id', async () => {
    await renderApp('/kommunen/7d1c9b7e-1111-4a4a-9b9b-123456789abc');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kommune nicht gefunden' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does not ask the API for an address that is no id', async () => {
    server.use(
      http.get(`${API}/municipalities/:id`, () => {
        throw new Error('must not be called');
      }),
    );
    await renderApp('/kommunen/unna');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Kommune nicht gefunden' }),
    ).toBeInTheDocument();
  });

  it('shows other problems with their detail', async () => {
    server.use(
      http.get(`${API}/municipalities/:id`, () =>
        problem(500, 'Interner Fehler', 'Bitte versuchen Sie es später noch einmal.'),
      ),
    );
    await renderApp(`/kommunen/${unna.id}`);
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('Bitte versuchen Sie es später noch einmal.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Die Kommune konnte nicht geladen werden' }),
    ).toBeInTheDocument();
  });
});
