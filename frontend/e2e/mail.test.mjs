// Mail through the real stack, read from MailDev: a registration's confirmation with the calendar
// invitation of the feed's UID, an invitation with Keycloak's "set your password" mail, the move up
// from the waitlist, a cancelled online session as a calendar cancellation of that one date, the
// one-click unsubscribe link of that mail working without a login, and Keycloak's reset mail.
// Other journeys are left as they found things: the demo member stays registered for the Unna
// meeting (as events.test.mjs leaves her), and the waitlist and the cancellation use an event and
// a room of their own.
/* global document -- the focus checks run in the page */
import assert from 'node:assert/strict';
import { after } from 'node:test';
import {
  api,
  BASE_URL,
  expectAccessible,
  expectReadableOnPhone,
  journey,
  launchBrowser,
  logIn,
  PHONE,
  screenshot,
  tokenFor,
  withdrawIfRegistered,
} from './support.mjs';
import {
  attachmentText,
  header,
  icsValue,
  mailboxNow,
  mailsTo,
  unsubscribePageLink,
  vevents,
  waitForMail,
} from './maildev.mjs';

const NRW = '0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a11';
const NRW_NAME = 'Netzwerk Klimaschutzmanagement NRW';
const DEMO_EVENT = '8d2f4b61-3c7e-4a90-b1d5-6e0f2a9c7b31';
const DEMO_TITLE = 'Präsenztreffen im Kreishaus Unna';
const address = (username) => `${username}@klimanetz.example`;
const RUN = Date.now();

/** The one VEVENT of a mail's calendar attachment, and the attachment's METHOD. */
async function calendarOf(mail) {
  const ics = await attachmentText(mail, 'text/calendar');
  const events = vevents(ics);
  assert.equal(events.length, 1, `one event in the attachment of "${mail.subject}"`);
  return { method: icsValue(ics, 'METHOD'), event: events[0] };
}

journey('demo-member registers for the Unna meeting and finds the confirmation mail', (step) => {
  let before;

  step('demo-member logs in and opens the meeting', async (page) => {
    await logIn(page, 'demo-member');
    await page.goto(`${BASE_URL}/veranstaltungen/${DEMO_EVENT}`);
    await page.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();
    // events.test.mjs registered her already: withdraw, so that this registration is a new one
    await withdrawIfRegistered(page);
  });

  step('registers', async (page) => {
    before = await mailboxNow();
    await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
    await page.getByText('Sie sind angemeldet.').first().waitFor();
  });

  step("the confirmation arrives with a REQUEST of the network feed's UID", async () => {
    const mail = await waitForMail({
      to: address('demo-member'),
      subject: `Anmeldung bestätigt: ${DEMO_TITLE}`,
      notIn: before,
    });
    assert.deepEqual(
      mail.to.map((to) => to.address),
      [address('demo-member')],
      'one recipient',
    );
    assert.equal((mail.cc ?? []).length, 0, 'no copies');
    assert.ok(mail.html?.includes('<html'), 'an HTML part');
    assert.match(mail.text, new RegExp(`/veranstaltungen/${DEMO_EVENT}`), 'a link to the event page');

    const { method, event } = await calendarOf(mail);
    assert.equal(method, 'REQUEST');
    const uid = icsValue(event, 'UID');
    assert.ok(uid, 'the event has a UID');
    assert.match(icsValue(event, 'SEQUENCE') ?? '', /^\d+$/);

    const feed = await api(await tokenFor('demo-member'), `/api/v1/networks/${NRW}/calendar.ics`);
    assert.equal(feed.status, 200);
    const inFeed = vevents(feed.body).find((v) => icsValue(v, 'UID') === uid);
    assert.ok(inFeed, `the network's calendar feed has an event with the UID ${uid}`);
    assert.equal(icsValue(inFeed, 'SUMMARY'), DEMO_TITLE);
  });
});

journey("demo-coordinator invites a new address: the invitation and Keycloak's account mail arrive", (step) => {
  const invited = `e2e-mail-${RUN}@klimanetz.example`;
  let before;

  step('demo-coordinator logs in and invites the address on the members page', async (page) => {
    await logIn(page, 'demo-coordinator');
    await page.goto(`${BASE_URL}/netzwerke/${NRW}/mitglieder`);
    await page.getByRole('heading', { level: 2, name: 'Mitglied hinzufügen' }).waitFor();
    before = await mailboxNow();
    await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(invited);
    await page.getByRole('button', { name: 'Hinzufügen', exact: true }).click();
    await page.getByRole('status').getByText(`Einladung an ${invited} verschickt`, { exact: false }).waitFor();
  });

  step('the invitation arrives, naming the network and who invites', async () => {
    const mail = await waitForMail({ to: invited, subject: `Einladung in das Netzwerk „${NRW_NAME}“`, notIn: before });
    assert.match(mail.text, /lädt Sie in das Netzwerk/);
    assert.match(mail.text, /Für Sie wurde ein Konto bei Klimanetz angelegt/);
    assert.deepEqual(mail.to.map((to) => to.address), [invited]);
  });

  step("Keycloak's mail to set up the new account arrives too", async () => {
    const mail = await waitForMail({ to: invited, subject: 'Ihr Konto bei Klimanetz einrichten', notIn: before });
    assert.match(mail.text, /\/realms\/klimanetz\/login-actions\/action-token\?key=/);
  });
});

/** Two people in two browsers: a seat for one, the waitlist for the other. */
journey('the last seat: the waitlisted member moves up and is told by mail', (step) => {
  let event;
  let browser;
  let host;
  let before;
  after(() => browser?.close());

  step('the coordination publishes a meeting with one seat', async () => {
    const token = await tokenFor('demo-coordinator');
    const start = new Date(Date.now() + 35 * 86_400_000);
    start.setUTCHours(8, 0, 0, 0);
    const { status, body } = await api(token, `/api/v1/networks/${NRW}/events`, {
      method: 'POST',
      body: {
        title: `Nachrückertreffen ${RUN}`,
        status: 'PUBLISHED',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
        venue: { name: 'Rathaus Kamen', street: 'Rathausplatz 1', postalCode: '59174', city: 'Kamen' },
        capacity: 1,
      },
    });
    assert.equal(status, 201, JSON.stringify(body));
    event = body;
  });

  step('demo-member takes the seat', async (page) => {
    await logIn(page, 'demo-member');
    await page.goto(`${BASE_URL}/veranstaltungen/${event.id}`);
    await page.getByRole('heading', { level: 1, name: event.title }).waitFor();
    await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
    await page.getByText('Sie sind angemeldet.').first().waitFor();
  });

  step('demo-host, in another browser, is waitlisted and told the position by mail', async () => {
    browser = await launchBrowser();
    host = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    host.setDefaultTimeout(20_000);
    await logIn(host, 'demo-host');
    await host.goto(`${BASE_URL}/veranstaltungen/${event.id}`);
    await host.getByRole('button', { name: /^Auf die Warteliste setzen \(Sie kommen auf Platz 1\)/ }).click();
    await host.getByText('Sie stehen auf Platz 1 der Warteliste.').first().waitFor();
    await waitForMail({ to: address('demo-host'), subject: `Warteliste, Platz 1: ${event.title}` });
  });

  step('demo-member withdraws and gets the cancellation for the calendar', async (page) => {
    before = await mailboxNow();
    await page.getByRole('button', { name: 'Anmeldung zurückziehen' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, Anmeldung zurückziehen' }).click();
    await page.getByText('Ihre Anmeldung wurde zurückgezogen.').waitFor();
    const mail = await waitForMail({ to: address('demo-member'), subject: `Abmeldung bestätigt: ${event.title}`, notIn: before });
    assert.equal((await calendarOf(mail)).method, 'CANCEL');
  });

  step('demo-host receives "Sie haben einen Platz" with the calendar invitation', async () => {
    const mail = await waitForMail({ to: address('demo-host'), subject: `Sie haben einen Platz: ${event.title}`, notIn: before });
    assert.match(mail.text, /von der Warteliste nachgerückt/);
    const { method, event: vevent } = await calendarOf(mail);
    assert.equal(method, 'REQUEST');
    assert.equal(icsValue(vevent, 'STATUS'), 'CONFIRMED');
    assert.equal(
      (await mailsTo({ to: address('demo-host'), subject: `Sie haben einen Platz: ${event.title}` })).length,
      1,
      'exactly one promotion mail',
    );
    await host.reload();
    await host.getByText('Sie sind angemeldet.').first().waitFor();
  });
});

/** "2027-02-16" → "16.02.2027" */
const german = (isoDate) => isoDate.split('-').reverse().join('.');

journey('a cancelled session reaches the members, whose unsubscribe link works without a login', (step) => {
  const title = `Sprechstunde Förderanträge ${RUN}`;
  let room;
  let date;
  let before;
  let cancellation;
  // whatever happens, the room is closed again and demo-member gets the calendar mails again
  after(async () => {
    const coordinator = await tokenFor('demo-coordinator');
    if (room) await api(coordinator, `/api/v1/online-rooms/${room.id}`, { method: 'DELETE' });
    const member = await tokenFor('demo-member');
    const settings = await api(member, '/api/v1/me/notification-settings');
    if (settings.body.roomCalendar === false) {
      await api(member, '/api/v1/me/notification-settings', {
        method: 'PUT',
        body: { ...settings.body, roomCalendar: true },
        headers: { 'If-Match': settings.headers.get('etag') },
      });
    }
  });

  step('the coordination opens a weekly room ten weeks ahead; the members get the series', async () => {
    const token = await tokenFor('demo-coordinator');
    const first = new Date(Date.now() + 70 * 86_400_000);
    const byDay = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][first.getUTCDay()];
    before = await mailboxNow();
    const { status, body } = await api(token, `/api/v1/networks/${NRW}/online-rooms`, {
      method: 'POST',
      body: {
        title,
        joinUrl: 'https://meet.kommunal.example/sprechstunde',
        accessCode: '4711',
        schedule: {
          startDate: first.toISOString().slice(0, 10),
          startTime: '15:00',
          durationMinutes: 60,
          rrule: `FREQ=WEEKLY;BYDAY=${byDay};COUNT=4`,
        },
      },
    });
    assert.equal(status, 201, JSON.stringify(body));
    room = body;
    date = first.toISOString().slice(0, 10);
    const series = await waitForMail({ to: address('demo-member'), subject: `Neuer Online-Raum: ${title}`, notIn: before });
    const { method, event } = await calendarOf(series);
    assert.equal(method, 'REQUEST');
    assert.match(icsValue(event, 'RRULE') ?? '', /FREQ=WEEKLY/);
    room.uid = icsValue(event, 'UID');
  });

  step('demo-coordinator cancels the first session with a reason', async (page) => {
    await logIn(page, 'demo-coordinator');
    await page.goto(`${BASE_URL}/online-raeume/${room.id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    before = await mailboxNow();
    const dateText = german(date).replace(/\./g, '\\.');
    await page.getByRole('button', { name: new RegExp(`^Absagen zum Termin am ${dateText}`) }).click();
    const dialog = page.getByRole('dialog', { name: `Termin am ${german(date)} absagen` });
    await dialog.getByLabel('Grund der Absage').fill('Urlaub der Moderation');
    await dialog.getByRole('button', { name: 'Termin absagen' }).click();
    await page.getByText(`Der Termin am ${german(date)} wurde abgesagt.`).waitFor();
  });

  step('the members get a CANCEL of that one date of the series', async () => {
    cancellation = await waitForMail({ to: address('demo-member'), subject: new RegExp(`^Abgesagt: ${title} am `), notIn: before });
    assert.match(cancellation.text, /Urlaub der Moderation/);
    const { method, event } = await calendarOf(cancellation);
    assert.equal(method, 'CANCEL');
    assert.equal(icsValue(event, 'UID'), room.uid, 'the series’ UID');
    assert.match(icsValue(event, 'RECURRENCE-ID') ?? '', new RegExp(`^${date.replace(/-/g, '')}T150000`));
    await waitForMail({ to: address('demo-host'), subject: cancellation.subject, notIn: before });
  });

  step('the mail offers one-click unsubscribe (RFC 8058)', async () => {
    assert.equal(await header(cancellation, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
    assert.match(
      (await header(cancellation, 'List-Unsubscribe')) ?? '',
      new RegExp(`^<${BASE_URL}/api/v1/unsubscribe/[A-Za-z0-9_.-]+>$`),
    );
  });

  step('its link opens the unsubscribe page in a browser without a session; by keyboard it turns the calendar mails off', async () => {
    const link = unsubscribePageLink(cancellation);
    assert.ok(link.startsWith(`${BASE_URL}/abmelden/`), link);
    const browser = await launchBrowser();
    try {
      const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
      page.setDefaultTimeout(20_000);
      await page.goto(link);
      await page.getByRole('heading', { level: 2, name: 'Sie bestellen ab: Termine der Online-Räume im Kalender' }).waitFor();
      assert.ok(page.url().startsWith(BASE_URL), `still in the app, not at a login: ${page.url()}`);
      assert.equal(await page.locator('#username').count(), 0, 'no login form');
      await expectAccessible(page, 'the unsubscribe page');
      // keyboard only: Tab until the button has the focus, then Enter
      const button = page.getByRole('button', { name: 'Abbestellen' });
      for (let i = 0; i < 12 && !(await button.evaluate((el) => el === document.activeElement)); i += 1) {
        await page.keyboard.press('Tab');
      }
      assert.ok(await button.evaluate((el) => el === document.activeElement), 'the button is reached by Tab');
      await page.keyboard.press('Enter');
      const done = page.getByRole('heading', { name: 'Abbestellt: Termine der Online-Räume im Kalender' });
      await done.waitFor();
      assert.ok(
        await page.getByRole('status').filter({ has: done }).evaluate((el) => el === document.activeElement),
        'the confirmation has the focus',
      );
      await expectAccessible(page, 'the unsubscribe page after unsubscribing');
    } finally {
      await browser.close();
    }
    const settings = await api(await tokenFor('demo-member'), '/api/v1/me/notification-settings');
    assert.equal(settings.body.roomCalendar, false, 'the calendar mails are off');
  });

  step('at phone size the page fits and reads; opened again, it says it is done already', async () => {
    const browser = await launchBrowser();
    try {
      const page = await (
        await browser.newContext({ locale: 'de-DE', viewport: PHONE, isMobile: true, hasTouch: true })
      ).newPage();
      await page.goto(unsubscribePageLink(cancellation));
      await page
        .getByRole('heading', { level: 2, name: 'Bereits abbestellt: Termine der Online-Räume im Kalender' })
        .waitFor();
      assert.equal(await page.getByRole('button', { name: 'Abbestellen' }).count(), 0);
      await expectAccessible(page, 'the unsubscribe page at 390 px');
      await expectReadableOnPhone(page, 'the unsubscribe page');
      await screenshot(page, 'phone unsubscribe');
    } finally {
      await browser.close();
    }
  });

}, { maxSteps: 10 });

journey("a forgotten password: Keycloak's reset mail arrives", (step) => {
  step('on the login page "Passwort vergessen?", then the address of demo-outsider', async (page) => {
    const before = await mailboxNow();
    await page.goto(`${BASE_URL}/`);
    await page.locator('#username').waitFor();
    await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    await page.locator('#username').fill(address('demo-outsider'));
    await page.locator('form').getByRole('button').last().click();
    await page.getByText(/in Kürze eine E-Mail/).waitFor();
    const mail = await waitForMail({ to: address('demo-outsider'), subject: 'Neues Passwort für Klimanetz', notIn: before });
    assert.match(mail.text, /\/realms\/klimanetz\/login-actions\/action-token\?key=/);
  });
});

/** Presses Tab until `locator` has the focus (at most `max` times); fails otherwise. */
async function tabTo(page, locator, max = 40) {
  for (let i = 0; i < max; i += 1) {
    if (await locator.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${locator} not reached by Tab within ${max} presses`);
}

journey('demo-member chooses which mails come, by keyboard', (step) => {
  step('opens "Benachrichtigungen" from the header', async (page) => {
    await logIn(page, 'demo-member');
    await page.getByRole('banner').getByRole('link', { name: 'Benachrichtigungen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Benachrichtigungen' }).waitFor();
    await page.getByRole('checkbox', { name: 'Erinnerung an Online-Termine' }).waitFor();
    await page.getByText(/kommen immer: Sie betreffen Sie unmittelbar/).waitFor();
    assert.equal(await page.getByRole('radio', { name: 'Deutsch' }).isChecked(), true);
    await expectAccessible(page, 'the notification settings');
  });

  step('turns the session reminders on with Space and saves with Enter', async (page) => {
    const reminders = page.getByRole('checkbox', { name: 'Erinnerung an Online-Termine' });
    const before = await reminders.isChecked();
    await tabTo(page, reminders);
    await page.keyboard.press('Space');
    assert.equal(await reminders.isChecked(), !before);
    await page.getByText('Sie haben ungespeicherte Änderungen.').waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Einstellungen speichern' }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Ihre Einstellungen wurden gespeichert.').waitFor();
    await expectAccessible(page, 'the notification settings after saving');
    const settings = await api(await tokenFor('demo-member'), '/api/v1/me/notification-settings');
    assert.equal(settings.body.sessionReminders, !before);
    // back as it was
    await reminders.click();
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await page.getByRole('status').getByText('Ihre Einstellungen wurden gespeichert.').waitFor();
  });

  step('the mail language is kept in the profile', async (page) => {
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await page.getByRole('status').getByText('Ihre Einstellungen wurden gespeichert.').waitFor();
    const token = await tokenFor('demo-member');
    const me = await api(token, '/api/v1/me');
    assert.equal(me.body.language, 'en');
    assert.equal(me.body.displayName, 'Mara Mitglied', 'the rest of the profile unchanged');
    await page.getByRole('radio', { name: 'Deutsch' }).check();
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await page.getByRole('status').getByText('Ihre Einstellungen wurden gespeichert.').waitFor();
    assert.equal((await api(token, '/api/v1/me')).body.language, 'de');
  });
});

journey(
  'the settings at phone size',
  (step) => {
    step('fit 390 px and pass axe', async (page) => {
      await logIn(page, 'demo-member');
      await page.goto(`${BASE_URL}/profil/benachrichtigungen`);
      await page.getByRole('checkbox', { name: 'Neue Protokolle' }).waitFor();
      await expectAccessible(page, 'the notification settings at 390 px');
      await expectReadableOnPhone(page, 'the notification settings');
    });
  },
  { viewport: PHONE },
);

journey('demo-admin reads the outbox: failed, then sent mails with their attempts', (step) => {
  step('opens "Zustellprobleme" from the navigation', async (page) => {
    await logIn(page, 'demo-admin');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Zustellprobleme' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zustellprobleme' }).waitFor();
    await page
      .getByRole('heading', { name: 'Keine Zustellprobleme' })
      .or(page.getByRole('table', { name: 'Nicht zustellbare E-Mails, zuletzt versuchte zuerst' }))
      .waitFor();
    await expectAccessible(page, 'the delivery problems');
  });

  step('chooses the sent mails by keyboard and opens one with its attempt log', async (page) => {
    const status = page.getByRole('combobox', { name: 'Status' });
    await tabTo(page, status);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    // a select changes with the arrow keys in Chromium; make sure it landed on "Versendet"
    if ((await status.inputValue()) !== 'SENT') await status.selectOption('SENT');
    const table = page.getByRole('table', { name: 'Versendete E-Mails, zuletzt versuchte zuerst' });
    await table.waitFor();
    await table.getByText(address('demo-member')).first().waitFor();
    await expectAccessible(page, 'the sent mails');
    await table.getByRole('link').first().click();
    await page.getByRole('table', { name: 'Alle Versuche, diese E-Mail zuzustellen' }).waitFor();
    await page.getByText('Vom Mailserver angenommen').first().waitFor();
    assert.equal(await page.getByRole('button', { name: 'Erneut senden' }).count(), 0, 'no retry for a sent mail');
    await expectAccessible(page, 'a sent mail with its attempts');
  });

  step('a member is refused with a plain note', async () => {
    const browser = await launchBrowser();
    try {
      const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
      page.setDefaultTimeout(20_000);
      await logIn(page, 'demo-member');
      assert.equal(
        await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Zustellprobleme' }).count(),
        0,
      );
      await page.goto(`${BASE_URL}/admin/zustellprobleme`);
      await page.getByRole('heading', { name: 'Nur für die Administration' }).waitFor();
    } finally {
      await browser.close();
    }
  });
});

journey(
  'the outbox at phone size',
  (step) => {
    step('the sent mails fit 390 px as cards', async (page) => {
      await logIn(page, 'demo-admin');
      await page.goto(`${BASE_URL}/admin/zustellprobleme?status=SENT`);
      await page.getByRole('table', { name: 'Versendete E-Mails, zuletzt versuchte zuerst' }).waitFor();
      await expectAccessible(page, 'the sent mails at 390 px');
      await expectReadableOnPhone(page, 'the sent mails');
      await screenshot(page, 'phone outbox');
    });
  },
  { viewport: PHONE },
);
