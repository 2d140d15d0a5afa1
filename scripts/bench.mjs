// npm run bench: parseFeed against rss-parser's browser build on 1 KB, 100 KB
// and 1 MB RSS 2.0 feeds, time to first render of each widget, and a page of
// 100 widgets, all in one headless Chromium run (puppeteer-core).
// Needs a build (npm run build) and Chromium at /usr/bin/chromium (or CHROME_PATH).
// Exits 1 when the two parsers disagree on the items or anything fails.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { generateRss } from '../bench/generate-feed.mjs';
import { startServer } from './lib/start-server.mjs';

const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const FEED_SIZES = [
  { label: '1 KB', bytes: 1024 },
  { label: '100 KB', bytes: 100 * 1024 },
  { label: '1 MB', bytes: 1024 * 1024 },
];
const PARSE_OPTIONS = { warmup: 5, samples: 9, minSampleMs: 40 };
const RENDER_RUNS = 21; // the first is reported apart (cold), the median of the other 20
const MANY = { count: 100, runs: 7 };


const ms = (value) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value >= 1 ? value.toFixed(2) : value.toFixed(3));

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => `| ${cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join(' | ')} |`;
  return [line(headers), `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : '-'.repeat(w - 1) + ':')).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** The first difference between the two parsers' item lists, or undefined. */
function difference(found) {
  const { parseFeed: ours, rssParser: theirs } = found;
  if (ours.length !== theirs.length) return `parseFeed found ${ours.length} items, rss-parser ${theirs.length}`;
  for (let i = 0; i < ours.length; i++) {
    if (ours[i].title !== theirs[i].title) return `item ${i + 1}: title ${JSON.stringify(ours[i].title)} (parseFeed) vs ${JSON.stringify(theirs[i].title)} (rss-parser)`;
    if (ours[i].link !== theirs[i].link) return `item ${i + 1}: link ${JSON.stringify(ours[i].link)} (parseFeed) vs ${JSON.stringify(theirs[i].link)} (rss-parser)`;
  }
  return undefined;
}

async function main() {
  for (const file of ['dist/critical-friend.js', 'node_modules/rss-parser/dist/rss-parser.min.js']) {
    if (!existsSync(new URL(`../${file}`, import.meta.url))) throw new Error(`${file} is missing: run npm install and npm run build first.`);
  }
  const started = performance.now();
  const server = await startServer();
  let browser;
  let failed = false;
  try {
    browser = await puppeteer.launch({
      executablePath: CHROME,
      headless: true,
      args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`http://localhost:${server.port}/bench/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.cfBench?.ready && customElements.get('cf-study-feed'), { timeout: 15_000 });

    // 1. parseFeed against rss-parser
    const parseRows = [];
    const mismatches = [];
    for (const size of FEED_SIZES) {
      const feed = generateRss(size.bytes);
      const result = await page.evaluate((xml, options) => window.cfBench.compareParsers(xml, options), feed.xml, PARSE_OPTIONS);
      const problem = difference(result.found);
      if (problem) mismatches.push(`${size.label}: ${problem}`);
      parseRows.push([
        `${size.label} (${(feed.bytes / 1024).toFixed(1)} KiB)`,
        feed.items,
        ms(result.parseFeed.median),
        ms(result.rssParser.median),
        `${(result.parseFeed.median / result.rssParser.median).toFixed(2)}×`,
        problem ? 'DIFFER' : `same ${result.found.parseFeed.length}`,
      ]);
    }

    // 2. time to first render of each widget
    const renderRows = [];
    for (const tag of ['cf-participation-ladder', 'cf-pros-cons', 'cf-study-feed']) {
      const result = await page.evaluate((name, runs) => window.cfBench.firstRender(name, runs), tag, RENDER_RUNS);
      renderRows.push([`<${tag}>`, ms(result.rendered), ms(result.frame), ms(result.first.rendered), result.runs]);
    }

    // 3. a page of 100 widgets
    const many = await page.evaluate((count, runs) => window.cfBench.manyWidgets(count, runs), MANY.count, MANY.runs);
    const mix = Object.entries(many.counts).map(([tag, n]) => `${n} ${tag.replace('cf-', '')}`).join(', ');

    const version = await browser.version();
    console.log('\ncritical-friend benchmark (npm run bench)');
    console.log(`Environment: ${version}, Node ${process.version}, ${process.platform} ${process.arch}; headless, viewport 1280×900\n`);
    console.log('1. parseFeed (dist/critical-friend.js) vs rss-parser 3.13.0 browser build, RSS 2.0, median ms per parse');
    console.log(table(['feed', 'items', 'parseFeed ms', 'rss-parser ms', 'time ratio parseFeed ÷ rss-parser', 'items found'], parseRows));
    console.log('\n2. Time to first render of one widget, ms (median of the runs after the first)');
    console.log(table(['widget', 'rendered', 'next frame', 'first instance', 'runs'], renderRows));
    console.log(`\n3. A page of ${MANY.count} widgets (${mix}), inserted at once, ms (median of ${many.runs})`);
    console.log(table(['page', 'rendered', 'next frame', 'min rendered', 'max rendered'], [[`${MANY.count} widgets`, ms(many.rendered), ms(many.frame), ms(many.min), ms(many.max)]]));
    console.log(`
Method: feeds are generated (bench/generate-feed.mjs, fixed seed), each item with title, link, guid,
pubDate, dc:creator, description and content:encoded, and passed to the page as strings. Each parser
is warmed up ${PARSE_OPTIONS.warmup} times, then timed in ${PARSE_OPTIONS.samples} samples of at least ${PARSE_OPTIONS.minSampleMs} ms (a sample repeats the parse,
as performance.now() is coarsened to 100 µs); rss-parser's parseString is awaited. Both must find the
same items (count, titles and links in order). A time ratio above 1 means parseFeed is slower; it also
does more (plain-text summaries read from each item's HTML, URLs resolved, dates checked).
"rendered": from appending the element to its updateComplete (cf-study-feed: its inline JSON Feed
shown, status "ready") plus a forced layout of its shadow content. "next frame": also waits for
requestAnimationFrame and a task after it, so it includes paint and the 60 Hz frame clock.
"first instance": the first element of that kind on the page (styles adopted, templates prepared).
Total run time ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    if (errors.length) {
      console.error(`\nThe page reported errors:\n${errors.join('\n')}`);
      failed = true;
    }
    if (mismatches.length) {
      console.error(`\nparseFeed and rss-parser found different items:\n${mismatches.join('\n')}`);
      failed = true;
    }
  } finally {
    await browser?.close();
    server.child.kill();
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
