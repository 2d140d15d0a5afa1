// Prints the size table of dist/ (minified and gzip -9, each entry with the
// chunks it imports) and fails the build when a budget is exceeded.
// Dynamically imported chunks (DOMPurify for `rich`, parts loaded on first
// use) are reported apart. Then the pages a reader fetches with the loader
// snippet. Targets and ceilings: scripts/lib/size-budgets.mjs.
import { readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { closure, dynamicImports, readDist as read, widgetNames } from './lib/dist-graph.mjs';
import { ENTRY_BUDGETS as BUDGETS, ENTRY_TARGETS as TARGETS, KB, PAGE_BUDGETS, PAGE_TARGETS, oneWidgetCeiling } from './lib/size-budgets.mjs';

// react.js (the React wrappers) registers all three elements like the all-in-one
// entry and has its budget; its bare imports (react, @lit/react) are not counted.
const ALL_IN_ONE = new Set(['critical-friend.js', 'react.js']);

// Classic scripts inline everything they need (no chunks); they are measured
// but have no budget of their own: the IIFE and the embed frame's script carry
// all three widgets, the resizer is a few hundred bytes. The loader has its
// own budget (2 KB, issue 10) and is counted in every page below.
const isClassic = (entry) => entry.endsWith('.iife.js') || entry.startsWith('embed-') || entry === 'loader.js';
// dist/embed.js holds the snippet builder's helpers and registers no element.
const HELPERS = { 'embed.js': 8 * KB, 'loader.js': PAGE_BUDGETS.loader };
const budgetFor = (entry) => (ALL_IN_ONE.has(entry) ? BUDGETS['critical-friend.js'] : HELPERS[entry] ?? (isClassic(entry) ? undefined : BUDGETS.widget[entry]));
const targetFor = (entry) => (ALL_IN_ONE.has(entry) ? TARGETS['critical-friend.js'] : HELPERS[entry] ?? (isClassic(entry) ? undefined : TARGETS.widget));

const gzip = (text) => gzipSync(text, { level: 9 }).length;

function sizeOf(files) {
  const texts = [...files].map((file) => read(file));
  return { min: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0), gzip: texts.reduce((sum, text) => sum + gzip(text), 0) };
}

const fmt = (bytes) => `${(bytes / KB).toFixed(2)} KB`;

if (!existsSync('dist')) {
  console.error('size-report: dist/ is missing; run npm run build first.');
  process.exit(1);
}

const entries = readdirSync('dist').filter((name) => name.endsWith('.js'));
const rows = [];
const failures = [];
const overTarget = [];
for (const entry of entries) {
  const own = sizeOf([entry]);
  const withChunks = isClassic(entry) ? own : sizeOf(closure(entry));
  const lazy = new Set(isClassic(entry) ? [] : [...closure(entry)].flatMap((file) => dynamicImports(file)));
  const lazySize = lazy.size ? sizeOf(new Set([...lazy].flatMap((file) => [...closure(file)]))) : undefined;
  rows.push([entry === 'react.js' ? 'react.js (without React)' : entry, fmt(own.min), fmt(own.gzip), fmt(withChunks.min), fmt(withChunks.gzip), lazySize ? fmt(lazySize.gzip) : '']);
  const budget = budgetFor(entry);
  if (budget && withChunks.gzip > budget) failures.push(`${entry}: ${fmt(withChunks.gzip)} gzip with its chunks is over the budget of ${fmt(budget)}`);
  const target = targetFor(entry);
  if (target && withChunks.gzip > target) overTarget.push(`${entry}: ${fmt(withChunks.gzip)} (target ${fmt(target)})`);
}
const chunks = existsSync('dist/chunks') ? readdirSync('dist/chunks').filter((name) => name.endsWith('.js')) : [];
for (const chunk of chunks) {
  const size = sizeOf([join('chunks', chunk)]);
  rows.push([`chunks/${chunk}`, fmt(size.min), fmt(size.gzip), '', '', '']);
}

const header = ['file', 'min', 'gzip', 'min with chunks', 'gzip with chunks', 'lazy (gzip)'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => '| ' + cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ') + ' |';
console.log(line(header));
console.log('| ' + widths.map((width) => '-'.repeat(width)).join(' | ') + ' |');
for (const row of rows) console.log(line(row));

// What a reader's page fetches with the snippet: the loader, then the entry
// of each widget on the page with its static chunks (lazy chunks, such as
// DOMPurify for `rich`, only when used). test/delivery/ checks the same
// figures in a browser.
const LOADER = 'loader.js';
const widgetFiles = widgetNames().map((name) => `${name}.js`);
const pageSize = (files) => sizeOf(new Set([LOADER, ...files.flatMap((file) => [...closure(file)])])).gzip;
const pages = [
  ...widgetFiles.map((file) => [`loader + ${file}`, pageSize([file]), oneWidgetCeiling(file), PAGE_TARGETS.oneWidget]),
  ['loader + all three', pageSize(widgetFiles), PAGE_BUDGETS.allThree, PAGE_TARGETS.allThree],
];
// A study card fed by RSS or Atom also fetches the parser's XML side, which
// it starts loading with the fetch (a JSON Feed card never does).
const xmlSide = [...closure('study-feed.js')].flatMap((file) => dynamicImports(file)).find((file) => /parse-xml-feed/.test(file));
if (xmlSide) {
  const withXml = sizeOf(new Set([LOADER, ...closure('study-feed.js'), ...closure(xmlSide)])).gzip;
  pages.splice(widgetFiles.indexOf('study-feed.js') + 1, 0, ['loader + study-feed.js, RSS or Atom feed', withXml, PAGE_BUDGETS.oneXmlFeed, PAGE_TARGETS.oneWidget]);
}
if (existsSync(join('dist', LOADER))) {
  console.log('\n| page (snippet with the loader) | gzip fetched | ceiling | target |\n| --- | --- | --- | --- |');
  for (const [page, size, budget, target] of pages) {
    console.log(`| ${page} | ${fmt(size)} | ${fmt(budget)} | ${fmt(target)} |`);
    if (size > budget) failures.push(`${page}: ${fmt(size)} gzip is over the ceiling of ${fmt(budget)}`);
    else if (size > target) overTarget.push(`${page}: ${fmt(size)} (target ${fmt(target)})`);
  }
}

// a widget added without a ceiling of its own would otherwise have none
for (const file of widgetFiles) {
  if (!BUDGETS.widget[file] || !oneWidgetCeiling(file)) failures.push(`${file}: no ceiling of its own in scripts/lib/size-budgets.mjs (ENTRY_BUDGETS.widget and PAGE_BUDGETS.oneWidget)`);
}
const perWidget = (ceilings) => Object.entries(ceilings).map(([file, bytes]) => `${file} <= ${fmt(bytes)}`).join(', ');

if (failures.length) {
  console.error('\nSize budget exceeded:\n- ' + failures.join('\n- '));
  process.exit(1);
}
if (overTarget.length) console.log('\nOver the size targets (not yet failing the build):\n- ' + overTarget.join('\n- '));
console.log(
  `\nBudgets met: critical-friend.js <= ${fmt(BUDGETS['critical-friend.js'])}, ${perWidget(BUDGETS.widget)} (gzip, with chunks); ` +
    `loader <= ${fmt(PAGE_BUDGETS.loader)}, a page with ${perWidget(PAGE_BUDGETS.oneWidget)}, an RSS or Atom card's <= ${fmt(PAGE_BUDGETS.oneXmlFeed)}, all three <= ${fmt(PAGE_BUDGETS.allThree)}.`,
);
