import { screen, waitFor, within } from '@testing-library/react';
import { delay, http } from 'msw';
import { eventsStore, unnaEvent } from '@/testing/event-fixtures';
import { myMembership, seedNetwork } from '@/testing/fixtures';
import { API, membershipsHandler, problem, validationProblem } from '@/testing/handlers';
import {
  januaryMessage,
  manyMessages,
  messagesStore,
  registrantsMessage,
} from '@/testing/message-fixtures';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const NETWORK = `/netzwerke/${seedNetwork.id}`;
const ARCHIVE = `${NETWORK}/nachrichten`;
const COMPOSE = `${ARCHIVE}/neu`;

describe('messages on the network page', () => {
  it('shows members the latest messages and the way to all of them, without the compose link', async () => {
    server.use(...messagesStore().handlers);
    await renderApp(NETWORK);

    const section = (await screen.findByRole('heading', { level: 2, name: 'Nachrichten' }))
      .parentElement!;
    const table = await within(section).findByRole('table', { name: 'Die neuesten Nachrichten' });
    expect(within(table).getByRole('link', { name: januaryMessage.subject })).toHaveAttribute(
      'href',
      `${ARCHIVE}/${januaryMessage.id}`,
    );
    expect(within(section).getByRole('link', { name: 'Alle Nachrichten' })).toHaveAttribute(
      'href',
      ARCHIVE,
    );
    expect(
      within(section).queryByRole('link', { name: 'Nachricht an das Netzwerk' }),
    ).not.toBeInTheDocument();
  });

  it('offers coordinators "Nachricht an das Netzwerk", also before the first message', async () => {
    server.use(
      membershipsHandler([myMembership('COORDINATOR')]),
      ...messagesStore({ messages: [] }).handlers,
    );
    await renderApp(NETWORK);
    expect(await screen.findByText('Noch keine Nachrichten an das Netzwerk.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nachricht an das Netzwerk' })).toHaveAttribute(
      'href',
      COMPOSE,
    );
    expect(screen.queryByRole('link', { name: 'Alle Nachrichten' })).not.toBeInTheDocument();
  });

  it('is not there for someone outside the network, who is not even asked about it', async () => {
    const asked = vi.fn();
    server.use(
      membershipsHandler([]),
      http.get(`${API}/networks/:id/messages`, () => {
        asked();
        return problem(403, 'Verboten', 'Nur für Mitglieder.');
      }),
    );
    await renderApp(NETWORK);
    await screen.findByRole('heading', { level: 1, name: seedNetwork.name });
    await screen.findByRole('heading', { level: 2, name: 'Präsenztreffen' });
    expect(screen.queryByRole('heading', { name: 'Nachrichten' })).not.toBeInTheDocument();
    expect(asked).not.toHaveBeenCalled();
  });

  it('is there for admins, who are no members', async () => {
    server.use(membershipsHandler([]), ...messagesStore().handlers);
    await renderApp(NETWORK, { auth: { roles: ['admin', 'member'] } });
    expect(
      await screen.findByRole('link', { name: 'Nachricht an das Netzwerk' }),
    ).toBeInTheDocument();
  });
});

describe('message archive', () => {
  it('lists the messages newest first with sender, audience and number of mails', async () => {
    server.use(...messagesStore().handlers);
    await renderApp(ARCHIVE);

    expect(screen.getByRole('heading', { level: 1, name: 'Nachrichten' })).toBeInTheDocument();
    const table = await screen.findByRole('table', {
      name: 'Nachrichten an das Netzwerk, neueste zuerst',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      registrantsMessage.subject,
      januaryMessage.subject,
    ]);
    expect(rows[0]).toHaveTextContent(`Die Angemeldeten von „${unnaEvent.title}“`);
    expect(rows[0]).toHaveTextContent('Koordination');
    expect(rows[1]).toHaveTextContent('Alle Mitglieder');
    expect(rows[1]).toHaveTextContent('Clara Koordination');
    expect(rows[1]).toHaveTextContent('05.01.2027, 09:30');
    expect(rows[1]).toHaveTextContent('31');
    expect(screen.getByText('2 Nachrichten')).toBeInTheDocument();
    await waitFor(() =>
      expect(document.title).toBe(`Nachrichten – ${seedNetwork.name} – Klimanetz`),
    );
    expect(screen.getByRole('link', { name: 'Zum Netzwerk' })).toHaveAttribute('href', NETWORK);
  });

  it('pages through a long archive', async () => {
    server.use(...messagesStore({ messages: manyMessages(25) }).handlers);
    const { user } = await renderApp(ARCHIVE);
    expect(await screen.findByText('Seite 1 von 2')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Nächste Seite' }));
    expect(await screen.findByText('Seite 2 von 2')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Rundmail 1' })).toBeInTheDocument();
  });

  it('shows a loading state, then an empty archive', async () => {
    server.use(
      http.get(`${API}/networks/:id/messages`, async () => {
        await delay(30);
        return Response.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 });
      }),
    );
    await renderApp(ARCHIVE);
    expect(
      screen.getByText('Die Nachrichten werden geladen …').closest('[role="status"]'),
    ).not.toBeNull();
    expect(
      await screen.findByRole('heading', { name: 'Noch keine Nachrichten' }),
    ).toBeInTheDocument();
  });

  it('shows a load error with a retry', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/networks/:id/messages`, () => {
        calls += 1;
        return problem(503, 'Dienst nicht verfügbar', 'Die Datenbank antwortet gerade nicht.');
      }),
    );
    const { user } = await renderApp(ARCHIVE);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Die Nachrichten konnten nicht geladen werden');
    expect(alert).toHaveTextContent('Die Datenbank antwortet gerade nicht.');
    const before = calls;
    await user.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    await waitFor(() => expect(calls).toBeGreaterThan(before));
  });

  it('explains a 403 to someone outside the network', async () => {
    server.use(membershipsHandler([]), ...messagesStore({ forbidden: true }).handlers);
    await renderApp(ARCHIVE);
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'Nur für Mitglieder des Netzwerks' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'Nachricht an das Netzwerk' }),
    ).not.toBeInTheDocument();
  });

  it('speaks English', async () => {
    server.use(...messagesStore().handlers);
    await renderApp(ARCHIVE, { language: 'en' });
    const table = await screen.findByRole('table', {
      name: 'Messages to the network, newest first',
    });
    expect(
      within(table).getByText(`The people registered for “${unnaEvent.title}”`),
    ).toBeInTheDocument();
    expect(within(table).getByText('All members')).toBeInTheDocument();
  });
});

describe('one message', () => {
  it('shows who wrote it to whom, and its Markdown safely', async () => {
    server.use(...messagesStore().handlers);
    await renderApp(`${ARCHIVE}/${januaryMessage.id}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: januaryMessage.subject }),
    ).toBeInTheDocument();
    expect(document.title).toBe(`${januaryMessage.subject} – Klimanetz`);
    expect(screen.getByText('Clara Koordination')).toBeInTheDocument();
    expect(screen.getByText('Alle Mitglieder (31 E-Mails)')).toBeInTheDocument();
    expect(screen.getByText('Nächster Online-Termin:').tagName).toBe('STRONG');
    // raw HTML is text, a javascript: link is no link, an https link is one
    expect(screen.getByText(/<script>window.__messageRan = true<\/script>/)).toBeInTheDocument();
    expect(document.querySelector('main script')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Harmlos?' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'die Folien' })).toHaveAttribute(
      'href',
      'https://example.org/folien.pdf',
    );
    expect((globalThis as { __messageRan?: boolean }).__messageRan).toBeUndefined();
    expect(screen.getByRole('link', { name: 'Zu allen Nachrichten' })).toHaveAttribute(
      'href',
      ARCHIVE,
    );
  });

  it('has a designed 404, also for an address that cannot name a message', async () => {
    server.use(...messagesStore().handlers);
    await renderApp(`${ARCHIVE}/c0ffee00-0000-4000-8000-00000000dead`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Nachricht nicht gefunden' }),
    ).toBeInTheDocument();

    await renderApp(`${ARCHIVE}/keine-uuid`);
    expect(
      (await screen.findAllByRole('heading', { level: 1, name: 'Nachricht nicht gefunden' }))
        .length,
    ).toBeGreaterThan(0);
  });

  it('explains a 403', async () => {
    server.use(...messagesStore({ forbidden: true }).handlers);
    await renderApp(`${ARCHIVE}/${januaryMessage.id}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Die Nachricht konnte nicht geladen werden');
    expect(alert).toHaveTextContent('Nur Mitglieder des Netzwerks lesen seine Nachrichten.');
  });
});

async function openCompose() {
  const store = messagesStore();
  server.use(
    membershipsHandler([myMembership('COORDINATOR')]),
    ...store.handlers,
    ...eventsStore().handlers,
  );
  const view = await renderApp(COMPOSE);
  await screen.findByRole('textbox', { name: 'Betreff' });
  return { ...view, store };
}

describe('message to the network', () => {
  it('sends to all members after a confirmation that names the number, then shows it in the archive', async () => {
    const { user, store } = await openCompose();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Nachricht an das Netzwerk' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Alle Mitglieder des Netzwerks' })).toBeChecked();
    expect(await screen.findByText('Diese Nachricht geht an 31 Personen.')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Betreff' }), 'Termine im Februar');
    await user.type(screen.getByRole('textbox', { name: 'Text' }), 'Bitte **vormerken**.');
    await user.click(screen.getByRole('button', { name: 'Vorschau' }));
    const preview = screen.getByRole('region', { name: 'Vorschau der Nachricht' });
    expect(within(preview).getByText('vormerken').tagName).toBe('STRONG');
    expect(screen.getByRole('button', { name: 'Vorschau' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(screen.getByRole('button', { name: 'Nachricht senden' }));
    const dialog = screen.getByRole('alertdialog', { name: 'An 31 Personen senden?' });
    expect(dialog).toHaveTextContent('„Termine im Februar“ geht als E-Mail hinaus');
    expect(within(dialog).getByRole('button', { name: 'Zurück zur Nachricht' })).toHaveFocus();
    expect(store.posts).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Jetzt senden' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Nachrichten' }),
    ).toBeInTheDocument();
    expect(store.posts).toEqual([
      { subject: 'Termine im Februar', body: 'Bitte **vormerken**.', audience: 'MEMBERS' },
    ]);
    const notice = await screen.findByText(/Ihre Nachricht „Termine im Februar“ wird verschickt/);
    expect(notice).toHaveTextContent('Sie geht als E-Mail an 31 Personen');
    await waitFor(() => expect(notice.closest('[tabindex="-1"]')).toHaveFocus());
    const table = await screen.findByRole('table', {
      name: 'Nachrichten an das Netzwerk, neueste zuerst',
    });
    expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent('Termine im Februar');
  });

  it("writes to one event's registered people, with their number once the event is chosen", async () => {
    const { user, store } = await openCompose();
    await user.click(screen.getByRole('radio', { name: 'Die Angemeldeten einer Veranstaltung' }));
    expect(
      screen.getByText(
        'Wählen Sie eine Veranstaltung, dann sehen Sie, wie viele die Nachricht erreicht.',
      ),
    ).toBeInTheDocument();
    const select = await screen.findByRole('combobox', { name: 'Veranstaltung' });
    // published events only: no draft, no cancelled one
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options[0]).toBe('Bitte wählen');
    expect(options.some((o) => o?.startsWith(unnaEvent.title))).toBe(true);
    expect(options.some((o) => o?.startsWith('Werkstatt Wärmeplanung'))).toBe(false);
    expect(options.some((o) => o?.startsWith('Herbsttreffen'))).toBe(false);
    expect(options.some((o) => o?.startsWith('Auftakttreffen in Hamm'))).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Nachricht senden' }));
    const summary = (
      await screen.findByRole('heading', { name: 'Bitte prüfen Sie Ihre Nachricht' })
    ).parentElement!.parentElement!;
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Bitte geben Sie einen Betreff ein.',
      'Bitte schreiben Sie einen Text.',
      'Bitte wählen Sie eine Veranstaltung.',
    ]);
    expect(summary).toHaveFocus();

    await user.selectOptions(select, unnaEvent.id);
    expect(await screen.findByText('Diese Nachricht geht an 4 Personen.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Betreff' }), 'Anreise');
    await user.type(screen.getByRole('textbox', { name: 'Text' }), 'Parken im Hof.');
    await user.click(screen.getByRole('button', { name: 'Nachricht senden' }));
    await user.click(
      within(screen.getByRole('alertdialog', { name: 'An 4 Personen senden?' })).getByRole(
        'button',
        { name: 'Jetzt senden' },
      ),
    );
    await screen.findByText(/Ihre Nachricht „Anreise“ wird verschickt/);
    expect(store.posts).toEqual([
      {
        subject: 'Anreise',
        body: 'Parken im Hof.',
        audience: 'EVENT_REGISTRANTS',
        eventId: unnaEvent.id,
      },
    ]);
  });

  it('sends nothing when the confirmation is declined', async () => {
    const { user, store } = await openCompose();
    await user.type(screen.getByRole('textbox', { name: 'Betreff' }), 'Test');
    await user.type(screen.getByRole('textbox', { name: 'Text' }), 'Text');
    await user.click(await screen.findByRole('button', { name: 'Nachricht senden' }));
    await user.click(screen.getByRole('button', { name: 'Zurück zur Nachricht' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Betreff' })).toHaveValue('Test');
    expect(store.posts).toHaveLength(0);
  });

  it('refuses to send when the choice reaches nobody', async () => {
    const store = messagesStore({ counts: { MEMBERS: 0, events: {} } });
    server.use(membershipsHandler([myMembership('COORDINATOR')]), ...store.handlers);
    const { user } = await renderApp(COMPOSE);
    expect(
      await screen.findByText('Diese Nachricht erreicht derzeit niemanden.'),
    ).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Betreff' }), 'Test');
    await user.type(screen.getByRole('textbox', { name: 'Text' }), 'Text');
    await user.click(screen.getByRole('button', { name: 'Nachricht senden' }));
    expect(
      await screen.findByRole('link', {
        name: 'Mit dieser Auswahl erreicht die Nachricht niemanden.',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(store.posts).toHaveLength(0);
  });

  it("puts the API's violations next to their fields", async () => {
    const { user } = await openCompose();
    server.use(
      http.post(`${API}/networks/:id/messages`, () =>
        validationProblem([{ field: 'subject', message: 'darf keinen Zeilenumbruch enthalten' }]),
      ),
    );
    await user.type(screen.getByRole('textbox', { name: 'Betreff' }), 'Betreff');
    await user.type(screen.getByRole('textbox', { name: 'Text' }), 'Text');
    await user.click(await screen.findByRole('button', { name: 'Nachricht senden' }));
    await user.click(screen.getByRole('button', { name: 'Jetzt senden' }));
    const link = await screen.findByRole('link', { name: 'darf keinen Zeilenumbruch enthalten' });
    expect(link.getAttribute('href')).toMatch(/-subject$/);
    expect(screen.getByRole('textbox', { name: 'Betreff' })).toHaveAccessibleDescription(
      expect.stringContaining('darf keinen Zeilenumbruch enthalten'),
    );
  });

  it('explains a refusal of the API (403) and keeps what was written', async () => {
    const { user } = await openCompose();
    server.use(
      http.post(`${API}/networks/:id/messages`, () =>
        problem(403, 'Verboten', 'Sie koordinieren dieses Netzwerk nicht mehr.'),
      ),
    );
    await user.type(screen.getByRole('textbox', { name: 'Betreff' }), 'Betreff');
    await user.type(screen.getByRole('textbox', { name: 'Text' }), 'Text');
    await user.click(await screen.findByRole('button', { name: 'Nachricht senden' }));
    await user.click(screen.getByRole('button', { name: 'Jetzt senden' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Die Nachricht wurde nicht gesendet');
    expect(alert).toHaveTextContent('Sie koordinieren dieses Netzwerk nicht mehr.');
    expect(screen.getByRole('textbox', { name: 'Betreff' })).toHaveValue('Betreff');
  });

  it('is not offered to members, who get a short note instead', async () => {
    server.use(...messagesStore().handlers);
    await renderApp(COMPOSE);
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'Nur für die Koordination' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Betreff' })).not.toBeInTheDocument();
  });

  it('asks before a written message is left behind', async () => {
    const { user, router } = await openCompose();
    await user.type(screen.getByRole('textbox', { name: 'Betreff' }), 'Entwurf');
    await user.click(screen.getByRole('link', { name: 'Zu allen Nachrichten' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Nachricht verwerfen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Weiter schreiben' }));
    expect(router.state.location.pathname).toBe(COMPOSE);
  });
});
