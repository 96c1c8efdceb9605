import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { API, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderPublicPage } from '@/testing/test-utils';

const TOKEN = 'AAECAwQFBgcICQoLDA0ODw1pbnV0ZXM.q83vEjRWeJq83vEjRWeJqw';

/** The unsubscribe endpoint for one token: what GET reads, what POST received. */
function linkStore(category: string, enabled = true) {
  let current = { category, enabled };
  const posts: { contentType: string | null; body: string; authorization: string | null }[] = [];
  return {
    posts,
    handlers: [
      http.get(`${API}/unsubscribe/:token`, async ({ params }) => {
        await delay(20);
        return params.token === TOKEN
          ? HttpResponse.json(current)
          : problem(404, 'Nicht gefunden', 'Diesen Abmeldelink gibt es nicht.');
      }),
      http.post(`${API}/unsubscribe/:token`, async ({ request, params }) => {
        posts.push({
          contentType: request.headers.get('Content-Type'),
          body: await request.text(),
          authorization: request.headers.get('Authorization'),
        });
        if (params.token !== TOKEN) return problem(404, 'Nicht gefunden', 'Unbekannt.');
        current = { category, enabled: false };
        return HttpResponse.json(current);
      }),
    ],
  };
}

describe('one-click unsubscribe page (no login)', () => {
  it('says what the link turns off, turns it off with one click and confirms it', async () => {
    const store = linkStore('minutes');
    server.use(...store.handlers);
    const { user } = await renderPublicPage(`/abmelden/${TOKEN}`);

    expect(
      screen.getByRole('heading', { level: 1, name: 'E-Mails abbestellen' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Der Link wird geprüft …');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Sie bestellen ab: Neue Protokolle' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/sobald das Protokoll eines Online-Termins/)).toBeInTheDocument();
    expect(document.title).toBe('E-Mails abbestellen – Klimanetz');
    // the frame of the app without the signed-in part
    expect(screen.getByRole('link', { name: 'Zum Inhalt springen' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Hauptnavigation' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Abmelden' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Abbestellen' }));

    const done = await screen.findByRole('status');
    expect(
      within(done).getByRole('heading', { name: 'Abbestellt: Neue Protokolle' }),
    ).toBeInTheDocument();
    expect(done).toHaveFocus();
    expect(done).toHaveTextContent('Sie bekommen diese E-Mails nicht mehr.');
    expect(screen.queryByRole('button', { name: 'Abbestellen' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Benachrichtigungen einstellen' })).toHaveAttribute(
      'href',
      '/profil/benachrichtigungen',
    );
    expect(store.posts).toHaveLength(1);
    expect(store.posts[0]?.contentType).toBe('application/x-www-form-urlencoded');
    expect(store.posts[0]?.body).toBe('List-Unsubscribe=One-Click');
  });

  it('says plainly when the link is not valid, and never offers the button', async () => {
    const store = linkStore('minutes');
    server.use(...store.handlers);
    await renderPublicPage('/abmelden/AAEC.abgeschnitten');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Dieser Abmeldelink gilt nicht' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/ungültig oder nicht mehr gültig/)).toBeInTheDocument();
    expect(screen.getByText(/Es wurde nichts geändert/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Abbestellen' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Benachrichtigungen einstellen' })).toBeInTheDocument();
    expect(document.title).toBe('Dieser Abmeldelink gilt nicht – Klimanetz');
  });

  it('does not even ask the API about a token longer than any it issues', async () => {
    const asked = vi.fn();
    server.use(
      http.get(`${API}/unsubscribe/:token`, () => {
        asked();
        return HttpResponse.json({ category: 'minutes', enabled: true });
      }),
    );
    await renderPublicPage(`/abmelden/${'x'.repeat(201)}`);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Dieser Abmeldelink gilt nicht' }),
    ).toBeInTheDocument();
    expect(asked).not.toHaveBeenCalled();
  });

  it('says so when the category is already off, and changes nothing', async () => {
    const store = linkStore('sessionReminders', false);
    server.use(...store.handlers);
    await renderPublicPage(`/abmelden/${TOKEN}`);

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Bereits abbestellt: Erinnerung an Online-Termine',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Abbestellen' })).not.toBeInTheDocument();
    expect(store.posts).toHaveLength(0);
  });

  it('shows a failure to read the link with a retry', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/unsubscribe/:token`, () => {
        calls += 1;
        return calls === 1
          ? problem(503, 'Dienst nicht verfügbar', 'Die Datenbank antwortet gerade nicht.')
          : HttpResponse.json({ category: 'networkMessages', enabled: true });
      }),
    );
    const { user } = await renderPublicPage(`/abmelden/${TOKEN}`);

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'Der Link konnte nicht geprüft werden' }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent('Die Datenbank antwortet gerade nicht.');
    await user.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    expect(
      await screen.findByRole('heading', { name: 'Sie bestellen ab: Nachrichten an das Netzwerk' }),
    ).toBeInTheDocument();
  });

  it('keeps the button when turning off failed, and says why', async () => {
    server.use(
      http.get(`${API}/unsubscribe/:token`, () =>
        HttpResponse.json({ category: 'eventReminders', enabled: true }),
      ),
      http.post(`${API}/unsubscribe/:token`, () =>
        problem(503, 'Dienst nicht verfügbar', 'Bitte versuchen Sie es gleich noch einmal.'),
      ),
    );
    const { user } = await renderPublicPage(`/abmelden/${TOKEN}`);
    await user.click(await screen.findByRole('button', { name: 'Abbestellen' }));

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'Das Abbestellen hat nicht geklappt' }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent('Bitte versuchen Sie es gleich noch einmal.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Abbestellen' })).toBeEnabled());
  });

  it('speaks English when chosen', async () => {
    server.use(...linkStore('roomCalendar').handlers);
    const { user } = await renderPublicPage(`/abmelden/${TOKEN}`, { language: 'en' });

    expect(
      await screen.findByRole('heading', {
        name: 'You are unsubscribing from: Online room sessions in your calendar',
      }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Unsubscribe' }));
    expect(
      await screen.findByRole('heading', {
        name: 'Unsubscribed: Online room sessions in your calendar',
      }),
    ).toBeInTheDocument();
  });
});
