import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { myMembership, seedProfile, unna } from '@/testing/fixtures';
import {
  API,
  conceptStore,
  membershipsHandler,
  profileStore,
  validationProblem,
} from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const path = `/kommunen/${unna.id}`;

/** A member whose own profile names Unna, so "Bearbeiten" is offered. */
function memberOfUnna() {
  const profile = profileStore({
    ...seedProfile,
    municipality: { id: unna.id, name: unna.name, officialKey: unna.officialKey },
  });
  server.use(...profile.handlers);
}

async function conceptSection() {
  const heading = await screen.findByRole('heading', { level: 2, name: 'Klimaschutzkonzept' });
  return heading.closest('section')!;
}

describe('climate concept on the municipality page', () => {
  it('shows a concept that was never recorded, without an edit button for others', async () => {
    await renderApp(path);
    const section = await conceptSection();
    expect(await within(section).findByText('Nicht begonnen')).toBeInTheDocument();
    expect(within(section).getByText('noch nie erfasst')).toBeInTheDocument();
    expect(within(section).getByText('Bisher wurde nichts geändert.')).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Bearbeiten' })).not.toBeInTheDocument();
  });

  it('shows status, funding, date, note and who changed it last, in German', async () => {
    server.use(
      http.get(`${API}/municipalities/:id/climate-concept`, () =>
        HttpResponse.json(
          {
            municipalityId: unna.id,
            status: 'ADOPTED',
            fundingProgramme: 'Kommunalrichtlinie (NKI)',
            fundingReference: '67K12345',
            adoptedOn: '2021-06-24',
            note: 'Vom Rat beschlossen.',
            updatedAt: '2026-11-20T14:30:00Z',
            updatedBy: { id: seedProfile.id, displayName: 'Gesa Gastgeberin' },
          },
          { headers: { ETag: '"3"' } },
        ),
      ),
    );
    await renderApp(path);
    const section = await conceptSection();
    expect(await within(section).findByText('Beschlossen')).toBeInTheDocument();
    expect(within(section).getByText('Kommunalrichtlinie (NKI)')).toBeInTheDocument();
    expect(within(section).getByText('67K12345')).toBeInTheDocument();
    expect(within(section).getByText('24.06.2021')).toBeInTheDocument();
    expect(within(section).getByText('Vom Rat beschlossen.')).toBeInTheDocument();
    expect(within(section).getByText('20.11.2026, 15:30').parentElement).toHaveTextContent(
      '20.11.2026, 15:30 von Gesa Gastgeberin',
    );
  });

  it('lets a member of the municipality edit with If-Match and shows the change in the history', async () => {
    memberOfUnna();
    const store = conceptStore(unna.id);
    server.use(...store.handlers);
    const { user } = await renderApp(path);
    const section = await conceptSection();
    await user.click(await within(section).findByRole('button', { name: 'Bearbeiten' }));

    const status = within(section).getByRole('group', { name: 'Stand' });
    await user.click(within(status).getByRole('radio', { name: 'Beschlossen' }));
    await user.type(within(section).getByLabelText(/Beschlussdatum/), '2021-06-24');
    await user.type(
      within(section).getByRole('textbox', { name: /Förderprogramm/ }),
      'Kommunalrichtlinie (NKI)',
    );
    await user.type(
      within(section).getByRole('textbox', { name: /Förderkennzeichen/ }),
      '67K12345',
    );
    await user.click(within(section).getByRole('button', { name: 'Stand speichern' }));

    expect(
      await within(section).findByText('Der Stand des Klimaschutzkonzepts wurde gespeichert.'),
    ).toBeInTheDocument();
    expect(store.puts).toEqual([
      {
        ifMatch: '"0"',
        body: {
          status: 'ADOPTED',
          fundingProgramme: 'Kommunalrichtlinie (NKI)',
          fundingReference: '67K12345',
          adoptedOn: '2021-06-24',
          note: null,
        },
      },
    ]);
    expect(within(section).getByRole('button', { name: 'Bearbeiten' })).toHaveFocus();
    const history = within(section).getByRole('heading', { name: 'Verlauf' }).closest('section')!;
    await waitFor(() =>
      expect(within(history).getByText(/Stand: Nicht begonnen/)).toHaveTextContent(
        /^Stand: Nicht begonnen →\s*geändert zu Beschlossen$/,
      ),
    );
    expect(within(history).getByText(/Beschlussdatum: leer/)).toHaveTextContent('24.06.2021');
    expect(within(history).getByText(/Mara Mitglied/)).toBeInTheDocument();

    // the next save uses the new ETag
    await user.click(within(section).getByRole('button', { name: 'Bearbeiten' }));
    await user.type(within(section).getByRole('textbox', { name: /Anmerkung/ }), 'Hallo');
    await user.click(within(section).getByRole('button', { name: 'Stand speichern' }));
    await waitFor(() => expect(store.puts).toHaveLength(2));
    expect(store.puts[1]?.ifMatch).toBe('"1"');
  });

  it('requires the adoption date for Beschlossen, next to the field and in the summary', async () => {
    memberOfUnna();
    const store = conceptStore(unna.id);
    server.use(...store.handlers);
    const { user } = await renderApp(path);
    const section = await conceptSection();
    await user.click(await within(section).findByRole('button', { name: 'Bearbeiten' }));
    await user.click(within(section).getByRole('radio', { name: 'In Umsetzung' }));
    await user.click(within(section).getByRole('button', { name: 'Stand speichern' }));

    const summary = within(section).getByRole('heading', { name: 'Bitte prüfen Sie Ihre Angaben' })
      .parentElement!.parentElement!;
    expect(summary).toHaveFocus();
    const link = within(summary).getByRole('link', {
      name: /Bitte geben Sie das Beschlussdatum an/,
    });
    const date = within(section).getByLabelText(/Beschlussdatum/);
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(
      expect.stringContaining('Bitte geben Sie das Beschlussdatum an'),
    );
    await user.click(link);
    expect(date).toHaveFocus();
    expect(store.puts).toHaveLength(0);
  });

  it('shows API violations next to the fields', async () => {
    memberOfUnna();
    server.use(
      http.put(`${API}/municipalities/:id/climate-concept`, () =>
        validationProblem([{ field: 'fundingReference', message: 'Höchstens 100 Zeichen.' }]),
      ),
    );
    const { user } = await renderApp(path);
    const section = await conceptSection();
    await user.click(await within(section).findByRole('button', { name: 'Bearbeiten' }));
    await user.click(within(section).getByRole('button', { name: 'Stand speichern' }));
    const field = within(section).getByRole('textbox', { name: /Förderkennzeichen/ });
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Höchstens 100 Zeichen.'));
  });

  it('explains a 403 on save plainly', async () => {
    server.use(membershipsHandler([myMembership('COORDINATOR')]));
    const store = conceptStore(unna.id, { forbidden: true });
    server.use(...store.handlers);
    const { user } = await renderApp(path);
    const section = await conceptSection();
    await user.click(await within(section).findByRole('button', { name: 'Bearbeiten' }));
    await user.click(within(section).getByRole('button', { name: 'Stand speichern' }));
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('Sie dürfen den Stand dieser Kommune nicht ändern.');
    expect(alert).toHaveFocus();
  });

  it('asks to reload after a 412', async () => {
    memberOfUnna();
    server.use(
      http.put(`${API}/municipalities/:id/climate-concept`, () =>
        HttpResponse.json({ title: 'Vorbedingung fehlgeschlagen', status: 412 }, { status: 412 }),
      ),
    );
    const { user } = await renderApp(path);
    const section = await conceptSection();
    await user.click(await within(section).findByRole('button', { name: 'Bearbeiten' }));
    await user.click(within(section).getByRole('button', { name: 'Stand speichern' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Bitte laden Sie die Seite neu',
    );
  });

  it('offers editing to admins', async () => {
    await renderApp(path, { auth: { roles: ['admin'] } });
    const section = await conceptSection();
    expect(await within(section).findByRole('button', { name: 'Bearbeiten' })).toBeInTheDocument();
  });
});
