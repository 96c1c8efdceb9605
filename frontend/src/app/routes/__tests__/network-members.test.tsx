import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { directoryPageOf, gesa, mara, myMembership, seedNetwork } from '@/testing/fixtures';
import { API, membersStore, membershipsHandler, openInvitation, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const path = `/netzwerke/${seedNetwork.id}/mitglieder`;

describe('member directory', () => {
  it('is linked from the network page and lists members in a table with a caption', async () => {
    const { user } = await renderApp(`/netzwerke/${seedNetwork.id}`);
    await user.click(await screen.findByRole('link', { name: 'Mitgliederverzeichnis' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mitglieder' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Mitglieder des Netzwerks' });
    expect(document.title).toBe(`Mitglieder – ${seedNetwork.name} – Klimanetz`);
    expect(screen.getByText('3 Mitglieder gefunden')).toHaveAttribute('role', 'status');

    const gesaRow = within(table)
      .getByRole('rowheader', { name: /Gesa Gastgeberin/ })
      .closest('tr')!;
    expect(within(gesaRow).getByRole('link', { name: 'Gesa Gastgeberin' })).toHaveAttribute(
      'href',
      `/personen/${gesa.participantId}`,
    );
    expect(within(gesaRow).getByRole('link', { name: 'Kreis Unna' })).toBeInTheDocument();
    expect(within(gesaRow).getByText('In Umsetzung')).toBeInTheDocument();
    expect(within(gesaRow).getByText('Mobilität, Carsharing')).toBeInTheDocument();
    expect(
      within(gesaRow).getByRole('link', { name: 'demo-host@klimanetz.example' }),
    ).toHaveAttribute('href', 'mailto:demo-host@klimanetz.example');

    const maraRow = within(table)
      .getByRole('rowheader', { name: /Mara Mitglied/ })
      .closest('tr')!;
    expect(within(maraRow).getByText('neu im Amt')).toBeInTheDocument();
    expect(within(maraRow).getByText('In Erarbeitung')).toBeInTheDocument();
    expect(within(maraRow).getByText('nicht freigegeben')).toBeInTheDocument();

    const kofiRow = within(table)
      .getByRole('rowheader', { name: /Konrad Koordinator/ })
      .closest('tr')!;
    expect(within(kofiRow).getByText('Koordination')).toBeInTheDocument();
    // a plain member sees no coordinator controls
    expect(screen.queryByRole('heading', { name: 'Mitglied hinzufügen' })).not.toBeInTheDocument();
    expect(
      within(table).queryByRole('columnheader', { name: 'Verwalten' }),
    ).not.toBeInTheDocument();
  });

  it('searches as you type, announces the count and keeps the focus', async () => {
    const { user, router } = await renderApp(path);
    await screen.findByRole('table');
    const search = screen.getByRole('searchbox', { name: 'Name, Kommune oder Thema' });
    await user.type(search, 'Unna');
    expect(await screen.findByText('1 Mitglied gefunden')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Mitglieder, die zu Ihrer Suche passen' });
    expect(within(table).getByRole('link', { name: 'Gesa Gastgeberin' })).toBeInTheDocument();
    expect(within(table).queryByText('Mara Mitglied')).not.toBeInTheDocument();
    expect(search).toHaveFocus();
    expect(router.state.location.search).toBe('?q=Unna');
  });

  it('filters by kind, concept status and new in office and sorts, all in the address', async () => {
    const requests: URL[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('/members')) requests.push(new URL(request.url));
    });
    const { user, router } = await renderApp(path);
    await screen.findByRole('table');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Art der Kommune' }), 'Stadt');
    expect(await screen.findByText('1 Mitglied gefunden')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mara Mitglied' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Art der Kommune' }), 'Alle');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Stand Klimaschutzkonzept' }),
      'In Umsetzung',
    );
    await waitFor(() => expect(router.state.location.search).toBe('?status=IN_IMPLEMENTATION'));
    expect(await screen.findByRole('link', { name: 'Gesa Gastgeberin' })).toBeInTheDocument();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Stand Klimaschutzkonzept' }),
      'Alle',
    );
    await user.click(screen.getByRole('checkbox', { name: /Nur neu im Amt/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?new=1'));
    expect(await screen.findByText('1 Mitglied gefunden')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Nur neu im Amt/ })).toHaveFocus();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sortieren nach' }), 'Kommune');
    await waitFor(() => expect(router.state.location.search).toBe('?new=1&sort=municipality'));
    await waitFor(() =>
      expect(requests.at(-1)?.searchParams.toString()).toBe(
        'newInOffice=true&sort=municipality&page=0&size=20',
      ),
    );
    server.events.removeAllListeners();
  });

  it('shows an empty state when nothing matches', async () => {
    const { user } = await renderApp(path);
    await screen.findByRole('table');
    await user.type(screen.getByRole('searchbox'), 'Xanten');
    expect(
      await screen.findByRole('heading', { name: 'Kein Mitglied gefunden' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('explains a 403 plainly instead of showing a generic error', async () => {
    server.use(
      http.get(`${API}/networks/:id/members`, () =>
        problem(403, 'Verboten', 'Sie haben keinen Zugriff.'),
      ),
      membershipsHandler([]),
    );
    await renderApp(path);
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'Kein Zugang zum Mitgliederverzeichnis' }),
    ).toBeInTheDocument();
    expect(
      within(alert).getByText(
        'Das Mitgliederverzeichnis ist nur für Mitglieder dieses Netzwerks sichtbar.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    expect(screen.queryByText('Fehlercode 403')).not.toBeInTheDocument();
  });

  it('shows other problems with a retry', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/networks/:id/members`, () => {
        calls += 1;
        return calls === 1
          ? problem(503, 'Service Unavailable', 'Die Datenbank antwortet gerade nicht.')
          : HttpResponse.json(directoryPageOf([gesa]));
      }),
    );
    const { user } = await renderApp(path);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Die Datenbank antwortet gerade nicht.')).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('link', { name: 'Gesa Gastgeberin' })).toBeInTheDocument();
  });

  it('pages with links that keep the filters', async () => {
    server.use(
      http.get(`${API}/networks/:id/members`, ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        return HttpResponse.json(directoryPageOf([gesa], page, 20, 25));
      }),
    );
    const { user, router } = await renderApp(`${path}?new=1`);
    const pages = await screen.findByRole('navigation', { name: 'Seiten' });
    await user.click(within(pages).getByRole('link', { name: 'Nächste Seite' }));
    await waitFor(() => expect(router.state.location.search).toBe('?new=1&page=2'));
  });
});

describe('member directory for coordinators', () => {
  it('invites an address that has not signed in yet and says so', async () => {
    const store = membersStore('PENDING');
    server.use(membershipsHandler([myMembership('COORDINATOR')]), ...store.handlers);
    const { user } = await renderApp(path);
    await screen.findByRole('table');
    const form = await screen.findByRole('heading', { name: 'Mitglied hinzufügen' });
    const section = form.closest('section')!;
    await user.type(
      within(section).getByRole('textbox', { name: 'E-Mail-Adresse' }),
      'neu@kreis-unna.example',
    );
    await user.click(within(section).getByRole('radio', { name: 'Koordination' }));
    await user.click(within(section).getByRole('button', { name: 'Hinzufügen' }));

    const message = await within(section).findByText(
      'Einladung an neu@kreis-unna.example verschickt – die Mitgliedschaft wird aktiv, sobald sich die Person mit dieser bestätigten Adresse anmeldet.',
    );
    expect(message.closest('[role="status"]')).toHaveFocus();
    expect(store.posts).toEqual([{ email: 'neu@kreis-unna.example', role: 'COORDINATOR' }]);
    expect(within(section).getByRole('textbox', { name: 'E-Mail-Adresse' })).toHaveValue('');
  });

  it('says when an existing participant is now a member', async () => {
    const store = membersStore('ACTIVE');
    server.use(membershipsHandler([myMembership('COORDINATOR')]), ...store.handlers);
    const { user } = await renderApp(path);
    const section = (await screen.findByRole('heading', { name: 'Mitglied hinzufügen' })).closest(
      'section',
    )!;
    await user.type(
      within(section).getByRole('textbox', { name: 'E-Mail-Adresse' }),
      'demo-host@klimanetz.example',
    );
    await user.click(within(section).getByRole('button', { name: 'Hinzufügen' }));
    expect(
      await within(section).findByText('Gesa Gastgeberin ist jetzt Mitglied.'),
    ).toBeInTheDocument();
  });

  it('explains a 409 and checks the address before sending', async () => {
    const store = membersStore('CONFLICT');
    server.use(membershipsHandler([myMembership('COORDINATOR')]), ...store.handlers);
    const { user } = await renderApp(path);
    const section = (await screen.findByRole('heading', { name: 'Mitglied hinzufügen' })).closest(
      'section',
    )!;
    const email = within(section).getByRole('textbox', { name: 'E-Mail-Adresse' });
    await user.type(email, 'kein-at');
    await user.click(within(section).getByRole('button', { name: 'Hinzufügen' }));
    const summary = within(section).getByRole('heading', { name: 'Bitte prüfen Sie Ihre Angaben' });
    expect(summary.parentElement!.parentElement).toHaveFocus();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(
      expect.stringContaining('in der Form name@beispiel.de'),
    );
    expect(store.posts).toHaveLength(0);

    await user.clear(email);
    await user.type(email, 'demo-host@klimanetz.example');
    await user.click(within(section).getByRole('button', { name: 'Hinzufügen' }));
    expect(
      await within(section).findByText(
        'demo-host@klimanetz.example ist bereits Mitglied oder schon eingeladen.',
      ),
    ).toBeInTheDocument();
  });

  it('changes a role per row', async () => {
    const store = membersStore();
    server.use(membershipsHandler([myMembership('COORDINATOR')]), ...store.handlers);
    const { user } = await renderApp(path);
    const table = await screen.findByRole('table');
    await user.click(
      within(table).getByRole('button', { name: 'Zur Koordination machen für Gesa Gastgeberin' }),
    );
    expect(
      await screen.findByText('Gesa Gastgeberin hat jetzt die Rolle „Koordination“.'),
    ).toBeInTheDocument();
    expect(store.puts).toEqual([
      { participantId: gesa.participantId, ifMatch: '"0"', body: { role: 'COORDINATOR' } },
    ]);
    await user.click(
      within(table).getByRole('button', { name: 'Koordination entziehen für Konrad Koordinator' }),
    );
    await waitFor(() => expect(store.puts).toHaveLength(2));
    expect(store.puts[1]?.body).toEqual({ role: 'MEMBER' });
    // every change is based on the version shown in its row (the row's membershipEtag)
    expect(store.puts[1]?.ifMatch).toBe('"0"');
  });

  it('ends a membership only after confirming', async () => {
    const store = membersStore();
    server.use(membershipsHandler([myMembership('COORDINATOR')]), ...store.handlers);
    const { user } = await renderApp(path);
    const table = await screen.findByRole('table');
    const end = within(table).getByRole('button', {
      name: 'Mitgliedschaft beenden für Mara Mitglied',
    });
    await user.click(end);
    let dialog = screen.getByRole('alertdialog', {
      name: 'Mitgliedschaft von Mara Mitglied beenden?',
    });
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(store.deletes).toHaveLength(0);
    expect(end).toHaveFocus();

    await user.click(end);
    dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Mitgliedschaft beenden' }));
    expect(
      await screen.findByText('Die Mitgliedschaft von Mara Mitglied wurde beendet.'),
    ).toBeInTheDocument();
    expect(store.deletes).toEqual([mara.participantId]);
  });

  it('asks to reload after a 412', async () => {
    server.use(
      membershipsHandler([myMembership('COORDINATOR')]),
      http.put(`${API}/networks/:id/members/:participantId`, () =>
        problem(412, 'Vorbedingung fehlgeschlagen', 'geändert'),
      ),
    );
    const { user } = await renderApp(path);
    const table = await screen.findByRole('table');
    await user.click(
      within(table).getByRole('button', { name: 'Zur Koordination machen für Gesa Gastgeberin' }),
    );
    expect(
      await screen.findByText(/Bitte laden Sie die Seite neu und versuchen Sie es noch einmal/),
    ).toBeInTheDocument();
  });

  it('offers the controls to admins without a membership', async () => {
    server.use(membershipsHandler([]));
    await renderApp(path, { auth: { roles: ['admin'] } });
    expect(await screen.findByRole('heading', { name: 'Mitglied hinzufügen' })).toBeInTheDocument();
  });

  it('offers no controls to a coordinator of another network', async () => {
    server.use(
      membershipsHandler([myMembership('COORDINATOR', '7d1c9b7e-1111-4a4a-9b9b-123456789abc')]),
    );
    await renderApp(path);
    await screen.findByRole('table');
    expect(screen.queryByRole('heading', { name: 'Mitglied hinzufügen' })).not.toBeInTheDocument();
  });
});

describe('open invitations', () => {
  const anna = openInvitation('anna@kreis-unna.example', 1);
  const bert = { ...openInvitation('bert@stadt-hamm.example', 2), role: 'COORDINATOR' as const };

  async function invitationsSection() {
    const heading = await screen.findByRole('heading', { level: 2, name: 'Offene Einladungen' });
    return heading.closest('section')!;
  }

  it('lists them for a coordinator with address, role and date', async () => {
    const store = membersStore('PENDING', [anna, bert]);
    server.use(membershipsHandler([myMembership('COORDINATOR')]), ...store.handlers);
    await renderApp(path);
    const section = await invitationsSection();
    const table = await within(section).findByRole('table', {
      name: 'Eingeladene E-Mail-Adressen, die sich noch nicht angemeldet haben',
    });
    const bertRow = within(table)
      .getByRole('rowheader', { name: 'bert@stadt-hamm.example' })
      .closest('tr')!;
    expect(within(bertRow).getByText('Koordination')).toBeInTheDocument();
    expect(within(bertRow).getByText('20.11.2026')).toBeInTheDocument();
    expect(
      within(table).getByRole('button', {
        name: 'Einladung zurückziehen für anna@kreis-unna.example',
      }),
    ).toBeInTheDocument();
  });

  it('are not shown to a plain member', async () => {
    const store = membersStore('PENDING', [anna]);
    server.use(...store.handlers);
    await renderApp(path);
    await screen.findByRole('table');
    expect(screen.queryByRole('heading', { name: 'Offene Einladungen' })).not.toBeInTheDocument();
    expect(screen.queryByText('anna@kreis-unna.example')).not.toBeInTheDocument();
  });

  it('says so when there are none', async () => {
    const store = membersStore('PENDING', []);
    server.use(membershipsHandler([myMembership('COORDINATOR')]), ...store.handlers);
    await renderApp(path);
    const section = await invitationsSection();
    expect(await within(section).findByText('Keine offenen Einladungen.')).toBeInTheDocument();
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
  });

  it('withdraws one only after confirming and removes it from the list', async () => {
    const store = membersStore('PENDING', [anna, bert]);
    server.use(membershipsHandler([myMembership('COORDINATOR')]), ...store.handlers);
    const { user } = await renderApp(path);
    const section = await invitationsSection();
    const withdraw = await within(section).findByRole('button', {
      name: 'Einladung zurückziehen für anna@kreis-unna.example',
    });
    await user.click(withdraw);
    let dialog = screen.getByRole('alertdialog', {
      name: 'Einladung an anna@kreis-unna.example zurückziehen?',
    });
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(store.withdrawals).toHaveLength(0);
    expect(withdraw).toHaveFocus();

    await user.click(withdraw);
    dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Einladung zurückziehen' }));
    const message = await within(section).findByText(
      'Die Einladung an anna@kreis-unna.example wurde zurückgezogen.',
    );
    expect(message.closest('[role="status"]')).toHaveFocus();
    expect(store.withdrawals).toEqual([anna.id]);
    await waitFor(() =>
      expect(
        within(section).queryByRole('rowheader', { name: 'anna@kreis-unna.example' }),
      ).not.toBeInTheDocument(),
    );
    expect(
      within(section).getByRole('rowheader', { name: 'bert@stadt-hamm.example' }),
    ).toBeInTheDocument();
  });

  it('shows a new invitation right after inviting by e-mail', async () => {
    const store = membersStore('PENDING', []);
    server.use(membershipsHandler([myMembership('COORDINATOR')]), ...store.handlers);
    const { user } = await renderApp(path);
    const section = await invitationsSection();
    await within(section).findByText('Keine offenen Einladungen.');
    const form = (await screen.findByRole('heading', { name: 'Mitglied hinzufügen' })).closest(
      'section',
    )!;
    await user.type(
      within(form).getByRole('textbox', { name: 'E-Mail-Adresse' }),
      'neu@kreis-unna.example',
    );
    await user.click(within(form).getByRole('button', { name: 'Hinzufügen' }));
    expect(
      await within(section).findByRole('rowheader', { name: 'neu@kreis-unna.example' }),
    ).toBeInTheDocument();
  });

  it('shows a problem loading them with a retry', async () => {
    let calls = 0;
    server.use(
      membershipsHandler([myMembership('COORDINATOR')]),
      http.get(`${API}/networks/:id/invitations`, () => {
        calls += 1;
        return calls === 1
          ? problem(503, 'Service Unavailable', 'Die Datenbank antwortet gerade nicht.')
          : HttpResponse.json({ items: [anna], page: 0, size: 100, totalItems: 1, totalPages: 1 });
      }),
    );
    const { user } = await renderApp(path);
    const section = await invitationsSection();
    const alert = await within(section).findByRole('alert');
    expect(
      within(alert).getByRole('heading', {
        name: 'Die offenen Einladungen konnten nicht geladen werden',
      }),
    ).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    expect(
      await within(section).findByRole('rowheader', { name: 'anna@kreis-unna.example' }),
    ).toBeInTheDocument();
  });
});
