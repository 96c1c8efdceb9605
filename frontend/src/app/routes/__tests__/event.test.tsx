import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { gesa, kreisUnna, myMembership, seedProfile } from '@/testing/fixtures';
import { API, membershipsHandler } from '@/testing/handlers';
import {
  cancelledEvent,
  draftEvent,
  EXCURSION_ID,
  eventsStore,
  fullEvent,
  myRegistration,
  notYetOpenEvent,
  pastEvent,
  unlimitedEvent,
  unnaEvent,
} from '@/testing/event-fixtures';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

type Options = Parameters<typeof eventsStore>[0] & {
  as?: 'member' | 'coordinator' | 'admin' | 'host';
  language?: 'de' | 'en';
};

async function openEvent(eventId: string, options: Options = {}) {
  const as = options.as ?? 'member';
  const store = eventsStore(options);
  server.use(
    ...store.handlers,
    membershipsHandler(
      as === 'admin' ? [] : [myMembership(as === 'coordinator' ? 'COORDINATOR' : 'MEMBER')],
    ),
  );
  if (as === 'host') {
    server.use(
      http.get(`${API}/me`, () =>
        HttpResponse.json({ ...seedProfile, id: gesa.participantId }, { headers: { ETag: '"0"' } }),
      ),
    );
  }
  const view = await renderApp(`/veranstaltungen/${eventId}`, {
    language: options.language,
    auth: { roles: as === 'admin' ? ['admin'] : [] },
  });
  await screen.findByRole('heading', { level: 1 });
  if (as !== 'admin') {
    await screen.findByRole('region', { name: /^(Ihre Anmeldung|Your registration)$/ });
  }
  await waitFor(() => expect(screen.queryByText(/wird geladen|Loading/)).not.toBeInTheDocument());
  return { ...view, store };
}

const section = (name: string | RegExp) => screen.getByRole('region', { name });
const registerButton = () =>
  within(section('Ihre Anmeldung')).getByRole('button', {
    name: /^(Verbindlich anmelden|Auf die Warteliste setzen)/,
  });
const statusPanel = () =>
  section('Ihre Anmeldung').querySelector<HTMLElement>('[role="status"][tabindex="-1"]')!;

afterEach(() => {
  vi.useRealTimers();
});

describe('event page', () => {
  it('shows date and time in Berlin time, the venue with its address, accessibility, directions and the host', async () => {
    await openEvent(unnaEvent.id);
    expect(screen.getByRole('heading', { level: 1, name: unnaEvent.title })).toBeInTheDocument();
    expect(document.title).toBe(`${unnaEvent.title} – Klimanetz`);
    const when = screen.getByText('Donnerstag, 20. März 2031, 10:00–16:00 Uhr');
    expect(when.tagName).toBe('TIME');
    expect(when).toHaveAttribute('datetime', unnaEvent.startsAt);
    expect(screen.getByText('Findet statt')).toBeInTheDocument();

    const address = screen.getByText(/Friedrich-Ebert-Straße 17/).closest('address')!;
    expect(address).toHaveTextContent('Kreishaus UnnaFriedrich-Ebert-Straße 1759425 Unna');
    expect(screen.getByText('Sitzungssaal')).toBeInTheDocument();
    expect(screen.getByText(unnaEvent.venue.accessibilityNotes!)).toBeInTheDocument();
    expect(screen.getByText('Ab Unna Hbf 5 Minuten zu Fuß.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kreis Unna' })).toHaveAttribute(
      'href',
      `/kommunen/${kreisUnna.id}`,
    );
    expect(screen.getByRole('link', { name: 'Gesa Gastgeberin' })).toHaveAttribute(
      'href',
      `/personen/${gesa.participantId}`,
    );
    expect(screen.getByText('Noch 5 Plätze frei')).toBeInTheDocument();
    expect(screen.getByText(/25 von 30 Plätzen belegt/)).toBeInTheDocument();
    expect(screen.getByText(/bis Donnerstag, 13. März 2031, 23:59 Uhr/)).toBeInTheDocument();
    expect(
      within(section('Worum es geht')).getByText(
        'Das erste Treffen vor Ort nach einem Jahr online.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Alle Präsenztreffen des Netzwerks' })).toHaveAttribute(
      'href',
      `/netzwerke/${unnaEvent.networkId}/veranstaltungen`,
    );
    // a member manages nothing
    expect(screen.queryByRole('link', { name: 'Bearbeiten' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Anmeldungen' })).not.toBeInTheDocument();
  });

  it('shows the agenda as an ordered timeline with times, kinds in words, speakers and seats of sign-up items', async () => {
    await openEvent(unnaEvent.id);
    const agenda = section('Programm');
    const list = within(agenda).getByRole('list');
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('10:00–10:30 Uhr · Begrüßung');
    expect(
      within(items[0]!).getByRole('heading', {
        level: 3,
        name: 'Begrüßung durch die Fachbereichsleitung Umwelt',
      }),
    ).toBeInTheDocument();
    expect(items[0]).toHaveTextContent('Mit Fachbereichsleitung Umwelt, Kreis Unna');
    expect(items[1]).toHaveTextContent('10:30–13:00 Uhr · Austausch');
    expect(items[2]).toHaveTextContent('14:00–16:00 Uhr · Exkursion');
    expect(items[2]).toHaveTextContent('Eigene Anmeldung erforderlich – Noch 3 Plätze frei');
  });

  it('offers "Verbindlich anmelden" while seats are left', async () => {
    await openEvent(unnaEvent.id);
    expect(registerButton()).toHaveAccessibleName('Verbindlich anmelden');
  });

  it('says which waitlist position one will get when the event is full', async () => {
    await openEvent(fullEvent.id);
    expect(screen.getByText('Ausgebucht – Warteliste')).toBeInTheDocument();
    expect(screen.getByText(/2 Personen auf der Warteliste/)).toBeInTheDocument();
    expect(registerButton()).toHaveAccessibleName(
      'Auf die Warteliste setzen (Sie kommen auf Platz 3)',
    );
  });

  it('registers with the details and the excursion, then shows and announces the state (201)', async () => {
    const { user, store } = await openEvent(unnaEvent.id);
    const form = section('Ihre Anmeldung');
    const excursion = within(form).getByRole('checkbox', {
      name: 'Exkursion: Carsharing, Mobilitäts-App und Radstation',
    });
    expect(excursion).toHaveAccessibleDescription('14:00–16:00 Uhr · Noch 3 Plätze frei');
    await user.click(excursion);
    await user.type(within(form).getByRole('textbox', { name: /^Verpflegung/ }), 'vegetarisch');
    await user.type(
      within(form).getByRole('textbox', { name: /^Barrierefreiheit/ }),
      'Rollstuhlplatz',
    );
    await user.click(registerButton());

    const state = await within(form).findByRole('heading', {
      level: 3,
      name: 'Sie sind angemeldet.',
    });
    await waitFor(() => expect(statusPanel()).toHaveFocus());
    expect(statusPanel()).toContainElement(state);
    expect(statusPanel()).toHaveTextContent(
      '„Exkursion: Carsharing, Mobilitäts-App und Radstation“: Sie sind angemeldet.',
    );
    expect(store.posts).toEqual([
      {
        eventId: unnaEvent.id,
        body: {
          note: null,
          accessibilityNeeds: 'Rollstuhlplatz',
          dietaryNeeds: 'vegetarisch',
          agendaItemIds: [EXCURSION_ID],
        },
      },
    ]);
    expect(within(form).getByText('vegetarisch')).toBeInTheDocument();
    expect(
      within(form).queryByRole('button', { name: 'Verbindlich anmelden' }),
    ).not.toBeInTheDocument();
    expect(
      within(form).getByRole('button', { name: 'Anmeldung zurückziehen' }),
    ).toBeInTheDocument();
    // the seats were read again
    expect(await screen.findByText('Noch 4 Plätze frei')).toBeInTheDocument();
  });

  it('puts one on the waitlist when full and says the position (201)', async () => {
    const { user } = await openEvent(fullEvent.id);
    await user.click(registerButton());
    const state = await screen.findByRole('heading', {
      level: 3,
      name: 'Sie stehen auf Platz 3 der Warteliste.',
    });
    await waitFor(() => expect(statusPanel()).toHaveFocus());
    expect(statusPanel()).toContainElement(state);
    expect(statusPanel()).toHaveTextContent(
      /Sobald ein Platz frei wird, rücken Sie automatisch nach/,
    );
  });

  it('shows the existing registration when one was already registered (200)', async () => {
    const { user, store } = await openEvent(unnaEvent.id);
    // registered meanwhile in another window: the POST answers 200 with that registration
    store.mine[unnaEvent.id] = myRegistration(unnaEvent.id, {
      status: 'WAITLISTED',
      waitlistPosition: 1,
    });
    await user.click(registerButton());
    expect(
      await screen.findByRole('heading', {
        level: 3,
        name: 'Sie stehen auf Platz 1 der Warteliste.',
      }),
    ).toBeInTheDocument();
    expect(statusPanel()).toHaveTextContent('Sie waren bereits angemeldet.');
    await waitFor(() => expect(statusPanel()).toHaveFocus());
  });

  it("shows the API's detail when registering is refused (409)", async () => {
    const { user } = await openEvent(unnaEvent.id, {
      refuseWith: 'Die Anmeldung ist seit dem 13.03.2031 geschlossen.',
    });
    await user.click(registerButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Das hat nicht geklappt');
    expect(alert).toHaveTextContent('Die Anmeldung ist seit dem 13.03.2031 geschlossen.');
    await waitFor(() => expect(alert.closest('[tabindex="-1"]')).toHaveFocus());
    expect(registerButton()).toBeInTheDocument();
  });

  it('withdraws only after confirmation, then offers registering again', async () => {
    const { user, store } = await openEvent(unnaEvent.id, {
      mine: { [unnaEvent.id]: myRegistration(unnaEvent.id) },
    });
    const form = section('Ihre Anmeldung');
    expect(
      within(form).getByRole('heading', { level: 3, name: 'Sie sind angemeldet.' }),
    ).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Anmeldung zurückziehen' }));
    let dialog = screen.getByRole('alertdialog', { name: 'Anmeldung zurückziehen?' });
    expect(dialog).toHaveTextContent(/Ihr Platz wird frei/);
    expect(within(dialog).getByRole('button', { name: 'Angemeldet bleiben' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Angemeldet bleiben' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(store.deletes).toEqual([]);

    await user.click(within(form).getByRole('button', { name: 'Anmeldung zurückziehen' }));
    dialog = screen.getByRole('alertdialog', { name: 'Anmeldung zurückziehen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ja, Anmeldung zurückziehen' }));

    const notice = await within(form).findByText('Ihre Anmeldung wurde zurückgezogen.');
    await waitFor(() => expect(statusPanel()).toHaveFocus());
    expect(statusPanel()).toContainElement(notice);
    expect(store.deletes).toEqual([
      { eventId: unnaEvent.id, registrationId: myRegistration(unnaEvent.id).id },
    ]);
    expect(
      await within(form).findByRole('button', { name: 'Verbindlich anmelden' }),
    ).toBeInTheDocument();
    expect(
      within(form).queryByRole('heading', { name: 'Sie sind angemeldet.' }),
    ).not.toBeInTheDocument();
  });

  it("lets a member change notes and sign-ups with the registration's ETag in If-Match", async () => {
    const { user, store } = await openEvent(unnaEvent.id, {
      mine: {
        [unnaEvent.id]: myRegistration(unnaEvent.id, { dietaryNeeds: 'vegan', etag: '"4"' }),
      },
    });
    const form = section('Ihre Anmeldung');
    await user.click(within(form).getByRole('button', { name: 'Angaben ändern' }));
    const dietary = within(form).getByRole('textbox', { name: /^Verpflegung/ });
    expect(dietary).toHaveValue('vegan');
    await user.clear(dietary);
    await user.type(dietary, 'vegetarisch');
    await user.click(
      within(form).getByRole('checkbox', {
        name: 'Exkursion: Carsharing, Mobilitäts-App und Radstation',
      }),
    );
    await user.click(within(form).getByRole('button', { name: 'Änderungen speichern' }));

    expect(await within(form).findByText('Ihre Angaben wurden gespeichert.')).toBeInTheDocument();
    await waitFor(() => expect(statusPanel()).toHaveFocus());
    expect(store.puts).toEqual([
      {
        eventId: unnaEvent.id,
        ifMatch: '"4"',
        body: {
          note: null,
          accessibilityNeeds: null,
          dietaryNeeds: 'vegetarisch',
          agendaItemIds: [EXCURSION_ID],
        },
      },
    ]);
    expect(statusPanel()).toHaveTextContent(
      '„Exkursion: Carsharing, Mobilitäts-App und Radstation“: Sie sind angemeldet.',
    );
  });

  it('explains a change made elsewhere (412) and reloads the current state on request', async () => {
    const { user, store } = await openEvent(unnaEvent.id, {
      mine: { [unnaEvent.id]: myRegistration(unnaEvent.id, { note: 'alt' }) },
    });
    const form = section('Ihre Anmeldung');
    await user.click(within(form).getByRole('button', { name: 'Angaben ändern' }));
    store.changeElsewhere(unnaEvent.id, { note: 'aus dem anderen Fenster' });
    await user.type(within(form).getByRole('textbox', { name: /^Anmerkung/ }), ' und neu');
    await user.click(within(form).getByRole('button', { name: 'Änderungen speichern' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Ihre Anmeldung wurde inzwischen geändert');
    await waitFor(() => expect(alert).toHaveFocus());
    await user.click(within(alert).getByRole('button', { name: 'Aktuellen Stand laden' }));
    expect(
      await within(form).findByText('Der aktuelle Stand Ihrer Anmeldung wurde geladen.'),
    ).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /^Anmerkung/ })).toHaveValue(
      'aus dem anderen Fenster',
    );
    await user.click(within(form).getByRole('button', { name: 'Änderungen speichern' }));
    expect(await within(form).findByText('Ihre Angaben wurden gespeichert.')).toBeInTheDocument();
    expect(store.puts.map((p) => p.ifMatch)).toEqual(['"0"', '"1"']);
  });

  it('looks every 30 s while waitlisted and says when a seat came free', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { store } = await openEvent(fullEvent.id, {
      mine: {
        [fullEvent.id]: myRegistration(fullEvent.id, { status: 'WAITLISTED', waitlistPosition: 1 }),
      },
    });
    expect(
      screen.getByRole('heading', { level: 3, name: 'Sie stehen auf Platz 1 der Warteliste.' }),
    ).toBeInTheDocument();
    const before = store.meRequests;
    store.promote(fullEvent.id);
    await act(async () => {
      vi.advanceTimersByTime(30_000);
    });
    expect(
      await screen.findByRole('heading', { level: 3, name: 'Sie sind angemeldet.' }),
    ).toBeInTheDocument();
    expect(statusPanel()).toHaveTextContent(
      'Ein Platz ist frei geworden – Sie sind jetzt angemeldet.',
    );
    expect(store.meRequests).toBeGreaterThan(before);
    // no longer waiting: no more polling
    const after = store.meRequests;
    await act(async () => {
      vi.advanceTimersByTime(60_000);
    });
    expect(store.meRequests).toBe(after);
  });

  it.each([
    [cancelledEvent, 'Das Treffen ist abgesagt. Eine Anmeldung ist nicht möglich.'],
    [notYetOpenEvent, 'Die Anmeldung öffnet am Sonntag, 5. Januar 2031, 09:00 Uhr.'],
    [pastEvent, 'Das Treffen ist vorbei. Eine Anmeldung ist nicht mehr möglich.'],
  ])('says why registering is not possible (%#)', async (event, reason) => {
    const { store } = await openEvent(event.id, { events: [event] });
    const form = section('Ihre Anmeldung');
    expect(within(form).getByText(reason)).toBeInTheDocument();
    expect(within(form).queryByRole('button')).not.toBeInTheDocument();
    expect(store.posts).toEqual([]);
  });

  it('marks a cancelled event in words', async () => {
    await openEvent(cancelledEvent.id);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Dieses Treffen ist abgesagt' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Abgesagt')).toBeInTheDocument();
    expect(screen.queryByText('Noch 5 Plätze frei')).not.toBeInTheDocument();
  });

  it('renders the published report safely, with only web links among the materials', async () => {
    await openEvent(pastEvent.id);
    const report = section('Bericht');
    expect(
      within(report).getByRole('heading', { level: 3, name: 'Ergebnisse' }),
    ).toBeInTheDocument();
    const link = within(report).getByRole('link', { name: 'Klimaschutzkonzepte verglichen' });
    expect(link).toHaveAttribute('href', 'https://example.org/vergleich');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(report.querySelector('script')).toBeNull();
    expect(report.querySelector('img')).toBeNull();
    expect(report.querySelector('[onerror]')).toBeNull();
    expect(within(report).queryByRole('link', { name: 'böser Link' })).not.toBeInTheDocument();
    expect(within(report).getByText('böser Link')).toBeInTheDocument();
    expect(within(report).getByText('Schaubild')).toBeInTheDocument();
    expect(report).toHaveTextContent('<script>alert(1)</script>');

    const materials = section('Materialien');
    expect(within(materials).getByRole('link', { name: 'Folien zum Auftakt' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
    expect(
      within(materials).queryByRole('link', { name: 'Verdächtiges Material' }),
    ).not.toBeInTheDocument();
    expect(within(materials).getByText('Verdächtiges Material')).toBeInTheDocument();
    expect(screen.getByText('Hat stattgefunden')).toBeInTheDocument();
  });

  it('shows coordinators the links to edit the event and to its registrations', async () => {
    await openEvent(unnaEvent.id, { as: 'coordinator' });
    const nav = screen.getByRole('navigation', { name: 'Treffen verwalten' });
    expect(within(nav).getByRole('link', { name: 'Bearbeiten' })).toHaveAttribute(
      'href',
      `/veranstaltungen/${unnaEvent.id}/bearbeiten`,
    );
    expect(within(nav).getByRole('link', { name: 'Anmeldungen' })).toHaveAttribute(
      'href',
      `/veranstaltungen/${unnaEvent.id}/anmeldungen`,
    );
    // coordinators are members too: they may register
    expect(registerButton()).toBeInTheDocument();
  });

  it('shows an admin who is no member the links, but no registration', async () => {
    await openEvent(unnaEvent.id, { as: 'admin' });
    expect(await screen.findByRole('link', { name: 'Bearbeiten' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Anmeldungen' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Ihre Anmeldung' })).not.toBeInTheDocument();
  });

  it('shows the host participant the registrations link only', async () => {
    await openEvent(unnaEvent.id, { as: 'host' });
    expect(await screen.findByRole('link', { name: 'Anmeldungen' })).toHaveAttribute(
      'href',
      `/veranstaltungen/${unnaEvent.id}/anmeldungen`,
    );
    expect(screen.queryByRole('link', { name: 'Bearbeiten' })).not.toBeInTheDocument();
  });

  it('shows a draft to coordinators, marked as such', async () => {
    await openEvent(draftEvent.id, { as: 'coordinator', events: [draftEvent] });
    expect(
      screen.getByRole('heading', { level: 2, name: 'Entwurf – noch nicht veröffentlicht' }),
    ).toBeInTheDocument();
    expect(
      within(section('Ihre Anmeldung')).getByText(
        'Das Treffen ist noch nicht veröffentlicht. Anmelden kann man sich erst danach.',
      ),
    ).toBeInTheDocument();
  });

  it('says unlimited seats when there is no capacity', async () => {
    await openEvent(unlimitedEvent.id);
    expect(screen.getByText('Unbegrenzte Plätze')).toBeInTheDocument();
    expect(screen.getByText(/12 Anmeldungen/)).toBeInTheDocument();
    expect(registerButton()).toHaveAccessibleName('Verbindlich anmelden');
  });

  it('speaks English', async () => {
    await openEvent(fullEvent.id, { language: 'en' });
    expect(screen.getByText('Thursday, 15 May 2031, 10:00–16:00')).toBeInTheDocument();
    expect(screen.getByText('Fully booked – waiting list')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Join the waiting list (you will be number 3)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Your registration' }),
    ).toBeInTheDocument();
  });

  it('shows the not-found page for an unknown event and for an address that is no id', async () => {
    server.use(...eventsStore().handlers);
    await renderApp('/veranstaltungen/e1a2b3c4-0000-4000-8000-0000000000ff');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Präsenztreffen nicht gefunden' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Präsenztreffen nicht gefunden – Klimanetz');
  });

  it('treats a malformed id as not found without asking the API', async () => {
    await renderApp('/veranstaltungen/morgen');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Präsenztreffen nicht gefunden' }),
    ).toBeInTheDocument();
  });
});
