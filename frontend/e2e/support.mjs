// Shared helpers for the browser tests: system Chromium via playwright-core, axe-core checks, screenshots.
import { after, before, describe, it } from 'node:test';
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:5174').replace(/\/$/, '');
export const RESULTS_DIR = join(import.meta.dirname, '..', 'e2e-results');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function launchBrowser() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map(
          (n) =>
            `    at ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/** Runs axe-core with the WCAG 2.1 A/AA tags and fails with a readable list of violations. */
export async function expectAccessible(page, label) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (results.violations.length > 0) {
    throw new Error(
      `axe found ${results.violations.length} accessibility violation(s) on ${label} (${page.url()}):\n${formatViolations(results.violations)}`,
    );
  }
  console.log(`# axe: no WCAG 2.1 A/AA violations on ${label}`);
}

/** Saves a full-page screenshot named after the failed step into e2e-results/. */
export async function screenshot(page, name) {
  if (!page || page.isClosed()) return;
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
  await page.screenshot({ path: file, fullPage: true }).catch(() => {});
  console.log(`# screenshot: ${file}`);
}

export const STEP_TIMEOUT = 60_000;

/**
 * One journey in a fresh browser context: `define(step)` declares its steps, each `step(title,
 * async (page) => …)`. Steps after a failed one are skipped; a failing step leaves a screenshot.
 * `viewport` sets the window size (e.g. {@link PHONE}); the default is Chromium's desktop size.
 */
export function journey(name, define, { maxSteps = 8, viewport } = {}) {
  describe(name, { timeout: maxSteps * STEP_TIMEOUT }, () => {
    let browser;
    const state = { page: undefined, broken: false };

    const step = (title, fn) => {
      it(title, { timeout: STEP_TIMEOUT }, async (t) => {
        if (state.broken) {
          t.skip('an earlier step failed');
          return;
        }
        try {
          await fn(state.page);
        } catch (error) {
          state.broken = true;
          await screenshot(state.page, `${name} ${title}`);
          throw error;
        }
      });
    };

    before(async () => {
      browser = await launchBrowser();
      const context = await browser.newContext({
        locale: 'de-DE',
        ...(viewport ? { viewport, isMobile: true, hasTouch: true } : {}),
      });
      state.page = await context.newPage();
      state.page.setDefaultTimeout(20_000);
    });

    after(async () => {
      await browser?.close();
    });

    define(step);
  });
}

/** Signs in through the real Keycloak login page and waits for the app's start page. */
export async function logIn(page, username) {
  await page.goto(`${BASE_URL}/`);
  await page.locator('#username').waitFor();
  await page.fill('#username', username);
  await page.fill('#password', 'demo');
  await page.click('#kc-login');
  await page.waitForURL(`${BASE_URL}/`);
  await page.getByRole('heading', { level: 1, name: 'Mein Überblick' }).waitFor();
}

const KEYCLOAK_URL = (process.env.KLIMANETZ_KEYCLOAK_URL ?? 'http://localhost:8181').replace(/\/$/, '');
export const API_URL = (process.env.KLIMANETZ_API_URL ?? 'http://localhost:8082').replace(/\/$/, '');

/**
 * An access token for a demo account through the local realm's password-grant client, for test
 * setup and checks that a person would not do by hand (the browser steps never use it).
 */
export async function tokenFor(username) {
  const response = await fetch(`${KEYCLOAK_URL}/realms/klimanetz/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'klimanetz-cli', username, password: 'demo' }),
  });
  if (!response.ok) throw new Error(`no token for ${username}: ${response.status}`);
  return (await response.json()).access_token;
}

/** Calls the API with a bearer token; JSON in and out. */
export async function api(token, path, { method = 'GET', body, headers = {} } = {}) {
  const response = await fetch(`${API_URL}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
}

/**
 * On an event page: withdraws the signed-in person's registration if there is one (journeys run
 * one after the other and may find someone registered already), so that "Verbindlich anmelden"
 * is offered.
 */
export async function withdrawIfRegistered(page) {
  const withdraw = page.getByRole('button', { name: 'Anmeldung zurückziehen' });
  const register = page.getByRole('button', { name: 'Verbindlich anmelden' });
  await withdraw.or(register).first().waitFor();
  if (await withdraw.isVisible()) {
    await withdraw.click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, Anmeldung zurückziehen' }).click();
    await register.waitFor();
  }
}

/** A common phone (iPhone 12 to 15): 390 × 844 CSS pixels. */
export const PHONE = { width: 390, height: 844 };

/**
 * Fails when the page scrolls sideways or a word is broken inside (letter by letter, or hyphenated
 * by the browser): each word of the main content must sit on one line. Words are what lies between
 * spaces, hyphens and slashes, where a line may end.
 */
/* global document, NodeFilter -- the check below runs in the page */
export async function expectReadableOnPhone(page, label) {
  const found = await page.evaluate(() => {
    const root = document.documentElement;
    const sideways = root.scrollWidth > root.clientWidth ? `${root.scrollWidth} px wide in ${root.clientWidth} px` : null;
    const broken = [];
    const main = document.querySelector('main') ?? document.body;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest('[hidden], .kern-sr-only, [aria-hidden="true"]')) continue;
      if (element.getClientRects().length === 0) continue;
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[^\s\-/–]+/g)) {
        if (match[0].length < 2) continue;
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
    // a table that still needs sideways scrolling inside its box hides part of its content
    const cramped = [...main.querySelectorAll('.kern-table-responsive')]
      .filter((box) => box.scrollWidth > box.clientWidth + 1)
      .map((box) => box.querySelector('caption')?.textContent ?? 'a table');
    return { sideways, broken: [...new Set(broken)].slice(0, 10), cramped };
  });
  if (found.sideways) throw new Error(`${label} scrolls sideways at phone size: ${found.sideways}`);
  if (found.cramped.length > 0) {
    throw new Error(`${label}: tables wider than the phone: ${found.cramped.join(', ')}`);
  }
  if (found.broken.length > 0) {
    throw new Error(`${label} breaks words inside at phone size: ${found.broken.join(', ')}`);
  }
  console.log(`# phone: ${label} fits 390 px, no word broken`);
}
