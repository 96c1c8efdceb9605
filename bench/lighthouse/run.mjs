// Lighthouse (mobile, performance) on "Mein Überblick" and an event page, signed in through the
// real Keycloak: Chromium with a DevTools port, the login with playwright-core over CDP, then
// Lighthouse on the same port with disableStorageReset, so the Keycloak session stays and the
// measured load is a visit with a live session (the app's hidden check-sso, no login page).
//
//   node run.mjs <spa origin> <out dir>   (env: CHROMIUM_PATH, LIGHTHOUSE_RUNS, LIGHTHOUSE_USER)
// Writes <out>/extra-lighthouse.json ({summary, pages: [...]}) and <out>/lighthouse.md.
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";

const [origin, out] = process.argv.slice(2).map((a) => a?.replace(/\/$/, ""));
if (!origin || !out)
  throw new Error("usage: node run.mjs <spa origin> <out dir>");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const USER = process.env.LIGHTHOUSE_USER ?? "demo-member";
const PORT = Number(
  process.env.LIGHTHOUSE_CDP_PORT ?? 9222 + Math.floor(Math.random() * 500),
);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

async function waitForDevTools() {
  for (let i = 0; i < 100; i += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/json/version`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Chromium did not open its DevTools port ${PORT}`);
}

/** Signs in on the login page and answers the address of an event page linked from the start page. */
async function logIn() {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${PORT}`);
  const context = browser.contexts()[0];
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(`${origin}/`);
  await page.locator("#username").waitFor();
  await page.fill("#username", USER);
  await page.fill("#password", "demo");
  await page.click("#kc-login");
  await page.waitForURL(`${origin}/`);
  await page
    .getByRole("heading", { level: 1, name: "Mein Überblick" })
    .waitFor();
  const event = page.locator('main a[href^="/veranstaltungen/"]').first();
  await event.waitFor();
  const eventPath = await event.getAttribute("href");
  await page.close();
  await browser.close(); // only the CDP connection; Chromium and its cookies stay
  return eventPath;
}

/**
 * Empties the HTTP cache and keeps the cookies (Lighthouse's own storage reset would drop both,
 * and with it the Keycloak session): every run is a first load of the app by a signed-in person.
 */
async function clearHttpCache() {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${PORT}`);
  const page = await browser.contexts()[0].newPage();
  const session = await page.context().newCDPSession(page);
  await session.send("Network.clearBrowserCache");
  await page.close();
  await browser.close();
}

function figures(lhr) {
  const audit = (id) => lhr.audits[id];
  const requests = audit("network-requests")?.details?.items ?? [];
  const spa = requests.filter((r) => r.url.startsWith(origin));
  const bytes = (filter) =>
    spa.filter(filter).reduce((n, r) => n + (r.transferSize ?? 0), 0);
  return {
    performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
    fcpMs: Math.round(audit("first-contentful-paint").numericValue),
    lcpMs: Math.round(audit("largest-contentful-paint").numericValue),
    tbtMs: Math.round(audit("total-blocking-time").numericValue),
    cls: Number(audit("cumulative-layout-shift").numericValue.toFixed(3)),
    speedIndexMs: Math.round(audit("speed-index").numericValue),
    // what the page fetched from the app's origin: scripts and styles, and everything
    scriptStyleKB: Number(
      (
        bytes(
          (r) => r.resourceType === "Script" || r.resourceType === "Stylesheet",
        ) / 1024
      ).toFixed(1),
    ),
    totalKB: Number((bytes(() => true) / 1024).toFixed(1)),
    // loads of the app itself (its pages, not the hidden check's silent-check-sso.html): 1 when
    // the visit needs no trip to Keycloak's login endpoint and back
    appDocuments: spa.filter(
      (r) =>
        r.resourceType === "Document" &&
        !r.url.includes("/silent-check-sso.html"),
    ).length,
  };
}

const profile = await mkdtemp(join(tmpdir(), "klimanetz-lighthouse-"));
const chrome = spawn(
  CHROMIUM,
  [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    `--remote-debugging-port=${PORT}`,
    `--user-data-dir=${profile}`,
    "about:blank",
  ],
  { stdio: "ignore" },
);
try {
  await waitForDevTools();
  const eventPath = await logIn();
  const pages = [
    { name: "Mein Überblick", slug: "overview", url: `${origin}/` },
    { name: "Veranstaltung", slug: "event", url: `${origin}${eventPath}` },
  ];
  const results = [];
  for (const target of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) {
      await clearHttpCache();
      const result = await lighthouse(
        target.url,
        {
          port: PORT,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance"],
        },
        {
          extends: "lighthouse:default",
          settings: { disableStorageReset: true },
        },
      );
      const lhr = result.lhr;
      if (lhr.runtimeError)
        throw new Error(`${target.url}: ${lhr.runtimeError.message}`);
      if (!lhr.finalDisplayedUrl.startsWith(origin)) {
        throw new Error(
          `${target.url} ended on ${lhr.finalDisplayedUrl}: not signed in?`,
        );
      }
      const f = figures(lhr);
      // the whole report of the last run, for looking into a figure (not a table line)
      await writeFile(
        join(out, `lighthouse-${target.slug}.json`),
        JSON.stringify(lhr),
      );
      console.log(`  ${target.name} run ${i + 1}: ${JSON.stringify(f)}`);
      runs.push(f);
    }
    const med = (key) => median(runs.map((r) => r[key]));
    results.push({
      page: target.name,
      url: target.url.replace(origin, ""),
      runs,
      median: Object.fromEntries(
        Object.keys(runs[0]).map((key) => [key, med(key)]),
      ),
    });
  }
  const summary = results
    .map(
      (r) =>
        `${r.page} ${r.median.performance} (TBT ${r.median.tbtMs} ms, LCP ${r.median.lcpMs} ms, ` +
        `JS+CSS ${r.median.scriptStyleKB} KB)`,
    )
    .join("; ");
  const json = {
    summary: `Lighthouse 12.2.3 mobile performance, signed in, median of ${RUNS}: ${summary} (target ≥ 95)`,
    lighthouse: "12.2.3",
    runs: RUNS,
    pages: results,
  };
  const rows = results.map(
    (r) =>
      `| ${r.page} | ${r.median.performance} | ${r.median.fcpMs} | ${r.median.lcpMs} | ${r.median.tbtMs} | ${r.median.cls} | ${r.median.scriptStyleKB} | ${r.median.totalKB} | ${r.median.appDocuments} |`,
  );
  const md = [
    `# Lighthouse 12.2.3, mobile, signed in (median of ${RUNS} runs)`,
    "",
    "| page | performance | FCP ms | LCP ms | TBT ms | CLS | JS+CSS KB transferred | all KB | loads of the app |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
  await writeFile(
    join(out, "extra-lighthouse.json"),
    JSON.stringify(json, null, 1) + "\n",
  );
  await writeFile(join(out, "lighthouse.md"), md);
  console.log(md);
} finally {
  chrome.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 500));
  await rm(profile, { recursive: true, force: true });
}
