// Shared by the delivery tests (issue 10): a headless Chromium driven by
// puppeteer-core, static servers on their own ports (each port is another
// origin, as a blog and the site that hosts the files are), and the gzip
// size of what a page fetched.
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { startServer } from '../../scripts/lib/start-server.mjs';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

export function launchBrowser() {
  return puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
}

/** scripts/serve.mjs serving `root` (an absolute path) on a free port: `{ origin, stop }`. */
export async function serve(root) {
  const { port, child } = await startServer({ root });
  return { origin: `http://localhost:${port}`, stop: () => child.kill() };
}

/**
 * Open `url` in a new tab and wait until the network is idle. Returns the page,
 * the scripts it fetched (URL and gzip -9 size), console warnings and errors,
 * and the requests that failed.
 */
export async function openPage(browser, url, { intercept } = {}) {
  const page = await browser.newPage();
  const scripts = [];
  const messages = [];
  const failed = [];
  page.on('console', (message) => {
    if (message.type() === 'warn' || message.type() === 'error') messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => failed.push(request.url()));
  page.on('response', async (response) => {
    // the browser asks every origin for a favicon: a test page has none
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) failed.push(`${response.status()} ${response.url()}`);
    if (response.request().resourceType() !== 'script' || response.status() !== 200) return;
    try {
      scripts.push({ url: response.url(), gzip: gzipSync(await response.buffer(), { level: 9 }).length });
    } catch {
      // a body the browser no longer holds (the page moved on): not counted
    }
  });
  if (intercept) {
    await page.setRequestInterception(true);
    page.on('request', (request) => void intercept(request));
  }
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 30_000 });
  return { page, scripts, messages, failed, gzipTotal: () => scripts.reduce((sum, script) => sum + script.gzip, 0) };
}

/** Wait until every `tag` on the page has rendered its shadow root's `selector`. */
export async function rendered(page, checks, timeout = 10_000) {
  await page.waitForFunction(
    (pairs) => pairs.every(([tag, selector]) => document.querySelector(tag)?.shadowRoot?.querySelector(selector)),
    { timeout },
    Object.entries(checks),
  );
  return true;
}

/** What each widget shows once it works: the same signs as test/support/widget-shape.ts's RENDERED. */
export const RENDERED = {
  'cf-pros-cons': '[role="meter"]',
  'cf-participation-ladder': '[role="radio"]',
  'cf-study-feed': '[part~="item"]',
};

/** Markup for each widget that renders without a network: inline points, scale, JSON Feed. */
export const MARKUP = {
  'cf-pros-cons': '<cf-pros-cons><ul slot="pros"><li>Quick answers</li></ul><ul slot="cons"><li>Not peer reviewed</li></ul></cf-pros-cons>',
  'cf-participation-ladder': '<cf-participation-ladder value="consultation"></cf-participation-ladder>',
  'cf-study-feed':
    '<cf-study-feed><script type="application/json">{"version":"https://jsonfeed.org/version/1.1","title":"A study","items":[{"id":"1","title":"Fieldwork begins","content_text":"We start on Monday."}]}</script></cf-study-feed>',
};
