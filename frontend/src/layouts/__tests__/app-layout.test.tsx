import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/test-utils';

describe('app shell', () => {
  it('has a skip link, the landmarks, the product name and the main navigation', async () => {
    await renderApp('/netzwerke');

    const skip = screen.getByRole('link', { name: 'Zum Inhalt springen' });
    expect(skip).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');

    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Klimanetz' })).toHaveAttribute('href', '/');
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(within(nav).getByRole('link', { name: 'Netzwerke' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Netzwerke' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it("shows the user's name and logs out through the session", async () => {
    const { user, auth } = await renderApp('/netzwerke', { auth: { userName: 'Demo Mitglied' } });

    expect(screen.getByText('Demo Mitglied')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Abmelden' }));
    expect(auth.logout).toHaveBeenCalledTimes(1);
  });

  it('links to imprint and privacy pages that say the operator supplies the text', async () => {
    const { user } = await renderApp('/netzwerke');
    const footer = screen.getByRole('contentinfo');

    await user.click(within(footer).getByRole('link', { name: 'Impressum' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Impressum' })).toBeInTheDocument();
    expect(screen.getByText(/stellt der Betreiber dieser Installation/)).toBeInTheDocument();
    expect(document.title).toBe('Impressum – Klimanetz');

    await user.click(within(footer).getByRole('link', { name: 'Datenschutz' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Datenschutzerklärung' }),
    ).toBeInTheDocument();
  });

  it('moves focus to the main content after navigating', async () => {
    const { user } = await renderApp('/netzwerke');
    await user.click(screen.getByRole('link', { name: 'Impressum' }));
    await screen.findByRole('heading', { level: 1, name: 'Impressum' });
    // focus moves in an effect after the new page has rendered
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
  });

  it('leaves focus alone on the first page load, so the skip link is the first stop', async () => {
    await renderApp('/netzwerke');
    await screen.findByRole('table');
    expect(screen.getByRole('main')).not.toHaveFocus();
    expect(document.activeElement).toBe(document.body);
  });

  it('sets the document title per page', async () => {
    await renderApp('/netzwerke');
    expect(document.title).toBe('Netzwerke – Klimanetz');
  });

  it('shows a friendly page for unknown addresses', async () => {
    await renderApp('/gibt-es-nicht');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Übersicht der Netzwerke' })).toBeInTheDocument();
  });

  it('starts with "Mein Überblick", the first item of the main navigation', async () => {
    await renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    const links = within(nav).getAllByRole('link');
    expect(links[0]).toHaveAccessibleName('Mein Überblick');
    expect(links[0]).toHaveAttribute('href', '/');
    expect(links[0]).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Netzwerke' })).not.toHaveAttribute(
      'aria-current',
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mein Überblick' }),
    ).toBeInTheDocument();
  });
});
