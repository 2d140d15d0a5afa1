// Prints the size table of dist/ (minified and gzip -9, each entry with the
// chunks it imports) and fails the build when a budget is exceeded.
// Targets (gzip, entry plus its static chunks): all-in-one 24 KB, one widget
// 13 KB (issue 6). They are not met, and cannot be with Lit (6.9 KB) and the
// shared tokens (4.1 KB) in every widget: what each part costs is in the
// issue 6 note. The build fails above the ceilings below instead, set a
// little over today's sizes (56 KB, 30 KB) so that size can only go down;
// lower them as it does.
// Dynamically imported chunks (DOMPurify for `rich`) are reported apart.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, normalize } from 'node:path';

const KB = 1024;
const TARGETS = { 'critical-friend.js': 24 * KB, widget: 13 * KB };
// Issue 14 raised the all-in-one budget (57 -> 60 KB) and gave the feed card
// its own (34 KB): the string readers for XML and item HTML add about 3 KB
// gzip beside the DOMParser path they fall back to. parseFeed is synchronous,
// so its XML side cannot be loaded lazily without a change of API; xml.ts,
// xml-reader.ts, rss.ts, atom.ts and lenient.ts are kept apart for that.
const BUDGETS = { 'critical-friend.js': 60 * KB, widget: 31 * KB, 'study-feed.js': 34 * KB };

// react.js (the React wrappers) registers all three elements like the all-in-one
// entry and has its budget; its bare imports (react, @lit/react) are not counted.
const ALL_IN_ONE = new Set(['critical-friend.js', 'react.js']);

// Classic scripts inline everything they need (no chunks); they are measured
// but have no budget of their own: the IIFE and the embed frame's script carry
// all three widgets, the resizer is a few hundred bytes.
const isClassic = (entry) => entry.endsWith('.iife.js') || entry.startsWith('embed-');
// dist/embed.js holds the snippet builder's helpers and registers no element.
const HELPERS = { 'embed.js': 8 * KB };
const budgetFor = (entry) =>
  ALL_IN_ONE.has(entry) ? BUDGETS['critical-friend.js'] : isClassic(entry) ? undefined : HELPERS[entry] ?? BUDGETS[entry] ?? BUDGETS.widget;
const targetFor = (entry) => (ALL_IN_ONE.has(entry) ? TARGETS['critical-friend.js'] : isClassic(entry) ? undefined : HELPERS[entry] ?? TARGETS.widget);

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const read = (file) => readFileSync(join('dist', file), 'utf8');

/** Static imports of a built ES module (relative paths only: dist has no bare imports). */
function staticImports(file) {
  const code = read(file);
  const found = new Set();
  for (const match of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    found.add(normalize(join(dirname(file), match[1])));
  }
  return [...found];
}

function dynamicImports(file) {
  const code = read(file);
  return [...code.matchAll(/import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) => normalize(join(dirname(file), m[1])));
}

function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of staticImports(file)) closure(dep, seen);
  return seen;
}

function sizeOf(files) {
  const texts = [...files].map(read);
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
  const lazy = new Set(isClassic(entry) ? [] : [...closure(entry)].flatMap(dynamicImports));
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

if (failures.length) {
  console.error('\nSize budget exceeded:\n- ' + failures.join('\n- '));
  process.exit(1);
}
if (overTarget.length) console.log('\nOver the size targets (not yet failing the build):\n- ' + overTarget.join('\n- '));
console.log(`\nBudgets met: critical-friend.js <= ${fmt(BUDGETS['critical-friend.js'])}, study-feed.js <= ${fmt(BUDGETS['study-feed.js'])}, each other widget <= ${fmt(BUDGETS.widget)} (gzip, with chunks).`);
