import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import {
  AGENDA_IDS,
  draftEvent,
  eventStore,
  managedEvent,
  NEW_EVENT_ID,
} from '@/testing/event-management-fixtures';
import { gesa, kreisUnna, myMembership, seedNetwork } from '@/testing/fixtures';
import { API, membershipsHandler, problem, validationProblem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';
import type { Language } from '@/lib/i18n';

type Event = typeof managedEvent;

const editPath = (id: string) => `/veranstaltungen/${id}/bearbeiten`;

/** The other feature's list on the network page asks for events; an empty answer keeps it quiet. */
const noNetworkEvents = http.get(`${API}/networks/:id/events`, () =>
  HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }),
);

async function openEdit(
  event: Event = managedEvent,
  options: Parameters<typeof eventStore>[1] & { language?: Language } = {},
) {
  const store = eventStore(event, options);
  server.use(...store.handlers, membershipsHandler([myMembership('COORDINATOR')]), noNetworkEvents);
  const view = await renderApp(editPath(event.id), { language: options.language });
  await screen.findByRole('region', { name: options.language === 'en' ? 'Agenda' : 'Programm' });
  return { ...view, store };
}

/** An agenda item's fieldset by its legend, e.g. "Programmpunkt 4: Exkursion". */
function agendaItem(legend: string | RegExp) {
  return screen.getByRole('group', { name: legend });
}

describe('event form: create', () => {
  it('creates a draft with Berlin times in summer (+02:00), host, seats and an agenda item', async () => {
    const store = eventStore(draftEvent);
    server.use(...store.handlers, membershipsHandler([myMembership('COORDINATOR')]));
    const { user, router } = await renderApp(`/netzwerke/${seedNetwork.id}/veranstaltungen/neu`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Veranstaltung anlegen' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Veranstaltung anlegen – Klimanetz');
    const about = await screen.findByRole('region', { name: 'Worum geht es?' });
    await user.type(within(about).getByLabelText('Titel'), 'Zweites Präsenztreffen');

    const start = screen.getByRole('group', { name: 'Beginn' });
    await user.type(within(start).getByLabelText('Datum'), '2030-06-20');
    // a one-day event: the end date follows
    expect(within(screen.getByRole('group', { name: 'Ende' })).getByLabelText('Datum')).toHaveValue(
      '2030-06-20',
    );

    const venue = screen.getByRole('group', { name: 'Veranstaltungsort' });
    await user.type(within(venue).getByLabelText('Name des Ortes'), 'Rathaus Schwerte');
    await user.type(within(venue).getByLabelText(/^Postleitzahl/), '58239');
    await user.type(within(venue).getByLabelText('Ort'), 'Schwerte');

    // the host municipality: a combobox, by keyboard
    const combobox = screen.getByRole('combobox', { name: 'Kommune suchen' });
    await user.type(combobox, 'Kreis');
    expect(await screen.findByRole('option', { name: /Kreis Unna \(05978\)/ })).toBeInTheDocument();
    expect(combobox).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}');
    expect(combobox).toHaveAttribute(
      'aria-activedescendant',
      screen.getByRole('option', { name: /^Kreis Unna/ }).id,
    );
    await user.keyboard('{Enter}');
    // the choice is read with the field
    expect(combobox).toHaveAccessibleDescription(/^Ausgewählt: Kreis Unna \(05978\)/);
    expect(combobox).toHaveValue('');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');

    await user.selectOptions(
      await screen.findByLabelText(/^Gastgeberin oder Gastgeber/),
      'Gesa Gastgeberin (Kreis Unna)',
    );
    await user.type(screen.getByLabelText(/^Plätze/, { selector: '#event-capacity' }), '25');

    await user.click(screen.getByRole('button', { name: 'Programmpunkt hinzufügen' }));
    const item = agendaItem('Programmpunkt 1: ohne Titel');
    expect(within(item).getByLabelText('Beginn')).toHaveFocus();
    await user.type(within(item).getByLabelText('Titel'), 'Begrüßung');
    await user.selectOptions(
      within(agendaItem('Programmpunkt 1: Begrüßung')).getByLabelText('Art'),
      'Begrüßung',
    );

    await user.click(screen.getByRole('button', { name: 'Entwurf anlegen' }));

    await waitFor(() => expect(store.posts).toHaveLength(1));
    const { networkId, body } = store.posts[0]!;
    expect(networkId).toBe(seedNetwork.id);
    expect(body).toMatchObject({
      title: 'Zweites Präsenztreffen',
      status: 'DRAFT',
      startsAt: '2030-06-20T10:00:00+02:00',
      endsAt: '2030-06-20T16:00:00+02:00',
      venue: {
        name: 'Rathaus Schwerte',
        street: null,
        postalCode: '58239',
        city: 'Schwerte',
        room: null,
      },
      hostMunicipalityId: kreisUnna.id,
      hostParticipantId: gesa.participantId,
      capacity: 25,
      registrationOpensAt: null,
      registrationClosesAt: null,
      reportPublished: false,
      materials: [],
      agenda: [
        {
          startsAt: '2030-06-20T10:00:00+02:00',
          endsAt: '2030-06-20T11:00:00+02:00',
          title: 'Begrüßung',
          speaker: null,
          kind: 'WELCOME',
          signUpRequired: false,
          capacity: null,
        },
      ],
    });
    expect(body.agenda![0]).not.toHaveProperty('id');

    // on to the new draft's edit page, with a word about what happened
    await waitFor(() => expect(router.state.location.pathname).toBe(editPath(NEW_EVENT_ID)));
    expect(
      await screen.findByText(
        'Die Veranstaltung wurde als Entwurf angelegt. Nur die Koordination sieht sie. Veröffentlichen Sie sie, wenn alles stimmt.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Veröffentlichen' })).toBeInTheDocument();
  });

  it('checks the form before sending: required fields, postal code and the skipped hour in March', async () => {
    const store = eventStore(draftEvent);
    server.use(...store.handlers, membershipsHandler([myMembership('COORDINATOR')]));
    const { user } = await renderApp(`/netzwerke/${seedNetwork.id}/veranstaltungen/neu`);
    await screen.findByRole('region', { name: 'Worum geht es?' });

    const start = screen.getByRole('group', { name: 'Beginn' });
    await user.type(within(start).getByLabelText('Datum'), '2030-03-31');
    const startTime = within(start).getByLabelText('Uhrzeit');
    await user.clear(startTime);
    await user.type(startTime, '02:30');
    await user.type(screen.getByLabelText(/^Postleitzahl/), '5942');
    await user.click(screen.getByRole('button', { name: 'Entwurf anlegen' }));

    const summary = screen.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Angaben' })
      .parentElement!.parentElement!;
    expect(summary).toHaveFocus();
    const messages = within(summary)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(messages).toEqual([
      'Bitte geben Sie einen Titel an.',
      'Diese Uhrzeit gibt es an diesem Tag nicht: Um 2 Uhr werden die Uhren auf 3 Uhr vorgestellt. Bitte wählen Sie eine andere Uhrzeit als 02:30.',
      'Bitte geben Sie den Namen des Ortes an.',
      'Die Postleitzahl besteht aus fünf Ziffern.',
      'Bitte geben Sie den Ort an.',
    ]);
    await user.click(within(summary).getByRole('link', { name: /Uhrzeit gibt es/ }));
    expect(within(start).getByLabelText('Datum')).toHaveFocus();
    expect(screen.getByLabelText(/^Postleitzahl/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Postleitzahl/)).toHaveAccessibleDescription(
      'Fünf Ziffern. Die Postleitzahl besteht aus fünf Ziffern.',
    );
    expect(store.posts).toHaveLength(0);
  });

  it('tells members plainly that only the coordination creates events', async () => {
    server.use(membershipsHandler([myMembership('MEMBER')]));
    await renderApp(`/netzwerke/${seedNetwork.id}/veranstaltungen/neu`);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Keine Berechtigung' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Entwurf anlegen' })).not.toBeInTheDocument();
  });
});

describe('event form: agenda editor', () => {
  it('reorders by keyboard, keeps the focus on the pressed button and announces the new position', async () => {
    const { user, store } = await openEdit();
    const up = within(agendaItem('Programmpunkt 4: Exkursion')).getByRole('button', {
      name: 'Nach oben',
    });
    up.focus();
    await user.keyboard('{Enter}');
    const movedUp = within(agendaItem('Programmpunkt 3: Exkursion')).getByRole('button', {
      name: 'Nach oben',
    });
    expect(movedUp).toHaveFocus();
    expect(screen.getByText('Exkursion ist jetzt Punkt 3 von 4')).toHaveAttribute('role', 'status');
    await user.keyboard('{Enter}');
    expect(
      within(agendaItem('Programmpunkt 2: Exkursion')).getByRole('button', { name: 'Nach oben' }),
    ).toHaveFocus();
    expect(screen.getByText('Exkursion ist jetzt Punkt 2 von 4')).toBeInTheDocument();

    // moving down: the focused node is the one React moves, the focus must still stay on it
    const down = within(agendaItem('Programmpunkt 1: Begrüßung')).getByRole('button', {
      name: 'Nach unten',
    });
    down.focus();
    await user.keyboard(' ');
    expect(
      within(agendaItem('Programmpunkt 2: Begrüßung')).getByRole('button', { name: 'Nach unten' }),
    ).toHaveFocus();
    expect(screen.getByText('Begrüßung ist jetzt Punkt 2 von 4')).toBeInTheDocument();

    // the first item cannot go further up: it says so and the focus stays
    const firstUp = within(agendaItem('Programmpunkt 1: Exkursion')).getByRole('button', {
      name: 'Nach oben',
    });
    expect(firstUp).toHaveAttribute('aria-disabled', 'true');
    firstUp.focus();
    await user.keyboard('{Enter}');
    expect(firstUp).toHaveFocus();
    expect(screen.getByText('Exkursion ist bereits der erste Punkt.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    await waitFor(() => expect(store.puts).toHaveLength(1));
    expect(store.puts[0]!.ifMatch).toBe('"0"');
    expect(store.puts[0]!.body.status).toBe('PUBLISHED');
    expect(store.puts[0]!.body.agenda!.map((item) => [item.id, item.title])).toEqual([
      [AGENDA_IDS.excursion, 'Exkursion'],
      [AGENDA_IDS.welcome, 'Begrüßung'],
      [AGENDA_IDS.exchange, 'Austausch zu Klimaschutzkonzepten'],
      [AGENDA_IDS.lunch, 'Mittagspause'],
    ]);
    expect(store.puts[0]!.body.agenda![0]).toMatchObject({
      startsAt: '2030-03-18T13:30:00+01:00',
      endsAt: '2030-03-18T16:00:00+01:00',
      kind: 'EXCURSION',
      signUpRequired: true,
      capacity: 15,
      speaker: 'Gesa Gastgeberin',
    });
    expect(await screen.findByText('Die Änderungen wurden gespeichert.')).toBeInTheDocument();
  });

  it('adds and removes items by keyboard; removing one with sign-ups asks first; ids are kept', async () => {
    const { user, store } = await openEdit();

    const add = screen.getByRole('button', { name: 'Programmpunkt hinzufügen' });
    add.focus();
    await user.keyboard('{Enter}');
    const added = agendaItem('Programmpunkt 5: ohne Titel');
    // it starts where the last item ends (16:00, the event's end): the times are set by hand
    expect(within(added).getByLabelText('Beginn')).toHaveFocus();
    expect(screen.getByText('Programmpunkt 5 hinzugefügt.')).toBeInTheDocument();
    await user.clear(within(added).getByLabelText('Beginn'));
    await user.type(within(added).getByLabelText('Beginn'), '15:00');
    await user.clear(within(added).getByLabelText('Ende'));
    await user.type(within(added).getByLabelText('Ende'), '15:30');
    await user.type(within(added).getByLabelText('Titel'), 'Abschlussrunde');

    // no sign-ups: removed at once, the focus goes to the item that took its place
    const lunchRemove = within(agendaItem('Programmpunkt 3: Mittagspause')).getByRole('button', {
      name: 'Entfernen',
    });
    lunchRemove.focus();
    await user.keyboard('{Enter}');
    expect(agendaItem('Programmpunkt 3: Exkursion')).toHaveFocus();
    expect(
      screen.getByText('Programmpunkt „Mittagspause“ entfernt. Noch 4 Punkte.'),
    ).toBeInTheDocument();

    // 12 sign-ups: a question first; keeping it changes nothing
    within(agendaItem('Programmpunkt 3: Exkursion'))
      .getByRole('button', { name: 'Entfernen' })
      .focus();
    await user.keyboard('{Enter}');
    let dialog = screen.getByRole('alertdialog', { name: 'Programmpunkt „Exkursion“ entfernen?' });
    expect(dialog).toHaveAccessibleDescription(
      'Zu diesem Programmpunkt gibt es 12 Anmeldungen. Sie gehen beim Speichern verloren.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Behalten' }));
    expect(agendaItem('Programmpunkt 3: Exkursion')).toBeInTheDocument();

    within(agendaItem('Programmpunkt 3: Exkursion'))
      .getByRole('button', { name: 'Entfernen' })
      .focus();
    await user.keyboard('{Enter}');
    dialog = screen.getByRole('alertdialog', { name: 'Programmpunkt „Exkursion“ entfernen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Entfernen' }));
    expect(agendaItem('Programmpunkt 3: Abschlussrunde')).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    await waitFor(() => expect(store.puts).toHaveLength(1));
    const agenda = store.puts[0]!.body.agenda!;
    expect(agenda.map((item) => item.id ?? null)).toEqual([
      AGENDA_IDS.welcome,
      AGENDA_IDS.exchange,
      null,
    ]);
    expect(agenda[2]).toMatchObject({
      title: 'Abschlussrunde',
      startsAt: '2030-03-18T15:00:00+01:00',
      endsAt: '2030-03-18T15:30:00+01:00',
      kind: 'TALK',
    });
  });
});

describe('event form: report and materials', () => {
  it('previews the Markdown report safely and sends it with the materials', async () => {
    const { user, store } = await openEdit();
    const after = screen.getByRole('region', { name: 'Nach der Veranstaltung' });
    const report = within(after).getByRole('textbox', { name: /^Bericht/ });
    await user.click(report);
    await user.paste(
      '## Rückblick\n\nEin **guter** Tag. <script>alert(1)</script> [Klick](javascript:alert(1)) [Folien](https://example.org/f.pdf)',
    );
    await user.click(within(after).getByRole('button', { name: 'Vorschau' }));
    const preview = within(after).getByRole('region', { name: 'Vorschau des Berichts' });
    expect(
      within(preview).getByRole('heading', { level: 3, name: 'Rückblick' }),
    ).toBeInTheDocument();
    expect(preview.querySelector('script')).toBeNull();
    expect(preview).toHaveTextContent('<script>alert(1)</script>');
    expect(within(preview).queryByRole('link', { name: 'Klick' })).not.toBeInTheDocument();
    expect(within(preview).getByRole('link', { name: 'Folien' })).toHaveAttribute(
      'href',
      'https://example.org/f.pdf',
    );
    expect(report).not.toBeVisible();
    await user.click(within(after).getByRole('button', { name: 'Vorschau' }));
    expect(report).toBeVisible();

    await user.click(within(after).getByRole('checkbox', { name: 'Bericht veröffentlichen' }));
    await user.click(within(after).getByRole('button', { name: 'Material hinzufügen' }));
    const material = within(after).getByRole('group', { name: 'Material 1' });
    expect(within(material).getByLabelText('Titel')).toHaveFocus();
    await user.type(within(material).getByLabelText('Titel'), 'Folien zur Exkursion');
    await user.type(
      within(material).getByLabelText('Webadresse'),
      'https://example.org/exkursion.pdf',
    );
    // an empty row is not sent
    await user.click(within(after).getByRole('button', { name: 'Material hinzufügen' }));

    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    await waitFor(() => expect(store.puts).toHaveLength(1));
    expect(store.puts[0]!.body).toMatchObject({
      report:
        '## Rückblick\n\nEin **guter** Tag. <script>alert(1)</script> [Klick](javascript:alert(1)) [Folien](https://example.org/f.pdf)',
      reportPublished: true,
      materials: [{ title: 'Folien zur Exkursion', url: 'https://example.org/exkursion.pdf' }],
    });
  });
});

describe('event form: saving problems', () => {
  it("maps the API's 400 violations to the fields, with the error summary", async () => {
    const withMaterial: Event = {
      ...managedEvent,
      materials: [{ title: 'Folien', url: 'https://example.org/folien.pdf' }],
    };
    const { user } = await openEdit(withMaterial, {
      answerPut: () =>
        validationProblem([
          { field: 'venue.postalCode', message: 'muss eine deutsche Postleitzahl sein' },
          { field: 'agenda[1].title', message: 'darf nicht leer sein' },
          { field: 'materials[0].url', message: 'muss eine Webadresse sein' },
          { field: 'hostParticipantId', message: 'ist kein Mitglied des Netzwerks' },
          { field: 'status', message: 'kann nicht wieder Entwurf werden' },
        ]),
    });
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));

    const summary = (await screen.findByRole('heading', { name: 'Bitte prüfen Sie Ihre Angaben' }))
      .parentElement!.parentElement!;
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'muss eine deutsche Postleitzahl sein',
      'ist kein Mitglied des Netzwerks',
      'darf nicht leer sein',
      'muss eine Webadresse sein',
      'kann nicht wieder Entwurf werden',
    ]);
    // the last one belongs to no field: listed, not linked
    expect(within(summary).getAllByRole('link')).toHaveLength(4);

    await user.click(within(summary).getByRole('link', { name: 'darf nicht leer sein' }));
    const exchangeTitle = within(
      agendaItem('Programmpunkt 2: Austausch zu Klimaschutzkonzepten'),
    ).getByLabelText('Titel');
    expect(exchangeTitle).toHaveFocus();
    expect(exchangeTitle).toHaveAttribute('aria-invalid', 'true');
    expect(exchangeTitle).toHaveAccessibleDescription('darf nicht leer sein');
    expect(screen.getByLabelText(/^Postleitzahl/)).toHaveAccessibleDescription(
      'Fünf Ziffern. muss eine deutsche Postleitzahl sein',
    );
    expect(screen.getByLabelText('Webadresse')).toHaveAttribute('aria-invalid', 'true');
  });

  it('explains a 412 and loads the current version on request', async () => {
    const { user, store } = await openEdit();
    store.changeElsewhere({ title: 'Präsenztreffen in Unna (verschoben)' });
    const title = within(screen.getByRole('region', { name: 'Worum geht es?' })).getByLabelText(
      'Titel',
    );
    await user.type(title, ' – mit Exkursion');
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));

    const heading = await screen.findByRole('heading', {
      name: 'Die Veranstaltung wurde inzwischen geändert',
    });
    const box = heading.closest('.kern-alert')!;
    await waitFor(() => expect(box).toHaveFocus());
    expect(store.puts[0]!.ifMatch).toBe('"0"');

    await user.click(
      within(box as HTMLElement).getByRole('button', { name: 'Aktuelle Fassung laden' }),
    );
    expect(
      await screen.findByText('Die aktuelle Fassung der Veranstaltung wurde geladen.'),
    ).toBeInTheDocument();
    expect(title).toHaveValue('Präsenztreffen in Unna (verschoben)');
    expect(
      screen.queryByRole('heading', { name: 'Die Veranstaltung wurde inzwischen geändert' }),
    ).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    await waitFor(() => expect(store.puts).toHaveLength(2));
    expect(store.puts[1]!.ifMatch).toBe('"1"');
    expect(await screen.findByText('Die Änderungen wurden gespeichert.')).toBeInTheDocument();
  });

  it("shows a 409's detail, e.g. fewer seats than confirmed registrations", async () => {
    const { user } = await openEdit(managedEvent, {
      answerPut: (body) =>
        body.capacity === 20
          ? problem(
              409,
              'Konflikt',
              'Es sind schon 21 Anmeldungen bestätigt; die Zahl der Plätze kann nicht darunter liegen.',
            )
          : undefined,
    });
    expect(
      screen.getByLabelText(/^Plätze/, { selector: '#event-capacity' }),
    ).toHaveAccessibleDescription(/Zurzeit sind 21 Anmeldungen bestätigt/);
    const capacity = screen.getByLabelText(/^Plätze/, { selector: '#event-capacity' });
    await user.clear(capacity);
    await user.type(capacity, '20');
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));

    const heading = await screen.findByRole('heading', {
      name: 'Die Veranstaltung konnte nicht gespeichert werden',
    });
    expect(heading.closest('[role="alert"]')).toHaveTextContent(
      'Es sind schon 21 Anmeldungen bestätigt; die Zahl der Plätze kann nicht darunter liegen.',
    );
    await waitFor(() => expect(heading.closest('[tabindex="-1"]')).toHaveFocus());
  });

  it('asks before leaving with unsaved changes', async () => {
    const { user, router } = await openEdit();
    await user.type(
      within(screen.getByRole('region', { name: 'Worum geht es?' })).getByLabelText('Titel'),
      '!',
    );
    expect(screen.getByText('Sie haben ungespeicherte Änderungen.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Abbrechen' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Seite verlassen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Auf der Seite bleiben' }));
    expect(router.state.location.pathname).toBe(editPath(managedEvent.id));
  });
});

describe('event form: publish, delete, cancel', () => {
  it('publishes a draft after a question that says what happens', async () => {
    const { user, store } = await openEdit(draftEvent);
    expect(screen.getByText('Entwurf', { selector: '.kern-badge *' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Veröffentlichen' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Veranstaltung veröffentlichen?' });
    expect(dialog).toHaveAccessibleDescription(
      'Alle Mitglieder des Netzwerks sehen die Veranstaltung dann und können sich anmelden, sobald die Anmeldung geöffnet ist. Eine veröffentlichte Veranstaltung wird nicht wieder zum Entwurf; Sie können sie aber absagen.',
    );
    // the safe answer has the focus
    expect(within(dialog).getByRole('button', { name: 'Noch nicht' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Veröffentlichen' }));

    await waitFor(() => expect(store.puts).toHaveLength(1));
    expect(store.puts[0]!.body.status).toBe('PUBLISHED');
    expect(store.puts[0]!.ifMatch).toBe('"0"');
    expect(await screen.findByText(/^Die Veranstaltung ist veröffentlicht\./)).toBeInTheDocument();
    expect(screen.getByText('Veröffentlicht', { selector: '.kern-badge *' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Veröffentlichen' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Veranstaltung absagen' })).toBeInTheDocument();
  });

  it('cancels a published event after saying that all 23 registrations are cancelled', async () => {
    const { user, store } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Veranstaltung absagen' }));
    let dialog = await screen.findByRole('alertdialog', {
      name: '„Präsenztreffen im Kreishaus Unna“ absagen?',
    });
    expect(dialog).toHaveAccessibleDescription(
      'Alle 23 Anmeldungen werden storniert; die Teilnehmenden sehen die Absage. Eine abgesagte Veranstaltung kann nicht mehr geändert werden.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Nicht jetzt' }));
    expect(store.deletes).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Veranstaltung absagen' }));
    dialog = await screen.findByRole('alertdialog', {
      name: '„Präsenztreffen im Kreishaus Unna“ absagen?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Veranstaltung absagen' }));

    const notice = await screen.findByRole('heading', { name: 'Die Veranstaltung ist abgesagt' });
    expect(store.deletes).toEqual([managedEvent.id]);
    await waitFor(() => expect(notice.closest('.kern-alert')).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Änderungen speichern' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Anmeldungen ansehen' })).toHaveAttribute(
      'href',
      `/veranstaltungen/${managedEvent.id}/anmeldungen`,
    );
  });

  it('deletes a draft and says so on the network page', async () => {
    const { user, store, router } = await openEdit(draftEvent);
    await user.click(screen.getByRole('button', { name: 'Entwurf löschen' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Entwurf „Präsenztreffen im Kreishaus Unna“ löschen?',
    });
    expect(dialog).toHaveAccessibleDescription(
      'Der Entwurf wird endgültig gelöscht. Das lässt sich nicht rückgängig machen.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Entwurf löschen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/netzwerke/${seedNetwork.id}`));
    expect(store.deletes).toEqual([draftEvent.id]);
    expect(
      await screen.findByText('Der Entwurf „Präsenztreffen im Kreishaus Unna“ wurde gelöscht.'),
    ).toBeInTheDocument();
  });
});

describe('event form in English', () => {
  it('speaks English, including the move announcement', async () => {
    const { user } = await openEdit(managedEvent, { language: 'en' });
    expect(screen.getByRole('heading', { level: 1, name: 'Edit event' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Venue' })).toBeInTheDocument();
    const up = within(agendaItem('Agenda item 4: Exkursion')).getByRole('button', {
      name: 'Move up',
    });
    up.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('Exkursion is now item 3 of 4')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel event' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeInTheDocument();
  });
});
