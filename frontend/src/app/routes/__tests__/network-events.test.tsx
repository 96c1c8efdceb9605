import { screen, within } from '@testing-library/react';
import { seedNetwork } from '@/testing/fixtures';
import {
  cancelledEvent,
  eventsStore,
  fullEvent,
  myRegistration,
  pastEvent,
  seedEvents,
  unlimitedEvent,
  unnaEvent,
} from '@/testing/event-fixtures';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const listPath = `/netzwerke/${seedNetwork.id}/veranstaltungen`;

function useStore(options: Parameters<typeof eventsStore>[0] = {}) {
  const store = eventsStore(options);
  server.use(...store.handlers);
  return store;
}

async function card(title: string) {
  const heading = await screen.findByRole('heading', { level: 2, name: title });
  return heading.closest('article')!;
}

describe('events list', () => {
  it('shows the upcoming events as cards with date, place, host, status and seats in words', async () => {
    const store = useStore({
      mine: {
        [unnaEvent.id]: myRegistration(unnaEvent.id),
        [fullEvent.id]: myRegistration(fullEvent.id, {
          status: 'WAITLISTED',
          waitlistPosition: 3,
        }),
      },
    });
    await renderApp(listPath);

    expect(screen.getByRole('heading', { level: 1, name: 'Präsenztreffen' })).toBeInTheDocument();
    expect(await screen.findByText(seedNetwork.name)).toBeInTheDocument();
    expect(document.title).toBe(`Kommende Präsenztreffen – ${seedNetwork.name} – Klimanetz`);
    const tabs = screen.getByRole('navigation', { name: 'Zeitraum' });
    expect(within(tabs).getByRole('link', { name: 'Kommende' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(tabs).getByRole('link', { name: 'Vergangene' })).not.toHaveAttribute(
      'aria-current',
    );

    const unna = await card(unnaEvent.title);
    expect(within(unna).getByRole('link', { name: unnaEvent.title })).toHaveAttribute(
      'href',
      `/veranstaltungen/${unnaEvent.id}`,
    );
    const when = within(unna).getByText('Donnerstag, 20. März 2031, 10:00–16:00 Uhr');
    expect(when.tagName).toBe('TIME');
    expect(within(unna).getByText('Kreishaus Unna, Unna')).toBeInTheDocument();
    expect(within(unna).getByText('Kreis Unna – Gesa Gastgeberin')).toBeInTheDocument();
    expect(within(unna).getByText('Noch 5 Plätze frei')).toBeInTheDocument();
    expect(within(unna).getByText('Sie sind angemeldet')).toBeInTheDocument();

    const full = await card(fullEvent.title);
    expect(within(full).getByText('Ausgebucht – Warteliste')).toBeInTheDocument();
    expect(within(full).getByText('Warteliste Platz 3')).toBeInTheDocument();

    const unlimited = await card(unlimitedEvent.title);
    expect(within(unlimited).getByText('Unbegrenzte Plätze')).toBeInTheDocument();

    const cancelled = await card(cancelledEvent.title);
    expect(within(cancelled).getByText('Abgesagt')).toBeInTheDocument();
    expect(within(cancelled).queryByText(/Plätze/)).not.toBeInTheDocument();

    // soonest first
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles.indexOf(unnaEvent.title)).toBeLessThan(titles.indexOf(fullEvent.title));
    expect(screen.queryByRole('heading', { name: pastEvent.title })).not.toBeInTheDocument();
    expect(store.listRequests[0]).toMatchObject({ when: 'upcoming', page: '0' });
    expect(screen.getByRole('link', { name: 'Zurück zum Netzwerk' })).toHaveAttribute(
      'href',
      `/netzwerke/${seedNetwork.id}`,
    );
  });

  it('switches to the past events by the tab in the address', async () => {
    const store = useStore();
    const { user, router } = await renderApp(listPath);
    await card(unnaEvent.title);

    await user.click(screen.getByRole('link', { name: 'Vergangene' }));
    const past = await card(pastEvent.title);
    expect(router.state.location.search).toBe('?zeit=vergangen');
    expect(screen.getByRole('link', { name: 'Vergangene' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('link', { name: 'Kommende' })).not.toHaveAttribute('aria-current');
    expect(within(past).getByText('Sie waren dabei')).toBeInTheDocument();
    // no seats for what is over
    expect(within(past).queryByText(/Plätze/)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: unnaEvent.title })).not.toBeInTheDocument();
    expect(store.listRequests.at(-1)).toMatchObject({ when: 'past' });
    expect(document.title).toBe(`Vergangene Präsenztreffen – ${seedNetwork.name} – Klimanetz`);
  });

  it('opens the past tab directly from the address and pages within it', async () => {
    const many = Array.from({ length: 25 }, (_, index) => ({
      ...pastEvent,
      id: `e1a2b3c4-0000-4000-8000-1000000000${String(index).padStart(2, '0')}`,
      title: `Treffen ${index + 1}`,
    }));
    useStore({ events: many });
    await renderApp(`${listPath}?zeit=vergangen`);
    await screen.findByRole('heading', { level: 2, name: 'Treffen 1' });
    expect(screen.getByText('25 vergangene Treffen')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nächste Seite' })).toHaveAttribute(
      'href',
      `${listPath}?zeit=vergangen&page=2`,
    );
  });

  it('says so when nothing is planned', async () => {
    useStore({ events: [pastEvent] });
    await renderApp(listPath);
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Zurzeit ist kein Präsenztreffen geplant',
      }),
    ).toBeInTheDocument();
  });

  it('speaks English', async () => {
    useStore({ events: seedEvents });
    await renderApp(listPath, { language: 'en' });
    expect(screen.getByRole('heading', { level: 1, name: 'On-site meetings' })).toBeInTheDocument();
    const unna = await card(unnaEvent.title);
    expect(within(unna).getByText('5 seats left')).toBeInTheDocument();
    expect(within(unna).getByText('Thursday, 20 March 2031, 10:00–16:00')).toBeInTheDocument();
    expect(
      within(await card(fullEvent.title)).getByText('Fully booked – waiting list'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Upcoming' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Past' })).toBeInTheDocument();
  });
});

describe('on-site meetings on the network page', () => {
  it('shows the next meeting and links to all of them', async () => {
    const store = useStore();
    await renderApp(`/netzwerke/${seedNetwork.id}`);
    const section = await screen.findByRole('region', { name: 'Präsenztreffen' });
    const next = await within(section).findByRole('heading', { level: 3, name: unnaEvent.title });
    expect(within(next.closest('article')!).getByText('Noch 5 Plätze frei')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Alle Präsenztreffen' })).toHaveAttribute(
      'href',
      listPath,
    );
    expect(store.listRequests).toContainEqual({ when: 'upcoming', page: '0', size: '1' });
  });

  it('says when no meeting is planned', async () => {
    await renderApp(`/netzwerke/${seedNetwork.id}`);
    const section = await screen.findByRole('region', { name: 'Präsenztreffen' });
    expect(
      await within(section).findByText('Zurzeit ist kein Präsenztreffen geplant.'),
    ).toBeInTheDocument();
  });
});
