import { act, screen, waitFor, within } from '@testing-library/react';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';
import { webhooksStore } from '@/testing/webhook-fixtures';

const NEW = '/admin/webhooks/neu';
const ADMIN = { auth: { roles: ['admin', 'member'] } };
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

describe('creating a webhook', () => {
  it('sends the address, the chosen types in the contract order and the description, then shows the secret once', async () => {
    const store = webhooksStore();
    server.use(...store.handlers);
    const { user, router } = await renderApp(NEW, ADMIN);
    expect(screen.getByRole('heading', { level: 1, name: 'Webhook anlegen' })).toBeInTheDocument();
    expect(document.title).toBe('Webhook anlegen – Klimanetz');

    await user.type(
      screen.getByLabelText('Adresse (URL)'),
      'https://crm.kommunalagentur-nrw.example/hooks/neu',
    );
    const types = screen.getByRole('group', { name: 'Änderungen' });
    await user.click(within(types).getByLabelText(/^Präsenztreffen geändert/));
    await user.click(within(types).getByLabelText(/^Anmeldung eingegangen/));
    await user.type(screen.getByLabelText(/^Beschreibung/), '  CRM der Geschäftsstelle  ');
    await user.click(screen.getByRole('button', { name: 'Webhook anlegen' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Webhook angelegt' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(document.title).toBe('Webhook angelegt – Klimanetz');
    expect(store.created).toHaveLength(1);
    expect(store.created[0]!.body).toEqual({
      url: 'https://crm.kommunalagentur-nrw.example/hooks/neu',
      eventTypes: ['event.updated', 'registration.created'],
      description: 'CRM der Geschäftsstelle',
      enabled: true,
    });
    expect(store.created[0]!.idempotencyKey).toBeTruthy();

    // the secret, the hint that it is shown only now, and a copy button
    expect(screen.getByText(SECRET)).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Der Schlüssel wird nur jetzt angezeigt' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Schlüssel kopieren' }));
    expect(await screen.findByText('Schlüssel kopiert')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(SECRET);

    // on to the webhook: the secret is nowhere any more, not even on the way back
    await user.click(screen.getByRole('link', { name: 'Zum Webhook und seinen Zustellungen' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'CRM der Geschäftsstelle' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(SECRET)).not.toBeInTheDocument();
    await act(() => router.navigate(-1));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Webhook anlegen' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(SECRET)).not.toBeInTheDocument();
    expect(screen.getByLabelText('Adresse (URL)')).toHaveValue('');
  });

  it('sends only "*" when all changes are chosen', async () => {
    const store = webhooksStore();
    server.use(...store.handlers);
    const { user } = await renderApp(NEW, ADMIN);
    await user.type(screen.getByLabelText('Adresse (URL)'), 'http://localhost:9999/hook');
    await user.click(screen.getByLabelText(/^Alle Änderungen/));
    expect(screen.queryByLabelText(/^Anmeldung eingegangen/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Webhook anlegen' }));
    await screen.findByRole('heading', { level: 1, name: 'Webhook angelegt' });
    expect(store.created[0]!.body.eventTypes).toEqual(['*']);
  });

  it('checks before sending: an https address and at least one type, in the summary and at the fields', async () => {
    const store = webhooksStore();
    server.use(...store.handlers);
    const { user } = await renderApp(NEW, ADMIN);
    await user.type(screen.getByLabelText('Adresse (URL)'), 'http://crm.example.org/hook');
    await user.click(screen.getByRole('button', { name: 'Webhook anlegen' }));

    const summary = await screen.findByRole('heading', { name: 'Bitte prüfen Sie Ihre Angaben' });
    const box = summary.closest('.kn-error-summary') as HTMLElement;
    await waitFor(() => expect(box).toHaveFocus());
    const links = within(box).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Die Adresse muss mit https:// beginnen (http:// nur für localhost in lokalen Testumgebungen).',
      'Bitte wählen Sie mindestens eine Art von Änderung.',
    ]);
    expect(screen.getByLabelText('Adresse (URL)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Adresse (URL)')).toHaveAccessibleDescription(
      expect.stringContaining('Die Adresse muss mit https:// beginnen'),
    );
    expect(store.created).toHaveLength(0);

    await user.click(links[1]!);
    expect(screen.getByLabelText(/^Alle Änderungen/)).toHaveFocus();
  });

  it('puts the violations of a 400 answer into their fields', async () => {
    const store = webhooksStore();
    server.use(...store.handlers);
    store.rejectNextCreate([
      {
        field: 'url',
        message:
          'Muss eine https-Adresse sein (http nur für localhost, wo erlaubt), die nicht auf eine private, Loopback- oder Link-Local-Adresse zeigt.',
      },
      { field: 'eventTypes[0]', message: 'Unbekannter Änderungstyp.' },
    ]);
    const { user } = await renderApp(NEW, ADMIN);
    await user.type(screen.getByLabelText('Adresse (URL)'), 'https://10.0.0.5/hook');
    await user.click(screen.getByLabelText(/^Netzwerk angelegt/));
    await user.click(screen.getByRole('button', { name: 'Webhook anlegen' }));

    const summary = await screen.findByRole('heading', { name: 'Bitte prüfen Sie Ihre Angaben' });
    const box = summary.closest('.kn-error-summary') as HTMLElement;
    expect(
      within(box)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Muss eine https-Adresse sein (http nur für localhost, wo erlaubt), die nicht auf eine private, Loopback- oder Link-Local-Adresse zeigt.',
      'Unbekannter Änderungstyp.',
    ]);
    const url = screen.getByLabelText('Adresse (URL)');
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription(expect.stringContaining('Loopback- oder Link-Local'));
    expect(screen.getByRole('group', { name: 'Änderungen' })).toHaveAccessibleDescription(
      expect.stringContaining('Unbekannter Änderungstyp.'),
    );
    // no secret, still the form, nothing lost
    expect(screen.queryByText(/whsec_/)).not.toBeInTheDocument();
    expect(url).toHaveValue('https://10.0.0.5/hook');
  });

  it('is refused before the form for people without the admin role', async () => {
    await renderApp(NEW);
    expect(screen.getByRole('heading', { name: 'Nur für die Administration' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Adresse (URL)')).not.toBeInTheDocument();
  });
});
