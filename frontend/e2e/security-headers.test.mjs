// The web app's server sends the same security headers as nginx.conf (the container image), answers
// no foreign origin with CORS, the API behind it adds nosniff and no-store, and the app runs under
// its Content-Security-Policy without a single violation.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BASE_URL, journey, logIn } from './support.mjs';

const KEYCLOAK_URL = (process.env.KLIMANETZ_KEYCLOAK_URL ?? 'http://localhost:8181').replace(
  /\/$/,
  '',
);

/** The headers nginx.conf adds for `location /`, with ${KLIMANETZ_KEYCLOAK_URL} filled in. */
async function nginxHeaders() {
  const conf = await readFile(join(import.meta.dirname, '..', 'nginx.conf'), 'utf8');
  const fill = (text) => text.replaceAll('${KLIMANETZ_KEYCLOAK_URL}', KEYCLOAK_URL);
  const csp = fill(/set \$csp "([^"]+)";/.exec(conf)[1]);
  const headers = { 'content-security-policy': csp };
  for (const [, name, value] of conf.matchAll(
    /^\s*add_header ([A-Za-z-]+) ("[^"]*"|\S+) always;/gm,
  )) {
    if (name === 'Content-Security-Policy' || name === 'Cache-Control') continue;
    headers[name.toLowerCase()] = value.replace(/^"|"$/g, '');
  }
  return headers;
}

describe('security headers of the web app', () => {
  it('are those of nginx.conf, on the page and on its assets', async () => {
    const expected = await nginxHeaders();
    assert.ok(expected['permissions-policy'], 'nginx.conf has a Permissions-Policy');
    const page = await fetch(`${BASE_URL}/netzwerke`);
    assert.equal(page.status, 200);
    const html = await page.text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    assert.ok(asset, 'the page loads a script from /assets');
    for (const response of [
      page,
      await fetch(`${BASE_URL}${asset}`),
      await fetch(`${BASE_URL}/config.json`),
    ]) {
      for (const [name, value] of Object.entries(expected)) {
        assert.equal(response.headers.get(name), value, `${name} of ${response.url}`);
      }
    }
  });

  it('let only the app frame the end of the hidden sign-in check, as nginx.conf does', async () => {
    const conf = await readFile(join(import.meta.dirname, '..', 'nginx.conf'), 'utf8');
    const block = /location = \/silent-check-sso\.html \{([\s\S]*?)\n {2}\}/.exec(conf)?.[1];
    assert.ok(block, 'nginx.conf has a location for /silent-check-sso.html');
    const csp = /set \$csp_framed "([^"]+)";/
      .exec(block)[1]
      .replaceAll('${KLIMANETZ_KEYCLOAK_URL}', KEYCLOAK_URL);
    const response = await fetch(`${BASE_URL}/silent-check-sso.html`);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<script src="\/silent-check-sso\.js"><\/script>/);
    assert.equal(response.headers.get('content-security-policy'), csp);
    assert.match(csp, /frame-ancestors 'self'(;|$)/);
    assert.equal(response.headers.get('x-frame-options'), 'SAMEORIGIN');
    assert.equal(/X-Frame-Options (\S+) always/.exec(block)[1], 'SAMEORIGIN');
    // every other page still refuses to be framed
    const page = await fetch(`${BASE_URL}/`);
    assert.match(page.headers.get('content-security-policy'), /frame-ancestors 'none'/);
    assert.equal(page.headers.get('x-frame-options'), 'DENY');
  });

  it('answers no foreign origin with CORS', async () => {
    for (const origin of ['http://localhost:9999', 'https://evil.example']) {
      const get = await fetch(`${BASE_URL}/`, { headers: { Origin: origin } });
      assert.equal(get.headers.get('access-control-allow-origin'), null, `GET from ${origin}`);
      const preflight = await fetch(`${BASE_URL}/api/v1/networks`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'DELETE' },
      });
      assert.equal(
        preflight.headers.get('access-control-allow-origin'),
        null,
        `preflight from ${origin}`,
      );
    }
  });

  it('lets the API add nosniff and no-store to its answers', async () => {
    const response = await fetch(`${BASE_URL}/api/v1/networks`);
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('cache-control'), 'no-store');
  });
});

journey('the app runs under its Content-Security-Policy', (step) => {
  const violations = [];
  step('demo-member logs in and opens the main pages', async (page) => {
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      // eslint-disable-next-line no-undef -- runs in the page
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(
          `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
        );
      });
    });
    await logIn(page, 'demo-member');
    for (const path of ['/netzwerke', '/kommunen', '/profil']) {
      await page.goto(`${BASE_URL}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    assert.deepEqual(violations, [], 'no CSP violations');
  });
});
