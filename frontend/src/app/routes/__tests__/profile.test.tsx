import { screen, waitFor, within } from '@testing-library/react';
import { delay, http } from 'msw';
import { seedProfile, unna } from '@/testing/fixtures';
import { API, problem, profileStore, validationProblem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

async function openProfile(path = '/profil') {
  const store = profileStore();
  server.use(...store.handlers);
  const view = await renderApp(path);
  await screen.findByRole('textbox', { name: 'Name' });
  return { ...view, store };
}

describe('own profile', () => {
  it('is linked from the user menu and shows the form with the account e-mail', async () => {
    const store = profileStore();
    server.use(...store.handlers);
    const { user } = await renderApp('/netzwerke');
    await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Mein Profil' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mein Profil' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Mein Profil – Klimanetz');
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('Mara Mitglied');
    expect(screen.getByText('demo-member@klimanetz.example')).toBeInTheDocument();
    expect(screen.getByText('bestätigt')).toBeInTheDocument();
    expect(screen.getByText(/wird in Ihrem Konto verwaltet/)).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Ihre Themen' })).toHaveTextContent('Wärmeplanung');

    const showEmail = screen.getByRole('checkbox', {
      name: 'E-Mail-Adresse für andere Mitglieder sichtbar machen',
    });
    expect(showEmail).not.toBeChecked();
    expect(showEmail).toHaveAccessibleDescription(
      'Standard: verborgen. Koordination und Administration sehen sie nur, wenn Sie das erlauben.',
    );
    expect(
      screen.getByRole('checkbox', { name: 'Telefonnummer für andere Mitglieder sichtbar machen' }),
    ).not.toBeChecked();
  });

  it('shows a loading state and a load error', async () => {
    server.use(
      http.get(`${API}/me`, async () => {
        await delay(30);
        return problem(503, 'Service Unavailable', 'Die Datenbank antwortet gerade nicht.');
      }),
    );
    await renderApp('/profil');
    expect(screen.getByRole('status')).toHaveTextContent('Ihr Profil wird geladen …');
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'Ihr Profil konnte nicht geladen werden' }),
    ).toBeInTheDocument();
    expect(within(alert).getByText('Die Datenbank antwortet gerade nicht.')).toBeInTheDocument();
  });

  it('saves job title, municipality, date, topics and privacy with If-Match and says so politely', async () => {
    const { user, store } = await openProfile();

    await user.type(screen.getByRole('textbox', { name: /Funktion/ }), 'Klimaschutzmanagerin');

    await user.type(screen.getByRole('combobox', { name: 'Kommune suchen' }), 'Unn');
    const results = await screen.findByRole('listbox', { name: 'Gefundene Kommunen' });
    expect(await screen.findByText('1 Kommune gefunden')).toBeInTheDocument();
    await user.click(within(results).getByRole('option', { name: /^Unna \(05978036\)/ }));
    expect(screen.getByText('Unna ausgewählt.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Andere Kommune suchen' })).toHaveFocus();

    const since = screen.getByLabelText(/Im Amt seit/);
    await user.type(since, '2026-09-01');

    const topic = screen.getByRole('textbox', { name: 'Neues Thema' });
    await user.type(topic, 'Radverkehr{Enter}');
    expect(screen.getByRole('list', { name: 'Ihre Themen' })).toHaveTextContent('Radverkehr');
    await user.click(screen.getByRole('button', { name: 'Thema „Wärmeplanung“ entfernen' }));
    expect(topic).toHaveFocus();

    await user.type(screen.getByRole('textbox', { name: /Kurz über Sie/ }), 'Hallo');
    expect(screen.getByText('Noch 995 Zeichen frei')).toBeInTheDocument();
    await user.click(
      screen.getByRole('checkbox', {
        name: 'E-Mail-Adresse für andere Mitglieder sichtbar machen',
      }),
    );

    expect(screen.getByText('Sie haben ungespeicherte Änderungen.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Profil speichern' }));

    expect(await screen.findByText('Ihr Profil wurde gespeichert.')).toBeInTheDocument();
    expect(
      screen.getByText('Ihr Profil wurde gespeichert.').closest('[role="status"]'),
    ).not.toBeNull();
    expect(store.puts).toHaveLength(1);
    expect(store.puts[0]?.ifMatch).toBe('"0"');
    expect(store.puts[0]?.body).toEqual({
      displayName: 'Mara Mitglied',
      jobTitle: 'Klimaschutzmanagerin',
      municipalityId: unna.id,
      inOfficeSince: '2026-09-01',
      phone: null,
      topics: ['Radverkehr'],
      bio: 'Hallo',
      showEmail: true,
      showPhone: false,
    });
    expect(screen.queryByText('Sie haben ungespeicherte Änderungen.')).not.toBeInTheDocument();

    // the new ETag is used for the next change
    await user.type(screen.getByRole('textbox', { name: /Telefon/ }), '02303 103-0');
    await user.click(screen.getByRole('button', { name: 'Profil speichern' }));
    await waitFor(() => expect(store.puts).toHaveLength(2));
    expect(store.puts[1]?.ifMatch).toBe('"1"');
  });

  it('shows client-side errors next to the fields and in a focused summary that links to them', async () => {
    const { user, store } = await openProfile();
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(screen.getByRole('textbox', { name: /Telefon/ }), 'ruf mich an');
    await user.type(screen.getByLabelText(/Im Amt seit/), '2099-01-01');
    await user.click(screen.getByRole('button', { name: 'Profil speichern' }));

    const summary = screen.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Angaben' })
      .parentElement!.parentElement!;
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Bitte geben Sie Ihren Namen ein.',
      'Das Datum „Im Amt seit“ darf nicht in der Zukunft liegen.',
      expect.stringContaining('Bitte geben Sie die Telefonnummer nur mit Ziffern'),
    ]);
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(
      expect.stringContaining('Bitte geben Sie Ihren Namen ein.'),
    );
    await user.click(links[0]!);
    expect(name).toHaveFocus();
    expect(store.puts).toHaveLength(0);
  });

  it("shows the API's violations next to the right fields, including topics[0]", async () => {
    const { user } = await openProfile();
    server.use(
      http.put(`${API}/me`, () =>
        validationProblem([
          { field: 'phone', message: 'ist keine gültige Telefonnummer' },
          { field: 'topics[0]', message: 'darf höchstens 50 Zeichen lang sein' },
          { field: 'body', message: 'etwas anderes' },
        ]),
      ),
    );
    await user.type(screen.getByRole('textbox', { name: /Telefon/ }), '0230');
    await user.click(screen.getByRole('button', { name: 'Profil speichern' }));

    const summary = (await screen.findByRole('heading', { name: 'Bitte prüfen Sie Ihre Angaben' }))
      .parentElement!.parentElement!;
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      within(summary).getByRole('link', { name: 'ist keine gültige Telefonnummer' }),
    ).toHaveAttribute('href', '#profile-phone');
    expect(
      within(summary).getByRole('link', { name: 'darf höchstens 50 Zeichen lang sein' }),
    ).toHaveAttribute('href', '#profile-topics');
    expect(within(summary).getByText('etwas anderes')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Telefon/ })).toHaveAccessibleDescription(
      expect.stringContaining('ist keine gültige Telefonnummer'),
    );
    expect(screen.getByRole('textbox', { name: 'Neues Thema' })).toHaveAccessibleDescription(
      'darf höchstens 50 Zeichen lang sein',
    );
  });

  it('refuses a topic that is too long or already there, next to the field', async () => {
    const { user } = await openProfile();
    const topic = screen.getByRole('textbox', { name: 'Neues Thema' });
    await user.type(topic, `${'x'.repeat(51)}{Enter}`);
    expect(topic).toHaveAccessibleDescription('Ein Thema darf höchstens 50 Zeichen lang sein.');
    await user.clear(topic);
    await user.type(topic, 'wärmeplanung');
    await user.click(screen.getByRole('button', { name: 'Thema hinzufügen' }));
    expect(topic).toHaveAccessibleDescription(
      'Das Thema „wärmeplanung“ steht schon in Ihrer Liste.',
    );
    expect(screen.getByRole('list', { name: 'Ihre Themen' }).children).toHaveLength(1);
  });

  it('explains a 412 (changed elsewhere) and loads the current version on request', async () => {
    const { user, store } = await openProfile();
    await user.type(screen.getByRole('textbox', { name: /Funktion/ }), 'Klimaschutzmanager');
    store.changeElsewhere({ jobTitle: 'Sachgebietsleitung', displayName: 'Mara M.' });
    await user.click(screen.getByRole('button', { name: 'Profil speichern' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Ihr Profil wurde inzwischen an anderer Stelle geändert');
    expect(alert).toHaveTextContent('Ihre Änderungen wurden deshalb nicht gespeichert.');
    await waitFor(() => expect(alert).toHaveFocus());

    await user.click(within(alert).getByRole('button', { name: 'Aktuelle Fassung laden' }));
    expect(await screen.findByRole('textbox', { name: /Funktion/ })).toHaveValue(
      'Sachgebietsleitung',
    );
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Mara M.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(
      screen.getByText('Die aktuelle Fassung Ihres Profils wurde geladen.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Profil speichern' }));
    expect(await screen.findByText('Ihr Profil wurde gespeichert.')).toBeInTheDocument();
    expect(store.puts.at(-1)?.ifMatch).toBe('"1"');
  });

  it('clears the municipality with a button', async () => {
    const store = profileStore({
      ...seedProfile,
      municipality: { id: unna.id, name: unna.name, officialKey: unna.officialKey },
    });
    server.use(...store.handlers);
    const { user } = await renderApp('/profil');
    await user.click(await screen.findByRole('button', { name: 'Auswahl entfernen' }));
    expect(screen.getByText('Keine Kommune ausgewählt.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Profil speichern' }));
    await waitFor(() => expect(store.puts).toHaveLength(1));
    expect(store.puts[0]?.body.municipalityId).toBeNull();
  });

  it('picks a municipality with the arrow keys; Enter in the search does not submit', async () => {
    const { user, store } = await openProfile();
    const search = screen.getByRole('combobox', { name: 'Kommune suchen' });
    await user.type(search, '05978{Enter}');
    await screen.findByText('2 Kommunen gefunden');
    expect(store.puts).toHaveLength(0);
    await user.keyboard('{ArrowDown}');
    expect(search).toHaveFocus();
    expect(search).toHaveAttribute(
      'aria-activedescendant',
      screen.getByRole('option', { name: /^Kreis Unna/ }).id,
    );
    await user.keyboard('{ArrowDown}{Enter}');
    expect(store.puts).toHaveLength(0);
    expect(screen.getByText(/Ausgewählt:/)).toHaveTextContent('Ausgewählt: Unna (05978036)');
  });

  it('asks before leaving with unsaved changes and stays on request', async () => {
    const { user, router } = await openProfile();
    await user.type(screen.getByRole('textbox', { name: /Funktion/ }), 'x');
    await user.click(screen.getByRole('link', { name: 'Kommunen' }));

    const dialog = screen.getByRole('alertdialog', {
      name: 'Ungespeicherte Änderungen verwerfen?',
    });
    expect(within(dialog).getByRole('button', { name: 'Weiter bearbeiten' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Weiter bearbeiten' }));
    expect(router.state.location.pathname).toBe('/profil');
    expect(screen.getByRole('textbox', { name: /Funktion/ })).toHaveValue('x');

    await user.click(screen.getByRole('link', { name: 'Kommunen' }));
    await user.click(screen.getByRole('button', { name: 'Seite verlassen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/kommunen'));
  });

  it('warns the browser before unload only while there are unsaved changes', async () => {
    const { user } = await openProfile();
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);

    await user.type(screen.getByRole('textbox', { name: /Funktion/ }), 'x');
    const dirty = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).toBe(true);
  });

  it('leaves without asking when nothing changed', async () => {
    const { user, router } = await openProfile();
    await user.click(screen.getByRole('link', { name: 'Kommunen' }));
    expect(router.state.location.pathname).toBe('/kommunen');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('is complete in English', async () => {
    const store = profileStore();
    server.use(...store.handlers);
    await renderApp('/profil', { language: 'en' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My profile' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('checkbox', { name: 'Show my e-mail address to other members' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save profile' })).toBeInTheDocument();
  });
});
