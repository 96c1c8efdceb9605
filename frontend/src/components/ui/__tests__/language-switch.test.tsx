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

    expect(screen.getByRole('heading', { level: 1, name: 'Networks' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Networks – Klimanetz');
    expect(window.localStorage.getItem('klimanetz.language')).toBe('en');
    expect(storedLanguage()).toBe('en');

    await user.click(screen.getByRole('button', { name: 'Deutsch' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Netzwerke' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
  });

  it('falls back to German for an unknown stored value', () => {
    window.localStorage.setItem('klimanetz.language', 'fr');
    expect(storedLanguage()).toBe('de');
  });
});
