import { screen, waitFor, within } from '@testing-library/react';
import { delay, http } from 'msw';
import { seedProfile } from '@/testing/fixtures';
import {
  API,
  notificationSettingsStore,
  problem,
  profileStore,
  validationProblem,
} from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const PATH = '/profil/benachrichtigungen';

async function openSettings() {
  const settings = notificationSettingsStore();
  const profile = profileStore();
  server.use(...settings.handlers, ...profile.handlers);
  const view = await renderApp(PATH);
  await screen.findByRole('checkbox', { name: 'Neue Protokolle' });
  return { ...view, settings, profile };
}

const save = () => screen.getByRole('button', { name: 'Einstellungen speichern' });

describe('notification settings', () => {
  it('is linked from the header and the profile, and explains every switch with its default', async () => {
    server.use(...notificationSettingsStore().handlers, ...profileStore().handlers);
    const { user } = await renderApp('/profil');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'E-Mails von Klimanetz' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: 'Benachrichtigungen einstellen' }),
    ).toHaveAttribute('href', PATH);
    await user.click(
      within(screen.getByRole('banner')).getByRole('link', { name: 'Benachrichtigungen' }),
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Benachrichtigungen' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Benachrichtigungen – Klimanetz');
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: 'Benachrichtigungen' }),
    ).toHaveAttribute('aria-current', 'page');
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: 'Mein Profil' }),
    ).not.toHaveAttribute('aria-current');

    const group = await screen.findByRole('group', {
      name: 'Diese E-Mails können Sie abbestellen',
    });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes.map((box) => box.getAttribute('id'))).toEqual([
      'notification-roomCalendar',
      'notification-minutes',
      'notification-eventReminders',
      'notification-sessionReminders',
      'notification-networkMessages',
    ]);
    expect(boxes.map((box) => (box as HTMLInputElement).checked)).toEqual([
      true,
      true,
      true,
      false,
      true,
    ]);
    expect(
      screen.getByRole('checkbox', { name: 'Erinnerung an Online-Termine' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Standard: aus'));
    expect(
      screen.getByRole('checkbox', { name: 'Termine der Online-Räume im Kalender' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Standard: an.'));
    expect(
      screen.getByRole('heading', { name: 'Diese E-Mails bekommen Sie immer' }).closest('div')
        ?.parentElement,
    ).toHaveTextContent(/eigenen Anmeldungen .* Einladungen in ein Netzwerk/);

    const language = screen.getByRole('group', { name: 'Sprache der E-Mails' });
    expect(within(language).getByRole('radio', { name: 'Deutsch' })).toBeChecked();
    expect(within(language).getByRole('radio', { name: 'English' })).not.toBeChecked();
  });

  it('shows a loading state, then a load error with a retry', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/me/notification-settings`, async () => {
        calls += 1;
        await delay(30);
        return problem(503, 'Dienst nicht verfügbar', 'Die Datenbank antwortet gerade nicht.');
      }),
    );
    const { user } = await renderApp(PATH);
    expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent(
      'Ihre Einstellungen werden geladen …',
    );
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', {
        name: 'Ihre Einstellungen konnten nicht geladen werden',
      }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent('Die Datenbank antwortet gerade nicht.');
    await user.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    await waitFor(() => expect(calls).toBe(2));
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it("explains the API's refusal (403) instead of a form", async () => {
    server.use(
      http.get(`${API}/me/notification-settings`, () =>
        problem(403, 'Verboten', 'Ein Dienstkonto bekommt keine E-Mails.'),
      ),
    );
    await renderApp(PATH);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Ein Dienstkonto bekommt keine E-Mails.');
    expect(alert).toHaveTextContent('Fehlercode 403');
    expect(
      screen.queryByRole('button', { name: 'Einstellungen speichern' }),
    ).not.toBeInTheDocument();
  });

  it('saves the switches with If-Match, leaves the profile alone, and says so politely', async () => {
    const { user, settings, profile } = await openSettings();
    await user.click(screen.getByRole('checkbox', { name: 'Erinnerung an Online-Termine' }));
    await user.click(screen.getByRole('checkbox', { name: 'Neue Protokolle' }));
    expect(screen.getByText('Sie haben ungespeicherte Änderungen.')).toBeInTheDocument();
    await user.click(save());

    const notice = await screen.findByText('Ihre Einstellungen wurden gespeichert.');
    expect(notice.closest('[role="status"]')).not.toBeNull();
    expect(settings.puts).toEqual([
      {
        ifMatch: '"0"',
        body: {
          roomCalendar: true,
          minutes: false,
          eventReminders: true,
          sessionReminders: true,
          networkMessages: true,
        },
      },
    ]);
    expect(profile.puts).toHaveLength(0);
    expect(screen.queryByText('Sie haben ungespeicherte Änderungen.')).not.toBeInTheDocument();

    // the next change names the new version
    await user.click(screen.getByRole('checkbox', { name: 'Nachrichten an das Netzwerk' }));
    await user.click(save());
    await waitFor(() => expect(settings.puts).toHaveLength(2));
    expect(settings.puts[1]?.ifMatch).toBe('"1"');
  });

  it('changes the mail language by sending the whole current profile with it', async () => {
    const { user, settings, profile } = await openSettings();
    await user.click(screen.getByRole('radio', { name: 'English' }));
    await user.click(save());

    await screen.findByText('Ihre Einstellungen wurden gespeichert.');
    expect(settings.puts).toHaveLength(0);
    expect(profile.puts).toEqual([
      {
        ifMatch: '"0"',
        body: {
          displayName: seedProfile.displayName,
          jobTitle: seedProfile.jobTitle,
          municipalityId: seedProfile.municipality?.id ?? null,
          inOfficeSince: seedProfile.inOfficeSince,
          phone: seedProfile.phone,
          topics: seedProfile.topics,
          bio: seedProfile.bio,
          showEmail: seedProfile.showEmail,
          showPhone: seedProfile.showPhone,
          language: 'en',
        },
      },
    ]);
    expect(profile.profile.language).toBe('en');
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    // the page itself stays German: the mail language is not the language of the app
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Benachrichtigungen');
  });

  it('explains a 412 and loads the current version, e.g. after an unsubscribe link was used', async () => {
    const { user, settings } = await openSettings();
    await user.click(screen.getByRole('checkbox', { name: 'Erinnerung an Präsenztreffen' }));
    settings.changeElsewhere({ minutes: false });
    await user.click(save());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Ihre Einstellungen wurden inzwischen geändert');
    await waitFor(() => expect(alert).toHaveFocus());
    await user.click(within(alert).getByRole('button', { name: 'Aktuelle Fassung laden' }));

    expect(
      await screen.findByText(/Die aktuellen Einstellungen wurden geladen/),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Neue Protokolle' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Erinnerung an Präsenztreffen' })).toBeChecked();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'Termine der Online-Räume im Kalender' }),
    ).toHaveFocus();

    await user.click(screen.getByRole('checkbox', { name: 'Erinnerung an Präsenztreffen' }));
    await user.click(save());
    await screen.findByText('Ihre Einstellungen wurden gespeichert.');
    expect(settings.puts.at(-1)?.ifMatch).toBe('"1"');
  });

  it('keeps the saved switches and the unsaved language apart when only the profile conflicts', async () => {
    const { user, settings, profile } = await openSettings();
    await user.click(screen.getByRole('checkbox', { name: 'Neue Protokolle' }));
    await user.click(screen.getByRole('radio', { name: 'English' }));
    profile.changeElsewhere({ jobTitle: 'Sachgebietsleitung' });
    await user.click(save());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Ihre Einstellungen wurden inzwischen geändert');
    expect(settings.puts).toHaveLength(1);
    expect(settings.settings.minutes).toBe(false);
    // only the language is still to be saved
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    expect(screen.getByText('Sie haben ungespeicherte Änderungen.')).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Aktuelle Fassung laden' }));
    await user.click(await screen.findByRole('radio', { name: 'English' }));
    await user.click(save());
    await screen.findByText('Ihre Einstellungen wurden gespeichert.');
    expect(settings.puts).toHaveLength(1);
    expect(profile.puts.at(-1)?.body).toMatchObject({
      jobTitle: 'Sachgebietsleitung',
      language: 'en',
    });
  });

  it("puts the API's violations next to their switch and into the summary", async () => {
    const { user } = await openSettings();
    server.use(
      http.put(`${API}/me/notification-settings`, () =>
        validationProblem([{ field: 'sessionReminders', message: 'muss wahr oder falsch sein' }]),
      ),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Erinnerung an Online-Termine' }));
    await user.click(save());

    const summary = (await screen.findByRole('heading', { name: 'Bitte prüfen Sie Ihre Angaben' }))
      .parentElement!.parentElement!;
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      within(summary).getByRole('link', { name: 'muss wahr oder falsch sein' }),
    ).toHaveAttribute('href', '#notification-sessionReminders');
    expect(
      screen.getByRole('checkbox', { name: 'Erinnerung an Online-Termine' }),
    ).toHaveAccessibleDescription(expect.stringContaining('muss wahr oder falsch sein'));
  });

  it('asks before leaving with unsaved changes', async () => {
    const { user, router } = await openSettings();
    await user.click(screen.getByRole('checkbox', { name: 'Neue Protokolle' }));
    await user.click(screen.getByRole('link', { name: 'Netzwerke' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Seite verlassen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Auf der Seite bleiben' }));
    expect(router.state.location.pathname).toBe(PATH);
    expect(screen.getByRole('checkbox', { name: 'Neue Protokolle' })).not.toBeChecked();
  });

  it('speaks English when chosen', async () => {
    server.use(...notificationSettingsStore().handlers, ...profileStore().handlers);
    await renderApp(PATH, { language: 'en' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Notifications' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('checkbox', { name: 'Reminder of online sessions' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Default: off'));
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeInTheDocument();
  });
});
