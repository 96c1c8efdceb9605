import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { myMembership, seedNetwork } from '@/testing/fixtures';
import { API, membershipsHandler, problem } from '@/testing/handlers';
import { ROOM_ID, roomsStore } from '@/testing/rooms-fixtures';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const path = `/netzwerke/${seedNetwork.id}`;

async function roomsSection() {
  const heading = await screen.findByRole('heading', { level: 2, name: 'Online-Räume' });
  return heading.closest('section')!;
}

describe('online rooms on the network page', () => {
  it('lists each room with its schedule in words, its next session and a link', async () => {
    server.use(...roomsStore().handlers);
    await renderApp(path);
    const section = await roomsSection();
    const link = await within(section).findByRole('link', {
      name: 'Online-Austausch Klimaschutzmanagement NRW',
    });
    expect(link).toHaveAttribute('href', `/online-raeume/${ROOM_ID}`);
    const room = link.closest('li')!;
    expect(within(room).getByText('Termine').nextSibling).toHaveTextContent(
      'jeden zweiten Dienstag, 10:00–11:30 Uhr',
    );
    expect(within(room).getByText('Nächster Termin').nextSibling).toHaveTextContent(
      'Dienstag, 10. Dezember 2030, 10:00–11:30 Uhr',
    );
    // members create no rooms
    expect(within(section).queryByRole('link', { name: 'Online-Raum anlegen' })).toBeNull();
  });

  it('offers coordinators to create a room', async () => {
    server.use(...roomsStore().handlers, membershipsHandler([myMembership('COORDINATOR')]));
    await renderApp(path);
    const section = await roomsSection();
    expect(
      await within(section).findByRole('link', { name: 'Online-Raum anlegen' }),
    ).toHaveAttribute('href', `/netzwerke/${seedNetwork.id}/online-raeume/neu`);
  });

  it('offers admins to create a room too', async () => {
    server.use(membershipsHandler([]));
    await renderApp(path, { auth: { roles: ['admin'] } });
    const section = await roomsSection();
    expect(await within(section).findByText('Noch kein Online-Raum')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Online-Raum anlegen' })).toBeInTheDocument();
  });

  it('tells outsiders the rooms are for members, without an error', async () => {
    server.use(
      http.get(`${API}/networks/:id/online-rooms`, () =>
        problem(403, 'Verboten', 'Nur für Mitglieder.'),
      ),
      membershipsHandler([]),
    );
    await renderApp(path);
    const section = await roomsSection();
    expect(
      await within(section).findByText(
        'Die Online-Räume sind nur für Mitglieder dieses Netzwerks sichtbar.',
      ),
    ).toBeInTheDocument();
    expect(within(section).queryByRole('alert')).toBeNull();
  });
});
