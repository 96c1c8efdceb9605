// The core flows at phone size (390 × 844): log in, join the next online session, find a
// colleague, register for the on-site meeting, take attendance. Every page passes axe (WCAG 2.1
// A/AA), never scrolls sideways and never breaks a word inside. Screenshots of the directory, the
// event page and the registrations table go to e2e-results/ (not committed).
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
  withdrawIfRegistered,
} from './support.mjs';

const NRW = '0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a11';
const ROOM = '3c0e8e5e-2b7a-4f53-9c1d-8a4f6b2d9e10';
const DEMO_EVENT = '8d2f4b61-3c7e-4a90-b1d5-6e0f2a9c7b31';
const DEMO_TITLE = 'Präsenztreffen im Kreishaus Unna';

/** axe plus the phone checks, on the page as it is now. */
async function check(page, label) {
  await expectAccessible(page, `${label} at 390 px`);
  await expectReadableOnPhone(page, label);
}

journey(
  'a member on the phone',
  (step) => {
    step('demo-member logs in', async (page) => {
      await logIn(page, 'demo-member');
      await check(page, '"Mein Überblick"');
    });

    step('finds how to join the next online session', async (page) => {
      const join = page.getByRole('link', { name: /^Online-Raum betreten/ }).first();
      await join.waitFor();
      const href = await join.getAttribute('href');
      if (!href?.startsWith('https://')) throw new Error(`the join link is no web address: ${href}`);
      await page.getByText('Zugangscode').first().waitFor();
    });

    step('finds a colleague in the directory', async (page) => {
      await page.goto(`${BASE_URL}/netzwerke/${NRW}/mitglieder`);
      await page.getByRole('table', { name: 'Mitglieder des Netzwerks' }).waitFor();
      await check(page, 'the member directory');
      await screenshot(page, 'phone directory');
      await page.getByRole('searchbox', { name: 'Name, Kommune oder Thema' }).fill('Unna');
      const table = page.getByRole('table', { name: 'Mitglieder, die zu Ihrer Suche passen' });
      await table.getByRole('link', { name: 'Gesa Gastgeberin' }).click();
      await page.getByRole('heading', { level: 1, name: 'Gesa Gastgeberin' }).waitFor();
      await check(page, "a colleague's page");
    });

    step('registers for the on-site meeting', async (page) => {
      await page.goto(`${BASE_URL}/veranstaltungen/${DEMO_EVENT}`);
      await page.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();
      await page.getByRole('heading', { name: 'Programm' }).waitFor();
      // the desktop journeys (events.test.mjs, mail.test.mjs) registered demo-member already
      await withdrawIfRegistered(page);
      const register = page.getByRole('button', { name: 'Verbindlich anmelden' });
      await check(page, 'the event page');
      await screenshot(page, 'phone event');
      await register.click();
      await page.getByText('Sie sind angemeldet.').first().waitFor();
      await check(page, 'the event page after registering');
    });
  },
  { viewport: PHONE },
);

journey(
  'a coordinator on the phone',
  (step) => {
    step('demo-coordinator logs in', (page) => logIn(page, 'demo-coordinator'));

    step('reads the registrations of the meeting', async (page) => {
      await page.goto(`${BASE_URL}/veranstaltungen/${DEMO_EVENT}/anmeldungen`);
      const table = page.getByRole('table', { name: 'Anmeldungen' });
      // Mara may be listed twice: cancelled (earlier registration) and confirmed
      await table.getByRole('rowheader', { name: 'Mara Mitglied' }).first().waitFor();
      await check(page, 'the registrations table');
      await screenshot(page, 'phone registrations');
    });

    step('takes attendance of the last session', async (page) => {
      const token = await tokenFor('demo-coordinator');
      const today = new Date().toISOString().slice(0, 10);
      const from = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
      const { body } = await api(token, `/api/v1/online-rooms/${ROOM}/sessions?from=${from}&to=${today}`);
      const past = body.items.filter((s) => s.status !== 'CANCELLED' && new Date(s.endsAt) < new Date());
      const date = past.at(-1).date;
      await page.goto(`${BASE_URL}/online-raeume/${ROOM}/termine/${date}/anwesenheit`);
      const table = page.getByRole('table', { name: 'Anwesenheitsliste' });
      await table.waitFor();
      await check(page, 'the attendance list');
      const group = page.getByRole('group', { name: /Anwesenheit von Mara Mitglied/ });
      const excused = group.getByRole('radio', { name: 'Entschuldigt' });
      // a change either way, whatever an earlier run left
      if (await excused.isChecked()) await group.getByRole('radio', { name: 'Anwesend' }).check();
      else await excused.check();
      await page.getByRole('button', { name: 'Anwesenheit speichern' }).click();
      await page.getByRole('status').getByText(/gespeichert/).first().waitFor();
      await check(page, 'the attendance list after saving');
    });
  },
  { viewport: PHONE },
);
