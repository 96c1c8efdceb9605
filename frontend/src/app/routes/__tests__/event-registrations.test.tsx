import { screen, waitFor, within } from '@testing-library/react';
import {
  eventStore,
  managedEvent,
  pastEvent,
  REGISTRATIONS_CSV,
  registrationStore,
  seedRegistrations,
} from '@/testing/event-management-fixtures';
import { kofi, myMembership } from '@/testing/fixtures';
import { membershipsHandler } from '@/testing/handlers';
import { server } from '@/testing/server';
import { TEST_TOKEN } from '@/testing/setup';
import { renderApp } from '@/testing/test-utils';
import type { Language } from '@/lib/i18n';

type Options = {
  event?: typeof managedEvent;
  role?: 'COORDINATOR' | 'MEMBER';
  language?: Language;
  search?: string;
  store?: Parameters<typeof registrationStore>[0];
};

async function openRegistrations(options: Options = {}) {
  const event = options.event ?? pastEvent;
  const events = eventStore(event);
  const store = registrationStore(options.store);
  server.use(
    ...events.handlers,
    ...store.handlers,
    membershipsHandler([myMembership(options.role ?? 'COORDINATOR')]),
  );
  const view = await renderApp(`/veranstaltungen/${event.id}/anmeldungen${options.search ?? ''}`, {
    language: options.language,
  });
  return { ...view, store, events };
}

const rowOf = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;
const cellsOf = (name: string) =>
  within(rowOf(name))
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('registrations table', () => {
  afterEach(() => {
    // jsdom has no object URLs; the download test lends them
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('lists the registrations with every column, confirmed first, then the waitlist', async () => {
    const { store } = await openRegistrations();
    const table = await screen.findByRole('table', { name: 'Anmeldungen' });
    expect(screen.getByRole('heading', { level: 1, name: 'Anmeldungen' })).toBeInTheDocument();
    expect(document.title).toBe('Anmeldungen – Präsenztreffen im Kreishaus Unna – Klimanetz');
    expect(screen.getByText('21 bestätigt · 2 auf der Warteliste · 30 Plätze')).toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Name',
      'Kommune',
      'Status',
      'Wartelistenplatz',
      'Angemeldet am',
      'Anmerkung',
      'Barrierefreiheit',
      'Verpflegung',
      'Programmpunkte',
      'Anwesenheit',
      'Aktionen',
    ]);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Mara Mitglied',
      'Gesa Gastgeberin',
      'Paula Probe',
      'Konrad Koordinator',
      'Otto Ohnemann',
    ]);
    expect(cellsOf('Mara Mitglied').slice(0, 8)).toEqual([
      'Schwerte',
      'Bestätigt',
      '–keine Angabe',
      '01.02.2030, 09:14',
      '–keine Angabe',
      '–keine Angabe',
      'vegetarisch',
      'Exkursion',
    ]);
    expect(cellsOf('Paula Probe').slice(0, 8)).toEqual([
      '–keine Angabe',
      'Warteliste',
      '1',
      '03.02.2030, 09:14',
      '–keine Angabe',
      '–keine Angabe',
      '–keine Angabe',
      'Exkursion (Warteliste, Platz 2)',
    ]);
    expect(cellsOf('Gesa Gastgeberin').slice(4, 6)).toEqual(['Ich bringe Flyer mit.', 'Rollstuhl']);
    expect(store.lists[0]).toMatchObject({ status: null, page: '0' });
  });

  it('filters by status through the address', async () => {
    const { user, store, router } = await openRegistrations();
    await screen.findByRole('table', { name: 'Anmeldungen' });
    const filter = screen.getByLabelText('Status');
    expect(
      within(filter)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Alle', 'Bestätigt', 'Warteliste', 'Storniert', 'Teilgenommen', 'Nicht erschienen']);
    await user.selectOptions(filter, 'Warteliste');

    const table = await screen.findByRole('table', { name: 'Anmeldungen: Warteliste' });
    await waitFor(() =>
      expect(
        within(table)
          .getAllByRole('rowheader')
          .map((h) => h.textContent),
      ).toEqual(['Paula Probe', 'Konrad Koordinator']),
    );
    expect(store.lists.at(-1)).toMatchObject({ status: 'WAITLISTED', page: '0' });
    expect(router.state.location.search).toBe('?status=WAITLISTED');
    expect(screen.getByText('2 Anmeldungen')).toHaveAttribute('role', 'status');

    await user.selectOptions(filter, 'Nicht erschienen');
    expect(
      await screen.findByRole('heading', { name: 'Keine Anmeldungen mit diesem Status' }),
    ).toBeInTheDocument();
  });

  it('marks attendance after the start with the row etag in If-Match, keeping the focus', async () => {
    const { user, store } = await openRegistrations();
    await screen.findByRole('table', { name: 'Anmeldungen' });
    const group = within(rowOf('Mara Mitglied')).getByRole('group', {
      name: 'Anwesenheit von Mara Mitglied',
    });
    const attended = within(group).getByRole('button', { name: 'Teilgenommen' });
    expect(attended).toHaveAttribute('aria-pressed', 'false');
    attended.focus();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(attended).toHaveAttribute('aria-pressed', 'true'));
    expect(store.attendance[0]).toEqual({
      registrationId: seedRegistrations[0]!.id,
      ifMatch: '"1"',
      body: { status: 'ATTENDED' },
    });
    expect(attended).toHaveFocus();
    expect(screen.getByText('Mara Mitglied: Teilgenommen eingetragen.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(
      within(rowOf('Mara Mitglied')).getByText('Teilgenommen', { selector: '.kern-badge *' }),
    ).toBeInTheDocument();

    // the next change goes with the new etag
    await user.click(within(group).getByRole('button', { name: 'Nicht erschienen' }));
    await waitFor(() => expect(store.attendance).toHaveLength(2));
    expect(store.attendance[1]).toMatchObject({ ifMatch: '"11"', body: { status: 'NO_SHOW' } });

    // waitlisted and cancelled rows have nothing to mark
    expect(within(rowOf('Paula Probe')).queryByRole('group')).not.toBeInTheDocument();
  });

  it('explains a stale row (412) and reads the list again', async () => {
    const { user, store } = await openRegistrations();
    await screen.findByRole('table', { name: 'Anmeldungen' });
    store.changeElsewhere(seedRegistrations[1]!.id);
    const before = store.lists.length;
    await user.click(
      within(rowOf('Gesa Gastgeberin')).getByRole('button', { name: 'Nicht erschienen' }),
    );
    expect(
      await screen.findByText(
        'Diese Anmeldung wurde inzwischen geändert. Die Liste wurde neu geladen; bitte tragen Sie die Anwesenheit noch einmal ein.',
      ),
    ).toBeInTheDocument();
    expect(store.attendance[0]!.ifMatch).toBe('"2"');
    await waitFor(() => expect(store.lists.length).toBeGreaterThan(before));
  });

  it('offers no attendance before the event starts', async () => {
    await openRegistrations({ event: managedEvent });
    const table = await screen.findByRole('table', { name: 'Anmeldungen' });
    expect(
      within(table).queryByRole('columnheader', { name: 'Anwesenheit' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'Die Anwesenheit tragen Sie ab Beginn der Veranstaltung ein (18.03.2030, 10:00 Uhr).',
      ),
    ).toBeInTheDocument();
  });

  it('downloads the CSV (Accept text/csv) and the sign-in sheet PDF with the bearer token', async () => {
    const createObjectURL = vi.fn((blob: Blob) => {
      void blob;
      return `blob:${createObjectURL.mock.calls.length}`;
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download });
    });

    const { user, store } = await openRegistrations();
    await screen.findByRole('table', { name: 'Anmeldungen' });
    await user.click(screen.getByRole('button', { name: 'CSV herunterladen' }));
    expect(
      await screen.findByText(
        'Die Datei anmeldungen-praesenztreffen-im-kreishaus-unna.csv wurde heruntergeladen.',
      ),
    ).toBeInTheDocument();
    const csv = store.lists.find((r) => r.accept?.includes('text/csv'));
    expect(csv).toEqual({
      status: null,
      page: null,
      accept: 'text/csv, application/problem+json',
      authorization: `Bearer ${TEST_TOKEN}`,
    });
    // the table itself still asks for JSON
    expect(store.lists[0]!.accept).toBe('application/json, application/problem+json');
    const csvBlob = createObjectURL.mock.calls[0]![0];
    expect(
      new TextDecoder('utf-8', { ignoreBOM: true }).decode(
        new Uint8Array(await csvBlob.arrayBuffer()),
      ),
    ).toBe(REGISTRATIONS_CSV);

    await user.click(screen.getByRole('button', { name: 'Unterschriftenliste (PDF)' }));
    expect(
      await screen.findByText(
        'Die Datei unterschriftenliste-praesenztreffen-im-kreishaus-unna.pdf wurde heruntergeladen.',
      ),
    ).toBeInTheDocument();
    expect(store.sheets).toEqual([
      {
        accept: 'application/pdf, application/problem+json',
        authorization: `Bearer ${TEST_TOKEN}`,
      },
    ]);
    expect(clicked.map((c) => c.download)).toEqual([
      'anmeldungen-praesenztreffen-im-kreishaus-unna.csv',
      'unterschriftenliste-praesenztreffen-im-kreishaus-unna.pdf',
    ]);
    const pdfBlob = createObjectURL.mock.calls[1]![0];
    expect(await pdfBlob.text()).toBe('%PDF-1.7 Unterschriftenliste');
  });

  it('tells members plainly who sees the registrations (403)', async () => {
    await openRegistrations({ role: 'MEMBER', store: { forbidden: true } });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Kein Zugang zu den Anmeldungen' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Nur die Koordination und die Gastgeberin oder der Gastgeber sehen die Anmeldungen.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'CSV herunterladen' })).not.toBeInTheDocument();
  });

  it('shows the host the table and the CSV, but no coordination tools', async () => {
    await openRegistrations({ role: 'MEMBER' });
    const table = await screen.findByRole('table', { name: 'Anmeldungen' });
    expect(screen.getByRole('button', { name: 'CSV herunterladen' })).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Unterschriftenliste (PDF)' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Person anmelden' })).not.toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'Aktionen' })).not.toBeInTheDocument();
    expect(within(table).queryByRole('group')).not.toBeInTheDocument();
  });

  it('registers a member of the network; the answer says where they stand', async () => {
    const { user, store } = await openRegistrations({
      store: {
        initial: seedRegistrations.filter((r) => r.participant.id !== kofi.participantId),
      },
    });
    await screen.findByRole('table', { name: 'Anmeldungen' });
    await user.click(screen.getByRole('button', { name: 'Person anmelden' }));
    const dialog = screen.getByRole('dialog', { name: 'Person anmelden' });
    const person = within(dialog).getByLabelText('Person');
    await waitFor(() => expect(person).toHaveFocus());

    await user.click(within(dialog).getByRole('button', { name: 'Anmelden' }));
    expect(person).toHaveAccessibleDescription(
      'Bitte wählen Sie die Person, die Sie anmelden möchten.',
    );
    expect(store.posts).toHaveLength(0);

    await within(dialog).findByRole('option', { name: 'Konrad Koordinator' });
    await user.selectOptions(person, 'Konrad Koordinator');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Exkursion' }));
    await user.type(within(dialog).getByLabelText(/^Verpflegung/), 'vegan');
    await user.click(within(dialog).getByRole('button', { name: 'Anmelden' }));

    expect(
      await screen.findByText('Konrad Koordinator steht auf Platz 2 der Warteliste.'),
    ).toBeInTheDocument();
    expect(store.posts[0]).toEqual({
      participantId: kofi.participantId,
      note: null,
      accessibilityNeeds: null,
      dietaryNeeds: 'vegan',
      agendaItemIds: [pastEvent.agenda[3]!.id],
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(
      await screen.findByRole('rowheader', { name: 'Konrad Koordinator' }),
    ).toBeInTheDocument();
  });

  it('cancels a registration after asking; the first on the waitlist moves up', async () => {
    const { user, store } = await openRegistrations();
    await screen.findByRole('table', { name: 'Anmeldungen' });
    await user.click(
      within(rowOf('Mara Mitglied')).getByRole('button', { name: 'Stornieren – Mara Mitglied' }),
    );
    const dialog = screen.getByRole('alertdialog', {
      name: 'Anmeldung von Mara Mitglied stornieren?',
    });
    expect(dialog).toHaveAccessibleDescription(
      'Mara Mitglied verliert den Platz. Steht jemand auf der Warteliste, bekommt die erste Person den Platz, und alle dahinter rücken auf.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Anmeldung stornieren' }));

    const notice = await screen.findByText('Die Anmeldung von Mara Mitglied wurde storniert.');
    await waitFor(() => expect(notice.closest('[tabindex="-1"]')).toHaveFocus());
    expect(store.deletes).toEqual([seedRegistrations[0]!.id]);
    await waitFor(() => expect(cellsOf('Paula Probe')[1]).toBe('Bestätigt'));
    expect(cellsOf('Konrad Koordinator').slice(1, 3)).toEqual(['Warteliste', '1']);
    expect(cellsOf('Mara Mitglied')[1]).toBe('Storniert');
  });

  it('speaks English', async () => {
    await openRegistrations({ language: 'en' });
    const table = await screen.findByRole('table', { name: 'Registrations' });
    expect(
      within(table).getByRole('columnheader', { name: 'Waiting list position' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign-in sheet (PDF)' })).toBeInTheDocument();
    expect(screen.getByText('21 confirmed · 2 on the waiting list · 30 seats')).toBeInTheDocument();
    expect(
      within(rowOf('Mara Mitglied')).getByRole('group', { name: 'Attendance of Mara Mitglied' }),
    ).toBeInTheDocument();
  });

  it('speaks English to members without access too', async () => {
    await openRegistrations({ role: 'MEMBER', store: { forbidden: true }, language: 'en' });
    expect(
      await screen.findByText('Only the coordinators and the host see the registrations.'),
    ).toBeInTheDocument();
  });
});
