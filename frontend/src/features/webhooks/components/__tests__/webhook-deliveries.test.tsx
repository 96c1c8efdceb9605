import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { API, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';
import {
  crmWebhook,
  disabledWebhook,
  failedDelivery,
  succeededDelivery,
  webhooksStore,
} from '@/testing/webhook-fixtures';

const ADMIN = { auth: { roles: ['admin', 'member'] } };
const PAGE = `/admin/webhooks/${crmWebhook.id}`;

describe('a webhook and its delivery log', () => {
  it('shows the subscription and every delivery with status, code, duration, attempts and time in Berlin', async () => {
    server.use(...webhooksStore().handlers);
    await renderApp(PAGE, ADMIN);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'CRM der Geschäftsstelle' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('CRM der Geschäftsstelle – Klimanetz');
    expect(screen.getByText(crmWebhook.url)).toBeInTheDocument();

    const table = await screen.findByRole('table', {
      name: 'Zustellungen an diesen Webhook, neueste zuerst',
    });
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(first).toHaveTextContent('08.12.2026, 10:00');
    expect(first).toHaveTextContent('Anmeldung eingegangen');
    expect(first).toHaveTextContent('Zugestellt');
    expect(first).toHaveTextContent('204');
    expect(first).toHaveTextContent('1.234 ms');
    expect(second).toHaveTextContent('Präsenztreffen geändert');
    expect(second).toHaveTextContent('Fehlgeschlagen');
    expect(second).toHaveTextContent('HTTP 503');
    expect(second).toHaveTextContent('17');
    expect(screen.getByText('2 Zustellungen')).toBeInTheDocument();
  });

  it('redelivers one delivery, says so and reads the log again', async () => {
    const store = webhooksStore();
    server.use(...store.handlers);
    const { user } = await renderApp(PAGE, ADMIN);
    const button = await screen.findByRole('button', {
      name: 'Erneut zustellen die Zustellung „Präsenztreffen geändert“ vom 05.12.2026, 10:00',
    });
    await user.click(button);
    const notice = await screen.findByText(
      'Die Zustellung „Präsenztreffen geändert“ vom 05.12.2026, 10:00 ist wieder in der Warteschlange und wird gleich erneut versucht.',
    );
    await waitFor(() => expect(notice.closest('[tabindex="-1"]')).toHaveFocus());
    expect(store.redelivered).toEqual([failedDelivery.id]);
    const table = screen.getByRole('table', {
      name: 'Zustellungen an diesen Webhook, neueste zuerst',
    });
    // read again: it is queued and retried now
    await waitFor(() =>
      expect(within(table).getAllByRole('row')[2]).toHaveTextContent('Wird wiederholt'),
    );
  });

  it('says plainly when the delivery is being tried right now (409)', async () => {
    // the first matching handler answers
    server.use(
      http.post(`${API}/webhooks/:webhookId/deliveries/:deliveryId/redeliver`, () =>
        problem(409, 'Konflikt', 'Die Zustellung läuft gerade.'),
      ),
      ...webhooksStore().handlers,
    );
    const { user } = await renderApp(PAGE, ADMIN);
    await user.click(
      await screen.findByRole('button', {
        name: /^Erneut zustellen die Zustellung „Anmeldung eingegangen“/,
      }),
    );
    expect(await screen.findByText(/wird gerade schon versucht/)).toBeInTheDocument();
    expect(
      screen.getByText('Die Zustellung konnte nicht erneut eingereiht werden'),
    ).toBeInTheDocument();
  });

  it('pages through a long log by the address', async () => {
    const many = Array.from({ length: 25 }, (_, index) => ({
      ...succeededDelivery,
      id: `de1e0000-0000-4000-8000-${String(index + 10).padStart(12, '0')}`,
    }));
    server.use(...webhooksStore({ deliveries: { [crmWebhook.id]: many } }).handlers);
    const { user, router } = await renderApp(PAGE, ADMIN);
    expect(await screen.findByText('25 Zustellungen')).toBeInTheDocument();
    expect(screen.getByText('Seite 1 von 2')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Nächste Seite' }));
    expect(await screen.findByText('Seite 2 von 2')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=2');
    const table = screen.getByRole('table', {
      name: 'Zustellungen an diesen Webhook, neueste zuerst',
    });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(6));
  });

  it('shows the reason a webhook was disabled, and enabling it again saves with If-Match', async () => {
    const store = webhooksStore();
    server.use(...store.handlers);
    const { user, router } = await renderApp(`/admin/webhooks/${disabledWebhook.id}`, ADMIN);
    expect(await screen.findByText('Deaktiviert')).toBeInTheDocument();
    expect(screen.getByText(disabledWebhook.disabledReason!)).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Noch keine Zustellungen' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Bearbeiten' }));
    const enabled = await screen.findByLabelText('Aktiv: Änderungen werden zugestellt');
    expect(enabled).not.toBeChecked();
    expect(screen.getByLabelText(/^Alle Änderungen/)).toBeChecked();
    await user.click(enabled);
    await user.type(screen.getByLabelText(/^Beschreibung/), 'Intranet-Kalender Unna');
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));

    expect(
      await screen.findByText('Die Änderungen am Webhook wurden gespeichert.'),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/admin/webhooks/${disabledWebhook.id}`);
    expect(store.puts).toEqual([
      {
        ifMatch: '"0"',
        body: {
          url: disabledWebhook.url,
          eventTypes: ['*'],
          description: 'Intranet-Kalender Unna',
          enabled: true,
        },
      },
    ]);
    expect(screen.getByText('Aktiv')).toBeInTheDocument();
  });

  it('offers the current version when someone else saved meanwhile (412)', async () => {
    const store = webhooksStore();
    server.use(...store.handlers);
    const { user } = await renderApp(`${PAGE}/bearbeiten`, ADMIN);
    const description = await screen.findByLabelText(/^Beschreibung/);
    store.changeElsewhere(crmWebhook.id, { description: 'CRM (neu)' });
    await user.type(description, ' 2');
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    expect(
      await screen.findByRole('heading', { name: 'Der Webhook wurde inzwischen geändert' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Aktuelle Fassung laden' }));
    await waitFor(() => expect(screen.getByLabelText(/^Beschreibung/)).toHaveValue('CRM (neu)'));
  });

  it('deletes only after asking, then says so on the list', async () => {
    const store = webhooksStore();
    server.use(...store.handlers);
    const { user, router } = await renderApp(PAGE, ADMIN);
    await user.click(await screen.findByRole('button', { name: 'Löschen' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Webhook löschen?' });
    expect(dialog).toHaveTextContent(crmWebhook.url);
    // the safe answer has the focus
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(store.deleted).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Löschen' }));
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Webhook löschen' }),
    );
    expect(
      await screen.findByText(`Der Webhook an ${crmWebhook.url} wurde gelöscht.`),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/webhooks');
    expect(store.deleted).toEqual([crmWebhook.id]);
    expect(screen.queryByRole('link', { name: crmWebhook.url })).not.toBeInTheDocument();
  });

  it('has a designed "not found"', async () => {
    server.use(...webhooksStore().handlers);
    await renderApp('/admin/webhooks/ebb00000-0000-4000-8000-00000000ffff', ADMIN);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Webhook nicht gefunden' }),
    ).toBeInTheDocument();
  });
});
