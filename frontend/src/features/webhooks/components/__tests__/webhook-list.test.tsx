import { screen, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { API } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';
import { crmWebhook, disabledWebhook, webhooksStore } from '@/testing/webhook-fixtures';

const LIST = '/admin/webhooks';
const ADMIN = { auth: { roles: ['admin', 'member'] } };

describe('webhooks list (admins)', () => {
  it('is in the navigation for admins only, at the address the notice mail links to', async () => {
    server.use(...webhooksStore().handlers);
    const { user, router } = await renderApp('/netzwerke', ADMIN);
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    await user.click(within(nav).getByRole('link', { name: 'Webhooks' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Webhooks' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/webhooks');
    expect(document.title).toBe('Webhooks – Klimanetz');
  });

  it('is not in the navigation of members', async () => {
    await renderApp('/netzwerke');
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(within(nav).queryByRole('link', { name: 'Webhooks' })).not.toBeInTheDocument();
  });

  it('lists address, description, changes, state with the reason, and failures in a row', async () => {
    server.use(...webhooksStore().handlers);
    await renderApp(LIST, ADMIN);
    const table = await screen.findByRole('table', { name: 'Webhooks, neueste zuerst' });
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(within(first!).getByRole('link', { name: crmWebhook.url })).toHaveAttribute(
      'href',
      `${LIST}/${crmWebhook.id}`,
    );
    expect(first).toHaveTextContent('CRM der Geschäftsstelle');
    expect(first).toHaveTextContent(
      'Anmeldung eingegangen, Anmeldung geändert, Präsenztreffen geändert',
    );
    expect(first).toHaveTextContent('Aktiv');
    expect(within(second!).getByRole('link', { name: disabledWebhook.url })).toBeInTheDocument();
    expect(second).toHaveTextContent('Alle Änderungen');
    expect(second).toHaveTextContent('Deaktiviert: 20 deliveries in a row failed (last: HTTP 503)');
    expect(second).toHaveTextContent('20');
    expect(screen.getByText('2 Webhooks')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Webhook anlegen' })).toHaveAttribute(
      'href',
      `${LIST}/neu`,
    );
  });

  it('shows a loading state, then that there are none yet', async () => {
    server.use(
      http.get(`${API}/webhooks`, async () => {
        await delay(30);
        return HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 });
      }),
    );
    await renderApp(LIST, ADMIN);
    expect(screen.getByText('Die Webhooks werden geladen …')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Noch keine Webhooks' })).toBeInTheDocument();
  });

  it('says plainly that the page is for admins when the API refuses (403)', async () => {
    server.use(...webhooksStore({ forbidden: true }).handlers);
    await renderApp(LIST);
    expect(
      await screen.findByRole('heading', { name: 'Nur für die Administration' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Webhook anlegen' })).not.toBeInTheDocument();
  });

  it('shows the problem of a failed load with a retry', async () => {
    server.use(
      http.get(`${API}/webhooks`, () =>
        HttpResponse.json(
          {
            title: 'Dienst nicht verfügbar',
            status: 503,
            detail: 'Bitte später erneut versuchen.',
          },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await renderApp(LIST, ADMIN);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Die Webhooks konnten nicht geladen werden');
    expect(alert).toHaveTextContent('Bitte später erneut versuchen.');
    expect(within(alert).getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });
});
