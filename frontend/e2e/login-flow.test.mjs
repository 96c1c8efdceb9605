// The member's journey through the real stack: Keycloak login, networks list, a network, English, logout.
// Run by `npm run e2e` (scripts/e2e.sh starts the stack first); base URL from E2E_BASE_URL.
import assert from 'node:assert/strict';
import { BASE_URL, expectAccessible, journey, logIn } from './support.mjs';

const SEED_NETWORK = 'Netzwerk Klimaschutzmanagement NRW';

journey('member journey', (step) => {
  step('the SPA sends an anonymous visitor to the Keycloak login page', async (page) => {
    await page.goto(`${BASE_URL}/`);
    await page.locator('#username').waitFor();
    assert.ok(
      !page.url().startsWith(BASE_URL),
      `expected to be on Keycloak, but the browser is at ${page.url()}`,
    );
    assert.match(page.url(), /\/realms\/klimanetz\/protocol\/openid-connect\/auth/);
    assert.match(page.url(), /code_challenge_method=S256/);
  });

  step('demo-member logs in, lands on "Mein Überblick" and finds the seed network in the list', async (page) => {
    await page.fill('#username', 'demo-member');
    await page.fill('#password', 'demo');
    await page.click('#kc-login');
    await page.waitForURL(`${BASE_URL}/`);
    await page.getByRole('heading', { level: 1, name: 'Mein Überblick' }).waitFor();
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Netzwerke' }).click();
    await page.waitForURL(`${BASE_URL}/netzwerke`);
    await page.getByRole('heading', { level: 1, name: 'Netzwerke' }).waitFor();
    await page.getByRole('link', { name: SEED_NETWORK }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.equal(await page.title(), 'Netzwerke – Klimanetz');
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    await expectAccessible(page, 'the list of networks');
  });

  step("opens the network's page", async (page) => {
    await page.getByRole('link', { name: SEED_NETWORK }).click();
    await page.getByRole('heading', { level: 1, name: SEED_NETWORK }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Wer kann mitmachen' }).waitFor();
    await page.getByText('Kommunal Agentur NRW').first().waitFor();
    assert.match(page.url(), /\/netzwerke\/[0-9a-f-]{36}$/);
    await expectAccessible(page, "the network's page");
  });

  step('switches to English', async (page) => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Who can take part' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await expectAccessible(page, "the network's page in English");
  });

  step('logs out, which ends the Keycloak session', async (page) => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    // Back at the SPA, which finds no session and sends us to the login page again.
    await page.locator('#username').waitFor();
    await page.locator('#kc-login').waitFor();
    assert.ok(!page.url().startsWith(BASE_URL), `expected the login page, got ${page.url()}`);
  });
});

journey('a visit with a live Keycloak session', (step) => {
  step('demo-member logs in from scratch through the login page', async (page) => {
    await logIn(page, 'demo-member');
  });

  step('opening the app again loads it exactly once, signed in by the hidden check', async (page) => {
    const documents = [];
    const onRequest = (request) => {
      if (request.resourceType() !== 'document') return;
      documents.push({ url: request.url(), main: request.frame() === page.mainFrame() });
    };
    page.on('request', onRequest);
    await page.goto(`${BASE_URL}/netzwerke`);
    await page.getByRole('heading', { level: 1, name: 'Netzwerke' }).waitFor();
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    page.off('request', onRequest);

    const main = documents.filter((d) => d.main).map((d) => d.url);
    assert.deepEqual(main, [`${BASE_URL}/netzwerke`], 'one load of the app, no trip to Keycloak and back');
    assert.ok(
      documents.some((d) => !d.main && d.url.startsWith(`${BASE_URL}/silent-check-sso.html`)),
      `the session was checked in a hidden frame: ${JSON.stringify(documents)}`,
    );
    assert.equal(page.url(), `${BASE_URL}/netzwerke`);
  });

  step('keeps the tokens out of every storage of the page', async (page) => {
    const stored = await page.evaluate(() => {
      /* eslint-disable no-undef -- runs in the page */
      const values = [];
      for (const storage of [localStorage, sessionStorage]) {
        for (let i = 0; i < storage.length; i += 1) values.push(storage.getItem(storage.key(i)));
      }
      return { values, cookies: document.cookie };
      /* eslint-enable no-undef */
    });
    for (const value of [...stored.values, stored.cookies]) {
      assert.doesNotMatch(value ?? '', /eyJ[\w-]+\.eyJ/, 'no JWT in web storage or cookies of the app');
    }
  });
});
