import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import {
  deliveriesStore,
  erasedDelivery,
  failedDelivery,
  sentDelivery,
} from '@/testing/delivery-fixtures';
import { API, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const LIST = '/admin/zustellprobleme';
const ADMIN = { auth: { roles: ['admin', 'member'] } };

describe('delivery problems (admins)', () => {
  it('is in the navigation for admins only', async () => {
    server.use(...deliveriesStore().handlers);
    const { user } = await renderApp('/netzwerke', ADMIN);
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    await user.click(within(nav).getByRole('link', { name: 'Zustellprobleme' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Zustellprobleme' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Zustellprobleme – Klimanetz');
  });

  it('is not in the navigation of members', async () => {
    await renderApp('/netzwerke');
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(within(nav).queryByRole('link', { name: 'Zustellprobleme' })).not.toBeInTheDocument();
  });

  it('lists the failed mails with recipient, kind, attempts, last error and time in Berlin', async () => {
    const store = deliveriesStore();
    server.use(...store.handlers);
    await renderApp(LIST, ADMIN);

    const table = await screen.findByRole('table', {
      name: 'Nicht zustellbare E-Mails, zuletzt versuchte zuerst',
    });
    expect(store.listRequests.length).toBeGreaterThan(0);
    expect(store.listRequests.every((status) => status === 'FAILED')).toBe(true);
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(within(first!).getByRole('link', { name: failedDelivery.subject! })).toHaveAttribute(
      'href',
      `${LIST}/${failedDelivery.id}`,
    );
    expect(first).toHaveTextContent('mara.mitglied@schwerte.example');
    expect(first).toHaveTextContent('Protokoll veröffentlicht');
    expect(first).toHaveTextContent('14');
    expect(first).toHaveTextContent('550 5.1.1');
    expect(first).toHaveTextContent('09.12.2026, 10:05');
    expect(second).toHaveTextContent('(Person hat ihre Daten gelöscht)');
    expect(second).toHaveTextContent('(noch ohne Betreff)');
    expect(second).toHaveTextContent('Einladung in ein Netzwerk');
    expect(screen.getByText('2 E-Mails')).toBeInTheDocument();
    expect(
      within(first!).getByRole('button', {
        name: `Erneut senden „${failedDelivery.subject}“ an mara.mitglied@schwerte.example`,
      }),
    ).toBeInTheDocument();
  });

  it('retries a failed mail from the list and says so', async () => {
    const store = deliveriesStore();
    server.use(...store.handlers);
    const { user } = await renderApp(LIST, ADMIN);
    await user.click(
      await screen.findByRole('button', { name: /^Erneut senden „Protokoll veröffentlicht/ }),
    );
    const notice = await screen.findByText(/ist wieder in der Warteschlange/);
    await waitFor(() => expect(notice.closest('[tabindex="-1"]')).toHaveFocus());
    expect(store.retries).toEqual([failedDelivery.id]);
    // the list is read again: the mail is no longer failed
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: failedDelivery.subject! })).not.toBeInTheDocument(),
    );
  });

  it('says plainly when someone else retried it meanwhile (409)', async () => {
    const store = deliveriesStore();
    server.use(...store.handlers);
    const { user } = await renderApp(LIST, ADMIN);
    const button = await screen.findByRole('button', {
      name: /^Erneut senden „Protokoll veröffentlicht/,
    });
    store.retriedElsewhere(failedDelivery.id);
    await user.click(button);
    expect(await screen.findByText(/nicht mehr als nicht zustellbar markiert/)).toBeInTheDocument();
    expect(
      screen.getByText('Die E-Mail konnte nicht erneut eingereiht werden'),
    ).toBeInTheDocument();
  });

  it('filters by status through the address', async () => {
    const store = deliveriesStore();
    server.use(...store.handlers);
    const { user, router } = await renderApp(LIST, ADMIN);
    await screen.findByRole('table');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'SENT');
    const table = await screen.findByRole('table', {
      name: 'Versendete E-Mails, zuletzt versuchte zuerst',
    });
    expect(within(table).getByRole('link', { name: sentDelivery.subject! })).toBeInTheDocument();
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?status=SENT');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveFocus();
  });

  it('shows a loading state, then that there is no problem', async () => {
    server.use(
      http.get(`${API}/mail-deliveries`, async () => {
        await delay(30);
        return HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 });
      }),
    );
    await renderApp(LIST, ADMIN);
    expect(screen.getByText('Die E-Mails werden geladen …')).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Keine Zustellprobleme' }),
    ).toBeInTheDocument();
  });

  it('shows a load error with a retry', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/mail-deliveries`, () => {
        calls += 1;
        return problem(503, 'Dienst nicht verfügbar', 'Die Datenbank antwortet gerade nicht.');
      }),
    );
    const { user } = await renderApp(LIST, ADMIN);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Die E-Mails konnten nicht geladen werden');
    const before = calls;
    await user.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    await waitFor(() => expect(calls).toBeGreaterThan(before));
  });

  it('explains a 403 to someone who is no admin', async () => {
    server.use(...deliveriesStore({ forbidden: true }).handlers);
    await renderApp(LIST);
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'Nur für die Administration' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Status' })).not.toBeInTheDocument();
  });

  it('speaks English', async () => {
    server.use(...deliveriesStore().handlers);
    await renderApp(LIST, { ...ADMIN, language: 'en' });
    const table = await screen.findByRole('table', {
      name: 'E-mails that could not be delivered, most recent attempt first',
    });
    expect(within(table).getByText('Minutes published')).toBeInTheDocument();
    expect(within(table).getByText('(the person erased their data)')).toBeInTheDocument();
  });
});

describe('one mail of the outbox', () => {
  it('shows its facts and every attempt, and sends it again', async () => {
    const store = deliveriesStore();
    server.use(...store.handlers);
    const { user } = await renderApp(`${LIST}/${failedDelivery.id}`, ADMIN);

    expect(
      await screen.findByRole('heading', { level: 1, name: failedDelivery.subject! }),
    ).toBeInTheDocument();
    expect(screen.getByText('E-Mail an mara.mitglied@schwerte.example')).toBeInTheDocument();
    expect(screen.getByText('Nicht zustellbar')).toBeInTheDocument();
    expect(screen.getByText('Neue Protokolle')).toBeInTheDocument();
    const attempts = screen.getByRole('table', {
      name: 'Alle Versuche, diese E-Mail zuzustellen',
    });
    const rows = within(attempts).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('421 4.7.0 Try again later');
    expect(rows[0]).toHaveTextContent('08.12.2026, 10:00');

    await user.click(screen.getByRole('button', { name: 'Erneut senden' }));
    expect(await screen.findByText(/ist wieder in der Warteschlange/)).toBeInTheDocument();
    expect(await screen.findByText('In der Warteschlange')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Erneut senden' })).not.toBeInTheDocument();
    expect(store.retries).toEqual([failedDelivery.id]);
  });

  it('says an accepted attempt in words and offers no retry for a sent mail', async () => {
    server.use(...deliveriesStore().handlers);
    await renderApp(`${LIST}/${sentDelivery.id}`, ADMIN);
    expect(await screen.findByText('Vom Mailserver angenommen')).toBeInTheDocument();
    expect(
      screen.getByText('nicht abbestellbar (betrifft die Person unmittelbar)'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Erneut senden' })).not.toBeInTheDocument();
  });

  it('has a designed 404, also for an address that cannot name a mail', async () => {
    server.use(...deliveriesStore().handlers);
    await renderApp(`${LIST}/${erasedDelivery.id.replace('0002', '0099')}`, ADMIN);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'E-Mail nicht gefunden' }),
    ).toBeInTheDocument();
    await renderApp(`${LIST}/nicht-da`, ADMIN);
    expect(
      (await screen.findAllByRole('heading', { level: 1, name: 'E-Mail nicht gefunden' })).length,
    ).toBeGreaterThan(0);
  });
});
