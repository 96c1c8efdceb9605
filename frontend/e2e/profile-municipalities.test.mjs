// A member keeps the own profile and looks up municipalities, through the real stack.
// Run by `npm run e2e` (scripts/e2e.sh starts the stack first); base URL from E2E_BASE_URL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, expectAccessible, launchBrowser, screenshot } from './support.mjs';

const STEP_TIMEOUT = 60_000;
const JOB_TITLE = `Klimaschutzmanagerin ${Date.now()}`;

describe('profile and municipalities', { timeout: 8 * STEP_TIMEOUT }, () => {
  let browser;
  let page;
  let broken = false;

  /** A step of one journey: skipped once an earlier step failed, screenshot on failure. */
  function step(name, fn) {
    it(name, { timeout: STEP_TIMEOUT }, async (t) => {
      if (broken) {
        t.skip('an earlier step failed');
        return;
      }
      try {
        await fn();
      } catch (error) {
        broken = true;
        await screenshot(page, name);
        throw error;
      }
    });
  }

  before(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'de-DE' });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
  });

  after(async () => {
    await browser?.close();
  });

  step('demo-member logs in', async () => {
    await page.goto(`${BASE_URL}/`);
    await page.locator('#username').waitFor();
    await page.fill('#username', 'demo-member');
    await page.fill('#password', 'demo');
    await page.click('#kc-login');
    await page.waitForURL(`${BASE_URL}/networks`);
    await page.getByRole('heading', { level: 1, name: 'Netzwerke' }).waitFor();
  });

  step('opens "Mein Profil" from the user menu', async () => {
    await page.getByRole('banner').getByRole('link', { name: 'Mein Profil' }).click();
    await page.waitForURL(`${BASE_URL}/profil`);
    await page.getByRole('heading', { level: 1, name: 'Mein Profil' }).waitFor();
    await page.getByRole('textbox', { name: 'Name', exact: true }).waitFor();
    assert.equal(await page.title(), 'Mein Profil – Klimanetz');
    await page.getByText('demo-member@', { exact: false }).first().waitFor();
    await expectAccessible(page, 'the own profile');
  });

  step('sets the job title and the municipality Unna and saves', async () => {
    const jobTitle = page.getByRole('textbox', { name: /^Funktion/ });
    await jobTitle.fill(JOB_TITLE);
    const search = page.getByRole('searchbox', { name: 'Kommune suchen' });
    await search.fill('Unna');
    const results = page.getByRole('list', { name: 'Treffer' });
    await results.getByRole('button', { name: /^Unna \(05978036\)/ }).click();
    await page.getByText('Ausgewählt: Unna (05978036)').waitFor();
    await expectAccessible(page, 'the profile form with changes');
    await page.getByRole('button', { name: 'Profil speichern' }).click();
    await page.getByRole('status').getByText('Ihr Profil wurde gespeichert.').waitFor();
    await expectAccessible(page, 'the profile after saving');
  });

  step('reloads and sees the saved values', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mein Profil' }).waitFor();
    const jobTitle = page.getByRole('textbox', { name: /^Funktion/ });
    await jobTitle.waitFor();
    assert.equal(await jobTitle.inputValue(), JOB_TITLE);
    await page.getByText('Ausgewählt: Unna (05978036)').waitFor();
  });

  step('shows errors next to the fields and in a focused summary', async () => {
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('');
    await page.getByRole('button', { name: 'Profil speichern' }).click();
    const summary = page.locator('.kn-error-summary');
    await summary.getByRole('link', { name: 'Bitte geben Sie Ihren Namen ein.' }).waitFor();
    assert.ok(
      await summary.evaluate((element) => element === element.ownerDocument.activeElement),
      'the error summary has the focus',
    );
    await expectAccessible(page, 'the profile form with errors');
    // leave the profile as it was: restore the name without saving the empty one
    await page.reload();
    await page.getByRole('textbox', { name: 'Name', exact: true }).waitFor();
  });

  step('opens Kommunen, searches "Unna" and opens its page', async () => {
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Kommunen' })
      .click();
    await page.waitForURL(`${BASE_URL}/kommunen`);
    await page.getByRole('heading', { level: 1, name: 'Kommunen' }).waitFor();
    await page.getByRole('table', { name: 'Kommunen' }).waitFor();
    await expectAccessible(page, 'the municipalities list');

    await page.getByRole('searchbox', { name: 'Name oder amtlicher Schlüssel' }).fill('Unna');
    const table = page.getByRole('table', { name: 'Kommunen, die zu Ihrer Suche passen' });
    await table.getByRole('link', { name: 'Unna', exact: true }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /Kommunen? gefunden/ })
      .waitFor();
    assert.match(page.url(), /\/kommunen\?q=Unna$/);
    await expectAccessible(page, 'the municipalities search result');

    await table.getByRole('link', { name: 'Unna', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Unna' }).waitFor();
    assert.match(page.url(), /\/kommunen\/[0-9a-f-]{36}$/);
    await page.getByText('05978036').waitFor();
    await page.getByText('Nordrhein-Westfalen').waitFor();
    await page.getByRole('link', { name: 'Kreis Unna' }).waitFor();
    await expectAccessible(page, "Unna's page");
  });
});
