import { screen } from '@testing-library/react';
import { storedLanguage } from '@/lib/i18n';
import { renderApp } from '@/testing/test-utils';

describe('language switch', () => {
  it('starts in German', async () => {
    await renderApp('/netzwerke');
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('switches the UI, <html lang> and the title to English and remembers the choice', async () => {
    const { user } = await renderApp('/netzwerke');
    await screen.findByText('Netzwerk Klimaschutzmanagement NRW');

    await user.click(screen.getByRole('button', { name: 'English' }));

    // the English texts are fetched first (lib/i18n.ts); until then the page stays German, whole
    expect(await screen.findByRole('heading', { level: 1, name: 'Networks' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Networks – Klimanetz');
    expect(window.localStorage.getItem('klimanetz.language')).toBe('en');
    expect(storedLanguage()).toBe('en');

    await user.click(screen.getByRole('button', { name: 'Deutsch' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Netzwerke' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
  });

  it('falls back to German for an unknown stored value', () => {
    window.localStorage.setItem('klimanetz.language', 'fr');
    expect(storedLanguage()).toBe('de');
  });
});

describe('translations fetched on demand', () => {
  it('shows a page whose texts are not loaded yet only once they are there, never its keys', async () => {
    const { i18n } = await renderApp('/netzwerke', { namespaces: ['common'] });
    expect(i18n.hasLoadedNamespace('networks')).toBe(false);
    expect(await screen.findByRole('heading', { level: 1, name: 'Netzwerke' })).toBeInTheDocument();
    expect(i18n.hasLoadedNamespace('networks')).toBe(true);
    expect(document.body.textContent).not.toMatch(/\b(list|documentTitle)\./);
  });

  it('loads the English texts of the namespaces in use when the language switches', async () => {
    const { user, i18n } = await renderApp('/netzwerke', { namespaces: ['common'] });
    await screen.findByRole('heading', { level: 1, name: 'Netzwerke' });
    expect(i18n.getResourceBundle('en', 'networks')).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Networks' })).toBeInTheDocument();
    expect(i18n.getResourceBundle('en', 'networks')).toBeDefined();
  });
});
