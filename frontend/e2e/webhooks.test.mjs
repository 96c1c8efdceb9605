// Webhooks through the real stack: demo-admin subscribes a receiver on this machine (the test
// stack allows http://127.0.0.1, KLIMANETZ_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true in scripts/lib.sh),
// sees the signing secret exactly once, a network created through the API arrives at the receiver
// signed with that secret, the delivery log shows it with the receiver's status code, and the
// subscription is deleted again.
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { after, before } from 'node:test';
import { api, BASE_URL, expectAccessible, journey, logIn, tokenFor } from './support.mjs';

const DESCRIPTION = `E2E-Empfänger ${Date.now()}`;
const NETWORK_NAME = `E2E Webhook-Probe ${Date.now()}`;

/** A receiver on 127.0.0.1 that keeps what it gets and answers 204. */
const receiver = { server: undefined, url: '', received: [] };
/** What the journey learns on the way. */
const shared = { secret: '', webhookPage: '' };

before(async () => {
  receiver.server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      receiver.received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(204).end();
    });
  });
  await new Promise((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${receiver.server.address().port}/klimanetz-hook`;
});

after(() => new Promise((resolve) => (receiver.server ? receiver.server.close(resolve) : resolve())));

/** Standard Webhooks: base64 HMAC-SHA256 of `id.timestamp.body` with the key after `whsec_`. */
function signatureValid(delivery, secret) {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signed = `${delivery.headers['webhook-id']}.${delivery.headers['webhook-timestamp']}.${delivery.body}`;
  const expected = createHmac('sha256', key).update(signed).digest();
  return String(delivery.headers['webhook-signature'] ?? '')
    .split(' ')
    .map((entry) => Buffer.from(entry.split(',')[1] ?? '', 'base64'))
    .some((candidate) => candidate.length === expected.length && timingSafeEqual(candidate, expected));
}

async function waitFor(check, what, timeoutMs = 40_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = await check();
    if (found) return found;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

journey(
  'an admin subscribes a webhook, sees its secret once and its deliveries',
  (step) => {
    step('demo-admin logs in', (page) => logIn(page, 'demo-admin'));

    step('opens "Webhooks" from the navigation', async (page) => {
      await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Webhooks' }).click();
      await page.waitForURL(`${BASE_URL}/admin/webhooks`);
      await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
      await page.getByRole('link', { name: 'Webhook anlegen' }).waitFor();
      await expectAccessible(page, 'the webhooks list');
    });

    step('creates a subscription to the local receiver', async (page) => {
      await page.getByRole('link', { name: 'Webhook anlegen' }).click();
      await page.waitForURL(`${BASE_URL}/admin/webhooks/neu`);
      await page.getByRole('heading', { level: 1, name: 'Webhook anlegen' }).waitFor();
      await page.getByLabel('Adresse (URL)').fill(receiver.url);
      await page.getByRole('group', { name: 'Änderungen' }).getByLabel(/^Netzwerk angelegt/).check();
      await page.getByLabel(/^Beschreibung/).fill(DESCRIPTION);
      await expectAccessible(page, 'the new webhook form');
      await page.getByRole('button', { name: 'Webhook anlegen' }).click();
    });

    step('sees the signing secret once, with the hint that it is not shown again', async (page) => {
      await page.getByRole('heading', { level: 1, name: 'Webhook angelegt' }).waitFor();
      await page.getByRole('heading', { name: 'Der Schlüssel wird nur jetzt angezeigt' }).waitFor();
      shared.secret = (await page.getByTestId('webhook-secret').textContent())?.trim() ?? '';
      assert.match(shared.secret, /^whsec_[A-Za-z0-9+/=]+$/);
      await page.getByRole('button', { name: 'Schlüssel kopieren' }).waitFor();
      await expectAccessible(page, 'the created webhook with its secret');

      await page.getByRole('link', { name: 'Zum Webhook und seinen Zustellungen' }).click();
      await page.getByRole('heading', { level: 1, name: DESCRIPTION }).waitFor();
      shared.webhookPage = page.url();
      assert.match(shared.webhookPage, /\/admin\/webhooks\/[0-9a-f-]{36}$/);
      await page.getByText(receiver.url).first().waitFor();
      assert.equal(await page.getByText(shared.secret).count(), 0, 'the secret is not on the webhook page');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: DESCRIPTION }).waitFor();
      assert.equal(await page.getByText(/whsec_/).count(), 0, 'the secret is gone after a reload');
    });

    step('a new network arrives at the receiver, signed with that secret', async () => {
      const token = await tokenFor('demo-admin');
      const created = await api(token, '/api/v1/networks', {
        method: 'POST',
        body: {
          name: NETWORK_NAME,
          region: 'NRW',
          eligibility: 'Test',
          organizer: { name: 'Kommunal Agentur NRW', contactEmail: 'netzwerk@kommunalagentur-nrw.example.org' },
        },
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const delivery = await waitFor(
        () => receiver.received.find((d) => d.body.includes(created.body.id)),
        'the webhook delivery of network.created',
      );
      assert.equal(JSON.parse(delivery.body).type, 'network.created');
      assert.ok(signatureValid(delivery, shared.secret), 'the signature checks out with the secret shown once');
    });

    step('sees the delivery in the log with status code and duration, and can redeliver it', async (page) => {
      await waitFor(async () => {
        await page.goto(shared.webhookPage);
        const table = page.getByRole('table', { name: 'Zustellungen an diesen Webhook, neueste zuerst' });
        await page.getByRole('heading', { name: 'Zustellungen' }).waitFor();
        if ((await table.count()) === 0) return false;
        const row = table.getByRole('row').filter({ hasText: 'Netzwerk angelegt' }).first();
        return (await row.count()) > 0 && /Zugestellt/.test(await row.textContent()) && /204/.test(await row.textContent());
      }, 'the delivery in the log as delivered with 204');
      await page.getByText(/\d ms$/).first().waitFor();
      await expectAccessible(page, 'the webhook page with its delivery log');
      await page.getByRole('button', { name: /^Erneut zustellen die Zustellung „Netzwerk angelegt“/ }).first().click();
      await page.getByText(/ist wieder in der Warteschlange/).waitFor();
    });

    step('deletes the subscription after confirming', async (page) => {
      await page.getByRole('button', { name: 'Löschen' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Webhook löschen?' });
      await dialog.waitFor();
      await expectAccessible(page, 'the delete question');
      await dialog.getByRole('button', { name: 'Webhook löschen' }).click();
      await page.waitForURL(`${BASE_URL}/admin/webhooks`);
      await page.getByText(`Der Webhook an ${receiver.url} wurde gelöscht.`).waitFor();
    });
  },
  { maxSteps: 8 },
);
