// A member keeps the own profile and looks up municipalities, through the real stack.
// Run by `npm run e2e` (scripts/e2e.sh starts the stack first); base URL from E2E_BASE_URL.
import assert from 'node:assert/strict';
import { BASE_URL, expectAccessible, journey, logIn } from './support.mjs';

const JOB_TITLE = `Klimaschutzmanagerin ${Date.now()}`;

journey('profile and municipalities', (step) => {
  step('demo-member logs in', (page) => logIn(page, 'demo-member'));

  step('opens "Mein Profil" from the user menu', async (page) => {
    await page.getByRole('banner').getByRole('link', { name: 'Mein Profil' }).click();
    await page.waitForURL(`${BASE_URL}/profil`);
    await page.getByRole('heading', { level: 1, name: 'Mein Profil' }).waitFor();
    await page.getByRole('textbox', { name: 'Name', exact: true }).waitFor();
    assert.equal(await page.title(), 'Mein Profil – Klimanetz');
    await page.getByText('demo-member@', { exact: false }).first().waitFor();
    await expectAccessible(page, 'the own profile');
  });

  step('sets the job title and the municipality Unna and saves', async (page) => {
    const jobTitle = page.getByRole('textbox', { name: /^Funktion/ });
    await jobTitle.fill(JOB_TITLE);
    const search = page.getByRole('combobox', { name: /Kommune suchen/ });
    await search.fill('Unna');
    const results = page.getByRole('listbox', { name: 'Gefundene Kommunen' });
    await results.getByRole('option', { name: /^Unna \(05978036\)/ }).click();
    await page.getByText('Ausgewählt: Unna (05978036)').waitFor();
    await expectAccessible(page, 'the profile form with changes');
    await page.getByRole('button', { name: 'Profil speichern' }).click();
    await page.getByRole('status').getByText('Ihr Profil wurde gespeichert.').waitFor();
    await expectAccessible(page, 'the profile after saving');
  });

  step('reloads and sees the saved values', async (page) => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mein Profil' }).waitFor();
    const jobTitle = page.getByRole('textbox', { name: /^Funktion/ });
    await jobTitle.waitFor();
    assert.equal(await jobTitle.inputValue(), JOB_TITLE);
    await page.getByText('Ausgewählt: Unna (05978036)').waitFor();
  });

  step('shows errors next to the fields and in a focused summary', async (page) => {
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

  step('opens Kommunen, searches "Unna" and opens its page', async (page) => {
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
