import { screen, within } from '@testing-library/react';
import { renderApp } from '@/testing/test-utils';

/** Holds back the code of a lazily loaded page until the test lets it through. */
const gates = vi.hoisted(() => {
  function gate() {
    let open = () => {};
    const opened = new Promise<void>((resolve) => {
      open = resolve;
    });
    return { opened, open };
  }
  return { legal: gate(), networks: gate() };
});

vi.mock('@/app/routes/legal-page', async (importOriginal) => {
  await gates.legal.opened;
  return importOriginal();
});
vi.mock('@/app/routes/networks', async (importOriginal) => {
  await gates.networks.opened;
  return importOriginal();
});
// as after an update, when the old chunk is gone from the server
vi.mock('@/app/routes/participant', () =>
  Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
);

describe('page code loaded on demand', () => {
  it('renders "Mein Überblick" at once: it needs no extra code', async () => {
    await renderApp('/', { immediately: true });
    expect(screen.getByRole('heading', { level: 1, name: 'Mein Überblick' })).toBeInTheDocument();
    expect(document.title).toBe('Mein Überblick – Klimanetz');
  });

  it("shows the shell and a loading state until a first page's code is there", async () => {
    await renderApp('/netzwerke', { immediately: true });
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent(
      'Die Seite wird geladen …',
    );

    gates.networks.open();
    expect(await screen.findByRole('heading', { level: 1, name: 'Netzwerke' })).toBeInTheDocument();
    expect(document.title).toBe('Netzwerke – Klimanetz');
    expect(screen.getByRole('main')).not.toHaveFocus();
  });

  it('keeps the previous page, marked busy, while the next one loads; then focuses it', async () => {
    const { user } = await renderApp('/');
    await user.click(screen.getByRole('link', { name: 'Impressum' }));

    const main = screen.getByRole('main');
    expect(main).toHaveAttribute('aria-busy', 'true');
    expect(within(main).getByRole('heading', { level: 1 })).toHaveTextContent('Mein Überblick');

    gates.legal.open();
    expect(await screen.findByRole('heading', { level: 1, name: 'Impressum' })).toBeInTheDocument();
    expect(main).not.toHaveAttribute('aria-busy');
    expect(main).toHaveFocus();
    expect(document.title).toBe('Impressum – Klimanetz');
  });

  it('says so inside the shell, with a reload button, when the code cannot be loaded', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderApp('/personen/3f1c2b9e-8a7d-4e6f-9b0a-1c2d3e4f5a6b');

    expect(
      screen.getByRole('heading', { level: 1, name: 'Diese Seite konnte nicht geladen werden' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Seite neu laden' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeInTheDocument();
    expect(document.title).toBe('Diese Seite konnte nicht geladen werden – Klimanetz');
    expect(consoleError).toHaveBeenCalled();
  });
});
