// A message to the network ("Rundmail") through the real stack: demo-coordinator writes it with a
// preview, sees how many it reaches, confirms that number and finds it in the archive; demo-member
// gets it by mail (hostile Markdown harmless in the HTML part, one recipient, an unsubscribe
// address) and reads it in the app from the mail's link, also on a phone.
/* global document -- the focus checks run in the page */
import assert from 'node:assert/strict';
import {
  api,
  BASE_URL,
  expectAccessible,
  expectReadableOnPhone,
  journey,
  logIn,
  PHONE,
  screenshot,
  tokenFor,
} from './support.mjs';
import { header, waitForMail } from './maildev.mjs';

const NRW = '0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a11';
const NRW_NAME = 'Netzwerk Klimaschutzmanagement NRW';
const DEMO_EVENT = '8d2f4b61-3c7e-4a90-b1d5-6e0f2a9c7b31';
const DEMO_TITLE = 'Präsenztreffen im Kreishaus Unna';
const SUBJECT = `Termine im neuen Jahr ${Date.now()}`;
const BODY = [
  'Liebe Kolleginnen und Kollegen,',
  '',
  '## Ablauf',
  '',
  '- **Online-Austausch** wie gewohnt',
  '- Präsenztreffen im Frühjahr',
  '',
  '<script>window.__messageRan = true</script><img src=x onerror="window.__messageRan = true">',
  '',
  '[Harmlos?](javascript:window.__messageRan=true) – [Programm](https://www.kommunalagentur.nrw/)',
].join('\n');

/** Shared between the journeys, which run one after the other. */
const shared = { recipients: 0, messageLink: undefined };

journey('demo-coordinator writes to the network', (step) => {
  step('opens "Nachricht an das Netzwerk" from the network page', async (page) => {
    await logIn(page, 'demo-coordinator');
    await page.goto(`${BASE_URL}/netzwerke/${NRW}`);
    const section = page.getByRole('region', { name: 'Nachrichten' });
    await section.waitFor();
    await section.getByRole('link', { name: 'Nachricht an das Netzwerk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nachricht an das Netzwerk' }).waitFor();
    await expectAccessible(page, 'the message form');
  });

  step('writes subject and Markdown and checks the preview', async (page) => {
    await page.getByRole('textbox', { name: 'Betreff' }).fill(SUBJECT);
    await page.getByRole('textbox', { name: 'Text' }).fill(BODY);
    await page.getByRole('button', { name: 'Vorschau' }).click();
    const preview = page.getByRole('region', { name: 'Vorschau der Nachricht' });
    await preview.getByRole('heading', { name: 'Ablauf' }).waitFor();
    assert.equal(await preview.locator('strong', { hasText: 'Online-Austausch' }).count(), 1);
    assert.equal(await preview.getByRole('link', { name: 'Harmlos?' }).count(), 0, 'no javascript: link');
    assert.equal(await page.evaluate(() => globalThis.__messageRan), undefined);
    await expectAccessible(page, 'the message form with the preview');
    await page.getByRole('button', { name: 'Vorschau' }).click();
  });

  step("the count follows the audience: one event's registered people, then all members", async (page) => {
    await page.getByRole('radio', { name: 'Die Angemeldeten einer Veranstaltung' }).check();
    await page.getByText('Wählen Sie eine Veranstaltung, dann sehen Sie, wie viele die Nachricht erreicht.').waitFor();
    const select = page.getByRole('combobox', { name: 'Veranstaltung' });
    const unna = select.locator('option', { hasText: DEMO_TITLE });
    await select.selectOption(await unna.first().getAttribute('value'));
    // demo-member is registered (events.test.mjs and mail.test.mjs)
    await page.getByText(/^Diese Nachricht geht an \d+ Person(en)?\.$/).waitFor();
    await page.getByRole('radio', { name: 'Alle Mitglieder des Netzwerks' }).check();
    const count = page.getByText(/^Diese Nachricht geht an \d+ Personen\.$/);
    await count.waitFor();
    shared.recipients = Number(/(\d+)/.exec(await count.textContent())[1]);
    assert.ok(shared.recipients >= 5, `the NRW network has members: ${shared.recipients}`);
  });

  step('sends after a confirmation that names the number, by keyboard', async (page) => {
    await page.getByRole('button', { name: 'Nachricht senden' }).click();
    const dialog = page.getByRole('alertdialog', { name: `An ${shared.recipients} Personen senden?` });
    await dialog.waitFor();
    // the safe answer has the focus; Tab, then Enter sends
    assert.ok(
      await dialog.getByRole('button', { name: 'Zurück zur Nachricht' }).evaluate((el) => el === document.activeElement),
    );
    await expectAccessible(page, 'the confirmation before sending');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nachrichten' }).waitFor();
    await page.getByText(`Ihre Nachricht „${SUBJECT}“ wird verschickt`, { exact: false }).waitFor();
    const table = page.getByRole('table', { name: 'Nachrichten an das Netzwerk, neueste zuerst' });
    assert.equal(await table.getByRole('rowheader').first().textContent(), SUBJECT);
    await expectAccessible(page, 'the archive after sending');
  });
});

journey('demo-member gets the message by mail and reads it in the app', (step) => {
  let mail;

  step('the mail arrives, alone to her, with harmless HTML', async () => {
    mail = await waitForMail({ to: 'demo-member@klimanetz.example', subject: `${NRW_NAME}: ${SUBJECT}` }, 60_000);
    assert.deepEqual(mail.to.map((to) => to.address), ['demo-member@klimanetz.example']);
    assert.equal((mail.cc ?? []).length, 0);
    assert.ok(!/<script/i.test(mail.html), 'no script element in the HTML part');
    assert.ok(!/onerror=/i.test(mail.html.replace(/&lt;[^]*?&gt;/g, '')), 'no event handler attribute');
    assert.ok(!/href="javascript:/i.test(mail.html), 'no javascript: link');
    assert.match(mail.html, /<strong>Online-Austausch<\/strong>/);
    assert.match((await header(mail, 'List-Unsubscribe')) ?? '', /\/api\/v1\/unsubscribe\//);
    const link = new RegExp(`${BASE_URL}/netzwerke/${NRW}/nachrichten/[0-9a-f-]{36}`).exec(mail.text);
    assert.ok(link, 'the mail links to the message in the archive');
    shared.messageLink = link[0];
  });

  step("opens the mail's link and reads the message", async (page) => {
    await logIn(page, 'demo-member');
    await page.goto(shared.messageLink);
    await page.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    await page.getByRole('heading', { name: 'Ablauf' }).waitFor();
    await page.getByText(`Alle Mitglieder (${shared.recipients} E-Mails)`).waitFor();
    assert.equal(await page.evaluate(() => globalThis.__messageRan), undefined, 'no script from the message runs');
    assert.equal(await page.locator('main script, main img').count(), 0);
    await expectAccessible(page, 'the message');
  });

  step('finds it in the archive from the network page', async (page) => {
    await page.goto(`${BASE_URL}/netzwerke/${NRW}`);
    const section = page.getByRole('region', { name: 'Nachrichten' });
    await section.getByRole('link', { name: SUBJECT }).waitFor();
    assert.equal(await section.getByRole('link', { name: 'Nachricht an das Netzwerk' }).count(), 0, 'members do not write');
    await section.getByRole('link', { name: 'Alle Nachrichten' }).click();
    await page.getByRole('table', { name: 'Nachrichten an das Netzwerk, neueste zuerst' }).getByRole('link', { name: SUBJECT }).waitFor();
    await expectAccessible(page, 'the archive as member');
  });
});

journey(
  'the messages at phone size',
  (step) => {
    step('the archive and the message fit 390 px', async (page) => {
      await logIn(page, 'demo-member');
      await page.goto(`${BASE_URL}/netzwerke/${NRW}/nachrichten`);
      await page.getByRole('table', { name: 'Nachrichten an das Netzwerk, neueste zuerst' }).waitFor();
      await expectAccessible(page, 'the archive at 390 px');
      await expectReadableOnPhone(page, 'the archive');
      await screenshot(page, 'phone messages');
      // the message above holds hostile markup, whose long tokens a phone must break; this one is
      // what messages usually look like
      const { status, body } = await api(await tokenFor('demo-coordinator'), `/api/v1/networks/${NRW}/messages`, {
        method: 'POST',
        body: {
          subject: `Anreise zum Kreishaus ${Date.now()}`,
          body: '## Anreise\n\nVom Bahnhof Unna sind es **zehn Minuten zu Fuß**. Parkplätze gibt es im Hof des Kreishauses.\n\n- Beginn: 10 Uhr\n- Ende: gegen 15 Uhr',
          audience: 'EVENT_REGISTRANTS',
          eventId: DEMO_EVENT,
        },
      });
      assert.equal(status, 201, JSON.stringify(body));
      await page.goto(`${BASE_URL}/netzwerke/${NRW}/nachrichten/${body.id}`);
      await page.getByRole('heading', { level: 1, name: body.subject }).waitFor();
      await page.getByText(`Die Angemeldeten von „${DEMO_TITLE}“`, { exact: false }).waitFor();
      await expectAccessible(page, 'the message at 390 px');
      await expectReadableOnPhone(page, 'the message');
    });

  },
  { viewport: PHONE },
);

journey(
  'the message form at phone size',
  (step) => {
    step('fits 390 px', async (page) => {
      await logIn(page, 'demo-coordinator');
      await page.goto(`${BASE_URL}/netzwerke/${NRW}/nachrichten/neu`);
      await page.getByRole('textbox', { name: 'Betreff' }).waitFor();
      await page.getByText(/^Diese Nachricht geht an \d+ Personen\.$/).waitFor();
      await expectAccessible(page, 'the message form at 390 px');
      await expectReadableOnPhone(page, 'the message form');
    });
  },
  { viewport: PHONE },
);
