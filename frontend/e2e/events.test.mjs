// On-site events through the real stack: demo-member registers for the demo meeting in the
// Kreishaus Unna; two people take the last seat at the same moment from two browsers (one is
// confirmed, one waitlisted) and the waitlisted one moves up when the other withdraws;
// demo-coordinator downloads the registrations as CSV and the sign-in sheet as PDF.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import {
  api,
  BASE_URL,
  expectAccessible,
  journey,
  launchBrowser,
  logIn,
  screenshot,
  STEP_TIMEOUT,
  tokenFor,
} from './support.mjs';

const NRW = '0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a11';
const DEMO_EVENT = '8d2f4b61-3c7e-4a90-b1d5-6e0f2a9c7b31';
const DEMO_TITLE = 'Präsenztreffen im Kreishaus Unna';

journey('a member registers for the on-site meeting', (step) => {
  step('demo-member logs in', (page) => logIn(page, 'demo-member'));

  step('finds the meeting in the list of upcoming events', async (page) => {
    await page.goto(`${BASE_URL}/netzwerke/${NRW}/veranstaltungen`);
    await page.getByRole('heading', { level: 1, name: 'Präsenztreffen' }).waitFor();
    await page.getByRole('link', { name: DEMO_TITLE }).waitFor();
    await page.getByText(/Noch \d+ Plätze frei/).first().waitFor();
    await expectAccessible(page, 'the list of upcoming events');
    await page.getByRole('link', { name: DEMO_TITLE }).click();
    await page.waitForURL(`${BASE_URL}/veranstaltungen/${DEMO_EVENT}`);
  });

  step('reads venue, directions and agenda on the event page', async (page) => {
    await page.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();
    await page.getByText('Friedrich-Ebert-Straße 17').first().waitFor();
    await page.getByText(/Ab Unna Hauptbahnhof/).waitFor();
    await page.getByRole('heading', { name: 'Programm' }).waitFor();
    await page.getByText(/Exkursion zum Solarpark/).first().waitFor();
    await expectAccessible(page, 'the event page before registering');
  });

  step('registers and sees the confirmation', async (page) => {
    await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
    await page.getByText('Sie sind angemeldet.').first().waitFor();
    await page.getByRole('button', { name: 'Anmeldung zurückziehen' }).waitFor();
    await expectAccessible(page, 'the event page after registering');
  });
});

journey('a coordinator downloads the registrations and the sign-in sheet', (step) => {
  step('demo-coordinator logs in', (page) => logIn(page, 'demo-coordinator'));

  step('opens the registrations of the meeting', async (page) => {
    await page.goto(`${BASE_URL}/veranstaltungen/${DEMO_EVENT}`);
    await page.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();
    await page.getByRole('link', { name: 'Anmeldungen' }).click();
    await page.waitForURL(`${BASE_URL}/veranstaltungen/${DEMO_EVENT}/anmeldungen`);
    await page.getByRole('heading', { level: 1, name: 'Anmeldungen' }).waitFor();
    const table = page.getByRole('table', { name: 'Anmeldungen' });
    await table.getByRole('rowheader', { name: 'Mara Mitglied' }).waitFor();
    await expectAccessible(page, 'the registrations of the meeting');
  });

  step('downloads the registrations as CSV for Excel', async (page) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV herunterladen' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'anmeldungen-praesenztreffen-im-kreishaus-unna.csv');
    const csv = await readFile(await download.path(), 'utf8');
    assert.ok(csv.startsWith('\uFEFFName;Kommune;Status;'), csv.slice(0, 80));
    assert.match(csv, /Mara Mitglied;Schwerte;Bestätigt;/);
  });

  step('downloads the sign-in sheet as PDF', async (page) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unterschriftenliste (PDF)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'unterschriftenliste-praesenztreffen-im-kreishaus-unna.pdf');
    const pdf = await readFile(await download.path());
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(pdf.length > 1000, `a real document (${pdf.length} bytes)`);
  });
});

/** Two people in two browsers at once; each with their own page. */
describe('two people take the last seat at the same moment', { timeout: 8 * STEP_TIMEOUT }, () => {
  let browser;
  let event;
  const pages = {};
  let broken = false;

  const step = (title, fn) =>
    it(title, { timeout: STEP_TIMEOUT }, async (t) => {
      if (broken) return t.skip('an earlier step failed');
      try {
        await fn();
      } catch (error) {
        broken = true;
        for (const [name, page] of Object.entries(pages)) await screenshot(page, `last seat ${title} ${name}`);
        throw error;
      }
    });

  before(async () => {
    browser = await launchBrowser();
    for (const username of ['demo-host', 'demo-coordinator']) {
      const context = await browser.newContext({ locale: 'de-DE' });
      pages[username] = await context.newPage();
      pages[username].setDefaultTimeout(20_000);
    }
  });

  after(async () => {
    await browser?.close();
  });

  step('the coordination publishes a meeting with one seat', async () => {
    const token = await tokenFor('demo-coordinator');
    const start = new Date(Date.now() + 21 * 86_400_000);
    start.setUTCHours(9, 0, 0, 0);
    const end = new Date(start.getTime() + 4 * 3_600_000);
    const { status, body } = await api(token, `/api/v1/networks/${NRW}/events`, {
      method: 'POST',
      body: {
        title: `Werkstattgespräch ${Date.now()}`,
        status: 'PUBLISHED',
        startsAt: start.toISOString(),
        endsAt: end.toISOString(),
        venue: { name: 'Rathaus Schwerte', street: 'Rathausstraße 31', postalCode: '58239', city: 'Schwerte' },
        capacity: 1,
      },
    });
    assert.equal(status, 201, JSON.stringify(body));
    event = body;
  });

  step('both log in and open the meeting', async () => {
    await Promise.all(Object.entries(pages).map(([username, page]) => logIn(page, username)));
    await Promise.all(
      Object.values(pages).map(async (page) => {
        await page.goto(`${BASE_URL}/veranstaltungen/${event.id}`);
        await page.getByRole('heading', { level: 1, name: event.title }).waitFor();
        await page.getByRole('button', { name: 'Verbindlich anmelden' }).waitFor();
      }),
    );
  });

  step('both press the button at once: one is confirmed, the other waitlisted', async () => {
    await Promise.all(
      Object.values(pages).map((page) => page.getByRole('button', { name: 'Verbindlich anmelden' }).click()),
    );
    const outcomes = await Promise.all(
      Object.entries(pages).map(async ([username, page]) => {
        const confirmed = page.getByText('Sie sind angemeldet.').first();
        const waitlisted = page.getByText('Sie stehen auf Platz 1 der Warteliste.').first();
        await confirmed.or(waitlisted).waitFor();
        return [username, (await confirmed.isVisible()) ? 'CONFIRMED' : 'WAITLISTED'];
      }),
    );
    const states = Object.fromEntries(outcomes);
    assert.deepEqual(Object.values(states).sort(), ['CONFIRMED', 'WAITLISTED'], JSON.stringify(states));
    pages.confirmed = pages[outcomes.find(([, s]) => s === 'CONFIRMED')[0]];
    pages.waitlisted = pages[outcomes.find(([, s]) => s === 'WAITLISTED')[0]];
    await expectAccessible(pages.waitlisted, 'the event page on the waitlist');
  });

  step('the confirmed one withdraws and the waitlisted one moves up', async () => {
    await pages.confirmed.getByRole('button', { name: 'Anmeldung zurückziehen' }).click();
    await pages.confirmed.getByRole('button', { name: 'Ja, Anmeldung zurückziehen' }).click();
    await pages.confirmed.getByText('Ihre Anmeldung wurde zurückgezogen.').waitFor();
    // The waitlisted page checks every 30 seconds; a reload shows it at once.
    await pages.waitlisted.reload();
    await pages.waitlisted.getByText('Sie sind angemeldet.').first().waitFor();
  });
});
