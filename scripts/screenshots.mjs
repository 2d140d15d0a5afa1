// Pictures of the demo (demo/index.html), taken from the built files in dist/
// (run `npm run build` first) in headless Chromium at /usr/bin/chromium.
//
//   npm run screenshots
//     one PNG per widget, cropped to the widget, into docs/images/ (the
//     README's pictures): docs/images/<widget>.png
//   node scripts/screenshots.mjs --widths 360,1280 --out DIR
//     the whole demo page at each width: DIR/demo-360.png, DIR/demo-1280.png
//     (before/after pictures for a change)
//
// Options: --url PATH (a page other than demo/index.html, relative to the
// repository), --scheme light|dark (prefers-color-scheme, light by default).
// Pictures are at 1x so they stay small; the reader's answers are never
// stored (a fresh browser profile each run), so every picture starts untouched.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer } from './lib/start-server.mjs';

const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_ARGS = ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--hide-scrollbars'];

/**
 * The README's pictures: which widget of the demo, and what to do to it first
 * so that the picture says something at thumbnail size. The README shows the
 * three side by side on its first screen, so each is cropped to the top of
 * its widget, at most MAX_ASPECT times as tall as it is wide.
 */
const WIDGETS = [
  { name: 'pros-cons', selector: '#demo-appraisal', prepare: firstPointsOnly },
  { name: 'participation-ladder', selector: '#demo-ladder', prepare: markNowAndAim },
  { name: 'study-feed', selector: '#connecting-people' },
];
/** The demo's column at a desktop width (the widgets' wide layouts), readable when GitHub scales the picture down. */
const WIDGET_VIEWPORT = 900;
const MAX_ASPECT = 1.2;

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

function parseWidths(text) {
  const widths = text.split(',').map((part) => Number(part.trim()));
  if (!widths.length || widths.some((width) => !Number.isInteger(width) || width < 200 || width > 4000)) {
    throw new Error(`--widths takes whole pixel widths from 200 to 4000, separated by commas (e.g. --widths 360,1280); got "${text}"`);
  }
  return widths;
}

/** Every cf-* element on the page defined and rendered, feeds loaded, fonts in. */
async function settle(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('*')].every((el) => !el.localName.startsWith('cf-') || customElements.get(el.localName)), { timeout: 30_000 });
  await page.evaluate(async () => {
    const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('cf-'));
    await Promise.all(widgets.map((el) => el.updateComplete));
    await document.fonts.ready;
  });
  // a study card is done when its skeleton has gone (loaded, or its message shown)
  await page.waitForFunction(() => [...document.querySelectorAll('cf-study-feed')].every((el) => !el.shadowRoot?.querySelector('[aria-busy="true"]')), { timeout: 30_000 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Both of the ladder's marks, near its top, so the cropped picture shows now, aim and the gap between them. */
async function markNowAndAim(page, selector) {
  await page.$eval(selector, async (el) => {
    el.value = 'placation';
    el.aspiration = 'partnership';
    await el.updateComplete;
  });
}

/** The demo's appraisal has 13 points; three a side show the widget without a wall of weights. */
async function firstPointsOnly(page, selector) {
  await page.$eval(selector, async (el) => {
    const authors = (points) => points.filter((point) => point.by === 'author').slice(0, 3).map(({ text, weight }) => ({ text, weight }));
    const [pros, cons] = [authors(el.pros), authors(el.cons)];
    el.pros = pros;
    el.cons = cons;
    await el.updateComplete;
  });
}

async function openDemo(browser, base, path, width, scheme) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.warn(`page error: ${error.message}`));
  await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }, { name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle0', timeout: 60_000 });
  await settle(page);
  return page;
}

async function widgetPictures(browser, base, path, out, scheme) {
  const page = await openDemo(browser, base, path, WIDGET_VIEWPORT, scheme);
  for (const widget of WIDGETS) {
    const element = await page.$(widget.selector);
    if (!element) throw new Error(`${path} has no ${widget.selector}: update WIDGETS in scripts/screenshots.mjs to match the demo`);
    await widget.prepare?.(page, widget.selector);
    await settle(page);
    const { width, height } = await element.boundingBox();
    const clip = { x: 0, y: 0, width: Math.round(width), height: Math.round(Math.min(height, width * MAX_ASPECT)) };
    const file = join(out, `${widget.name}.png`);
    await element.screenshot({ path: file, type: 'png', clip });
    console.log(`wrote ${file}`);
  }
  await page.close();
}

async function pagePictures(browser, base, path, out, widths, scheme) {
  for (const width of widths) {
    const page = await openDemo(browser, base, path, width, scheme);
    const file = join(out, `demo-${width}.png`);
    await page.screenshot({ path: file, type: 'png', fullPage: true });
    console.log(`wrote ${file}`);
    await page.close();
  }
}

async function main() {
  const widthsOption = option('widths', '');
  const widths = widthsOption ? parseWidths(widthsOption) : null;
  const out = resolve(option('out', 'docs/images'));
  const path = `/${option('url', 'demo/index.html').replace(/^\/+/, '')}`;
  const scheme = option('scheme', 'light');
  mkdirSync(out, { recursive: true });

  const { port, child } = await startServer();
  let browser;
  try {
    browser = await puppeteer.launch({ executablePath: CHROME, headless: true, args: CHROME_ARGS });
    const base = `http://localhost:${port}`;
    if (widths) await pagePictures(browser, base, path, out, widths, scheme);
    else await widgetPictures(browser, base, path, out, scheme);
  } finally {
    await browser?.close();
    child.kill();
  }
}

main().catch((error) => {
  console.error(`screenshots: ${error.message}\n(needs npm run build first, and Chromium at ${CHROME} or CHROME_PATH)`);
  process.exit(1);
});
