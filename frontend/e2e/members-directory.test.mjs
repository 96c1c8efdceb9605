// The NRW network's member directory through the real stack: a member finds the host by "Unna",
// a coordinator invites an address, an outsider is refused with a clear message.
// Run by `npm run e2e` (scripts/e2e.sh starts the stack first); base URL from E2E_BASE_URL.
import assert from 'node:assert/strict';
import { BASE_URL, expectAccessible, journey, logIn } from './support.mjs';

const NRW = '0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a11';
const DIRECTORY = `${BASE_URL}/netzwerke/${NRW}/mitglieder`;
const INVITED = `e2e-${Date.now()}@klimanetz.example`;

/** A demo account's journey: it starts by signing in. */
function journeyOf(name, username, define) {
  journey(name, (step) => {
    step(`${username} logs in`, (page) => logIn(page, username));
    define(step);
  });
}

journeyOf('a member finds the host', 'demo-member', (step) => {
  step('sees the dashboard on the network page and opens the directory', async (page) => {
    await page.goto(`${BASE_URL}/netzwerke/${NRW}`);
    await page.getByRole('heading', { level: 2, name: 'Das Netzwerk in Zahlen' }).waitFor();
    await page
      .getByRole('table', { name: 'Kommunen der Mitglieder nach Stand des Klimaschutzkonzepts' })
      .waitFor();
    await expectAccessible(page, 'the network page with its dashboard');
    await page.getByRole('link', { name: 'Mitgliederverzeichnis' }).click();
    await page.waitForURL(DIRECTORY);
    await page.getByRole('heading', { level: 1, name: 'Mitglieder' }).waitFor();
    await page.getByRole('table', { name: 'Mitglieder des Netzwerks' }).waitFor();
    await expectAccessible(page, 'the member directory');
  });

  step('searches "Unna" and finds Gesa Gastgeberin', async (page) => {
    await page.getByRole('searchbox', { name: 'Name, Kommune oder Thema' }).fill('Unna');
    const table = page.getByRole('table', { name: 'Mitglieder, die zu Ihrer Suche passen' });
    const gesa = table.getByRole('link', { name: 'Gesa Gastgeberin' });
    await gesa.waitFor();
    await table.getByRole('link', { name: 'Kreis Unna' }).first().waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /Mitglied(er)? gefunden/ })
      .waitFor();
    assert.match(page.url(), /\/mitglieder\?q=Unna$/);
    await expectAccessible(page, 'the directory search result');
  });

  step("opens Gesa Gastgeberin's page", async (page) => {
    await page
      .getByRole('table', { name: 'Mitglieder, die zu Ihrer Suche passen' })
      .getByRole('link', { name: 'Gesa Gastgeberin' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Gesa Gastgeberin' }).waitFor();
    assert.match(page.url(), /\/personen\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: 'Kreis Unna' }).waitFor();
    await expectAccessible(page, "Gesa Gastgeberin's page");
  });
});

journeyOf('a coordinator invites by e-mail', 'demo-coordinator', (step) => {
  step('adds an address that has not signed in yet and sees the invitation', async (page) => {
    await page.goto(DIRECTORY);
    const heading = page.getByRole('heading', { level: 2, name: 'Mitglied hinzufügen' });
    await heading.waitFor();
    await page.getByRole('table', { name: 'Mitglieder des Netzwerks' }).waitFor();
    await expectAccessible(page, 'the directory with the coordinator controls');
    await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(INVITED);
    await page.getByRole('button', { name: 'Hinzufügen', exact: true }).click();
    await page
      .getByRole('status')
      .getByText(
        `Einladung an ${INVITED} verschickt – die Mitgliedschaft wird aktiv, sobald sich die Person mit dieser bestätigten Adresse anmeldet.`,
      )
      .waitFor();
    await expectAccessible(page, 'the directory after inviting');
  });

  step('adding the same address again is refused clearly', async (page) => {
    await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(INVITED);
    await page.getByRole('button', { name: 'Hinzufügen', exact: true }).click();
    await page
      .getByRole('status')
      .getByText(`${INVITED} ist bereits Mitglied oder schon eingeladen.`)
      .waitFor();
  });
});

journeyOf('a coordinator opens a climate concept', 'demo-coordinator', (step) => {
  step(
    'opens the form on a member municipality and sees the adoption date required',
    async (page) => {
      await page.goto(`${BASE_URL}/kommunen?q=Kreis%20Unna`);
      await page.getByRole('link', { name: 'Kreis Unna', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Kreis Unna' }).waitFor();
      const section = page.locator('section', {
        has: page.getByRole('heading', { level: 2, name: 'Klimaschutzkonzept' }),
      });
      await section.getByRole('heading', { name: 'Verlauf' }).waitFor();
      await expectAccessible(page, 'a municipality page with its climate concept');
      await section.getByRole('button', { name: 'Bearbeiten' }).click();
      await section.getByRole('radio', { name: 'Beschlossen' }).check();
      await section.getByLabel(/Beschlussdatum/).fill('');
      await section.getByRole('button', { name: 'Stand speichern' }).click();
      await page
        .locator('.kn-error-summary')
        .getByRole('link', { name: /Bitte geben Sie das Beschlussdatum an/ })
        .waitFor();
      await expectAccessible(page, 'the climate concept form with an error');
      await section.getByRole('button', { name: 'Abbrechen' }).click();
    },
  );
});

journeyOf('an outsider is refused', 'demo-outsider', (step) => {
  step('opens the NRW directory and reads why it is closed', async (page) => {
    await page.goto(DIRECTORY);
    await page.getByRole('heading', { level: 1, name: 'Mitglieder' }).waitFor();
    const alert = page.getByRole('alert');
    await alert
      .getByText('Das Mitgliederverzeichnis ist nur für Mitglieder dieses Netzwerks sichtbar.')
      .waitFor();
    assert.equal(await page.getByRole('searchbox').count(), 0);
    await expectAccessible(page, 'the refused directory');
  });

  step('sees a short note instead of the dashboard', async (page) => {
    await page.goto(`${BASE_URL}/netzwerke/${NRW}`);
    await page
      .getByText(
        'Die Zahlen und das Mitgliederverzeichnis sind nur für Mitglieder dieses Netzwerks sichtbar.',
      )
      .waitFor();
    await expectAccessible(page, 'the network page for an outsider');
  });
});
