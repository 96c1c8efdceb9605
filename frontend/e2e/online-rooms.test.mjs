// The NRW network's biweekly online room through the real stack: demo-coordinator cancels the next
// session and writes minutes; demo-member sees the cancellation, reads the minutes, subscribes to
// the calendar feed and fetches it without a login.
import assert from 'node:assert/strict';
import { api, BASE_URL, expectAccessible, journey, logIn, tokenFor } from './support.mjs';

const ROOM = '3c0e8e5e-2b7a-4f53-9c1d-8a4f6b2d9e10';
const ROOM_PAGE = `${BASE_URL}/online-raeume/${ROOM}`;
const ROOM_TITLE = 'Online-Austausch Klimaschutzmanagement NRW';
const REASON = `Krankheit der Moderation (E2E ${Date.now()})`;
const MINUTES_HEADING = `Ergebnisse des Austauschs ${Date.now()}`;

/** Shared between the journeys, which run one after the other. */
const shared = { cancelledDate: undefined, minutesDate: undefined };

/** "08.12.2026" → "2026-12-08" */
function isoDate(german) {
  const [day, month, year] = german.split('.');
  return `${year}-${month}-${day}`;
}

/** The latest session that has ended and has no minutes yet. */
async function pastSessionWithoutMinutes() {
  const token = await tokenFor('demo-coordinator');
  const today = new Date();
  const from = new Date(today.getTime() - 120 * 86_400_000).toISOString().slice(0, 10);
  const { status, body } = await api(token, `/api/v1/online-rooms/${ROOM}/sessions?from=${from}&to=${today.toISOString().slice(0, 10)}`);
  assert.equal(status, 200);
  const candidates = body.items.filter(
    (s) => s.status !== 'CANCELLED' && !s.minutesPublished && new Date(s.endsAt) < today,
  );
  assert.ok(candidates.length > 0, 'the demo room has past sessions without minutes');
  return candidates[candidates.length - 1].date;
}

journey('a coordinator cancels a session and writes minutes', (step) => {
  step('demo-coordinator logs in', (page) => logIn(page, 'demo-coordinator'));

  step('opens the room page from the network page', async (page) => {
    await page.goto(`${BASE_URL}/netzwerke/0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a11`);
    await page.getByRole('heading', { level: 2, name: 'Online-Räume' }).waitFor();
    await page.getByRole('link', { name: ROOM_TITLE }).first().click();
    await page.waitForURL(ROOM_PAGE);
    await page.getByRole('heading', { level: 1, name: ROOM_TITLE }).waitFor();
    await page.getByText(/jeden zweiten Dienstag/).first().waitFor();
    await expectAccessible(page, 'the room page as coordinator');
  });

  step('cancels the next session with a reason', async (page) => {
    const cancel = page.getByRole('button', { name: /^Absagen zum Termin am / }).first();
    const name = await cancel.evaluate((el) => el.getAttribute('aria-label') ?? el.textContent ?? '');
    const german = /(\d{2}\.\d{2}\.\d{4})/.exec(name)?.[1];
    assert.ok(german, `a date in the button's name: ${name}`);
    shared.cancelledDate = isoDate(german);
    await cancel.click();
    const dialog = page.getByRole('dialog', { name: `Termin am ${german} absagen` });
    await dialog.waitFor();
    await dialog.getByLabel('Grund der Absage').fill(REASON);
    await expectAccessible(page, 'the cancel dialog');
    await dialog.getByRole('button', { name: 'Termin absagen' }).click();
    await page.getByText(`Der Termin am ${german} wurde abgesagt.`).waitFor();
    await page.getByText(`Abgesagt: ${REASON}`).waitFor();
    await page.getByRole('button', { name: new RegExp(`Absage zurücknehmen.*${german.replace(/\./g, '\\.')}`) }).first().waitFor();
  });

  step('writes and publishes the minutes of a past session', async (page) => {
    shared.minutesDate = await pastSessionWithoutMinutes();
    await page.goto(`${ROOM_PAGE}/termine/${shared.minutesDate}`);
    await page.getByRole('heading', { level: 1, name: /^Termin am / }).waitFor();
    await page.getByRole('button', { name: 'Protokoll schreiben' }).click();
    await page
      .getByLabel('Text des Protokolls')
      .fill(`## ${MINUTES_HEADING}\n\n- Wärmeplanung: Stand in den Kreisen\n- **Fördermittel** beantragen\n\n<script>window.__minutesRan = true</script>\n\n[Harmlos?](javascript:window.__minutesRan=true)`);
    await page.getByLabel('Veröffentlicht').check();
    await page.getByRole('button', { name: 'Vorschau' }).click();
    await page.getByRole('heading', { name: MINUTES_HEADING }).waitFor();
    await expectAccessible(page, 'the minutes editor with preview');
    await page.getByRole('button', { name: 'Protokoll speichern' }).click();
    await page.getByText('Das Protokoll wurde gespeichert und ist für die Mitglieder veröffentlicht.').waitFor();
    assert.equal(await page.evaluate(() => globalThis.__minutesRan), undefined, 'no script from minutes runs');
    await expectAccessible(page, 'the session page with published minutes');
  });
});

journey('a member sees the cancellation, reads the minutes and subscribes', (step) => {
  step('demo-member logs in and sees on "Mein Überblick" that the next session is cancelled', async (page) => {
    await logIn(page, 'demo-member');
    await page.getByRole('link', { name: ROOM_TITLE }).first().waitFor();
    await page.getByText(`Abgesagt: ${REASON}`).first().waitFor();
    await expectAccessible(page, 'Mein Überblick');
  });

  step('sees the cancelled session marked with its reason on the room page', async (page) => {
    assert.ok(shared.cancelledDate, 'the coordinator cancelled a session');
    await page.goto(ROOM_PAGE);
    await page.getByRole('heading', { level: 1, name: ROOM_TITLE }).waitFor();
    await page.getByText(`Abgesagt: ${REASON}`).waitFor();
    assert.equal(await page.getByRole('button', { name: /^Absagen zum Termin am / }).count(), 0, 'members cannot cancel');
    await expectAccessible(page, 'the room page as member');
  });

  step('reads the published minutes, with no script run from them', async (page) => {
    await page.goto(`${ROOM_PAGE}/termine/${shared.minutesDate}`);
    await page.getByRole('heading', { name: MINUTES_HEADING }).waitFor();
    await page.getByText('Wärmeplanung: Stand in den Kreisen').waitFor();
    assert.equal(await page.evaluate(() => globalThis.__minutesRan), undefined);
    assert.equal(await page.locator('main script').count(), 0);
    await expectAccessible(page, 'the minutes as member');
  });

  step('creates a personal subscription address and a calendar app fetches it without login', async (page) => {
    await page.goto(ROOM_PAGE);
    await page.getByRole('button', { name: 'Abo-Adresse erstellen' }).click();
    const field = page.getByLabel('Ihre Abo-Adresse');
    await field.waitFor();
    const url = await field.inputValue();
    assert.match(url, /\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await expectAccessible(page, 'the room page with the new subscription address');

    const response = await fetch(url);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/calendar/);
    // Unfold RFC 5545 continuation lines before matching.
    const ics = (await response.text()).replace(/\r\n[ \t]/g, '');
    assert.match(ics, /^BEGIN:VCALENDAR/);
    assert.match(ics, /RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU/);
    const compact = shared.cancelledDate.replace(/-/g, '');
    assert.match(ics, new RegExp(`EXDATE;TZID=Europe/Berlin:[^\\r\\n]*${compact}T`), 'the cancelled date is excluded');
    assert.ok(!ics.includes('demo-host@klimanetz.example'), 'no one else’s e-mail address');
  });
});
